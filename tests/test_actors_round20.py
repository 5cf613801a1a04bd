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
