"""Dates: time expressions found, typed and normalised as TimeML TIMEX3 against the article date.

Every sentence here is written for these tests; the reference article is only
read from ../shared to score it.
"""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys

import pytest

import reactlib
from reactlib.extractors.dates import extract_dates
from reactlib.timex import find_time_expressions, is_timex_value
from reactlib.timex.tokens import tokenize
from reactlib.types import Article

from conftest import REFERENCE, REFERENCE_GOLD, ROOT

FRIDAY = dt.date(2013, 3, 22)  # a Friday in ISO week 12
SUNDAY = dt.date(2020, 9, 27)


def found(sentence: str, anchor: dt.date | None = FRIDAY) -> list[tuple[str, str, str]]:
    return [(f.text, f.type, f.value) for f in find_time_expressions(sentence, anchor)]


@pytest.mark.parametrize("sentence, expected", [
    # weekdays follow the tense of their clause
    ("The envoy said on Tuesday that the talks had stalled.", [("Tuesday", "DATE", "2013-03-19")]),
    ("The two leaders will meet on Monday in Vienna.", [("Monday", "DATE", "2013-03-25")]),
    ("The council is meeting Wednesday to vote.", [("Wednesday", "DATE", "2013-03-27")]),
    ("Protests were planned for Tuesday outside parliament.", [("Tuesday", "DATE", "2013-03-26")]),
    ("The bill will be debated on Thursday.", [("Thursday", "DATE", "2013-03-28")]),
    ("Rebels shelled the port on Friday.", [("Friday", "DATE", "2013-03-22")]),
    ("Envoys met last Sunday and will meet again next Tuesday.",
     [("last Sunday", "DATE", "2013-03-17"), ("next Tuesday", "DATE", "2013-03-26")]),
    # deictic words
    ("Today the ministry confirmed what it denied yesterday.",
     [("Today", "DATE", "2013-03-22"), ("yesterday", "DATE", "2013-03-21")]),
    ("Voting ends tomorrow night; the polls opened this morning.",
     [("tomorrow night", "TIME", "2013-03-23TNI"), ("this morning", "TIME", "2013-03-22TMO")]),
    ("Shelling continued overnight.", [("overnight", "TIME", "2013-03-21TNI")]),
    # shifted units
    ("Troops crossed the border last week.", [("last week", "DATE", "2013-W11")]),
    ("Elections are due next month, not this year.",
     [("next month", "DATE", "2013-04"), ("this year", "DATE", "2013")]),
    ("Exports fell earlier this year after a rise late last year.",
     [("earlier this year", "DATE", "2013"), ("late last year", "DATE", "2012")]),
    ("Markets were calm over the weekend.", [("the weekend", "DATE", "2013-W11-WE")]),
    ("Crowds are expected this weekend.", [("this weekend", "DATE", "2013-W12-WE")]),
    # ago / later
    ("The treaty was signed two years ago.", [("two years ago", "DATE", "2011")]),
    ("The mine closed three days ago and reopened a week later.",
     [("three days ago", "DATE", "2013-03-19"), ("a week later", "DATE", "2013-W13")]),
    ("The village was abandoned decades ago.", [("decades ago", "DATE", "PAST_REF")]),
    # absolute dates
    ("The accord was signed on 14 July 1995 in Rome.", [("14 July 1995", "DATE", "1995-07-14")]),
    ("Voting took place on Oct. 3, 2004, across the north.", [("Oct. 3, 2004", "DATE", "2004-10-03")]),
    ("The census of November 2011 counted more.", [("November 2011", "DATE", "2011-11")]),
    ("The strike began on March 4 and ended in January.",
     [("March 4", "DATE", "2013-03-04"), ("January", "DATE", "2013-01")]),
    ("A vote is scheduled for June, the minister said.", [("June", "DATE", "2013-06")]),
    ("The ruling of 2005-06-30 still stands.", [("2005-06-30", "DATE", "2005-06-30")]),
    ("Records dated 30/06/2005 were lost.", [("30/06/2005", "DATE", "2005-06-30")]),
    ("The dispute has simmered since 1994.", [("1994", "DATE", "1994")]),
    ("Fighting resumed in mid-April.", [("mid-April", "DATE", "2012-04")]),
    ("Growth slowed in the first quarter.", [("the first quarter", "DATE", "2013-Q1")]),
    ("Sales rose in the fourth quarter of 2011.", [("the fourth quarter of 2011", "DATE", "2011-Q4")]),
    ("The party has ruled since the 1970s.", [("the 1970s", "DATE", "197")]),
    ("Industry collapsed in the late 1980s.", [("the late 1980s", "DATE", "198")]),
    ("The empire fell in the 15th century.", [("the 15th century", "DATE", "14")]),
    ("Harvests failed in the summer of 2010.", [("the summer of 2010", "DATE", "2010-SU")]),
    ("The ferry sank on Christmas Eve.", [("Christmas Eve", "DATE", "2012-12-24")]),
    # durations
    ("The siege has lasted for decades.", [("decades", "DURATION", "PXDE")]),
    ("Talks lasted three hours and produced a two-year plan.",
     [("three hours", "DURATION", "PT3H"), ("two-year", "DURATION", "P2Y")]),
    ("Inflation doubled in the past three years.", [("the past three years", "DURATION", "P3Y")]),
    ("A 40-year-old farmer was hurt.", [("40-year-old", "DURATION", "P40Y")]),
    ("The ban will last more than six months.", [("more than six months", "DURATION", "P6M")]),
    ("Aid will arrive within hours, in the coming days at most.",
     [("hours", "DURATION", "PTXH"), ("the coming days", "DURATION", "PXD")]),
    ("Attacks have grown in recent years.", [("recent years", "DURATION", "PXY")]),
    # sets
    ("Inspectors visit twice a year and report weekly.",
     [("twice a year", "SET", "P1Y"), ("weekly", "SET", "P1W")]),
    ("The plant produces 500 tonnes a day.", [("a day", "SET", "P1D")]),
    ("The market opens every Sunday.", [("every Sunday", "SET", "XXXX-WXX-7")]),
    # times
    ("The curfew starts at 9 p.m. and ends at 05:30 GMT.",
     [("9 p.m.", "TIME", "2013-03-22T21:00"), ("05:30 GMT", "TIME", "2013-03-22T05:30")]),
    ("The truce took effect at noon Sunday.", [("noon Sunday", "TIME", "2013-03-17T12:00")]),
    # generic references
    ("The region is currently calm, though it was tense recently.",
     [("currently", "DATE", "PRESENT_REF"), ("recently", "DATE", "PAST_REF")]),
    ("In the past such disputes were settled by talks; now they are not.",
     [("the past", "DATE", "PAST_REF"), ("now", "DATE", "PRESENT_REF")]),
])
def test_sentences(sentence, expected):
    assert found(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "Protesters may march on parliament if the government falls.",
    "Prime Minister May said she would march with the veterans.",
    "He was given a second chance by the court.",
    "The Sunday Times published the leaked memo.",
    "Bloody Sunday is remembered in Derry.",
    "Some 2000 soldiers and 1500 police officers were deployed.",
    "The plant produced 2016 tonnes of steel.",
    "Resolution 1973 authorised the no-fly zone.",
    "The 1990s-era rules were scrapped.",
    "The now-defunct agency was closed.",
    "Daily life in the capital has returned to normal.",
    "The future president spoke to the crowd.",
    "Now that the vote is over, the count begins.",
    "The fall of the capital shocked the region.",
])
def test_no_false_alarms(sentence):
    assert found(sentence) == []


SUNDAY_2013 = dt.date(2013, 3, 17)  # a Sunday


@pytest.mark.parametrize("sentence, expected", [
    # a weekday inside a future-looking infinitive under a past verb is the coming one
    ("The mayor had asked the council to convene on Monday.", [("Monday", "DATE", "2013-03-18")]),
    ("Negotiators agreed to meet on Friday in Geneva.", [("Friday", "DATE", "2013-03-22")]),
    ("The Senate is due to vote on Tuesday.", [("Tuesday", "DATE", "2013-03-19")]),
    ("The hearing was scheduled for Thursday.", [("Thursday", "DATE", "2013-03-21")]),
    ("The ministers decided to resume talks on Wednesday.", [("Wednesday", "DATE", "2013-03-20")]),
    ("The court was to rule on Tuesday.", [("Tuesday", "DATE", "2013-03-19")]),
    ("The president urged both sides to return to talks on Thursday.", [("Thursday", "DATE", "2013-03-21")]),
    ("Officials said Saturday that the vote was postponed until Friday.",
     [("Saturday", "DATE", "2013-03-16"), ("Friday", "DATE", "2013-03-22")]),
    # ... but not a purpose clause, a preposition "to", or a weekday naming a noun
    ("Police used tear gas to disperse protesters on Friday.", [("Friday", "DATE", "2013-03-15")]),
    ("The injured man was taken to hospital on Friday.", [("Friday", "DATE", "2013-03-15")]),
    ("He told reporters Monday he plans to run.", [("Monday", "DATE", "2013-03-11")]),
    ("Envoys on Tuesday urged the state to investigate Saturday's vote.",
     [("Tuesday", "DATE", "2013-03-12"), ("Saturday", "DATE", "2013-03-16")]),
    # durations with "for" and no number keep it, as the reference gold does
    ("Residents have fled the valley for months.", [("months", "DURATION", "PXM")]),
    ("The feud has festered for years, the envoy said.", [("years", "DURATION", "PXY")]),
    ("The blockade lasted for three weeks.", [("three weeks", "DURATION", "P3W")]),
    # generic references
    ("The rebels will soon run out of fuel.", [("soon", "DATE", "FUTURE_REF")]),
    ("Aid will flow as soon as the road opens.", []),
    # quarters, halves, fiscal years
    ("Third-quarter earnings rose 4 percent, the bank said.", [("Third-quarter", "DATE", "2012-Q3")]),
    ("Q3 profit fell sharply, the airline reported.", [("Q3", "DATE", "2012-Q3")]),
    ("Sales in Q4 2012 beat forecasts.", [("Q4 2012", "DATE", "2012-Q4")]),
    ("Revenue in fiscal 2012 rose by a fifth.", [("fiscal 2012", "DATE", "2012")]),
    ("Output slowed in the second half, the agency said.", [("the second half", "DATE", "2012-H2")]),
    ("Profit doubled in the first half of 2013.", [("the first half of 2013", "DATE", "2013-H1")]),
    ("The striker scored in the first half of the match.", []),
    ("Losses narrowed in the second quarter of fiscal 2013.",
     [("the second quarter of fiscal 2013", "DATE", "2013-Q2")]),
    # other conventions
    ("The 9/11 attacks changed the city.", [("9/11", "DATE", "2001-09-11")]),
    ("He spoke on Fox News Sunday and to the Mail on Sunday.", []),
    ("Crowds gathered this past weekend.", [("this past weekend", "DATE", "2013-W10-WE")]),
    ("Talks began on March 2. The day before, rebels shelled the town.",
     [("March 2", "DATE", "2013-03-02"), ("The day before", "DATE", "2013-03-01")]),
    ("Banks shore up reserves before year-end.", [("year-end", "DATE", "2013")]),
    ("More aid is expected in coming weeks.", [("coming weeks", "DURATION", "PXW")]),
    ("The summit was held on March 21 in Brussels.", [("March 21", "DATE", "2013-03-21")]),
    ("The treaty was signed on Dec. 28.", [("Dec. 28", "DATE", "2012-12-28")]),
    # the simple present of a scheduled event, and "expected", look ahead
    ("Lawmakers return to the capital on Monday.", [("Monday", "DATE", "2013-03-18")]),
    ("The truce expires at midnight Friday.", [("midnight Friday", "TIME", "2013-03-22T24:00")]),
    ("The vote, expected Thursday, could slip.", [("Thursday", "DATE", "2013-03-21")]),
    ("The governor did not return on Monday.", [("Monday", "DATE", "2013-03-11")]),
    ("Police reports on Friday said two people died.", [("Friday", "DATE", "2013-03-15")]),
    # a clock time takes the day named right after it
    ("The quake struck at 2:46 p.m. (0546 GMT) on Friday.",
     [("2:46 p.m.", "TIME", "2013-03-15T14:46"), ("0546 GMT", "TIME", "2013-03-15T05:46"),
      ("Friday", "DATE", "2013-03-15")]),
    # hyphenated adjectives leave the article to the noun
    ("A decade-long war ended.", [("decade-long", "DURATION", "P1DE")]),
    ("The 48-year-old was charged.", [("48-year-old", "DURATION", "P48Y")]),
    ("Talks began on March 2; the same month, rebels struck.",
     [("March 2", "DATE", "2013-03-02"), ("the same month", "DATE", "2013-03")]),
    ("Rail spread across Europe in the 1800s.", [("the 1800s", "DATE", "18")]),
])

def test_conventions_on_a_sunday(sentence, expected):
    assert found(sentence, SUNDAY_2013) == expected


def test_unanchored_century_and_decade_are_in_the_grammar():
    assert [f.value for f in find_time_expressions("last century and last decade", None)] == ["XX", "XXX"]


def test_same_weekday_as_the_article_is_the_article_date():
    assert found("Ministers met on Sunday.", SUNDAY) == [("Sunday", "DATE", "2020-09-27")]
    assert found("Ministers will meet on Sunday.", SUNDAY) == [("Sunday", "DATE", "2020-09-27")]


def test_without_article_date_the_latest_written_date_anchors():
    text = "On 3 May 2019 the talks began. Two days later, on Friday, they collapsed."
    values = [(f.text, f.value) for f in find_time_expressions(text, None)]
    assert values == [("3 May 2019", "2019-05-03"), ("Two days later", "2019-05-05"), ("Friday", "2019-05-03")]


def test_without_any_anchor_values_stay_unanchored():
    values = found("The summit ended on Sunday and reconvenes on September 27; it began yesterday.", None)
    assert values == [("Sunday", "DATE", "XXXX-WXX-7"), ("September 27", "DATE", "XXXX-09-27"),
                      ("yesterday", "DATE", "XXXX-XX-XX")]


def test_the_next_day_follows_the_last_mentioned_date():
    values = found("Talks began on 2 February 2010. The next day, both sides walked out.")
    assert values[1] == ("The next day", "DATE", "2010-02-03")


def test_extents_leave_prepositions_out():
    for f in find_time_expressions("Since 2001, on Monday and in March, for three years.", FRIDAY):
        assert f.text.split()[0].lower() not in ("since", "on", "in", "for")


def test_for_before_a_bare_plural_unit_stays_out_of_the_extent_as_timeml_draws_it():
    texts = [f.text for f in find_time_expressions("Rebels held out for years, for months, for decades.", FRIDAY)]
    assert texts == ["years", "months", "decades"]


def test_expressions_do_not_overlap_and_are_sorted():
    text = "On Sunday, Sept. 27, 2020, at 8 a.m., and every Monday since the 1990s, for two years."
    spans = [(f.start, f.end) for f in find_time_expressions(text, SUNDAY)]
    assert spans == sorted(spans)
    assert all(e1 <= s2 for (_, e1), (s2, _) in zip(spans, spans[1:]))


def test_every_value_is_in_the_timex3_grammar():
    text = " ".join(["Last week, next month, two years ago, the 1990s, the 15th century, Sundays,",
                     "the past decade, twice a year, 9 p.m., the second half of 2012, this spring."])
    results = find_time_expressions(text, FRIDAY)
    assert len(results) >= 10
    assert all(is_timex_value(f.value) for f in results)


@pytest.mark.parametrize("value, ok", [
    ("2020-09-27", True), ("2020-W39", True), ("2020-W39-WE", True), ("2020-SU", True), ("199", True),
    ("2020-09-27T08:00", True), ("PXDE", True), ("PT3H", True), ("P1Y6M", True), ("XXXX-WXX-7", True),
    ("PRESENT_REF", True), ("2020-13", True),  # the grammar is lexical, not calendar-aware
    ("Sunday", False), ("P", False), ("20200927", False), ("2020-9-27", False), ("PX", False),
])
def test_value_grammar(value, ok):
    assert is_timex_value(value) is ok


def test_tokenizer_offsets_slice_back():
    text = "mid-March, 8 a.m. — the ’90s"
    tokens = tokenize(text)
    assert [text[s:e] for s, e in zip(tokens.start, tokens.end)] == tokens.text


def test_extractor_reports_the_marker_date_and_sorts():
    text = "date 2021-06-18 The junta on Friday promised elections within two years."
    article = extract_dates(Article(text=text, date=dt.date(2021, 6, 18)), None)
    assert [(d.text, d.type, d.value) for d in article.dates] == [
        ("2021-06-18", "DATE", "2021-06-18"), ("Friday", "DATE", "2021-06-18"), ("two years", "DURATION", "P2Y")]
    assert article.dates[0].start == 5


def test_pipeline_uses_the_date_argument():
    article = reactlib.parse("The ministers spoke on Tuesday.", date="2022-03-04", plugins=[])
    assert [(d.text, d.value) for d in article.dates] == [("Tuesday", "2022-03-01")]
    assert all(article.text[d.start:d.end] == d.text for d in article.dates)


def test_reference_article_scores_perfectly(tmp_path):
    out = subprocess.run([sys.executable, "-m", "reactlib", "parse", str(REFERENCE), "--format", "json"],
                         capture_output=True, text=True, check=True, cwd=ROOT).stdout
    gold = json.loads(REFERENCE_GOLD.read_text(encoding="utf-8"))["dates"]
    pred = json.loads(out)["dates"]
    matched = [g for g in gold
               if any(p["start"] < g["end"] and g["start"] < p["end"] and p["value"] == g["value"] for p in pred)]
    assert len(matched) == len(gold) == len(pred)


def test_large_junk_is_scanned_quickly():
    import time

    junk = ("1999 2000-01-01 Sunday the the past past " * 20000) + "x" * 100000
    began = time.perf_counter()
    find_time_expressions(junk, FRIDAY)
    assert time.perf_counter() - began < 20


@pytest.mark.parametrize("sentence,expected", [
    ("The couple married on Valentine's Day.", ("Valentine's Day", "2021-02-14")),
    ("Talks resumed after New Year’s Day.", ("New Year’s Day", "2021-01-01")),
])
def test_possessive_holidays_are_found_with_either_apostrophe(sentence, expected):
    from reactlib.timex import find_time_expressions

    found = [(t.text, t.value) for t in find_time_expressions(sentence, dt.date(2021, 3, 1))]
    assert found == [expected]
