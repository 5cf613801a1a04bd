"""Dates round 6: TimeML conventions for habitual weekday parts, the tense of a reported
clause, and "current" as a present reference.

Every sentence was written for this file (invented content) and annotated by hand with
TimeML TIMEX3 extents, types and values before the recogniser was run on it. Unless a test
says otherwise the anchor is Friday, 13 February 2015.

- A weekday with a plural part of the day ("Friday nights", "Sunday mornings") is a SET
  (TimeML: a regularly recurring time); the part of the day is inside the extent and in the
  value (``XXXX-WXX-5TNI``). A weekday coordinated with such a plural ("Monday and Tuesday
  nights") shares the set reading. "each/every Thursday morning" keeps its part of the day.
- The tense of a reported clause is its own: in "X will do Y by August, officials said" the
  attribution after the comma does not make August past; nor does a participle in a reduced
  relative clause ("in areas damaged by floods").
- "current" as an attributive adjective ("the current rate", "its current leaders") refers
  to the document time: DATE ``PRESENT_REF`` (as "now"), but "current account", "current
  affairs" and the noun "current" (of water, electricity) are no time.
"""

from __future__ import annotations

import datetime as dt

import pytest

from reactlib.timex import find_time_expressions

FRIDAY = dt.date(2015, 2, 13)


def found(text: str, anchor: dt.date | None = FRIDAY) -> list[tuple[str, str, str]]:
    return [(f.text, f.type, f.value) for f in find_time_expressions(text, anchor)]


HABITUAL_PARTS = [
    ("The gallery stays open late on Friday nights.", [("Friday nights", "SET", "XXXX-WXX-5TNI")]),
    ("A farmers' market fills the square on Sunday mornings.", [("Sunday mornings", "SET", "XXXX-WXX-7TMO")]),
    ("Volunteers cook for the shelter on Wednesday evenings.", [("Wednesday evenings", "SET", "XXXX-WXX-3TEV")]),
    ("Coaches leave Quito on Monday and Tuesday nights from March 30.",
     [("Monday", "SET", "XXXX-WXX-1TNI"), ("Tuesday nights", "SET", "XXXX-WXX-2TNI"),
      ("March 30", "DATE", "2015-03-30")]),
    ("The ferry crosses to Gozo each Thursday morning.", [("each Thursday morning", "SET", "XXXX-WXX-4TMO")]),
    ("The choir rehearses every Saturday afternoon.", [("every Saturday afternoon", "SET", "XXXX-WXX-6TAF")]),
    # singular parts of a named day stay one time
    ("The minister spoke on Friday night.", [("Friday night", "TIME", "2015-02-13TNI")]),
    ("The rally was held Monday and the march on Tuesday night.",
     [("Monday", "DATE", "2015-02-09"), ("Tuesday night", "TIME", "2015-02-10TNI")]),
]


@pytest.mark.parametrize("text,expected", HABITUAL_PARTS)
def test_weekday_with_plural_part_of_day_is_a_set(text, expected):
    assert found(text) == expected


REPORTED_CLAUSES = [
    ("The brewery will double its output by August, company officials said.",
     [("August", "DATE", "2015-08")]),
    ("The ministry will publish the census on Monday, officials said.",
     [("Monday", "DATE", "2015-02-16")]),
    ("Crews will rebuild the bridge by June in districts damaged by the floods.",
     [("June", "DATE", "2015-06")]),
    ("The league will almost triple its prize money by October in a push for viewers untouched by scandal.",
     [("October", "DATE", "2015-10")]),
    # a past clause stays past, whatever follows
    ("The brewery doubled its output by August, company officials said.",
     [("August", "DATE", "2014-08")]),
    ("On Monday, the ministry said the census would be delayed.", [("Monday", "DATE", "2015-02-09")]),
    ("The port closed on Monday, and will reopen next week, officials said.",
     [("Monday", "DATE", "2015-02-09"), ("next week", "DATE", "2015-W08")]),
]


@pytest.mark.parametrize("text,expected", REPORTED_CLAUSES)
def test_attribution_after_a_comma_does_not_set_the_tense(text, expected):
    assert found(text) == expected


CURRENT = [
    ("Mortgage rates are well above the current level of inflation.", [("current", "DATE", "PRESENT_REF")]),
    ("Its current leaders have ruled out a merger.", [("current", "DATE", "PRESENT_REF")]),
    ("The line adds sailings to Tallinn, up from the current four sailings a week.",
     [("current", "DATE", "PRESENT_REF"), ("a week", "SET", "P1W")]),
    # whole expressions keep their own values
    ("Growth will slow in the current quarter.", [("the current quarter", "DATE", "2015-Q1")]),
    ("Profits rose in the current fiscal year.", [("the current fiscal year", "DATE", "2015")]),
    # not a time
    ("The current account deficit of Peru narrowed.", []),
    ("A radio show on current affairs was dropped.", []),
    ("Strong currents swept two swimmers out to sea.", []),
    ("The current was too strong for the rowers.", []),
    ("An electric current ran through the fence.", []),
    ("Those figures are no longer current.", []),
]


@pytest.mark.parametrize("text,expected", CURRENT)
def test_current_as_an_adjective_is_the_present(text, expected):
    assert found(text) == expected


SPOKEN_YEARS = [
    ("In nineteen eighty-four the mill in Oldham shut its gates.", [("nineteen eighty-four", "DATE", "1984")]),
    ("The treaty signed in nineteen seventy still holds, the envoy said.", [("nineteen seventy", "DATE", "1970")]),
    ("Her grandfather emigrated in nineteen oh five.", [("nineteen oh five", "DATE", "1905")]),
    ("The stadium was rebuilt in twenty twelve.", [("twenty twelve", "DATE", "2012")]),
    ("Since eighteen ninety-six the games have been held every four years.",
     [("eighteen ninety-six", "DATE", "1896"), ("every four years", "SET", "P4Y")]),
    # counts stay counts
    ("Nineteen people were hurt and twenty were arrested.", []),
    ("The jury heard from nineteen twenty-year-old recruits.", [("twenty-year-old", "DURATION", "P20Y")]),
]


@pytest.mark.parametrize("text,expected", SPOKEN_YEARS)
def test_a_year_written_in_words_is_a_year(text, expected):
    assert found(text) == expected


PREVIOUSLY = [
    ("Previously, the ministry had denied any role in the blockade.", [("Previously", "DATE", "PAST_REF")]),
    ("The border post had previously been closed to trucks.", [("previously", "DATE", "PAST_REF")]),
    # modifying an adjective or participle inside a noun phrase: no time of its own
    ("A previously unknown group claimed the bombing.", []),
    ("The previously announced talks were cancelled.", []),
]


@pytest.mark.parametrize("text,expected", PREVIOUSLY)
def test_previously_is_a_past_reference(text, expected):
    assert found(text) == expected


EITHER_UNIT = [
    ("Rebuilding the harbour could take weeks or months.", [("weeks or months", "DURATION", "PXW")]),
    ("The curfew may last days or even weeks.", [("days or even weeks", "DURATION", "PXD")]),
    ("The truce broke down within days or weeks of the signing.", [("days or weeks", "DURATION", "PXD")]),
    ("Delegates argued for hours or days over the wording.", [("hours or days", "DURATION", "PTXH")]),
    # a second unit that is no disjunct stays out
    ("The strike lasted weeks, or so the union said.", [("weeks", "DURATION", "PXW")]),
]


@pytest.mark.parametrize("text,expected", EITHER_UNIT)
def test_vague_units_joined_by_or_are_one_duration(text, expected):
    assert found(text) == expected


ADDED_SPANS = [
    ("The permit may be renewed for an additional year.", [("an additional year", "DURATION", "P1Y")]),
    ("Negotiators asked for a further month to settle the text.", [("a further month", "DURATION", "P1M")]),
    ("The festival was given an extra week.", [("an extra week", "DURATION", "P1W")]),
    ("The base will stay open for another year.", [("another year", "DURATION", "P1Y")]),
    ("The mine will stay open for another two years.", [("another two years", "DURATION", "P2Y")]),
    # "another" before a non-unit is no time
    ("Another day of protests is planned.", [("Another day", "DURATION", "P1D")]),
    ("He took another route home.", []),
]


@pytest.mark.parametrize("text,expected", ADDED_SPANS)
def test_an_added_span_keeps_its_quantifier(text, expected):
    assert found(text) == expected


OVER_THE_YEARS = [
    ("The square has changed little over the years.", [("the years", "DURATION", "PXY")]),
    ("Through the decades the village kept its dialect.", [("the decades", "DURATION", "PXDE")]),
    ("Over the months that followed, prices doubled.", [("the months", "DURATION", "PXM")]),
    # a named span of years is not vague
    ("Over the years 1990 to 1995, output fell.", [("1990", "DATE", "1990"), ("1995", "DATE", "1995")]),
]


@pytest.mark.parametrize("text,expected", OVER_THE_YEARS)
def test_over_the_years_is_a_vague_duration(text, expected):
    assert found(text) == expected


RELATIVE_CLAUSES = [
    # the expression sits in a relative clause with its own past verb; the main clause's
    # future verb after it is another clause's
    ("Miners who were laid off in March will be rehired by September.",
     [("March", "DATE", "2014-03"), ("September", "DATE", "2015-09")]),
    ("Farmers who lost their crops in January will get aid next month.",
     [("January", "DATE", "2015-01"), ("next month", "DATE", "2015-03")]),
    # a relative clause closed before the expression leaves it to the main clause
    ("Miners who were laid off will be rehired in March.", [("March", "DATE", "2015-03")]),
]


@pytest.mark.parametrize("text,expected", RELATIVE_CLAUSES)
def test_a_relative_clause_keeps_its_own_tense(text, expected):
    assert found(text) == expected
