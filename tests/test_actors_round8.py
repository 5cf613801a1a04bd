"""Actors round 8: mechanisms that also cost stances their holders.

1. A role phrase that names whose role it is ("Portugal's prime minister") stands for the person
   named with that role and country, even when he is named only later in the article.
2. A sentence that opens on a capital or major city ("In Quito, the foreign ministry said") says
   whose government, ministry or president speaks, whatever the sentences before were about.
3. Named newspapers, broadcasters and news agencies that report, carry or quote something are
   organisation actors, with the country they are of.
4. One person written two ways (with and without diacritics) is one actor.
5. Countries named only by a demonym in a compound subject ("Nepalese and Sri Lankan officials")
   are country actors.

Every sentence is invented for the test (other countries, people and events than any article);
the expected actors were written before the rules.
"""

from __future__ import annotations

import pytest

from reactlib import parse


def _actors(text):
    return parse(text).actors


def _mentioned(text, phrase):
    """The actor with a mention inside the first ``phrase`` that ends where it ends ("president" in
    "the president")."""
    at = text.index(phrase)
    end = at + len(phrase)
    for a in _actors(text):
        if any(at <= s and e == end for s, e in a.mentions):
            return a
    raise AssertionError(f"{phrase!r} is no mention: {[(a.name, [text[s:e] for s, e in a.mentions]) for a in _actors(text)]}")


# -- 1. a role phrase linked to its holder named later -------------------------------------------

LATER_HOLDER = [
    ("Portugal's prime minister condemned the attack on Tuesday. Portuguese Prime Minister Luis "
     "Montenegro said later that Lisbon would send aid.", "Portugal's prime minister", "Luis Montenegro"),
    ("The Chilean foreign minister rejected the claim. \"We were never consulted,\" Chilean Foreign "
     "Minister Alberto van Klaveren told reporters in Santiago on Friday.", "Chilean foreign minister",
     "Alberto van Klaveren"),
    ("Ghana's president called for calm on Monday, and Togo closed its border. Ghanaian President "
     "John Mahama later said the army would stay in its barracks.", "Ghana's president", "John Mahama"),
]


@pytest.mark.parametrize("text,phrase,holder", LATER_HOLDER, ids=[c[1] for c in LATER_HOLDER])
def test_role_phrase_links_to_holder_named_later(text, phrase, holder):
    assert _mentioned(text, phrase).name == holder
    # and no second, unnamed actor for the same office
    assert [a.name for a in _actors(text) if a.kind == "person"] == [holder]


def test_role_phrase_with_two_later_holders_stays_unlinked():
    text = ("Peru's interior minister resigned on Monday. Peruvian Interior Minister Juan Santivanez "
            "had been in office a year. Peruvian Interior Minister Carlos Malaver was sworn in on Tuesday.")
    assert _mentioned(text, "Peru's interior minister").name not in ("Juan Santivanez", "Carlos Malaver")


def test_role_phrase_of_another_country_does_not_link_forward():
    text = ("Austria's chancellor praised the deal. German Chancellor Friedrich Merz said it was "
            "a good start.")
    assert _mentioned(text, "Austria's chancellor").name != "Friedrich Merz"


# -- 2. the place a sentence opens on ---------------------------------------------------------------

def test_opening_capital_decides_the_president():
    text = ("Chilean President Gabriel Boric called the vote fair. Argentina disagreed. Argentine "
            "President Javier Milei said it was rigged. In Santiago, the president told reporters he "
            "would not respond.")
    assert _mentioned(text, "the president").name == "Gabriel Boric"


@pytest.mark.parametrize("noun", ["foreign ministry", "government"])
def test_opening_capital_decides_the_institution(noun):
    text = (f"Colombia closed two border crossings on Saturday. In Quito, the {noun} said the closure "
            "broke a 2019 accord.")
    actor = _mentioned(text, noun)
    assert (actor.kind, actor.country) == ("country", "ECU")


def test_opening_city_decides_the_institution_over_the_previous_subject():
    text = ("Ethiopia said on Monday that the dam would be filled in July. In Cairo, the foreign ministry "
            "called the decision reckless.")
    assert _mentioned(text, "foreign ministry").country == "EGY"


def test_opening_seat_of_an_international_body_decides_nothing():
    text = ("Hungary vetoed the aid package on Thursday. In Brussels, the government's critics said "
            "the veto was expected.")
    assert "BEL" not in {a.country for a in _actors(text)}
