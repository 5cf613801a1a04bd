"""Dates in short newswire passages: economy, politics, disasters, sports, courts.

Each passage was written for this file and annotated by hand with TimeML TIMEX3
extents, types and values (anchored on a Wednesday, 16 October 2019) before the
recogniser was run on it. They cover the expressions news uses most that the
first test file does not: anaphoric "the quarter", "the following year",
"hours later", ranges, two-digit years, seasons, sets and numbers that are not times.
"""

from __future__ import annotations

import datetime as dt

import pytest

from reactlib.timex import find_time_expressions

WEDNESDAY = dt.date(2019, 10, 16)  # ISO week 42, fourth quarter


def found(text: str, anchor: dt.date | None = WEDNESDAY) -> list[tuple[str, str, str]]:
    return [(f.text, f.type, f.value) for f in find_time_expressions(text, anchor)]


ECONOMY = [
    ("Third-quarter profit rose 12 percent from a year earlier, the bank said on Tuesday.",
     [("Third-quarter", "DATE", "2019-Q3"), ("a year earlier", "DATE", "2018-Q3"), ("Tuesday", "DATE", "2019-10-15")]),
    ("Revenue for the quarter fell 3 percent, and the company expects growth in the fourth quarter.",
     [("the quarter", "DATE", "2019-Q3"), ("the fourth quarter", "DATE", "2019-Q4")]),
    ("Unemployment fell to 3.5 percent in September, the lowest since 1969.",
     [("September", "DATE", "2019-09"), ("1969", "DATE", "1969")]),
    ("The central bank will meet again in December and may cut rates early next year.",
     [("December", "DATE", "2019-12"), ("early next year", "DATE", "2020")]),
    ("Over the past few months, the currency has lost a fifth of its value.",
     [("the past few months", "DURATION", "PXM")]),
    ("Retail data due later today are expected to show slower growth.",
     [("later today", "DATE", "2019-10-16")]),
    ("Tax revenue rose from 2010 to 2015 and fell between 2016 and 2018.",
     [("2010", "DATE", "2010"), ("2015", "DATE", "2015"), ("2016", "DATE", "2016"), ("2018", "DATE", "2018")]),
    ("Interest rates were cut between March and May.",
     [("March", "DATE", "2019-03"), ("May", "DATE", "2019-05")]),
    ("Steel output peaked in 1990-95.", [("1990", "DATE", "1990"), ("95", "DATE", "1995")]),
    ("The firm reports results quarterly and pays a dividend each year.",
     [("quarterly", "SET", "P3M"), ("each year", "SET", "P1Y")]),
    ("Sales have risen in recent years, but the past two quarters were weak.",
     [("recent years", "DURATION", "PXY"), ("the past two quarters", "DURATION", "P2Q")]),
    ("Wages grew faster in the '90s than in the 2000s.",
     [("the '90s", "DATE", "199"), ("the 2000s", "DATE", "200")]),
    ("The brewer was founded in '98 and went public in 2004.",
     [("'98", "DATE", "1998"), ("2004", "DATE", "2004")]),
    ("Exports slumped in the first half of 2019 and are forecast to recover in the second half.",
     [("the first half of 2019", "DATE", "2019-H1"), ("the second half", "DATE", "2019-H2")]),
    ("Oil output grew 4 percent in the year to June.", [("the year", "DATE", "2019"), ("June", "DATE", "2019-06")]),
]

POLITICS = [
    ("The president will travel to Paris on Monday and meet the prime minister on Tuesday.",
     [("Monday", "DATE", "2019-10-21"), ("Tuesday", "DATE", "2019-10-22")]),
    ("The former minister, who once led the party, was arrested on Friday.", [("Friday", "DATE", "2019-10-11")]),
    ("Elections are held every four years.", [("every four years", "SET", "P4Y")]),
    ("Parliament reconvenes this fall after the summer recess.", [("this fall", "DATE", "2019-FA")]),
    ("The two leaders met in the spring and will meet again next spring.",
     [("the spring", "DATE", "2019-SP"), ("next spring", "DATE", "2020-SP")]),
    ("The opposition has boycotted parliament since the 2018 election.", [("2018", "DATE", "2018")]),
    ("The senator has served in the chamber for two decades.", [("two decades", "DURATION", "P2DE")]),
    ("The summit ended on Sunday, and the leaders flew home Monday evening.",
     [("Sunday", "DATE", "2019-10-13"), ("Monday evening", "TIME", "2019-10-14TEV")]),
    ("The new law takes effect on Jan. 1.", [("Jan. 1", "DATE", "2020-01-01")]),
    ("The minister is currently abroad and will return in coming weeks.",
     [("currently", "DATE", "PRESENT_REF"), ("coming weeks", "DURATION", "PXW")]),
    ("Lawmakers approved the budget earlier in the day.", [("earlier in the day", "DATE", "2019-10-16")]),
    ("The vote was held on Oct. 2. The following week, the cabinet resigned.",
     [("Oct. 2", "DATE", "2019-10-02"), ("The following week", "DATE", "2019-W41")]),
    ("The treaty was signed in 2015. The following year, both sides broke it.",
     [("2015", "DATE", "2015"), ("The following year", "DATE", "2016")]),
    ("The council meets weekly and publishes its minutes every month.",
     [("weekly", "SET", "P1W"), ("every month", "SET", "P1M")]),
]

DISASTERS = [
    ("The quake struck at 3 a.m. on Tuesday, and aftershocks followed hours later.",
     [("3 a.m.", "TIME", "2019-10-15T03:00"), ("Tuesday", "DATE", "2019-10-15"), ("hours", "DURATION", "PTXH")]),
    ("Floods hit the region on Saturday; days later, the river burst its banks again.",
     [("Saturday", "DATE", "2019-10-12"), ("days later", "DATE", "PAST_REF")]),
    ("A storm made landfall at noon Thursday.", [("noon Thursday", "TIME", "2019-10-10T12:00")]),
    ("The fire broke out at 10 p.m. EST on Sunday.",
     [("10 p.m. EST", "TIME", "2019-10-13T22:00"), ("Sunday", "DATE", "2019-10-13")]),
    ("Forecasters expect the storm to weaken by Thursday morning.",
     [("Thursday morning", "TIME", "2019-10-17TMO")]),
    ("Wildfire seasons have grown longer in recent decades.", [("recent decades", "DURATION", "PXDE")]),
    ("The dam collapsed on Sept. 30. A day earlier, a second dam had failed.",
     [("Sept. 30", "DATE", "2019-09-30"), ("A day earlier", "DATE", "2019-09-29")]),
]

SPORTS = [
    ("The club won the title in 2004 and again two years later.",
     [("2004", "DATE", "2004"), ("two years later", "DATE", "2006")]),
    ("The 40-year-old coach signed a three-year contract last month.",
     [("40-year-old", "DURATION", "P40Y"), ("three-year", "DURATION", "P3Y"), ("last month", "DATE", "2019-09")]),
    ("The team trains daily and plays every Saturday.",
     [("daily", "SET", "P1D"), ("every Saturday", "SET", "XXXX-WXX-6")]),
    ("The marathon starts at 8:30 a.m. Sunday.", [("8:30 a.m. Sunday", "TIME", "2019-10-20T08:30")]),
    ("She set the record in the 1980s, and it stood until the early 2000s.",
     [("the 1980s", "DATE", "198"), ("the early 2000s", "DATE", "200")]),
]

COURTS = [
    ("The judge will sentence him on Monday, a court spokesman said.", [("Monday", "DATE", "2019-10-21")]),
    ("The suspect was abducted from his home on Tuesday, police said.", [("Tuesday", "DATE", "2019-10-15")]),
    ("The trial, which began in January, is expected to last until the end of the year.",
     [("January", "DATE", "2019-01"), ("the end of the year", "DATE", "2019")]),
    ("The court sentenced him to 25 years in prison.", [("25 years", "DURATION", "P25Y")]),
    ("The appeal was filed on Sept. 3 and heard two weeks later.",
     [("Sept. 3", "DATE", "2019-09-03"), ("two weeks later", "DATE", "2019-W38")]),
    ("The case has dragged on since the mid-1990s.", [("the mid-1990s", "DATE", "199")]),
]

MORE = [
    # times of day and parts of days
    ("Police said the attack happened early Tuesday.", [("early Tuesday", "DATE", "2019-10-15")]),
    ("Polls close at 8 p.m. ET on Thursday.",
     [("8 p.m. ET", "TIME", "2019-10-17T20:00"), ("Thursday", "DATE", "2019-10-17")]),
    ("The ministers met until midnight on Monday.",
     [("midnight", "TIME", "2019-10-14T24:00"), ("Monday", "DATE", "2019-10-14")]),
    ("Gunmen stormed the hotel on Tuesday night.", [("Tuesday night", "TIME", "2019-10-15TNI")]),
    ("The verdict is expected at noon.", [("noon", "TIME", "2019-10-16T12:00")]),
    ("The match kicks off at 3 p.m. on Saturday.",
     [("3 p.m.", "TIME", "2019-10-19T15:00"), ("Saturday", "DATE", "2019-10-19")]),
    # the article's own week, month and year
    ("Shops reopened this week after the holiday.", [("this week", "DATE", "2019-W42")]),
    ("Violence has eased since late September.", [("late September", "DATE", "2019-09")]),
    ("Prices have risen 5 percent so far this year.", [("this year", "DATE", "2019")]),
    ("The index fell earlier this month.", [("earlier this month", "DATE", "2019-10")]),
    ("Aid deliveries resumed in the past week.", [("the past week", "DURATION", "P1W")]),
    ("The pact expires at the end of the month.", [("the end of the month", "DATE", "2019-10")]),
    ("Since the start of the year, the currency has fallen 8 percent.",
     [("the start of the year", "DATE", "2019")]),
    ("This summer's drought was the worst on record.", [("This summer", "DATE", "2019-SU")]),
    ("The envoy will visit Kabul next week and Islamabad the following week.",
     [("next week", "DATE", "2019-W43"), ("the following week", "DATE", "2019-W44")]),
    ("The talks, first held in 2011, resumed last year.", [("2011", "DATE", "2011"), ("last year", "DATE", "2018")]),
    # decades, centuries, durations
    ("The storm is the worst in a century.", [("a century", "DURATION", "P1CE")]),
    ("The dispute dates back to the 19th century.", [("the 19th century", "DATE", "18")]),
    ("Output has doubled over the last decade.", [("the last decade", "DURATION", "P1DE")]),
    ("The 1960s and '70s saw rapid growth.", [("The 1960s", "DATE", "196"), ("'70s", "DATE", "197")]),
    ("The law, passed in the 1990s, is now under review.",
     [("the 1990s", "DATE", "199"), ("now", "DATE", "PRESENT_REF")]),
    ("Oil prices hit a five-year low last week.",
     [("five-year", "DURATION", "P5Y"), ("last week", "DATE", "2019-W41")]),
    ("The court will rule within 30 days.", [("30 days", "DURATION", "P30D")]),
    ("Officials said the death toll could rise in the coming days.", [("the coming days", "DURATION", "PXD")]),
    ("The minister resigned a week after the vote.", [("a week", "DURATION", "P1W")]),
    ("The flood was the worst since records began in 1870.", [("1870", "DATE", "1870")]),
    # sets
    ("The airline carries 5 million passengers a year.", [("a year", "SET", "P1Y")]),
    ("Inspectors return every three months.", [("every three months", "SET", "P3M")]),
    # weekdays by tense, dates by year
    ("Aid groups said on Monday that 300 people had died since Friday.",
     [("Monday", "DATE", "2019-10-14"), ("Friday", "DATE", "2019-10-11")]),
    ("The company will report earnings on Oct. 24.", [("Oct. 24", "DATE", "2019-10-24")]),
    ("Shares closed at a record on Friday.", [("Friday", "DATE", "2019-10-11")]),
    ("The ceasefire, agreed in Minsk in February 2015, has been broken repeatedly.",
     [("February 2015", "DATE", "2015-02")]),
    ("By 2030, the city's population will double.", [("2030", "DATE", "2030")]),
    # a month or day completed by "last year" is one date; "since" looks back
    ("The vote was held in March last year.", [("March last year", "DATE", "2018-03")]),
    ("The accord, signed on Oct. 15 last year, expires on 15 October next year.",
     [("Oct. 15 last year", "DATE", "2018-10-15"), ("15 October next year", "DATE", "2020-10-15")]),
    ("The strike is the third this year and the first since January.",
     [("this year", "DATE", "2019"), ("January", "DATE", "2019-01")]),
    ("The mine opened in 2012. That year, output tripled.", [("2012", "DATE", "2012"), ("That year", "DATE", "2012")]),
    ("Net income for the latest quarter rose 8 percent.", [("the latest quarter", "DATE", "2019-Q3")]),
    ("The repairs will take a year and a half, or two and a half years at most.",
     [("a year and a half", "DURATION", "P1.5Y"), ("two and a half years", "DURATION", "P2.5Y")]),
    # business conventions
    ("The Sept. 11 attacks changed aviation.", [("Sept. 11", "DATE", "2001-09-11")]),
    ("GDP grew 1.3 percent in the April-June quarter.", [("the April-June quarter", "DATE", "2019-Q2")]),
    ("The firm expects a loss in the current fiscal year and a profit next fiscal year.",
     [("the current fiscal year", "DATE", "2019"), ("next fiscal year", "DATE", "2020")]),
    ("The band was popular in the nineties.", [("the nineties", "DATE", "199")]),
    ("Crime rose in the 1980's.", [("the 1980's", "DATE", "198")]),
    ("The company pays $5 million per year in rent.", [("per year", "SET", "P1Y")]),
    ("Ferries sail twice weekly and buses run every other day.",
     [("twice weekly", "SET", "P1W"), ("every other day", "SET", "P2D")]),
    ("Security was tightened ahead of Sunday's election.", [("Sunday", "DATE", "2019-10-20")]),
    ("A yearlong inquiry found that a weeklong strike had cost millions.",
     [("yearlong", "DURATION", "P1Y"), ("weeklong", "DURATION", "P1W")]),
    ("Gunmen struck last Tuesday night.", [("last Tuesday night", "TIME", "2019-10-15TNI")]),
    ("Officials said the funeral is on Saturday.", [("Saturday", "DATE", "2019-10-19")]),
    ("The deadline is Friday, the ministry said.", [("Friday", "DATE", "2019-10-18")]),
    ("Elections are in April, and the inauguration is on May 3.",
     [("April", "DATE", "2020-04"), ("May 3", "DATE", "2020-05-03")]),
    ("Friday's attack was the deadliest this year.", [("Friday", "DATE", "2019-10-11"), ("this year", "DATE", "2019")]),
]

MIXED = [
    ("The company was fined in 2017; two years earlier, regulators had warned it.",
     [("2017", "DATE", "2017"), ("two years earlier", "DATE", "2015")]),
    ("Voters go to the polls in November.", [("November", "DATE", "2019-11")]),
    ("The drought, which began in the spring of 2018, ended this summer.",
     [("the spring of 2018", "DATE", "2018-SP"), ("this summer", "DATE", "2019-SU")]),
    ("The prime minister will visit Beijing later this month.", [("later this month", "DATE", "2019-10")]),
    ("Rebels have controlled the city since last August.", [("last August", "DATE", "2019-08")]),
    ("He was released in 1990 after 27 years in jail.", [("1990", "DATE", "1990"), ("27 years", "DURATION", "P27Y")]),
    ("Unemployment rose to 5 percent last month from 4.8 percent in August.",
     [("last month", "DATE", "2019-09"), ("August", "DATE", "2019-08")]),
    ("A curfew from 10 p.m. to 6 a.m. remains in place.",
     [("10 p.m.", "TIME", "2019-10-16T22:00"), ("6 a.m.", "TIME", "2019-10-16T06:00")]),
    ("The accord runs through 2025.", [("2025", "DATE", "2025")]),
    ("Authorities said on Thursday that floods had killed 40 people over the past week.",
     [("Thursday", "DATE", "2019-10-10"), ("the past week", "DURATION", "P1W")]),
    ("The talks, which started on Sept. 30, are expected to end by Friday.",
     [("Sept. 30", "DATE", "2019-09-30"), ("Friday", "DATE", "2019-10-18")]),
    ("Prices in the 2000s rose twice as fast as in the previous decade.",
     [("the 2000s", "DATE", "200"), ("the previous decade", "DATE", "199")]),
    ("The bank has cut rates three times since July.", [("July", "DATE", "2019-07")]),
    ("Final results are due on Oct. 21, a day after the runoff.",
     [("Oct. 21", "DATE", "2019-10-21"), ("a day", "DURATION", "P1D")]),
    ("The ban was lifted in early 2016.", [("early 2016", "DATE", "2016")]),
    ("The plant will be shut for two weeks starting Monday.",
     [("two weeks", "DURATION", "P2W"), ("Monday", "DATE", "2019-10-21")]),
    ("The blast struck on Tuesday in the morning, and that night police made arrests.",
     [("Tuesday", "DATE", "2019-10-15"), ("the morning", "TIME", "2019-10-15TMO"),
      ("that night", "TIME", "2019-10-15TNI")]),
    ("The ferry capsized on Friday. The next morning, divers found the wreck.",
     [("Friday", "DATE", "2019-10-11"), ("The next morning", "TIME", "2019-10-12TMO")]),
    ("The company will report third-quarter results next week and expects a rebound in the second quarter.",
     [("third-quarter", "DATE", "2019-Q3"), ("next week", "DATE", "2019-W43"),
      ("the second quarter", "DATE", "2020-Q2")]),
    ("The strike began on Sept. 3 and ended on the 14th.",
     [("Sept. 3", "DATE", "2019-09-03"), ("the 14th", "DATE", "2019-09-14")]),
    ("The accord ended decades of conflict after months of talks.",
     [("decades", "DURATION", "PXDE"), ("months", "DURATION", "PXM")]),
]

NOT_TIMES = [
    "The index closed at 2,931 points, and 1,500 troops were sent.",
    "The convoy drove along Route 66 and Interstate 95.",
    "Temperatures reached 45 degrees in the shade.",
    "She won 6-4, 6-3 in the final.",
    "The Boeing 737 landed safely.",
    "Three-quarters of the vote went to the incumbent.",
    "Police sealed off the quarter and searched every house.",
    "The years of war left deep scars.",
    "The driver crashed on the 3rd lap.",
    "The night sky was clear, and he worked through the night shift.",
    "The visitors scored twice in the second half to level the match.",
    "The Lakers trailed by 12 points in the fourth quarter before rallying.",
    "She was named Person of the Year and spent the month of the festival at home.",
    "The company cut 1,200 jobs and the index fell 2.5 points to 2015.3.",
    "About 2,000 people attended, and the bill passed 52-48.",
    "The plant employs 1800 workers.",
    "Flight 370 vanished over the ocean.",
    "The former governor once ran a bakery.",
    "The striker scored twice in the second half of the derby.",
]


@pytest.mark.parametrize("text, expected", ECONOMY + POLITICS + DISASTERS + SPORTS + COURTS + MORE + MIXED)
def test_newswire_passages(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text", NOT_TIMES)
def test_numbers_and_words_that_are_not_times(text):
    assert found(text) == []


def test_without_an_article_date_the_dateline_anchors():
    text = "LONDON, March 4, 2018 - Shares fell on Friday and rose again today."
    assert found(text, None) == [("March 4, 2018", "DATE", "2018-03-04"), ("Friday", "DATE", "2018-03-02"),
                                 ("today", "DATE", "2018-03-04")]


ARTICLES = [
    # a disaster report, written on a Monday
    (dt.date(2021, 2, 8),
     "Rescuers pulled three more survivors from the rubble on Sunday, two days after the earthquake struck the "
     "coastal province. The quake, which hit at 4:15 a.m. on Friday, was the strongest since 1999. Aftershocks "
     "continued through the weekend, and officials said on Monday that schools would stay closed until next week. "
     "A similar quake in March 2011 killed hundreds; weeks later, the government tightened building codes. The "
     "meteorological agency said it will publish a full report in the coming months.",
     [("Sunday", "DATE", "2021-02-07"), ("two days", "DURATION", "P2D"), ("4:15 a.m.", "TIME", "2021-02-05T04:15"),
      ("Friday", "DATE", "2021-02-05"), ("1999", "DATE", "1999"), ("the weekend", "DATE", "2021-W05-WE"),
      ("Monday", "DATE", "2021-02-08"), ("next week", "DATE", "2021-W07"), ("March 2011", "DATE", "2011-03"),
      ("weeks later", "DATE", "PAST_REF"), ("the coming months", "DURATION", "PXM")]),
    # a court report, written on a Thursday
    (dt.date(2018, 6, 14),
     "A federal judge on Wednesday sentenced a former city treasurer to 12 years in prison for embezzling $4 "
     "million between 2009 and 2016. The defendant, 61, was convicted in March after a three-week trial. "
     "Prosecutors said the thefts began in the summer of 2009 and continued every month for seven years. His "
     "lawyer said he will appeal by the end of the month. The judge ordered him to report to prison on July 16.",
     [("Wednesday", "DATE", "2018-06-13"), ("12 years", "DURATION", "P12Y"), ("2009", "DATE", "2009"),
      ("2016", "DATE", "2016"), ("March", "DATE", "2018-03"), ("three-week", "DURATION", "P3W"),
      ("the summer of 2009", "DATE", "2009-SU"), ("every month", "SET", "P1M"), ("seven years", "DURATION", "P7Y"),
      ("the end of the month", "DATE", "2018-06"), ("July 16", "DATE", "2018-07-16")]),
    # a central-bank report, written on a Thursday
    (dt.date(2022, 11, 3),
     "The central bank raised its key rate by half a point on Wednesday, its fourth increase this year. Inflation "
     "reached 9.1 percent in the third quarter, up from 6.5 percent a year earlier, and the bank expects it to ease "
     "in the first half of 2023. Policymakers will meet again on Dec. 14. Retail sales have fallen for five "
     "consecutive months, the statistics office said last week. In the 1970s, inflation stayed above 10 percent "
     "for nearly a decade.",
     [("Wednesday", "DATE", "2022-11-02"), ("this year", "DATE", "2022"), ("the third quarter", "DATE", "2022-Q3"),
      ("a year earlier", "DATE", "2021-Q3"), ("the first half of 2023", "DATE", "2023-H1"),
      ("Dec. 14", "DATE", "2022-12-14"), ("five consecutive months", "DURATION", "P5M"),
      ("last week", "DATE", "2022-W43"), ("the 1970s", "DATE", "197"), ("nearly a decade", "DURATION", "P1DE")]),
]


@pytest.mark.parametrize("anchor, text, expected", ARTICLES)
def test_short_articles(anchor, text, expected):
    assert found(text, anchor) == expected


@pytest.mark.parametrize("text, expected", [
    ("The region has been at war for some 20 years.", [("some 20 years", "P20Y", "APPROX")]),
    ("Shots were heard at around 10 p.m. on Saturday.",
     [("around 10 p.m.", "2019-10-12T22:00", "APPROX"), ("Saturday", "2019-10-12", None)]),
    ("More than a decade ago, the plant closed; the truce lasted just under a week.",
     [("More than a decade ago", "200", "BEFORE"), ("just under a week", "P1W", "LESS_THAN")]),
])
def test_modifiers_stay_in_the_extent_with_their_mod(text, expected):
    assert [(f.text, f.value, f.mod) for f in find_time_expressions(text, WEDNESDAY)] == expected
