"""Dates round 10: live-blog stamps with no mark after them, "the next week" as a length
after "over"/"within", and a month day that a measure starts on.

Every sentence was written for this file (invented content, other places and events than any
article) and annotated by hand with TimeML TIMEX3 extents, types and values before the
recogniser was changed. The anchor is Wednesday, 11 March 2026.

- A clock time "HH:MM" that opens a paragraph and is followed by a capitalised word is a live
  blog's time stamp as much as one followed by a dash: "10:05 Rescuers say ..." is written on
  the page's day, even when the entry before it spoke of yesterday or of Thursday.
- "over the next week", "within the next month", "during the next year" measure a stretch
  from now (DURATION ``P1W``), as "over the past week" already did; "the next week" with no
  such preposition is still the week after (a DATE).
- "starting July 1", "effective April 30", "beginning June 15": the day a measure begins is
  told by whoever announced it, in any tense, so the past tense of "announced" does not pull
  it back a year: the nearest such day is meant.
"""

from __future__ import annotations

import datetime as dt

from reactlib.timex import find_time_expressions

ANCHOR = dt.date(2026, 3, 11)


def found(text: str) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in find_time_expressions(text, anchor=ANCHOR)]


LIVE_BLOG = """Quake in the highlands - as it happened

07:50 Good morning. A strong earthquake struck the highlands late on Tuesday, the survey says.

08:35 The Red Cross says its teams will reach the worst-hit valley by Thursday.

09:20 Neighbouring states offer help. Two provinces sent tents yesterday.

9:45 The governor declares three days of mourning.
"""


def test_a_stamp_followed_by_a_capitalised_word_is_on_the_page_day():
    got = found(LIVE_BLOG)
    stamps = [(text, value) for text, kind, value in got if ":" in text]
    assert stamps == [("07:50", "2026-03-11T07:50"), ("08:35", "2026-03-11T08:35"),
                      ("09:20", "2026-03-11T09:20"), ("9:45", "2026-03-11T09:45")]
    # the days told inside the entries keep their own values
    # ("late on" is in the extent since round 15 of dates)
    assert ("late on Tuesday", "DATE", "2026-03-10") in got
    assert ("Thursday", "DATE", "2026-03-12") in got
    assert ("yesterday", "DATE", "2026-03-10") in got


def test_a_clock_time_inside_a_sentence_is_no_stamp():
    got = found("Counting began on Monday. The polls closed at 18:00 Local observers said.")
    assert ("18:00", "TIME", "2026-03-09T18:00") in got


def test_a_clock_time_opening_a_paragraph_with_lower_case_after_it_is_no_stamp():
    got = found("Counting began on Monday.\n\n18:00 was when the polls closed, officials said.")
    assert ("18:00", "TIME", "2026-03-09T18:00") in got


def test_the_next_week_after_over_is_a_length():
    assert found("The agency will move 900 families to a new site over the next week.") == [
        ("the next week", "DURATION", "P1W")]
    assert found("The panel must report within the next month.") == [("the next month", "DURATION", "P1M")]
    assert found("Inspectors will visit the plant during the next year, the ministry said.") == [
        ("the next year", "DURATION", "P1Y")]


def test_the_next_week_alone_is_still_a_date():
    got = found("The ministers met on Monday. The next week, the talks collapsed.")
    assert ("The next week", "DATE", "2026-W12") in got


def test_the_day_a_measure_starts_is_the_nearest_such_day():
    assert found("The government announced a 20 percent levy on imported steel, starting April 30.") == [
        ("April 30", "DATE", "2026-04-30")]
    assert found("Officials said the curfew, effective May 2, would last a month.")[0] == (
        "May 2", "DATE", "2026-05-02")
    assert found("The ministry said visas were suspended beginning February 20.") == [
        ("February 20", "DATE", "2026-02-20")]


def test_a_month_day_told_in_the_past_is_still_behind():
    assert found("The ceasefire collapsed on November 30, the monitors said.") == [
        ("November 30", "DATE", "2025-11-30")]
