"""Dates round 13: idioms built on a unit of time.

Every sentence was written for this file (invented content, other places and events than any
article) and annotated by hand with TimeML TIMEX3 extents, types and values before the
recogniser was changed. The anchor is Wednesday, 11 March 2026 (ISO week 11).

- "hour by hour", "day by day", "week by week": a unit repeated around "by" is a pace, a SET of
  one unit (``PT1H``, ``P1D``). "step by step", "one by one" are none.
- "within the hour": "the hour" is the length of one hour (DURATION ``PT1H``; "within" is a
  signal and stays out), not a date. "the hour of prayer" and "the man of the hour" are none.
- "two nights", "three straight nights": a count of nights is a length in days (DURATION
  ``P2D``), as "five days" is. A night alone ("a night of violence") and "Friday nights" are
  left to the other rules.
"""

from __future__ import annotations

import datetime as dt

import pytest

from reactlib.timex import find_time_expressions

ANCHOR = dt.date(2026, 3, 11)


def found(text: str) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in find_time_expressions(text, anchor=ANCHOR)]


@pytest.mark.parametrize("text, expected", [
    ("Engineers in Tarnowo checked the levee hour by hour as the river rose.",
     [("hour by hour", "SET", "PT1H")]),
    ("The harbour master said the ice was thinning day by day.",
     [("day by day", "SET", "P1D")]),
    ("Prices at the Velmar market climbed week by week.",
     [("week by week", "SET", "P1W")]),
    ("The council rebuilt the bridge step by step.", []),
    ("Guards searched the passengers one by one.", []),
])
def test_a_unit_repeated_around_by_is_a_pace(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The ferry operator said a decision would come within the hour.",
     [("the hour", "DURATION", "PT1H")]),
    ("Drivers were told to leave the square within the hour.",
     [("the hour", "DURATION", "PT1H")]),
    ("The call to prayer marked the hour of dusk in Qasrin.", []),
    ("The goalkeeper was the man of the hour in Brenna.", []),
])
def test_within_the_hour_is_one_hour(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The climbers spent two nights on the ridge above Orvik.",
     [("two nights", "DURATION", "P2D")]),
    ("Protesters camped outside the Lindau parliament for three straight nights.",
     [("three straight nights", "DURATION", "P3D")]),
    ("Shelling kept residents of Morava awake for 4 nights.",
     [("4 nights", "DURATION", "P4D")]),
    ("The club hosts quiz evenings on Friday nights.",
     [("Friday nights", "SET", "XXXX-WXX-5TNI")]),
    ("The Sunday Times reported a night of violence in Kelso.", []),
])
def test_a_count_of_nights_is_a_length_in_days(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The envoy told reporters at a briefing on Monday that the border would reopen.",
     [("Monday", "DATE", "2026-03-09")]),
    ("Minister Aldana said in an interview on Tuesday that elections would be held in May.",
     [("Tuesday", "DATE", "2026-03-10"), ("May", "DATE", "2026-05")]),
    ("The council will announce on Friday that the Orlen dam is safe.",
     [("Friday", "DATE", "2026-03-13")]),
    ("Delegates gather for talks on Thursday that will settle the budget.",
     [("Thursday", "DATE", "2026-03-12")]),
])
def test_the_reported_clause_after_that_keeps_its_own_time(text, expected):
    """A weekday that ends a clause of saying ("said in an interview on Monday that ...") takes
    the time of the saying; the verb after "that" is the reported clause's, which only counts
    when the saying clause has none."""
    assert found(text) == expected


TRANSCRIPT = (
    "Floods have cut the road between Vessa and Lorn for a week.\n\n"
    "We spoke on Monday to Ilse Varga, mayor of Vessa. The interview has been edited.\n\n"
    "Q: How high is the water today?\n\n"
    "A: It rose again last night. Yesterday the army brought boats, and tomorrow we expect pumps.\n"
)


def test_deictic_days_of_a_transcript_count_from_the_interview_day():
    """In a Q/A transcript whose intro dates the interview ("We spoke on Monday to ..."), the
    speakers' today, yesterday and tomorrow are that day's, not the article's."""
    assert found(TRANSCRIPT) == [
        ("a week", "DURATION", "P1W"), ("Monday", "DATE", "2026-03-09"),
        ("today", "DATE", "2026-03-09"), ("last night", "TIME", "2026-03-08TNI"),
        ("Yesterday", "DATE", "2026-03-08"), ("tomorrow", "DATE", "2026-03-10"),
    ]


def test_a_transcript_without_a_dated_intro_keeps_the_article_day():
    text = TRANSCRIPT.replace("We spoke on Monday to", "We spoke to")
    assert [v for _, _, v in found(text)] == ["P1W", "2026-03-11", "2026-03-10TNI", "2026-03-10", "2026-03-12"]


def test_deictic_days_outside_the_transcript_keep_the_article_day():
    text = "Officials said today that the road would reopen.\n\n" + TRANSCRIPT
    assert found(text)[0] == ("today", "DATE", "2026-03-11")


def test_an_intro_day_that_is_no_interview_day_shifts_nothing():
    text = TRANSCRIPT.replace("We spoke on Monday to Ilse Varga, mayor of Vessa.",
                              "The dam failed on Monday. We spoke to Ilse Varga, mayor of Vessa.")
    assert [v for _, _, v in found(text)][2:] == ["2026-03-11", "2026-03-10TNI", "2026-03-10", "2026-03-12"]


def test_an_indented_transcript_after_an_intro_without_a_full_stop_counts_from_the_interview_day():
    """The transcript starts where the quotes stage finds its first question, also when the
    question lines are indented and the intro runs up to them."""
    text = ("We spoke on Monday to Ilse Varga, mayor of Vessa, about the floods\n\n"
            "   Q: How high is the water today?\n"
            "   A: Higher than yesterday.\n")
    assert found(text)[1:] == [("today", "DATE", "2026-03-09"), ("yesterday", "DATE", "2026-03-08")]


@pytest.mark.parametrize("text, expected", [
    ("Engineers said crews might have to evacuate the Tolvik rig before the end of April.",
     [("the end of April", "DATE", "2026-04")]),
    ("The port authority warned that ships could have to wait until May.",
     [("May", "DATE", "2026-05")]),
    ("Investigators said the fire may have started on Sunday.",
     [("Sunday", "DATE", "2026-03-08")]),
    ("Police said the blast could have been set off in February.",
     [("February", "DATE", "2026-02")]),
])
def test_a_modal_of_possibility_before_have_to_looks_ahead(text, expected):
    """"might have to", "could have to" is an obligation still to come (a possibility before
    "have to" + verb), unlike the perfect "may have started", a possibility in the past."""
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Senator Oduya said she would appeal to the Supreme Court by Friday and called for a recount.",
     [("Friday", "DATE", "2026-03-13")]),
    ("The mayor of Trell said crews would reopen the tunnel on Monday and thanked the volunteers.",
     [("Monday", "DATE", "2026-03-16")]),
    ("Rebels seized the Ostra airfield on Monday and closed the border.",
     [("Monday", "DATE", "2026-03-09")]),
    ("Border guards on Friday detained two smugglers.",
     [("Friday", "DATE", "2026-03-06")]),
])
def test_a_past_verb_after_and_has_its_own_time(text, expected):
    """A past verb after "and" ("would appeal by Friday and called for a recount") opens a
    verb group of its own, coordinated with the main verb: it does not override the cue of the
    expression's own clause, as "and is expected to" already did not."""
    assert found(text) == expected
