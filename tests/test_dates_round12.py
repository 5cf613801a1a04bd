"""Dates round 12: the reach of round 11's forward-looking rules.

Every sentence was written for this file (invented content, other places and events than any
article) and annotated by hand with TimeML TIMEX3 extents, types and values before the
recogniser was changed. The anchor is Wednesday, 11 March 2026 (ISO week 11).

- "could" + a verb of the senses or an adverb of degree is the past of "can", an ability that
  was there ("said they could hear shelling on Sunday night"): the day is the one just gone.
  "could" + another plain verb ("said talks could resume on Friday") still looks ahead.
- A time clause whose verb has one form for present and past ("before the storm hit on
  Sunday") tells no present; the sentence's past decides.
"""

from __future__ import annotations

import datetime as dt

import pytest

from reactlib.timex import find_time_expressions

ANCHOR = dt.date(2026, 3, 11)


def found(text: str) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in find_time_expressions(text, anchor=ANCHOR)]


@pytest.mark.parametrize("text, expected", [
    ("Villagers said they could hear artillery fire on Sunday night.",
     [("Sunday night", "TIME", "2026-03-08TNI")]),
    ("Witnesses said they could see smoke rising from the depot on Monday.",
     [("Monday", "DATE", "2026-03-09")]),
    ("Survivors said they could smell gas on Tuesday morning.",
     [("Tuesday morning", "TIME", "2026-03-10TMO")]),
    ("Residents said they could barely breathe on Sunday.",
     [("Sunday", "DATE", "2026-03-08")]),
])
def test_could_of_past_ability_keeps_the_past(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The minister said talks could resume on Friday.",
     [("Friday", "DATE", "2026-03-13")]),
    ("Doctors said the patient could walk again by Friday.",
     [("Friday", "DATE", "2026-03-13")]),
    ("Officials said the bridge might reopen on Saturday.",
     [("Saturday", "DATE", "2026-03-14")]),
    ("The spokesman said the ship may dock on Thursday.",
     [("Thursday", "DATE", "2026-03-12")]),
    # the modal's clause ahead, a day of the telling behind
    ("The bank said last week that rates could rise in May.",
     [("last week", "DATE", "2026-W10"), ("May", "DATE", "2026-05")]),
    ("The treaty, signed last week, will take effect on Monday.",
     [("last week", "DATE", "2026-W10"), ("Monday", "DATE", "2026-03-16")]),
    ("The treaty, signed on Monday, will take effect in June.",
     [("Monday", "DATE", "2026-03-09"), ("June", "DATE", "2026-06")]),
    ("The airline said it would resume flights to the capital on Friday.",
     [("Friday", "DATE", "2026-03-13")]),
])
def test_a_possibility_or_a_reported_plan_still_looks_ahead(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Officials said the road was closed before the storm hit on Sunday.",
     [("Sunday", "DATE", "2026-03-08")]),
    ("The camp was built before the rains came in June.",
     [("June", "DATE", "2025-06")]),
    ("The strike continued until the union met on Monday.",
     [("Monday", "DATE", "2026-03-09")]),
    # a present form that is only present still looks ahead
    ("Crews vowed to clear the road before the storm hits on Sunday.",
     [("Sunday", "DATE", "2026-03-15")]),
])
def test_a_time_clause_in_a_past_form_stays_past(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Unemployment stood at 7 percent in February, up from 6.5 percent a year earlier.",
     [("February", "DATE", "2026-02"), ("a year earlier", "DATE", "2025-02")]),
    ("Exports fell 3 percent in January compared with a year ago.",
     [("January", "DATE", "2026-01"), ("a year ago", "DATE", "2025-01")]),
    ("Inflation eased to 4 percent in October. That was lower than a year earlier.",
     [("October", "DATE", "2025-10"), ("a year earlier", "DATE", "2024-10")]),
    ("Port traffic in March was $3.2 billion, against $2.9 billion a year earlier.",
     [("March", "DATE", "2026-03"), ("a year earlier", "DATE", "2025-03")]),
])
def test_a_year_earlier_compared_with_a_month_is_that_month_a_year_before(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # no comparison: a year, as before
    ("The rebels took the city in May 2019. A year earlier, they had lost it.",
     [("May 2019", "DATE", "2019-05"), ("A year earlier", "DATE", "2018")]),
    ("Sales rose in January. A year ago, the firm was near bankruptcy.",
     [("January", "DATE", "2026-01"), ("A year ago", "DATE", "2025")]),
    ("Output fell from 5 percent. A year earlier, the mine had closed.",
     [("A year earlier", "DATE", "2025")]),
])
def test_a_year_earlier_without_a_comparison_stays_a_year(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The decade-long war in the valley ended in 2019.",
     [("decade-long", "DURATION", "P1DE"), ("2019", "DATE", "2019")]),
    ("Its month-long strike ended.", [("month-long", "DURATION", "P1M")]),
    ("The year-long inquiry found no fault.", [("year-long", "DURATION", "P1Y")]),
    ("The hour-long address was aired twice.", [("hour-long", "DURATION", "PT1H")]),
    # the number's own rule still reads a counted length
    ("A two-year-long drought ended.", [("two-year-long", "DURATION", "P2Y")]),
])
def test_a_unit_long_after_a_determiner_is_one_unit(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text", [
    "The long year ended.",
    "The year long ago faded.",
])
def test_no_hyphenated_length_no_duration(text):
    assert all(t.type != "DURATION" for t in find_time_expressions(text, anchor=ANCHOR))


@pytest.mark.parametrize("text, expected", [
    ("The dockers' union called a nationwide strike for Thursday.",
     [("Thursday", "DATE", "2026-03-12")]),
    ("The bloc's chair convened an emergency meeting for Friday.",
     [("Friday", "DATE", "2026-03-13")]),
    ("The speaker set a vote for Tuesday.",
     [("Tuesday", "DATE", "2026-03-17")]),
])
def test_an_event_set_for_a_day_is_ahead(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "called for" a thing is a demand made on the day, not a plan for it
    ("The envoy called for restraint on Monday.",
     [("Monday", "DATE", "2026-03-09")]),
    ("The bishops called for dialogue on Sunday.",
     [("Sunday", "DATE", "2026-03-08")]),
    ("The ministry set up a hotline for families on Monday.",
     [("Monday", "DATE", "2026-03-09")]),
])
def test_a_demand_or_an_act_on_a_day_stays_past(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The farmers' league has called for nationwide protests on Friday.",
     [("Friday", "DATE", "2026-03-13")]),
    ("The teachers' union called for a general strike on Monday.",
     [("Monday", "DATE", "2026-03-16")]),
    ("The exiled leader called on supporters to march again on Saturday.",
     [("Saturday", "DATE", "2026-03-14")]),
])
def test_a_call_for_a_protest_on_a_day_is_ahead(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Both navies pledged to respect the 1884 convention protecting submarine cables.",
     [("1884", "DATE", "1884")]),
    ("The 1857 uprising remains a symbol in the north.", [("1857", "DATE", "1857")]),
    ("Delegates invoked the 1648 peace of the old duchies.", [("1648", "DATE", "1648")]),
])
def test_an_early_year_dating_an_accord_or_event_is_a_date(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text", [
    "The 1500 war veterans marched to the square.",
    "The 1200 border guards were deployed.",
    "The 1500 police officers were deployed.",
])
def test_an_early_number_counting_people_is_no_year(text):
    assert found(text) == []


@pytest.mark.parametrize("text, expected", [
    # the ISO week with most of its days in the month (October 2026 opens on a Thursday)
    ("The inspectors will reach the mine in the first week of October.",
     [("the first week of October", "DATE", "2026-W40")]),
    ("The strike began in the first week of March.",
     [("the first week of March", "DATE", "2026-W10")]),
    ("Talks were held in the last week of February.",
     [("the last week of February", "DATE", "2026-W09")]),
    ("The vote is set for the second week of April 2027.",
     [("the second week of April 2027", "DATE", "2027-W14")]),
])
def test_a_week_of_a_month_is_that_iso_week(text, expected):
    assert found(text) == expected


def test_a_week_without_its_month_is_no_week_of_a_month():
    assert all(t.value[4:6] != "-W" for t in find_time_expressions("The drug helps in the first week.", anchor=ANCHOR))


@pytest.mark.parametrize("text, expected", [
    ("Officials said the runoff could be held on Sunday.",
     [("Sunday", "DATE", "2026-03-15")]),
    ("The envoy said a truce may be signed on Friday.",
     [("Friday", "DATE", "2026-03-13")]),
    ("The ferry link might be restored by Monday.",
     [("Monday", "DATE", "2026-03-16")]),
    # an ability of the senses, or a possibility in the past, stays behind
    ("Witnesses said the blast could be heard on Sunday across the bay.",
     [("Sunday", "DATE", "2026-03-08")]),
    ("The courier may have been robbed on Sunday.",
     [("Sunday", "DATE", "2026-03-08")]),
])
def test_a_passive_possibility_looks_ahead(text, expected):
    assert found(text) == expected
