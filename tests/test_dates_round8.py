"""Dates round 8: TimeML conventions for a year after a possessive, "over" as a length's
modifier, fractions of an hour, "a year ago" in a quarterly comparison, "takes effect" after
"and", and a bound on the quote scan (a long text without line breaks stays linear).

Every sentence was written for this file (invented content, other places and events than any
article) and annotated by hand with TimeML TIMEX3 extents, types and values before the
recogniser was changed. Unless a test says otherwise the anchor is Wednesday, 14 May 2014.

- A possessive before a year does not make it a count: "the republic's 2011 uprising",
  "Norway's 2009 budget" date a noun by its year (DATE ``2011``), as "the 2011 uprising" does.
  Counts after a possessive keep their plural noun ("the city's 2000 residents": no time).
- "over" before a length is "more than" (``mod="MORE_THAN"``, inside the extent) after a verb
  that takes a length: "to last over a week", "could take over a month", "spend over a year".
  Elsewhere "over" is "during" ("over two days, talks ...") and stays outside.
- A duration in fractions of an hour is written in minutes, as TimeML values are: "half an
  hour" ``PT30M``, "an hour and a half" ``PT1H30M``, "a quarter of an hour" ``PT15M``.
- In a quarterly comparison "a year ago" is the same quarter a year before (TimeML anchors it
  to the period compared): "profit of $2 million in the first quarter, against $3 million a
  year ago" is ``2013-Q1``. Without a quarter in view it stays the year ("2013").
- "takes effect" / "takes place" is a verb of its own even after "and": "the decree was signed
  on Monday and takes effect on Sunday" is the coming Sunday.
- "in five years" in a future clause is the point it reaches, a DATE (TimeML, as TimeBank marks
  "would be redeemed in five years"): ``2019``; "in two weeks' time" that week. In a past clause
  ("finished it in five years"), after a rank ("the first vote in 20 years", "its worst year in
  a decade") or as a length of something ("in 10 years of talks") it stays the DURATION.
"""

from __future__ import annotations

import datetime as dt
import time

import pytest

from reactlib.timex import QUOTE_REACH, _reported_in_past, find_time_expressions

WEDNESDAY = dt.date(2014, 5, 14)


def found(text: str, anchor: dt.date | None = WEDNESDAY) -> list[tuple[str, str, str]]:
    return [(f.text, f.type, f.value) for f in find_time_expressions(text, anchor)]


POSSESSIVE_YEARS = [
    ("The republic's 2011 uprising toppled the old guard.", [("2011", "DATE", "2011")]),
    ("Norway's 2009 budget raised fuel duties.", [("2009", "DATE", "2009")]),
    ("The league\u2019s 2016 season was cut short.", [("2016", "DATE", "2016")]),
    ("Critics recalled the party's 1998 manifesto and its 2003 sequel.",
     [("1998", "DATE", "1998"), ("2003", "DATE", "2003")]),
    ("The city's 2000 residents were evacuated.", []),
    ("The agency's 1500 staff went on strike.", []),
]


@pytest.mark.parametrize("text,expected", POSSESSIVE_YEARS)
def test_a_year_after_a_possessive_is_a_year(text, expected):
    assert found(text) == expected


OVER_A_LENGTH = [
    ("The audit is likely to last over a week.", [("over a week", "DURATION", "P1W")]),
    ("Repairs to the bridge could take over a month.", [("over a month", "DURATION", "P1M")]),
    ("The crew expects to spend over a year in orbit.", [("over a year", "DURATION", "P1Y")]),
    ("The hearings last over two days each.", [("over two days", "DURATION", "P2D")]),
    ("Over two days, negotiators in Lome narrowed their differences.", [("two days", "DURATION", "P2D")]),
    ("Reserves fell to $3 billion over two years.", [("two years", "DURATION", "P2Y")]),
]


@pytest.mark.parametrize("text,expected", OVER_A_LENGTH)
def test_over_before_a_length_after_a_verb_of_lasting(text, expected):
    assert found(text) == expected


def test_over_a_length_carries_more_than():
    mods = [f.mod for f in find_time_expressions("The audit is likely to last over a week.", WEDNESDAY)]
    assert mods == ["MORE_THAN"]


FRACTIONS_OF_AN_HOUR = [
    ("The ferry crossing takes half an hour.", [("half an hour", "DURATION", "PT30M")]),
    ("The minister spoke for an hour and a half.", [("an hour and a half", "DURATION", "PT1H30M")]),
    ("Firefighters arrived within a quarter of an hour.", [("a quarter of an hour", "DURATION", "PT15M")]),
    ("The siege lasted two and a half hours.", [("two and a half hours", "DURATION", "PT2H30M")]),
    ("The blackout lasted three hours.", [("three hours", "DURATION", "PT3H")]),
]


@pytest.mark.parametrize("text,expected", FRACTIONS_OF_AN_HOUR)
def test_fractions_of_an_hour_are_written_in_minutes(text, expected):
    assert found(text) == expected


QUARTERLY_COMPARISONS = [
    ("The brewer posted a profit of $2 million in the first quarter, against $3 million a year ago.",
     ("a year ago", "DATE", "2013-Q1")),
    ("Lindqvist Shipping lost $4 million in the first quarter. It had earned $1 million a year ago.",
     ("a year ago", "DATE", "2013-Q1")),
    # "the quarter" in a past clause in mid-May is the first (the last one ended)
    ("Orders in the quarter fell to 40 ships from 55 a year ago.", ("a year ago", "DATE", "2013-Q1")),
    ("The mayor was elected a year ago.", ("a year ago", "DATE", "2013")),
    ("Exports rose in 2009. A year ago, the port was closed.", ("A year ago", "DATE", "2013")),
]


@pytest.mark.parametrize("text,expected", QUARTERLY_COMPARISONS)
def test_a_year_ago_in_a_quarterly_comparison_is_that_quarter(text, expected):
    assert expected in found(text)


TAKES_EFFECT = [
    ("The decree was signed on Monday and takes effect on Sunday.",
     [("Monday", "DATE", "2014-05-12"), ("Sunday", "DATE", "2014-05-18")]),
    ("The draw was made on Tuesday and takes place on Saturday.",
     [("Tuesday", "DATE", "2014-05-13"), ("Saturday", "DATE", "2014-05-17")]),
    ("The rule took effect on Monday.", [("Monday", "DATE", "2014-05-12")]),
]


@pytest.mark.parametrize("text,expected", TAKES_EFFECT)
def test_takes_effect_after_and_is_its_own_future_verb(text, expected):
    assert found(text) == expected


# -- the quote scan is bounded -------------------------------------------------------------


def test_reported_in_past_reads_no_further_back_than_its_reach_without_line_breaks():
    quote = "\u201cWe are hungry,\u201d"
    text = "Aid workers said it was grim. " + "x " * QUOTE_REACH + quote + " the crowd chanted."
    assert not _reported_in_past(text, text.index(quote) + 1)
    assert _reported_in_past(quote + " a nurse said.", 1)


def _cpu_seconds(n: int) -> float:
    text = "Shelling hit the town yesterday. " + (
        " \u201cToday the shelling goes on and people hide in cellars,\u201d a farmer said.") * n
    best = float("inf")
    for _ in range(3):
        start = time.process_time()
        find_time_expressions(text, WEDNESDAY)
        best = min(best, time.process_time() - start)
    return best


def test_many_quotes_without_line_breaks_take_linear_time():
    # quadratic (the old scan from the start of the text) makes 4x the text take 16x the time
    small, large = _cpu_seconds(400), _cpu_seconds(1600)
    assert large < 8 * max(small, 0.005)


# -- rates and recurring seasons (SETs) -----------------------------------------------------
#
# - "a year" after an amount is a rate, a SET ``P1Y``, whatever the amount ends in: "500 cars a
#   year", "5 percent a year", "$2 million a year" (TimeML: a frequency, not a length).
# - "every" / "each" before a season or "weekend" is a SET of that season or weekend:
#   "every spring" ``XXXX-SP``, "each weekend" ``XXXX-WXX-WE``.

RATES_AND_RECURRING = [
    ("Fares on the island have risen 6 percent a year.", [("a year", "SET", "P1Y")]),
    ("Emissions fell 2% a year under the levy.", [("a year", "SET", "P1Y")]),
    ("Emissions fell 2% a year after the levy.", [("a year", "DURATION", "P1Y")]),  # one year on
    ("The port authority pays $4 million a year in leases.", [("a year", "SET", "P1Y")]),
    ("The ferry company earns 3 billion krona a year.", [("a year", "SET", "P1Y")]),
    ("The inquiry took a year.", [("a year", "DURATION", "P1Y")]),
    ("I'm a year older than my cousin.", [("a year", "DURATION", "P1Y")]),
    ("Storks return to the marshes every spring.", [("every spring", "SET", "XXXX-SP")]),
    ("Each winter, the pass is closed to lorries.", [("Each winter", "SET", "XXXX-WI")]),
    ("The flea market fills the square each weekend.", [("each weekend", "SET", "XXXX-WXX-WE")]),
    ("Every fall the vineyards hire pickers.", [("Every fall", "SET", "XXXX-FA")]),
]


@pytest.mark.parametrize("text,expected", RATES_AND_RECURRING)
def test_rates_and_recurring_seasons_are_sets(text, expected):
    assert found(text) == expected


# -- "the final three months" ---------------------------------------------------------------
#
# "the final N units" and "the remaining N units" are lengths as "the last N units" are, with
# the determiner and the adjective inside the extent (TimeML keeps a duration's modifiers).

FINAL_UNITS = [
    ("Exports slumped in the final three months of 2011.",
     [("the final three months", "DURATION", "P3M"), ("2011", "DATE", "2011")]),
    ("The garrison held out in the final two weeks of the siege.", [("the final two weeks", "DURATION", "P2W")]),
    ("She will serve the remaining two years of her mandate.", [("the remaining two years", "DURATION", "P2Y")]),
    ("The final days of the campaign were tense.", []),
    ("The remaining funds were frozen.", []),
]


@pytest.mark.parametrize("text,expected", FINAL_UNITS)
def test_the_final_and_remaining_units_are_lengths(text, expected):
    assert found(text) == expected


def test_the_quarter_compared_with_moves_no_reference():
    text = ("Profit rose in the third quarter from $3 million a year ago. "
            "Charges in the latest quarter were small.")
    assert found(text, dt.date(2014, 11, 2)) == [
        ("the third quarter", "DATE", "2014-Q3"), ("a year ago", "DATE", "2013-Q3"),
        ("the latest quarter", "DATE", "2014-Q3")]


LENGTHS_AHEAD = [
    ("The loans will be repaid in five years.", [("five years", "DATE", "2019")]),
    ("The stock would be redeemed in three years.", [("three years", "DATE", "2017")]),
    ("The court will rule in two weeks' time.", [("two weeks", "DATE", "2014-W22")]),
    ("Engineers expect the dam to fill in six months.", [("six months", "DATE", "2014-11")]),
    ("The crews finished the tunnel in five years.", [("five years", "DURATION", "P5Y")]),
    ("The island will hold its first free vote in 40 years.", [("40 years", "DURATION", "P40Y")]),
    ("The lira will post its worst year in a decade.", [("a decade", "DURATION", "P1DE")]),
    ("The deal will end in 10 years of talks.", [("10 years", "DURATION", "P10Y")]),
    ("The bridge will open within two years.", [("two years", "DURATION", "P2Y")]),
]


@pytest.mark.parametrize("text,expected", LENGTHS_AHEAD)
def test_in_a_length_in_a_future_clause_is_the_date_it_reaches(text, expected):
    assert found(text) == expected


# -- "at night" --------------------------------------------------------------------------------
#
# "at night" is a TIME, the night of the day under discussion; "at" is a signal and stays out
# of the extent. "night school", "night-time" and a title ("At Night") are none.

AT_NIGHT = [
    ("Militias raided the villages on Sunday at night.",
     [("Sunday", "DATE", "2014-05-11"), ("night", "TIME", "2014-05-11TNI")]),
    ("The convoy crossed the border at night, a driver said.", [("night", "TIME", "2014-05-13TNI")]),
    ("She teaches at night school in Tartu.", []),
    ("The film At Night opened in Riga.", []),
]


@pytest.mark.parametrize("text,expected", AT_NIGHT)
def test_at_night_is_a_time_of_the_day_under_discussion(text, expected):
    assert found(text) == expected


# -- "on a Tuesday" ------------------------------------------------------------------------------
#
# A weekday after "on a" is no particular day ("the holiday falls on a Sunday"): TimeML leaves
# the week unknown, ``XXXX-WXX-7``, whatever the tense.

SOME_WEEKDAY = [
    ("Her birthday falls on a Sunday this year.",
     [("Sunday", "DATE", "XXXX-WXX-7"), ("this year", "DATE", "2014")]),
    ("The queen was born on a Tuesday.", [("Tuesday", "DATE", "XXXX-WXX-2")]),
    ("The court will sit on Tuesday.", [("Tuesday", "DATE", "2014-05-20")]),
]


@pytest.mark.parametrize("text,expected", SOME_WEEKDAY)
def test_a_weekday_after_on_a_is_no_particular_day(text, expected):
    assert found(text) == expected


# -- "the near future" ---------------------------------------------------------------------------
#
# An adjective of nearness before "future" or "past" is part of the reference (TimeML keeps a
# modifier in the extent): "the near future" ``FUTURE_REF``, "the distant past" ``PAST_REF``.
# "For the foreseeable future" means "indefinitely" and is left unmarked (as TimeBank does).

NEAR_FUTURE = [
    ("The ferry link will reopen in the near future.", [("the near future", "DATE", "FUTURE_REF")]),
    ("Rates will stay low for the foreseeable future.", []),  # an idiom: "indefinitely"
    ("In the distant past, the delta reached the hills.", [("the distant past", "DATE", "PAST_REF")]),
    ("The near future of the shipyard is unclear.", []),
    ("Grammar books call it the distant past tense.", []),
]


@pytest.mark.parametrize("text,expected", NEAR_FUTURE)
def test_near_and_distant_future_and_past(text, expected):
    assert found(text) == expected


# -- "what the future holds" ---------------------------------------------------------------------
#
# "the future" / "the past" as the subject of a verb ("what the future holds", "the past weighs
# on them") is the reference, as after a preposition; before a noun it is an adjective ("the
# future king").

FUTURE_AS_SUBJECT = [
    ("Fishermen in the bay wonder what the future holds.", [("the future", "DATE", "FUTURE_REF")]),
    ("The future looks bleak for the tannery.", [("The future", "DATE", "FUTURE_REF")]),
    ("The past weighs heavily on the valley.", [("The past", "DATE", "PAST_REF")]),
    ("The future king looks tired.", []),
    ("The past champion lost again.", []),
]


@pytest.mark.parametrize("text,expected", FUTURE_AS_SUBJECT)
def test_the_future_as_a_subject_is_a_reference(text, expected):
    assert found(text) == expected
