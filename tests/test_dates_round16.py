"""Dates round 16: numbered calendar weeks ("week 5 of 2021"), "this <season>" in its own year,
a weekday ahead in reported speech anchored to the day it was said, an event convened "for" a
day with an "of" complement, base-form pasts after "it"/"he"/"she", and inclusive bounds
("no more than", "a minimum of", "at most"). Sentences written for
these tests; negatives first."""

from __future__ import annotations

import datetime

import pytest

from reactlib.timex import find_time_expressions

#: A Wednesday.
ANCHOR = datetime.date(2025, 3, 12)


def found(text: str, anchor: datetime.date = ANCHOR) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in find_time_expressions(text, anchor)]


NEGATIVES = [
    # a numbered week of something else, not of the calendar
    "The strike went into week 5 with no talks in sight.",
    "In week 3 of the trial the defence rested.",
    "Week 12 of the league brought two upsets.",
    "The calendar shows 12 holidays.",
    "The calendar week was long.",
    # "no more" with no "than" and no length after it bounds nothing
    "There will be no more talks, the minister said.",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_silent(text):
    assert found(text) == []


NOT_MOVED = [
    # no reporting verb right before the earlier date: the weekday is the article's next one
    ("Rebels attacked on Monday and officials said talks would resume on Friday.",
     [("Monday", "DATE", "2025-03-10"), ("Friday", "DATE", "2025-03-14")]),
    ("The ministry said the plant would reopen on Monday.", [("Monday", "DATE", "2025-03-17")]),
    # the earlier day belongs to a relative clause, not to the saying
    ("The army said troops who arrived on Friday would leave on Monday.",
     [("Friday", "DATE", "2025-03-07"), ("Monday", "DATE", "2025-03-17")]),
    # a clause with a verb group between the reporting verb and the first day: no setting
    ("The ministry said the plant would reopen on Monday and staff would return on Tuesday.",
     [("Monday", "DATE", "2025-03-17"), ("Tuesday", "DATE", "2025-03-18")]),
    # a weekday told as past under the same verb stays behind the article
    ("The minister said last Friday that talks had resumed on Monday.",
     [("last Friday", "DATE", "2025-03-07"), ("Monday", "DATE", "2025-03-10")]),
    # a plural subject: "put" may be the present, so no past is read into it
    ("They put the plan to a vote on Friday.", [("Friday", "DATE", "2025-03-14")]),
    # a verb after a modal is no past
    ("He said it will cut rates on Thursday.", [("Thursday", "DATE", "2025-03-13")]),
    # "of" with no verb of convening before the phrase: the past verb decides
    ("Members of the board of trustees met for Friday prayers.", [("Friday", "DATE", "2025-03-07")]),
]


CASES = [
    # numbered weeks of the calendar: ISO week values
    ("Output fell in week 5 of 2021.", [("week 5 of 2021", "DATE", "2021-W05")]),
    ("Shipments for week 52, 2024 were delayed.", [("week 52, 2024", "DATE", "2024-W52")]),
    ("Factories idled in calendar week 10, the ministry said.", [("calendar week 10", "DATE", "2025-W10")]),
    # a week still ahead told in the past is last year's; one gone told as ahead is next year's
    ("Cases peaked in epidemiological week 50.", [("epidemiological week 50", "DATE", "2024-W50")]),
    ("Cases will peak in epidemiological week 2.", [("epidemiological week 2", "DATE", "2026-W02")]),
    ("Cases rose in epidemiological week 9.", [("epidemiological week 9", "DATE", "2025-W09")]),
    # "this <season>": the season of the anchor's year, whichever side of the anchor
    ("Sales will rise this fall.", [("this fall", "DATE", "2025-FA")]),
    ("The festival takes place this summer.", [("this summer", "DATE", "2025-SU")]),
    ("It snowed heavily this winter.", [("this winter", "DATE", "2024-WI")]),
    ("The harvest was poor this autumn.", [("this autumn", "DATE", "2024-FA")], datetime.date(2024, 11, 20)),
    # a weekday ahead in reported speech: the first such day after the day it was said
    ("The minister said last Friday that talks would resume on Monday.",
     [("last Friday", "DATE", "2025-03-07"), ("Monday", "DATE", "2025-03-10")]),
    ("The ministry said on Monday night that travellers would be refused entry from Tuesday.",
     [("Monday night", "TIME", "2025-03-10TNI"), ("Tuesday", "DATE", "2025-03-11")]),
    ("The agency announced late on Friday that the port would reopen on Monday.",
     [("late on Friday", "DATE", "2025-03-07"), ("Monday", "DATE", "2025-03-10")]),
    ("The ministry said in a statement on Monday that the port would reopen on Tuesday.",
     [("Monday", "DATE", "2025-03-10"), ("Tuesday", "DATE", "2025-03-11")]),
    ("The president told reporters on Friday that talks would resume on Monday.",
     [("Friday", "DATE", "2025-03-07"), ("Monday", "DATE", "2025-03-10")]),
    ("The envoy told a news conference late on Friday that the border would open on Monday.",
     [("late on Friday", "DATE", "2025-03-07"), ("Monday", "DATE", "2025-03-10")]),
    # an event convened "for" a day, with an "of" complement after its noun
    ("The chairman called an emergency meeting of health ministers for Friday.",
     [("Friday", "DATE", "2025-03-14")]),
    ("The speaker set a special session of the national parliament for Tuesday.",
     [("Tuesday", "DATE", "2025-03-18")]),
    # a base-form past after "it"/"he"/"she", and a scheduled verb read as a noun after a name
    ("The agency said it put a probe into orbit on Tuesday evening from its Kourou launch site.",
     [("Tuesday evening", "TIME", "2025-03-11TEV")]),
    ("Officials said he cut the ribbon on Thursday.", [("Thursday", "DATE", "2025-03-06")]),
    # bounds that include their own value: EQUAL_OR_LESS / EQUAL_OR_MORE, in the extent
    ("The loan runs no more than five years.", [("no more than five years", "DURATION", "P5Y")]),
    ("The work will take a minimum of six months.", [("a minimum of six months", "DURATION", "P6M")]),
    ("Detention may last a maximum of 90 days.", [("a maximum of 90 days", "DURATION", "P90D")]),
    ("The visit will last at most two hours.", [("at most two hours", "DURATION", "PT2H")]),
]

MODS = [
    ("The talks took more than five hours.", "MORE_THAN"),  # unchanged: no "no" before "more than"
    ("The loan runs no more than five years.", "EQUAL_OR_LESS"),
    ("The term is not less than ten years.", "EQUAL_OR_MORE"),
    ("The work will take a minimum of six months.", "EQUAL_OR_MORE"),
    ("Detention may last a maximum of 90 days.", "EQUAL_OR_LESS"),
    ("The visit will last at most two hours.", "EQUAL_OR_LESS"),
    ("The firm was founded no more than a decade ago.", "ON_OR_AFTER"),
]


@pytest.mark.parametrize("text, mod", MODS)
def test_mods(text, mod):
    assert [t.mod for t in find_time_expressions(text, ANCHOR)] == [mod]


@pytest.mark.parametrize("case", NOT_MOVED + CASES)
def test_values(case):
    text, expected, *anchor = case
    assert found(text, *anchor) == expected
