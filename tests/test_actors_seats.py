"""Seats of international bodies: "Brussels" names the EU unless the article is about Belgium.

Every sentence here is invented for the test; the expected actors were written before the rule.
"""

from __future__ import annotations

import pytest

from reactlib import parse


def _of(text, actors, words):
    """The actor with a mention reading ``words``."""
    return next((a for a in actors if any(text[s:e] == words for s, e in a.mentions)), None)


@pytest.mark.parametrize("text", [
    # no Belgian government anywhere: the city speaks for the bloc
    "Brussels condemned the missile launch by Pyongyang and called for new sanctions.",
    "Washington and Brussels urged Caracas and Georgetown to settle the border dispute in court.",
    "Talks between London and Brussels on fishing rights broke down on Thursday.",
    # the bloc is named: Brussels is the bloc even when Belgium also appears
    "The European Commission said it was alarmed. Belgium, which holds a seat on the council, "
    "was silent, but Brussels warned Minsk that further sanctions were ready.",
])
def test_brussels_is_the_european_union(text):
    actor = _of(text, parse(text).actors, "Brussels")
    assert actor is not None
    assert (actor.name, actor.kind, actor.country) == ("European Union", "organization", None)


@pytest.mark.parametrize("text", [
    # the Belgian government is named and the EU is not: a capital like any other
    "Belgium recalled its ambassador from Kigali. Brussels said the expulsion of its diplomats was unacceptable.",
    "The Belgian foreign ministry summoned the Chinese envoy, and Brussels demanded an explanation.",
])
def test_brussels_is_belgium_when_the_article_is_about_belgium(text):
    actor = _of(text, parse(text).actors, "Brussels")
    assert actor is not None
    assert (actor.name, actor.kind, actor.country) == ("Belgium", "country", "BEL")


def test_brussels_as_a_place_is_no_actor():
    text = "Ministers from Ankara and Athens met in Brussels to discuss migration."
    actors = parse(text).actors
    assert _of(text, actors, "Brussels") is None
    assert not any(a.name in ("European Union", "Belgium") for a in actors)


def test_other_capitals_still_stand_for_their_country():
    text = "Ankara condemned the strike, while Brussels called for restraint."
    actors = parse(text).actors
    assert _of(text, actors, "Ankara").country == "TUR"
    assert _of(text, actors, "Brussels").name == "European Union"


@pytest.mark.parametrize("city", ["Geneva", "New York", "Vienna"])
def test_cities_hosting_bodies_are_not_seats_of_those_bodies(city):
    # Geneva or New York host UN offices, but news does not write "Geneva said" for the UN
    text = f"Officials gathered in {city} on Monday. {city} was hosting the talks."
    assert not any(a.kind == "organization" for a in parse(text).actors)
