"""Dates round 14: years and centuries of an era ("480 BC", "the 3rd century BC", "AD 476").

Every sentence was written for this file (invented content, other places and events than any
article) and annotated by hand with TimeML TIMEX3 extents, types and values before the
recogniser was changed. The anchor is Wednesday, 15 May 2024.

TimeML values have no year zero and no minus sign: a year before the common era takes the
``BC`` prefix of the TIMEX2 value grammar that TIMEX3 inherits, as HeidelTime writes it ("190
BC" is ``BC0190``, "the 2nd century BC" ``BC01``: the century's two leading digits). The era
marker is part of the extent. "AD" / "CE" add nothing to the value ("AD 476" is ``0476``).
The marker must be written in capitals: "an ad campaign", "a 30 bc" are no eras.
"""

from __future__ import annotations

import datetime as dt

import pytest

from reactlib.timex import find_time_expressions, is_timex_value

ANCHOR = dt.date(2024, 5, 15)


def found(text: str) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in find_time_expressions(text, anchor=ANCHOR)]


@pytest.mark.parametrize("text, expected", [
    ("The harbour wall at Velkira was raised in 480 BC by fishermen.", [("480 BC", "DATE", "BC0480")]),
    # "around" is TIMEX3's APPROX modifier, inside the extent as for any date
    ("Potters settled the valley around 2300 BCE, the survey found.", [("around 2300 BCE", "DATE", "BC2300")]),
    ("The shrine was abandoned in 52 B.C. after a fire.", [("52 B.C.", "DATE", "BC0052")]),
    ("The aqueduct was finished in AD 476 under a local governor.", [("AD 476", "DATE", "0476")]),
    ("The monastery burned in 812 AD and again in 1204.", [("812 AD", "DATE", "0812"), ("1204", "DATE", "1204")]),
    ("A bridge from 640 CE still stands at Marrow Ford.", [("640 CE", "DATE", "0640")]),
    ("The fort at Tessaly Point was built in the 3rd century BC by traders.",
     [("the 3rd century BC", "DATE", "BC02")]),
    ("The coins of the island date from the fifth century B.C.", [("the fifth century B.C.", "DATE", "BC04")]),
    ("Mosaics from the late 2nd century BCE were found under the square.",
     [("the late 2nd century BCE", "DATE", "BC01")]),
    ("The chapel dates to the 9th century AD, the curator said.", [("the 9th century AD", "DATE", "08")]),
])
def test_era_years_and_centuries(text, expected):
    assert found(text) == expected
    assert all(is_timex_value(value) for _, _, value in expected)


@pytest.mark.parametrize("text, expected", [
    # lower case "ad" / "bc" is no era: an advert, an abbreviation of something else
    ("The party ran 40 ad spots on local radio.", []),
    ("She scored 30 bc points in the quiz, organisers said.", []),
    # a count before a capitalised abbreviation that is no era
    ("About 300 ADF soldiers crossed the border.", []),
    ("The 20th century saw the town grow.", [("The 20th century", "DATE", "19")]),
    # a modern year is left as it was
    ("The dam was finished in 1998.", [("1998", "DATE", "1998")]),
])
def test_no_era_without_its_marker(text, expected):
    assert found(text) == expected


def test_approximate_era_year_is_marked():
    (hit,) = find_time_expressions("Potters settled the valley around 2300 BCE.", anchor=ANCHOR)
    assert hit.mod == "APPROX"


def test_era_values_are_timex_values():
    assert is_timex_value("BC0480")
    assert is_timex_value("BC02")
    assert not is_timex_value("BC")
    assert not is_timex_value("-0479")


# A weekday in the possessive after a verb of undoing names what was done before, whatever the
# clause's tense: what is reversed, overturned or repealed has happened. The anchor is a
# Wednesday, so the Friday gone is 10 May and the Friday to come 17 May.
@pytest.mark.parametrize("text, expected", [
    ("Economists expect the new chair to reverse Friday's tariff increase within days.",
     [("Friday", "DATE", "2024-05-10"), ("days", "DURATION", "PXD")]),
    ("The appeals panel may overturn Tuesday's verdict against the mayor of Orlen.",
     [("Tuesday", "DATE", "2024-05-14")]),
    ("Deputies will vote to repeal Monday's curfew decree.", [("Monday", "DATE", "2024-05-13")]),
    ("The league reversed Saturday's suspension of the goalkeeper.", [("Saturday", "DATE", "2024-05-11")]),
    # cancelling or holding is said of what is still to come
    ("Organisers will cancel Friday's concert at the harbour.", [("Friday", "DATE", "2024-05-17")]),
    ("Pollsters expect Friday's runoff to be close.", [("Friday", "DATE", "2024-05-17")]),
    # the weekday as a time, not a possessive, keeps the clause's direction
    ("The council will reverse the levy on Friday.", [("Friday", "DATE", "2024-05-17")]),
])
def test_possessive_weekday_after_a_verb_of_undoing(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The Roman fort at Dunmarrow (AD 120) is a ruin.", [("AD 120", "DATE", "0120")]),
    ("The city of Ostravia fell in AD 476. That year the council fled.",
     [("AD 476", "DATE", "0476"), ("That year", "DATE", "0476")]),
    ("The wall (480 BC) still stands.", [("480 BC", "DATE", "BC0480")]),
    # the end of a longer number is no year
    ("The museum paid 1,480 BC dollars for it.", []),
])
def test_era_year_beside_punctuation(text, expected):
    assert found(text) == expected
