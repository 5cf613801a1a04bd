"""Dates round 7: patterns seen in the errors on freshly written reaction articles.

Every sentence was written for this file (invented content, other places and events than any
article) and annotated by hand with TimeML TIMEX3 extents, types and values before the
recogniser was changed. The anchor of each group is named in its test.

- Seasons: TimeML files a winter under the year it begins in (December 2019 to February 2020
  is ``2019-WI``), so in autumn the coming winter is this year's and in spring the winter just
  gone is last year's. "For the winter" ("stocked up for the winter") is the nearest winter.
- A clock time in a past clause with no day of its own does not take a day still to come
  named before it ("the exercise will last until Friday. ... in the 12 hours to 8 a.m.").
- A year glued to letters or to a capitalised name ("Iron Shield-2019C", "Zapad-2021") is part
  of a name (TimeML: no time expression inside a proper name).
- A frequency adjective before a recurring event ("a weekly news conference", "the daily
  briefing", "monthly reports") is a SET, as TIDES and TimeML mark "daily" wherever it gives a
  frequency; "daily life", "a daily newspaper" and names ("Daily Mail") are none.
- "The future of X" (its fate) is no time; "worried about the future" is ``FUTURE_REF``.
- "Most recently" before a date orders occurrences; the date is the time ("three coups, most
  recently in 2014"), "recently" is not marked.
- "A day of mourning", "a day of shame" characterise a day: no duration ("a day of talks" is one).
"""

from __future__ import annotations

import datetime as dt

import pytest

from reactlib.timex import find_time_expressions

AUTUMN = dt.date(2019, 10, 8)  # a Tuesday
SPRING = dt.date(2019, 4, 10)
MIDWINTER = dt.date(2019, 1, 20)


def found(text: str, anchor: dt.date | None) -> list[tuple[str, str, str]]:
    return [(f.text, f.type, f.value) for f in find_time_expressions(text, anchor)]


SEASONS = [
    ("Hospitals said they had stockpiled vaccines for the winter.", AUTUMN, [("the winter", "DATE", "2019-WI")]),
    ("The ferry will not run during the winter.", AUTUMN, [("the winter", "DATE", "2019-WI")]),
    ("Heating bills soared in the winter.", SPRING, [("the winter", "DATE", "2018-WI")]),
    ("Trains ran late in the spring.", AUTUMN, [("the spring", "DATE", "2019-SP")]),
    ("Crews will repair the roads in the spring.", MIDWINTER, [("the spring", "DATE", "2019-SP")]),
    ("The lake froze early in the autumn.", MIDWINTER, [("the autumn", "DATE", "2018-FA")]),
    ("Farmers hoarded fodder for the summer.", SPRING, [("the summer", "DATE", "2019-SU")]),
    ("The dam was full for the winter and the turbines ran.", AUTUMN, [("the winter", "DATE", "2019-WI")]),
    ("Tickets for the summer festival sold out.", SPRING, []),
    ("Snow closed the pass last winter.", AUTUMN, [("last winter", "DATE", "2018-WI")]),
    ("Snow will close the pass next winter.", AUTUMN, [("next winter", "DATE", "2019-WI")]),
    ("Snow closed the pass last winter.", MIDWINTER, [("last winter", "DATE", "2017-WI")]),
]


@pytest.mark.parametrize("text,anchor,expected", SEASONS)
def test_seasons_follow_timex_year_of_winter(text, anchor, expected):
    assert found(text, anchor) == expected


def value_of(text: str, words: str, anchor: dt.date) -> str:
    values = [f.value for f in find_time_expressions(text, anchor) if f.text == words]
    assert values, f"{words!r} not found in {text!r}"
    return values[0]


def test_past_clock_time_does_not_take_a_day_still_to_come():
    text = ("The blockade of the port will last until Friday. Police said they had detained 40 people "
            "in the 12 hours to 8 a.m., the most since the protests began.")
    assert value_of(text, "8 a.m.", AUTUMN) == "2019-10-08T08:00"


def test_past_part_of_day_does_not_take_a_day_still_to_come():
    text = "The strike will last until Friday. Police said the first arrests came at dawn."
    assert value_of(text, "dawn", AUTUMN) == "2019-10-08TMO"


def test_future_clock_time_still_takes_the_day_named_before():
    text = "The referendum is on Friday. Polling stations will open at 7 a.m. and close at 9 p.m."
    assert value_of(text, "7 a.m.", AUTUMN) == "2019-10-11T07:00"


def test_past_clock_time_takes_a_past_day_named_before():
    text = "Gunmen stormed the depot on Sunday. Guards said the shooting stopped at 4 a.m."
    assert value_of(text, "4 a.m.", AUTUMN) == "2019-10-06T04:00"


NAMES_WITH_YEARS = [
    ("The naval exercise, code-named Iron Shield-2019C, began on Monday.", [("Monday", "DATE", "2019-10-07")]),
    ("Observers watched the Zapad-2021 manoeuvres closely.", []),
    ("The Cobra-2020A drills ended without incident.", []),
]


@pytest.mark.parametrize("text,expected", NAMES_WITH_YEARS)
def test_years_inside_names_are_not_dates(text, expected):
    assert found(text, AUTUMN) == expected


def test_years_with_time_prefixes_stay_dates():
    assert found("Prices have doubled since mid-2016.", AUTUMN)[0][2] == "2016"
    assert found("The Euro-2012 final drew record crowds.", AUTUMN) == []
    assert found("The law was passed in June-2016 after a long debate.", AUTUMN)[-1][2].startswith("2016")


FREQUENCY_ADJECTIVES = [
    ("The interior minister told a weekly news conference in Lima that the curfew would stay.",
     [("weekly", "SET", "P1W")]),
    ("A spokeswoman told the daily briefing that no talks were planned.", [("daily", "SET", "P1D")]),
    ("The central bank publishes monthly reports on lending.", [("monthly", "SET", "P1M")]),
    ("Officials recorded one of the highest daily counts of crossings.", [("daily", "SET", "P1D")]),
    ("The mayor chairs the council's annual meeting.", [("annual", "SET", "P1Y")]),
    ("The army enforced a nightly curfew in the old town.", [("nightly", "SET", "P1D")]),
    ("Residents described nightly raids by militiamen.", [("nightly", "SET", "P1D")]),
    ("Medics reported a daily death toll of about thirty.", [("daily", "SET", "P1D")]),
    ("Daily life in the valley has returned to normal.", []),
    ("She wrote for a weekly newspaper in Porto.", []),
    ("The Daily Mail ran the story first.", []),
    ("Annual growth slowed to 2 percent.", []),
]


@pytest.mark.parametrize("text,expected", FREQUENCY_ADJECTIVES)
def test_frequency_adjectives_before_recurring_events(text, expected):
    assert found(text, AUTUMN) == expected


FUTURE_OF = [
    ("Delegates argued over the future of the monarchy.", []),
    ("Farmers fear for the future of the delta.", []),
    ("Investors are worried about the future.", [("the future", "DATE", "FUTURE_REF")]),
    ("Talks may resume in the future.", [("the future", "DATE", "FUTURE_REF")]),
]


@pytest.mark.parametrize("text,expected", FUTURE_OF)
def test_the_future_of_something_is_its_fate(text, expected):
    assert found(text, AUTUMN) == expected


MOST_RECENTLY = [
    ("The army has seized power three times, most recently in 2014.", [("2014", "DATE", "2014")]),
    ("Floods have hit the region before, most recently, in 2011.", [("2011", "DATE", "2011")]),
    ("She has recently returned from exile.", [("recently", "DATE", "PAST_REF")]),
]


@pytest.mark.parametrize("text,expected", MOST_RECENTLY)
def test_most_recently_before_a_date(text, expected):
    assert found(text, AUTUMN) == expected


DAY_OF = [
    ("Relatives called it a day of shame for the nation.", []),
    ("The government declared a day of mourning.", []),
    ("After a day of talks, the envoys flew home.", [("a day", "DURATION", "P1D")]),
    ("It took more than a day of searching to find them.", [("more than a day", "DURATION", "P1D")]),
]


@pytest.mark.parametrize("text,expected", DAY_OF)
def test_a_day_characterised_is_no_duration(text, expected):
    assert found(text, AUTUMN) == expected


QUOTED_TODAY = [
    # the event told as "yesterday": the words quoted were said that day
    ('Mali\'s president yesterday opened a bridge over the Niger. "Today we join two halves of our '
     'country," he said at the ceremony.', "2019-10-07"),
    ('The two parties signed a coalition pact yesterday in Tallinn, and the cabinet will be sworn in on Monday. '
     '\u201cToday the country has a government again,\u201d the speaker told deputies.', "2019-10-07"),
    # "today" written outside the quote brings the story to the article's day
    ('Troops left the base yesterday. The minister said today: "Today we start rebuilding."', "2019-10-08"),
    # not in a quote
    ("Prices fell sharply yesterday. Today markets opened calmly.", "2019-10-08"),
    # the event two days before: when the words were said is not told
    ('The ferry sank on Sunday. "Today we mourn," the mayor said.', "2019-10-08"),
    # the lead does not tell the story as yesterday's
    ('Fighting resumed on Monday near the border. Shops reopened in the capital. Residents of the frontier '
     'villages fled yesterday. "Today there is no one left," a farmer said.', "2019-10-08"),
    # reported in the present: said now
    ('The bridge was opened yesterday. "Today we remember those who built it," the mayor says.', "2019-10-08"),
]


@pytest.mark.parametrize("text,words,expected", [
    ('Ministers met yesterday in Accra. "Tomorrow we sign the accord," the premier said after the talks.',
     "Tomorrow", "2019-10-08"),
    ('The rally was held yesterday. "Yesterday they arrested forty of us," an organiser said.',
     "Yesterday", "2019-10-06"),
    ('The rally was held yesterday. "Tonight we march again," an organiser said.', "Tonight", "2019-10-07TNI"),
])
def test_quoted_deictic_days_count_from_the_day_said(text, words, expected):
    assert value_of(text, words, AUTUMN) == expected


@pytest.mark.parametrize("text,expected", QUOTED_TODAY)
def test_quoted_today_is_the_day_it_was_said(text, expected):
    values = [f.value for f in find_time_expressions(text, AUTUMN) if f.text == "Today"]
    assert values == [expected]


NIGHT = dt.date(2024, 3, 13)  # a Wednesday


def test_the_night_told_in_the_past_with_no_day_is_the_night_gone():
    # as "last night" and "overnight": the night before the article's day, filed under its evening
    assert value_of("Firefighters battled the blaze through the night.", "the night", NIGHT) == "2024-03-12TNI"


def test_the_night_to_come():
    assert value_of("Crews will work through the night.", "the night", NIGHT) == "2024-03-13TNI"


def test_the_night_of_a_day_named_before():
    text = "Shops were looted on Saturday. In the night, troops arrived."
    assert value_of(text, "the night", NIGHT) == "2024-03-09TNI"


def test_the_morning_told_in_the_past_is_still_the_articles_day():
    assert value_of("Crowds gathered in the morning.", "the morning", NIGHT) == "2024-03-13TMO"
