"""Actors round 20 (branch actors20).

1. A story with no dateline (a live blog, an explainer) takes its local people's country from a
   capital or listed city its headline names (dateline.headline_country).

Every sentence is invented for the test; negatives first.
"""

from __future__ import annotations

from reactlib import parse
from reactlib.actors.dateline import headline_country
from reactlib.actors.gazetteer import default_gazetteer


def _person(text, name):
    for a in parse(text).actors:
        if a.kind == "person" and a.name.endswith(name):
            return a
    return None


# -- 1. the headline's place -------------------------------------------------------------------
def test_headline_without_a_place_or_with_two_countries_places_nothing():
    g = default_gazetteer()
    # a country's name is the actor of the headline, not where the story is written
    assert headline_country(" date 2026-05-02 Reactions as Estonia closes its border\n\nText.", g) is None
    # places of two countries
    assert headline_country(" date 2026-05-02 Talks in Tallinn and Riga stall\n\nText.", g) is None
    # the seat of an international body places nobody
    assert headline_country(" date 2026-05-02 Live: summit in Brussels\n\nText.", g) is None


def test_a_dateline_or_a_body_sentence_is_not_a_headline():
    g = default_gazetteer()
    # a dateline whose town is unknown: the dateline rule has spoken, the headline is not read
    assert headline_country(" date 2026-05-02 Flood in Tallinn\n\nKEILA, May 2 - Water rose.\n", g) is None
    # a double dateline is not a headline
    assert headline_country(" date 2026-05-02 TALLINN/RIGA, May 2 - Talks stalled\n\nMore.\n", g) is None
    # the first line is a sentence of the body
    assert headline_country(" date 2026-05-02 A strike closed the port of Tallinn on Monday.\n\nMore.\n", g) is None


def test_headline_capital_or_listed_city_gives_its_country():
    g = default_gazetteer()
    assert headline_country(" date 2026-05-02 LIVE: Fire at a Tallinn market\n\n09:00 - Hello.\n", g) == "EST"
    assert headline_country(" date 2026-05-02 Live: Gdansk shipyard blast\n\n09:00 - Hello.\n", g) == "POL"


_BLOG = (" date 2026-05-02 LIVE: Fire at a Tallinn market - what we know\n\n"
         "09:00 - Good morning. A fire destroyed a covered market overnight.\n\n"
         "09:20 - Interior Minister Kalev Tamm said the blaze \"was not an accident\".\n\n"
         "09:40 - The European Commission offered help. Health Commissioner Ilse Brandt said she was "
         "\"deeply saddened\".\n")


def test_international_officials_are_not_placed_by_the_headline():
    brandt = _person(_BLOG, "Brandt")
    assert brandt is not None and brandt.country is None


def test_local_titled_person_takes_the_headline_country():
    tamm = _person(_BLOG, "Tamm")
    assert tamm is not None and tamm.country == "EST"


# -- 2. "Its <role>, Name," after a body's sentence ---------------------------------------------
def _actor(text, name):
    for a in parse(text).actors:
        if a.name.endswith(name):
            return a
    return None


def test_its_after_a_country_subject_keeps_the_country():
    text = ("TALLINN, May 2 - Estonia summoned Latvia's envoy on Monday over the border closure. "
            "Its foreign minister, Kadri Saar, said the move was \"unfriendly\".")
    saar = _actor(text, "Saar")
    assert saar is not None and saar.country == "EST" and saar.organization is None


def test_its_after_a_person_subject_does_nothing():
    text = ("RIGA, May 2 - Prime Minister Janis Ozols visited the port on Monday. "
            "Its harbour master, Peteris Liepa, said the ice had cleared.")
    liepa = _actor(text, "Liepa")
    assert liepa is not None and liepa.organization is None


def test_its_officer_of_an_international_body_has_no_country():
    text = ("LIBREVILLE, May 2 - Gabon and Equatorial Guinea traded accusations over the island. "
            "The Economic Community of Central African States (ECCAS) urged calm. "
            "Its commission president, Jean-Paul Ndoye, said he would host talks in Libreville.")
    ndoye = _actor(text, "Ndoye")
    assert ndoye is not None and ndoye.country is None
    assert ndoye.organization == "Economic Community of Central African States"


def test_its_inside_the_body_sentence_and_a_former_post():
    text = ("LIBREVILLE, May 2 - Gabon held a run-off on Sunday. "
            "The African Union said a mission led by its political affairs director, Amara Kone, would arrive. "
            "The Organisation of Islamic Cooperation said its observers were ready. Its mission chief, "
            "former Gabonese prime minister Rose Ondo, said the count was orderly.")
    kone = _actor(text, "Kone")
    assert kone is not None and kone.country is None and kone.organization == "African Union"
    ondo = _actor(text, "Ondo")
    assert ondo is not None and ondo.country is None
