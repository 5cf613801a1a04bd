"""Dates in international-reactions wire copy: day phrases, ranges, lists, holidays, zones.

Each passage was written for this file and annotated by hand with TimeML TIMEX3
extents, types and values (anchored on a Thursday, 9 March 2023, ISO week 10)
before the recogniser was run on it. Conventions, as the TimeML guidelines draw them:
a range or list is one TIMEX3 per end or item ("March 21-23" -> "March 21", "23");
"late"/"early" stay in the extent with their mod, "earlier"/"later" before a weekday
stay in it with none; "local time" after a weekday stays out, after a clock time in.
"""

from __future__ import annotations

import datetime as dt

import pytest

from reactlib.timex import find_time_expressions

THURSDAY = dt.date(2023, 3, 9)


def found(text: str, anchor: dt.date | None = THURSDAY) -> list[tuple[str, str, str]]:
    return [(f.text, f.type, f.value) for f in find_time_expressions(text, anchor)]


WIRE_DAYS = [
    ("The foreign ministry condemned the strike in a statement issued earlier Thursday.",
     [("earlier Thursday", "DATE", "2023-03-09")]),
    ("Gunmen attacked a police post late Monday, killing four officers, officials said.",
     [("late Monday", "DATE", "2023-03-06")]),
    ("The ceasefire collapsed early Wednesday when shelling resumed.", [("early Wednesday", "DATE", "2023-03-08")]),
    ("Tuesday's attack drew condemnation from Ankara, Paris and Washington.", [("Tuesday", "DATE", "2023-03-07")]),
    ("Air raid sirens sounded across the capital overnight Saturday.",
     [("overnight Saturday", "TIME", "2023-03-04TNI")]),
    ("The earthquake struck at 3:40 a.m. on Tuesday local time.",
     [("3:40 a.m.", "TIME", "2023-03-07T03:40"), ("Tuesday", "DATE", "2023-03-07")]),
    ("The president is expected to address the nation later Thursday.", [("later Thursday", "DATE", "2023-03-09")]),
    ("Protesters gathered outside the embassy on Wednesday afternoon (local time).",
     [("Wednesday afternoon", "TIME", "2023-03-08TAF")]),
    ("The Security Council will hold an emergency meeting late Friday.", [("late Friday", "DATE", "2023-03-10")]),
    ("Police said the blast occurred shortly after 10 a.m. local time.",
     [("10 a.m. local time", "TIME", "2023-03-09T10:00")]),
    ("Rockets were fired overnight Monday into Tuesday, the army said.",
     [("overnight Monday", "TIME", "2023-03-06TNI"), ("Tuesday", "DATE", "2023-03-07")]),
]

RANGES = [
    ("The summit will be held March 21-23 in Brussels.",
     [("March 21", "DATE", "2023-03-21"), ("23", "DATE", "2023-03-23")]),
    ("Talks were held in Geneva on 3-5 March.", [("3", "DATE", "2023-03-03"), ("5 March", "DATE", "2023-03-05")]),
    ("Schools will stay closed from Tuesday to Thursday.",
     [("Tuesday", "DATE", "2023-03-14"), ("Thursday", "DATE", "2023-03-16")]),
    ("The airport will be closed Friday through Monday.",
     [("Friday", "DATE", "2023-03-10"), ("Monday", "DATE", "2023-03-13")]),
    ("Inflation averaged 4 percent between 2015 and 2019.", [("2015", "DATE", "2015"), ("2019", "DATE", "2019")]),
    ("Fighting raged from Saturday to Tuesday, the monitors said.",
     [("Saturday", "DATE", "2023-03-04"), ("Tuesday", "DATE", "2023-03-07")]),
    ("The festival will run from Dec. 26 to Jan. 2.",
     [("Dec. 26", "DATE", "2023-12-26"), ("Jan. 2", "DATE", "2024-01-02")]),
    ("Observers monitored the vote on Feb. 26-27.",
     [("Feb. 26", "DATE", "2023-02-26"), ("27", "DATE", "2023-02-27")]),
]

LISTS = [
    ("The envoy will visit Kyiv next Tuesday and Wednesday.",
     [("next Tuesday", "DATE", "2023-03-14"), ("Wednesday", "DATE", "2023-03-15")]),
    ("Clashes were reported on March 3 and 4.", [("March 3", "DATE", "2023-03-03"), ("4", "DATE", "2023-03-04")]),
    ("Elections were held in 2019 and 2020.", [("2019", "DATE", "2019"), ("2020", "DATE", "2020")]),
    ("The talks will resume on Wednesday and Thursday.",
     [("Wednesday", "DATE", "2023-03-15"), ("Thursday", "DATE", "2023-03-16")]),
    ("Strikes hit the port on Tuesday and Wednesday.",
     [("Tuesday", "DATE", "2023-03-07"), ("Wednesday", "DATE", "2023-03-08")]),
    ("Talks were held on 6 and 7 March.", [("6", "DATE", "2023-03-06"), ("7 March", "DATE", "2023-03-07")]),
    ("Voting takes place on Saturday, Sunday and Monday.",
     [("Saturday", "DATE", "2023-03-11"), ("Sunday", "DATE", "2023-03-12"), ("Monday", "DATE", "2023-03-13")]),
]

HOLIDAYS = [
    ("The truce expired on Christmas Day.", [("Christmas Day", "DATE", "2022-12-25")]),
    ("The prime minister will deliver an address on New Year's Eve.", [("New Year's Eve", "DATE", "2023-12-31")]),
    ("Churches will be full on Orthodox Easter.", [("Orthodox Easter", "DATE", "2023-04-16")]),
    ("The ceasefire is expected to hold through Good Friday.", [("Good Friday", "DATE", "2023-04-07")]),
    ("Markets will be closed on Easter Monday.", [("Easter Monday", "DATE", "2023-04-10")]),
    ("Fireworks lit up the sky on the Fourth of July.", [("the Fourth of July", "DATE", "2022-07-04")]),
    ("Workers marched through the capital on May Day.", [("May Day", "DATE", "2022-05-01")]),
    ("The new cabinet will be sworn in after Labor Day.", [("Labor Day", "DATE", "2023-09-04")]),
    ("Sales peaked on Boxing Day.", [("Boxing Day", "DATE", "2022-12-26")]),
    ("The memorial will be unveiled on Memorial Day.", [("Memorial Day", "DATE", "2023-05-29")]),
    ("The Good Friday Agreement ended decades of violence.", [("decades", "DURATION", "PXDE")]),
    ("Kyiv held no parade on Ukraine's Independence Day.", [("Independence Day", "DATE", "2022-08-24")]),
    ("Celebrations are planned for Mexican Independence Day.", [("Independence Day", "DATE", "2023-09-16")]),
    ("The embassy will close on U.S. Independence Day.", [("Independence Day", "DATE", "2023-07-04")]),
    ("Sri Lanka's Independence Day passed quietly.", [("Independence Day", "DATE", "2023-02-04")]),
    ("The rebels declared an Independence Day of their own.", []),
]

GENERIC = [
    ("The festival is held annually in August.", [("annually", "SET", "P1Y"), ("August", "DATE", "XXXX-08")]),
    ("Monsoon floods hit the region every August.", [("every August", "SET", "XXXX-08")]),
    ("The commission meets each March.", [("each March", "SET", "XXXX-03")]),
]

ZONES = [
    ("The truce took effect at 0800 GMT on Friday.",
     [("0800 GMT", "TIME", "2023-03-03T08:00"), ("Friday", "DATE", "2023-03-03")]),
    ("Polls opened at 7 a.m. EST.", [("7 a.m. EST", "TIME", "2023-03-09T07:00")]),
    ("The curfew begins at 14:00 local time.", [("14:00 local time", "TIME", "2023-03-09T14:00")]),
    ("The launch was detected at 06:52 KST.", [("06:52 KST", "TIME", "2023-03-09T06:52")]),
    ("The quake hit at 11:17 p.m. IST.", [("11:17 p.m. IST", "TIME", "2023-03-09T23:17")]),
    ("The drones struck at 4:30 Moscow time.", [("4:30 Moscow time", "TIME", "2023-03-09T04:30")]),
]

WIRE_MISC = [
    # past, no day named: the midnight that began the article's day, T24:00 of the day before (round 5)
    ("The ceasefire took effect at midnight.", [("midnight", "TIME", "2023-03-08T24:00")]),
    ("Crowds gathered by midday.", [("midday", "TIME", "2023-03-09TMI")]),
    ("The talks broke up at midday on Tuesday.", [("midday", "TIME", "2023-03-07TMI"), ("Tuesday", "DATE", "2023-03-07")]),
    ("Police moved in overnight, and by midday the square was empty.",
     [("overnight", "TIME", "2023-03-08TNI"), ("midday", "TIME", "2023-03-09TMI")]),
    ("Shots rang out last night; by morning the streets were quiet.", [("last night", "TIME", "2023-03-08TNI")]),
    ("Both sides agreed to a 72-hour truce.", [("72-hour", "DURATION", "PT72H")]),
    ("The group must respond within 48 hours.", [("48 hours", "DURATION", "PT48H")]),
    ("Troops will withdraw by the end of the year.", [("the end of the year", "DATE", "2023")]),
    ("More aid convoys are expected in the coming days.", [("the coming days", "DURATION", "PXD")]),
    ("Fighting intensified over the weekend.", [("the weekend", "DATE", "2023-W09-WE")]),
    ("Talks resumed at the weekend.", [("the weekend", "DATE", "2023-W09-WE")]),
    ("Leaders will meet this week.", [("this week", "DATE", "2023-W10")]),
    ("The minister arrived on Tuesday. The previous day, rockets hit the airport.",
     [("Tuesday", "DATE", "2023-03-07"), ("The previous day", "DATE", "2023-03-06")]),
    ("The bodies were found on Sunday; the victims had been abducted the day before.",
     [("Sunday", "DATE", "2023-03-05"), ("the day before", "DATE", "2023-03-04")]),
    # the night gone, as "last night" and "overnight" are (round 7: was the article day's night)
    ("Rescue teams worked through the night.", [("the night", "TIME", "2023-03-08TNI")]),
    ("The envoy held talks in Ankara earlier this week and will travel to Tehran next week.",
     [("earlier this week", "DATE", "2023-W10"), ("next week", "DATE", "2023-W11")]),
    ("Three days of national mourning were declared.", [("Three days", "DURATION", "P3D")]),
    ("The government announced a 30-day ceasefire.", [("30-day", "DURATION", "P30D")]),
    ("At least 40 people were killed in the past 24 hours.", [("the past 24 hours", "DURATION", "PT24H")]),
    ("The truce, which began at 6 a.m. on Monday, was extended by a further 24 hours.",
     [("6 a.m.", "TIME", "2023-03-06T06:00"), ("Monday", "DATE", "2023-03-06"), ("24 hours", "DURATION", "PT24H")]),
]

PARTS_OF_DAYS = [
    ("Militants crossed the border on the night of Oct. 7.", [("the night of Oct. 7", "TIME", "2022-10-07TNI")]),
    ("The talks will open on the morning of March 20.", [("the morning of March 20", "TIME", "2023-03-20TMO")]),
    ("Shelling resumed on the evening of 5 March.", [("the evening of 5 March", "TIME", "2023-03-05TEV")]),
    ("She spent the night of her arrest in a cell.", []),
    ("Gunmen stormed the village in the early hours of Sunday.",
     [("the early hours of Sunday", "TIME", "2023-03-05TMO")]),
    ("The attack began in the early hours, witnesses said.", [("the early hours", "TIME", "2023-03-09TMO")]),
    ("After hours-long talks, the ministers agreed on a decades-old dispute.",
     [("hours-long", "DURATION", "PTXH"), ("decades-old", "DURATION", "PXDE")]),
    ("Negotiators held last-minute talks on the anniversary of the Six-Day War.", []),
    ("Six of the victims were buried on March 3 and 4 of the wounded died later.", [("March 3", "DATE", "2023-03-03")]),
]

NOT_TIMES = [
    "The envoy met the May Day organisers' lawyer, who said may day trips were cancelled.",
    "Police in Good Friday Square counted 3-5 protesters per street.",
]


@pytest.mark.parametrize("text, expected",
                         WIRE_DAYS + RANGES + LISTS + HOLIDAYS + GENERIC + ZONES + WIRE_MISC + PARTS_OF_DAYS)
def test_wire_passages(text, expected):
    assert found(text) == expected


def test_late_and_early_weekdays_carry_their_mod():
    mods = [(f.text, f.mod) for f in find_time_expressions("Shelling began late Monday and stopped early Tuesday.",
                                                          THURSDAY)]
    assert mods == [("late Monday", "END"), ("early Tuesday", "START")]


def test_a_range_end_follows_its_start_across_the_anchor_weekday():
    # future talk on the anchor's own weekday: the second end is after the first, not the anchor itself
    assert found("Offices will close from Monday to Thursday.") == [
        ("Monday", "DATE", "2023-03-13"), ("Thursday", "DATE", "2023-03-16")]


def test_without_an_anchor_the_second_day_of_a_range_keeps_the_month():
    assert found("The summit will be held March 21-23.", None) == [
        ("March 21", "DATE", "XXXX-03-21"), ("23", "DATE", "XXXX-03-23")]


def test_may_day_not_at_a_capital_is_no_holiday():
    assert found(NOT_TIMES[0]) == [("May Day", "DATE", "2022-05-01")]
    assert found(NOT_TIMES[1]) == []


ARTICLES = [
    # a ceasefire report, written on a Friday
    (dt.date(2025, 5, 9),
     "The two sides agreed to a 30-day ceasefire that took effect at midnight on Thursday, the foreign ministry "
     "said on Friday. The truce is due to expire on June 7. Talks on a permanent settlement will begin in Doha next "
     "week and are expected to last until the end of the month. Fighting had continued for much of the past week, "
     "and at least 120 people were killed over the weekend alone. In a statement late Thursday, the European Union "
     "urged both sides to respect the truce in the coming days.",
     [("30-day", "DURATION", "P30D"), ("midnight", "TIME", "2025-05-08T24:00"), ("Thursday", "DATE", "2025-05-08"),
      ("Friday", "DATE", "2025-05-09"), ("June 7", "DATE", "2025-06-07"), ("next week", "DATE", "2025-W20"),
      ("the end of the month", "DATE", "2025-05"), ("the past week", "DURATION", "P1W"),
      ("the weekend", "DATE", "2025-W18-WE"), ("late Thursday", "DATE", "2025-05-08"),
      ("the coming days", "DURATION", "PXD")]),
    # a missile test, written on a Tuesday
    (dt.date(2026, 1, 13),
     "North Korea fired a ballistic missile into the sea off its east coast at 7:44 a.m. (2244 GMT Monday), South "
     "Korea's military said. It was the third launch this month and the first since Pyongyang tested a new engine "
     "on Dec. 28. Japan's prime minister said Tokyo would convene its national security council later Tuesday. The "
     "United States, South Korea and Japan will hold joint naval drills from Jan. 20 to 24. The launch came a day "
     "after the Chinese foreign minister ended a two-day visit to Seoul.",
     [("7:44 a.m.", "TIME", "2026-01-13T07:44"), ("2244 GMT Monday", "TIME", "2026-01-12T22:44"),
      ("this month", "DATE", "2026-01"), ("Dec. 28", "DATE", "2025-12-28"), ("later Tuesday", "DATE", "2026-01-13"),
      ("Jan. 20", "DATE", "2026-01-20"), ("24", "DATE", "2026-01-24"), ("a day", "DURATION", "P1D"),
      ("two-day", "DURATION", "P2D")]),
    # a runoff, written on the Sunday of the vote
    (dt.date(2024, 11, 3),
     "Voters in Moldova cast ballots on Sunday in a runoff that the government said Russia had tried to sway. Polls "
     "opened at 7 a.m. local time and close at 9 p.m. Preliminary results are expected early Monday. The first "
     "round, held on Oct. 20, was marred by allegations of vote buying. The president, in office since 2020, is "
     "seeking a second four-year term. Observers from the OSCE have been in the country for six weeks.",
     [("Sunday", "DATE", "2024-11-03"), ("7 a.m. local time", "TIME", "2024-11-03T07:00"),
      ("9 p.m.", "TIME", "2024-11-03T21:00"), ("early Monday", "DATE", "2024-11-04"), ("Oct. 20", "DATE", "2024-10-20"),
      ("2020", "DATE", "2020"), ("four-year", "DURATION", "P4Y"), ("six weeks", "DURATION", "P6W")]),
    # an air strike and the reactions, written on a Wednesday
    (dt.date(2025, 9, 10),
     "Israel said its jets struck Hamas leaders in Doha on Tuesday afternoon. Qatar, which has mediated between the "
     "two sides since October 2023, called the strike a violation of its sovereignty. The UN Security Council will "
     "discuss the attack on Thursday or Friday, diplomats said. Gulf leaders will gather for an emergency summit in "
     "Doha on Sept. 14-15. The strike came two days after a shooting in Jerusalem killed six people, and hours "
     "before a ceasefire proposal was due to be discussed.",
     [("Tuesday afternoon", "TIME", "2025-09-09TAF"), ("October 2023", "DATE", "2023-10"),
      ("Thursday", "DATE", "2025-09-11"), ("Friday", "DATE", "2025-09-12"), ("Sept. 14", "DATE", "2025-09-14"),
      ("15", "DATE", "2025-09-15"), ("two days", "DURATION", "P2D"), ("hours", "DURATION", "PTXH")]),
    # an offensive, written on a Saturday
    (dt.date(2023, 10, 7),
     "Rebel fighters launched a surprise offensive at dawn on Saturday, firing thousands of rockets within the first "
     "20 minutes. The government declared a state of emergency for 30 days and called up reservists overnight. A "
     "week into the fighting last year, a similar offensive had stalled. Neighbouring states will hold talks on "
     "Monday.",
     [("dawn", "TIME", "2023-10-07TMO"), ("Saturday", "DATE", "2023-10-07"),
      ("the first 20 minutes", "DURATION", "PT20M"), ("30 days", "DURATION", "P30D"),
      ("overnight", "TIME", "2023-10-06TNI"), ("A week", "DURATION", "P1W"), ("last year", "DATE", "2022"),
      ("Monday", "DATE", "2023-10-09")]),
]


@pytest.mark.parametrize("anchor, text, expected", ARTICLES)
def test_wire_articles(anchor, text, expected):
    assert found(text, anchor) == expected


REACTIONS = [
    # reactions to a death in custody, written on a Monday
    (dt.date(2024, 2, 19),
     "Western governments on Monday demanded answers over the death of the opposition leader, who died in an Arctic "
     "prison on Friday. The European Union's foreign ministers will discuss new sanctions this week, and the G7 will "
     "hold a video call on Saturday. The authorities said the body would not be released for 30 days. Thousands laid "
     "flowers at memorials across the country over the weekend. He had been serving a 19-year sentence since August "
     "2023.",
     [("Monday", "DATE", "2024-02-19"), ("Friday", "DATE", "2024-02-16"), ("this week", "DATE", "2024-W08"),
      ("Saturday", "DATE", "2024-02-24"), ("30 days", "DURATION", "P30D"), ("the weekend", "DATE", "2024-W07-WE"),
      ("19-year", "DURATION", "P19Y"), ("August 2023", "DATE", "2023-08")]),
    # reactions to a coup, written on a Thursday
    (dt.date(2025, 4, 3),
     "The junta said elections would be held within two years, but gave no date. The regional bloc gave the soldiers "
     "until the end of April to restore constitutional order, and its leaders will meet in Abuja on April 10. The "
     "country has had three coups since independence in 1960; the last, in 2021, was followed by an 18-month "
     "transition that was extended twice. Flights were suspended from Wednesday until further notice, and a nightly "
     "curfew was imposed.",
     [("two years", "DURATION", "P2Y"), ("the end of April", "DATE", "2025-04"), ("April 10", "DATE", "2025-04-10"),
      ("1960", "DATE", "1960"), ("2021", "DATE", "2021"), ("18-month", "DURATION", "P18M"),
      ("Wednesday", "DATE", "2025-04-02"), ("nightly", "SET", "P1D")]),  # a curfew each night (round 7)
    # reactions to air strikes, written on a Sunday
    (dt.date(2025, 6, 22),
     "The United States struck three nuclear sites early Sunday, the president said in an address late Saturday "
     "night. The UN nuclear watchdog's board will convene an emergency session on Monday, and the Security Council "
     "is due to meet later in the day. Oil prices jumped 4 percent in Asian trading on Sunday evening. The strikes "
     "came nine days after Israel began its air campaign on June 13.",
     [("early Sunday", "DATE", "2025-06-22"), ("late Saturday night", "TIME", "2025-06-21TNI"),
      ("Monday", "DATE", "2025-06-23"), ("later in the day", "DATE", "2025-06-23"),
      ("Sunday evening", "TIME", "2025-06-22TEV"), ("nine days", "DURATION", "P9D"), ("June 13", "DATE", "2025-06-13")]),
    # talks and refugees, written on a Tuesday
    (dt.date(2022, 3, 1),
     "The two governments held their first round of talks on the border on Monday, five days after the invasion "
     "began. A second round is expected in the coming days. The General Assembly opened a rare emergency session on "
     "Monday and is expected to vote on a resolution on Wednesday. Since Feb. 24, more than 660,000 people have fled "
     "to neighbouring countries, the UN refugee agency said. The EU closed its airspace to Russian planes late Sunday.",
     [("Monday", "DATE", "2022-02-28"), ("five days", "DURATION", "P5D"), ("the coming days", "DURATION", "PXD"),
      ("Monday", "DATE", "2022-02-28"), ("Wednesday", "DATE", "2022-03-02"), ("Feb. 24", "DATE", "2022-02-24"),
      ("late Sunday", "DATE", "2022-02-27")]),
]


@pytest.mark.parametrize("anchor, text, expected", REACTIONS)
def test_reaction_articles(anchor, text, expected):
    assert found(text, anchor) == expected
