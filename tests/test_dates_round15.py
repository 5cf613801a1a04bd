"""Dates round 15: "late on Tuesday", "day after day", "for the time being", "this time last
year", "A.D. 410", years counted from a BC year, "the turn of the century", a day declared a
day of mourning. Sentences written for these tests; negatives first."""

from __future__ import annotations

import datetime

import pytest

from reactlib.timex import find_time_expressions

#: A Tuesday.
ANCHOR = datetime.date(2020, 9, 29)


def found(text: str, anchor: datetime.date = ANCHOR) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in find_time_expressions(text, anchor)]


NEGATIVES = [
    "Protesters may march on the ministry again.",
    "She will get a second chance to appeal.",
    "The ruling was too late on several counts.",
    "He got an A. Most students passed.",
    "He asked for the time being set aside.",
    "The team won this time, and fans cheered.",
    "Officials said the appeal came too late.",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_silent(text):
    assert found(text) == []


CASES = [
    # "late on" / "early on" a weekday: in the extent, the value the day's
    ("The minister called late on Monday.", [("late on Monday", "DATE", "2020-09-28")]),
    ("The dam gave way early on Sunday.", [("early on Sunday", "DATE", "2020-09-27")]),
    ("He was arrested late on Saturday night.", [("late on Saturday night", "TIME", "2020-09-26TNI")]),
    # without "on", the DATE with its mod, as before
    ("He was arrested late Saturday.", [("late Saturday", "DATE", "2020-09-26")]),
    # "too late on Monday to ..." is lateness of something else
    ("It was too late on Monday to change the ballots.", [("Monday", "DATE", "2020-09-28")]),
    # a pace: a unit repeated around "after"
    ("The guards beat them day after day.", [("day after day", "SET", "P1D")]),
    ("Year after year the river floods the valley.", [("Year after year", "SET", "P1Y")]),
    ("The day after day one of the trial, the judge quit.", []),
    # "for the time being": now, as "for the moment"
    ("The bloc will not follow suit for the time being.", [("the time being", "DATE", "PRESENT_REF")]),
    ("For the time being, the border stays shut.", [("the time being", "DATE", "PRESENT_REF")]),
    # "this time" + a shifted unit: one expression
    ("Prices are far higher than this time last year.", [("this time last year", "DATE", "2019")]),
    ("The talks will resume this time next week.", [("this time next week", "DATE", "2020-W41")]),
    ("He lost this time. Last year he won.", [("Last year", "DATE", "2019")]),
    # the common-era marker first, with full stops
    ("The Goths sacked Rome in A.D. 410.", [("A.D. 410", "DATE", "0410")]),
    ("The fort fell in 410 A.D. after a siege.", [("410 A.D.", "DATE", "0410")]),
    # counting from a year before the common era
    ("The city was founded in 753 BC. Three years later it was at war.",
     [("753 BC", "DATE", "BC0753"), ("Three years later", "DATE", "BC0750")]),
    ("He was born in 2 BC and died five years later.", [("2 BC", "DATE", "BC0002"), ("five years later", "DATE", "0004")]),
    ("Caesar crossed the river in 49 BC. The following year he was in Greece.",
     [("49 BC", "DATE", "BC0049"), ("The following year", "DATE", "BC0048")]),
    ("The town was founded in 1753. Three years later it burned.",
     [("1753", "DATE", "1753"), ("Three years later", "DATE", "1756")]),
    # decades and centuries counted from the decade, century or year told
    ("Ties were cut in the 1970s and restored two decades later.",
     [("the 1970s", "DATE", "197"), ("two decades later", "DATE", "199")]),
    ("The plant opened in 2004 and closed two decades later.",
     [("2004", "DATE", "2004"), ("two decades later", "DATE", "2024")]),
    ("The Romans left in the 5th century AD. Two centuries later the town was empty.",
     [("the 5th century AD", "DATE", "04"), ("Two centuries later", "DATE", "06")]),
    ("The temple was built in the 5th century BC. A century later it fell.",
     [("the 5th century BC", "DATE", "BC04"), ("A century later", "DATE", "BC03")]),
    ("The shrine was built in the 1st century BC. A century later it fell.",
     [("the 1st century BC", "DATE", "BC00"), ("A century later", "DATE", "00")]),
    # a fiscal year across two calendar years is one
    ("The budget for fiscal 2021-22 was passed.", [("fiscal 2021-22", "DATE", "2021")]),
    ("The FY2021/22 budget was passed.", [("FY2021/22", "DATE", "2021")]),
    ("The budget for fiscal year 2021-2022 was passed.", [("fiscal year 2021-2022", "DATE", "2021")]),
    ("The plan covers fiscal 2021-25.", [("fiscal 2021", "DATE", "2021"), ("25", "DATE", "2025")]),
    ("This time, last year's champion lost.", [("last year", "DATE", "2019")]),
    # "the coming" / "the past" season is the article's; "the last winter of the war" is a final one
    ("The coming winter will be hard.", [("The coming winter", "DATE", "2020-WI")]),
    ("Crops failed over the past summer.", [("the past summer", "DATE", "2020-SU")]),
    ("It was the last winter of the war.", []),
    ("The lake froze last winter.", [("last winter", "DATE", "2019-WI")]),
    # a day set aside is ahead, whatever the tense of "declared"
    ("The government declared Thursday a day of mourning.", [("Thursday", "DATE", "2020-10-01")]),
    ("The king proclaimed Friday as a public holiday.", [("Friday", "DATE", "2020-10-02")]),
    ("The coach declared Monday a failure.", [("Monday", "DATE", "2020-09-28")]),
    ("The government declared Thursday that the strike was over.", [("Thursday", "DATE", "2020-09-24")]),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_cases(text, expected):
    assert found(text) == expected


def test_turn_of_the_century_is_its_start():
    got = find_time_expressions("The city has doubled since the turn of the century.", ANCHOR)
    assert [(t.text, t.value, t.mod) for t in got] == [("the turn of the century", "20", "START")]
    got = find_time_expressions("At the turn of the 20th century the town was tiny.", ANCHOR)
    assert [(t.text, t.value, t.mod) for t in got] == [("the turn of the 20th century", "19", "START")]
    got = find_time_expressions("Shelling eased around the turn of the year.", ANCHOR)
    assert [(t.text, t.value, t.mod) for t in got] == [("the turn of the year", "2020", "END")]
