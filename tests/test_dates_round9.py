"""Dates round 9: a year followed by "of" after a date preposition, lengths counted in working
or business days, and "daily" or "weekly" used as the noun for a newspaper.

Every sentence was written for this file (invented content, other places and events than any
article) and annotated by hand with TimeML TIMEX3 extents, types and values before the
recogniser was changed. The anchor is Wednesday, 14 May 2014.

- A year after a date preposition stays a year when "of" follows it: "jailed in 2009 of
  fraud" is unusual English, but "convicted in 2011 of bribery", "accused in 2019 of
  spying" are common, and the charge follows the year. A number followed by "of" and a
  determiner still counts things ("in 1500 of the cases": no time).
- "five working days", "ten business days", "30 calendar days" are lengths in days
  (DURATION ``P5D``): the adjective between the amount and the unit belongs to the expression,
  as "five consecutive days" does.
- "daily" and "weekly" after a determiner or a possessive, with no noun after them, name a
  newspaper ("the country's biggest daily said", "the weekly reported"): no frequency.
  After a verb they stay the adverb ("officials meet daily") and before a recurring event the
  adjective ("a daily briefing").
- A clock time that opens a paragraph and is followed by a dash or a colon is a live blog's
  time stamp: it is on the page's own day (the article date), even when the entry before it
  talked about an earlier day ("voting on Sunday ...").
"""

from __future__ import annotations

import datetime as dt

import pytest

from reactlib.timex import find_time_expressions

WEDNESDAY = dt.date(2014, 5, 14)


def found(text: str) -> list[tuple[str, str, str]]:
    return [(f.text, f.type, f.value) for f in find_time_expressions(text, WEDNESDAY)]


YEARS_BEFORE_OF = [
    ("Two engineers convicted in 2011 of bribery were freed.", [("2011", "DATE", "2011")]),
    ("The mayor, accused in 2019 of embezzlement, resigned.", [("2019", "DATE", "2019")]),
    ("She was cleared in 2008 of all charges.", [("2008", "DATE", "2008")]),
    ("Officers found errors in 1500 of the ballots.", []),
    ("Inspectors checked 2000 of the 5000 crates.", []),
]


@pytest.mark.parametrize("text,expected", YEARS_BEFORE_OF)
def test_a_year_before_of_after_a_date_preposition(text, expected):
    assert found(text) == expected


WORKING_DAYS = [
    ("The tribunal must rule within five working days.", [("five working days", "DURATION", "P5D")]),
    ("Refunds arrive after ten business days.", [("ten business days", "DURATION", "P10D")]),
    ("Tenants get 30 calendar days to leave.", [("30 calendar days", "DURATION", "P30D")]),
    ("The plant closed for three working weeks.", [("three working weeks", "DURATION", "P3W")]),
]


@pytest.mark.parametrize("text,expected", WORKING_DAYS)
def test_working_and_business_days_are_lengths(text, expected):
    assert found(text) == expected


DAILY_NEWSPAPERS = [
    ("Dagbladet, the country's biggest daily, called the deal a disgrace.", []),
    ("The weekly reported that the minister had resigned.", []),
    ("The tabloid daily said nothing.", []),
    ("La Prensa, an independent daily, printed the letter.", []),
    ("A pro-government weekly, Novy Vek, defended the ban.", []),
    # the adverb and the adjective keep their frequency
    ("Protesters gathered daily outside the embassy.", [("daily", "SET", "P1D")]),
    ("Ministers will meet weekly.", [("weekly", "SET", "P1W")]),
    ("The army gives a daily briefing.", [("daily", "SET", "P1D")]),
    ("The medicine is taken twice daily.", [("twice daily", "SET", "P1D")]),
]


@pytest.mark.parametrize("text,expected", DAILY_NEWSPAPERS)
def test_a_daily_newspaper_is_no_frequency(text, expected):
    assert found(text) == expected


LIVE_BLOG = """Floods in the delta - live

09:10 \u2013 Rescue teams say the river burst its banks on Sunday night near the port.

10:25 \u2013 The governor has declared an emergency. Schools will stay shut until Friday.

11:40: Neighbouring states offer help
Two provinces sent boats at 6 a.m. on Monday, officials said.
"""


def test_a_live_blog_time_stamp_is_on_the_page_day():
    got = found(LIVE_BLOG)
    stamps = [(text, value) for text, kind, value in got if text in ("09:10", "10:25", "11:40")]
    assert stamps == [("09:10", "2014-05-14T09:10"), ("10:25", "2014-05-14T10:25"), ("11:40", "2014-05-14T11:40")]
    # a clock time inside the narrative still takes the day it is told about
    assert ("6 a.m.", "TIME", "2014-05-12T06:00") in got


def test_a_clock_time_inside_a_paragraph_is_no_time_stamp():
    got = found("Voting closed on Sunday. At 10:25 - after a delay - counting began.")
    assert ("10:25", "TIME", "2014-05-11T10:25") in got
