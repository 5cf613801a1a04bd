"""Dates round 11: a deadline told as a plan in the past, and a time of day after a background date.

Every sentence was written for this file (invented content, other places and events than any
article) and annotated by hand with TimeML TIMEX3 extents, types and values before the
recogniser was changed. The anchor is Wednesday, 11 March 2026 (ISO week 11).

- "The ministry said it was flying doctors to the islands by the weekend": a past progressive
  under a reporting verb tells an arrangement, a future seen from the past; the deadline after
  "by" is the coming weekend (or weekday), counted from the article's day, not the last one.
- "... first detected on Feb. 12. <new paragraph> Queues had formed at the gates by the
  afternoon": a time of day with no day of its own falls on the day the story is told on, not on
  a background date written in an earlier paragraph far (more than a week) from it.
"""

from __future__ import annotations

import datetime as dt

import pytest

from reactlib.timex import find_time_expressions

ANCHOR = dt.date(2026, 3, 11)


def found(text: str) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in find_time_expressions(text, anchor=ANCHOR)]


@pytest.mark.parametrize("text, expected", [
    ("The ministry said it was flying doctors to the islands by the weekend.",
     [("the weekend", "DATE", "2026-W11-WE")]),
    ("Engineers told reporters they were restoring power to the port by the weekend.",
     [("the weekend", "DATE", "2026-W11-WE")]),
    ("The charity announced that it was shipping tents to the valley by Friday.",
     [("Friday", "DATE", "2026-03-13")]),
    ("The coalition said on Monday that it was tabling the bill by Thursday.",
     [("Monday", "DATE", "2026-03-09"), ("Thursday", "DATE", "2026-03-12")]),
])
def test_a_deadline_of_a_plan_told_in_the_past_is_ahead(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # no plan: what was done by then is behind us
    ("Crews had cleared the road by the weekend, the mayor said.",
     [("the weekend", "DATE", "2026-W10-WE")]),
    ("The army said rebels were shelling the town on Friday.",
     [("Friday", "DATE", "2026-03-06")]),
    ("Rescuers were searching the rubble by Sunday, officials said.",
     [("Sunday", "DATE", "2026-03-08")]),
])
def test_a_past_without_a_told_plan_stays_behind(text, expected):
    assert found(text) == expected


BACKGROUND = """Floods forced the closure of the Danube crossing at Ruse on Wednesday, the port authority said.

The river had first burst its banks upstream on Feb. 12, a month before the closure.

Lorry drivers said queues of several kilometres had formed at the gates by the afternoon.
"""


def test_a_time_of_day_after_a_background_date_falls_on_the_story_day():
    got = found(BACKGROUND)
    assert ("Feb. 12", "DATE", "2026-02-12") in got
    assert ("the afternoon", "TIME", "2026-03-11TAF") in got


def test_a_time_of_day_after_a_date_in_its_own_paragraph_keeps_that_date():
    got = found("The flood first struck on Feb. 12. By the afternoon, three villages were cut off.")
    assert ("the afternoon", "TIME", "2026-02-12TAF") in got


def test_a_time_of_day_after_a_recent_date_in_an_earlier_paragraph_keeps_it():
    got = found("The dam burst on Monday, officials said.\n\nBy the evening, water had reached the town.")
    assert ("the evening", "TIME", "2026-03-09TEV") in got


def test_a_historical_day_told_in_its_own_paragraph_keeps_its_evening():
    got = found("The talks began in Geneva.\n\nOn 4 May 2019 the rebels took the capital. "
                "By the evening, the president had fled.")
    assert ("the evening", "TIME", "2019-05-04TEV") in got


@pytest.mark.parametrize("text, expected", [
    # a time clause takes the present for what is still to come
    ("The governor urged farmers to harvest early \"before the storms arrive in September\" and thanked volunteers.",
     [("September", "DATE", "2026-09")]),
    ("Donors pledged to stock the clinics until the roads reopen in May, the agency said.",
     [("May", "DATE", "2026-05")]),
    ("The envoy said the mission would stay until its mandate expires in October.",
     [("October", "DATE", "2026-10")]),
    # the quote cuts the clause from "vowed to"; the verb after "and" is another verb group
    ('He vowed to reopen the bridge "before the snows come in November" and praised the engineers.',
     [("November", "DATE", "2026-11")]),
    ('The minister said schools would shut "once the heat sets in on Monday" and apologised.',
     [("Monday", "DATE", "2026-03-16")]),
])
def test_a_time_clause_in_the_present_points_ahead(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The dykes gave way before the storms arrived in September.", [("September", "DATE", "2025-09")]),
    ("The crisis deepened before the election in June.", [("June", "DATE", "2025-06")]),
    ("Prices fell before the talks of the cartel in May.", [("May", "DATE", "2025-05")]),
])
def test_a_time_clause_in_the_past_or_without_a_verb_stays_behind(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a fraction of a century or decade is written in whole years, as ISO 8601 durations are
    ("The border dispute has festered for half a century.", [("half a century", "DURATION", "P50Y")]),
    ("The dynasty ruled for a century and a half.", [("a century and a half", "DURATION", "P150Y")]),
    ("Growth stalled for half a decade.", [("half a decade", "DURATION", "P5Y")]),
    ("The reform took two and a half decades.", [("two and a half decades", "DURATION", "P25Y")]),
    # whole units keep their own
    ("The treaty has held for a century.", [("a century", "DURATION", "P1CE")]),
    ("The treaty has held for two decades.", [("two decades", "DURATION", "P2DE")]),
])
def test_a_fraction_of_a_century_or_decade_is_in_years(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Aid agencies fear stocks will run out before winter.", [("winter", "DATE", "2026-WI")]),
    ("The herders moved south before winter set in.", [("winter", "DATE", "2025-WI")]),
    ("The ministry hopes to finish the dam after summer.", [("summer", "DATE", "2026-SU")]),
])
def test_a_bare_season_after_before_or_after_is_a_date(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text", [
    "The winter of discontent is a phrase, not a time.",
    "Spring water was sold after Summer Street was closed.",
    "The band played before Autumn Leaves.",
])
def test_a_season_as_a_name_or_noun_modifier_is_no_date(text):
    assert [t for t in found(text) if t[0].lower() in ("winter", "spring", "summer", "autumn")] == []


@pytest.mark.parametrize("text, expected", [
    # "could", "may", "might" before a plain verb tell a possibility still ahead, even when
    # reported in the past
    ("The agency warned that two million people could lose power before winter.",
     [("winter", "DATE", "2026-WI")]),
    ("Diplomats said the talks might collapse in June.", [("June", "DATE", "2026-06")]),
    ("Officials cautioned that the strike may spread on Friday.", [("Friday", "DATE", "2026-03-13")]),
])
def test_a_possibility_told_in_the_past_is_ahead(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The minister could not attend on Monday, aides said.", [("Monday", "DATE", "2026-03-09")]),
    ("Investigators said the fire may have started in February.", [("February", "DATE", "2026-02")]),
    ("Officials said the crew could have escaped on Sunday.", [("Sunday", "DATE", "2026-03-08")]),
])
def test_a_possibility_in_the_past_or_denied_stays_behind(text, expected):
    assert found(text) == expected
