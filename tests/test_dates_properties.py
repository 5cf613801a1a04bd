"""Properties of the dates extractor that must hold on any text and any anchor."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings, strategies as st

from reactlib.timex import find_time_expressions, is_timex_value

WORDS = [
    "Sunday", "Monday", "Friday", "last", "next", "this", "week", "month", "year", "years", "ago", "the",
    "past", "three", "two", "a", "decades", "for", "since", "2016", "1990s", "on", "in", "said", "will",
    "meet", "March", "May", "September", "27", "2020", "today", "yesterday", "tomorrow", "morning",
    "every", "twice", "quarter", "first", "early", "late", "mid", "-", ",", ".", "now", "recently",
    "8", "a.m.", "noon", "weekend", "summer", "Christmas", "century", "20th", "days", "hours", "later",
    "that", "following", "previous", "latest", "fiscal", "nineties", "'98", "1990-95", "per", "weekly",
    "consecutive", "ahead", "of", "is", "some", "around", "decade", "earlier", "April-June", "night", "twice",
    # wire copy: day phrases, ranges and lists of days, holidays, zones, sets of months
    "overnight", "Saturday", "local", "time", "21-23", "3-5", "3", "and", "4", "to", "through", "from",
    "Good", "Friday", "Easter", "Monday", "Orthodox", "Labor", "Memorial", "Day", "Boxing", "the", "Fourth",
    "July", "Agreement", "August", "annually", "each", "0800", "GMT", "KST", "Moscow", "14:00", "Feb.", "26-27",
    "at", "dawn", "dusk", "early", "hours", "hours-long", "decades-old", "Six-Day", "War", "Oct.", "7", "before",
    "after", "or", "Thursday", "Independence", "Ukraine's", "U.S.", "Mexican",
]
texts = st.lists(st.sampled_from(WORDS), max_size=40).map(" ".join) | st.text(max_size=200)
anchors = st.none() | st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31))
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


@settings(max_examples=150, deadline=None)
@given(texts, anchors)
def test_values_follow_the_timex3_grammar_and_offsets_slice_back(text, anchor):
    for found in find_time_expressions(text, anchor):
        assert is_timex_value(found.value), found
        assert text[found.start:found.end] == found.text
        assert found.type in ("DATE", "TIME", "DURATION", "SET")


@settings(max_examples=150, deadline=None)
@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)),
       st.sampled_from(WEEKDAYS),
       st.sampled_from(["The envoys met on {}.", "The envoys will meet on {}.", "Talks resume {}.",
                        "The vote was held last {}.", "They meet next {}.", "He is flying out {} morning."]))
def test_a_weekday_resolves_within_seven_days_of_its_anchor(anchor, weekday, template):
    results = find_time_expressions(template.format(weekday), anchor)
    assert len(results) == 1
    day = dt.date.fromisoformat(results[0].value[:10])
    assert abs((day - anchor).days) <= 7
    assert day.isoweekday() == WEEKDAYS.index(weekday) + 1


@settings(max_examples=100, deadline=None)
@given(texts, anchors)
def test_deterministic(text, anchor):
    assert find_time_expressions(text, anchor) == find_time_expressions(text, anchor)


@settings(max_examples=150, deadline=None)
@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)),
       st.sampled_from(WEEKDAYS), st.sampled_from(WEEKDAYS),
       st.sampled_from(["Schools stayed closed from {} to {}.", "Schools will stay closed from {} to {}.",
                        "Talks were held on {} and {}.", "Talks will resume next {} and {}.",
                        "The airport is closed {} through {}."]))
def test_the_later_day_of_a_range_or_list_never_comes_first(anchor, first, second, template):
    results = find_time_expressions(template.format(first, second), anchor)
    assert len(results) == 2
    days = [dt.date.fromisoformat(r.value[:10]) for r in results]
    assert days[0] <= days[1]
    assert [d.isoweekday() for d in days] == [WEEKDAYS.index(first) + 1, WEEKDAYS.index(second) + 1]


@settings(max_examples=100, deadline=None)
@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)),
       st.sampled_from(["Easter", "Good Friday", "Easter Monday", "Orthodox Easter", "Labor Day", "Memorial Day",
                        "Thanksgiving", "Boxing Day", "May Day", "the Fourth of July"]),
       st.sampled_from(["Crowds gathered on {}.", "Shops will close on {}.", "The truce held through {}."]))
def test_a_holiday_resolves_within_about_a_year_of_its_anchor(anchor, holiday, template):
    results = find_time_expressions(template.format(holiday), anchor)
    assert [r.text for r in results] == [holiday]
    # a movable feast's next occurrence may be up to 35 days more than a year away (Easter 2002 -> 2003)
    assert abs((dt.date.fromisoformat(results[0].value) - anchor).days) <= 366 + 35
