"""Actors round 12: the Holy See is a sovereign body that acts as an organisation; the Vatican as a place is none.

1. "The Holy See welcomed …", "The Vatican said …", "the Holy See's press office said": the
   papal government acts and speaks like an organisation (of its own state, VAT), the convention the
   development gold follows, and its two names are one actor, named "Holy See".
2. "during an audience at the Vatican", "a mass in Vatican City": the Vatican as a place where
   something happens is no actor (the pope there may be one).
3. A group named by a demonym and a noun ("Malian traders") whose only mentions open the clause
   someone reports ("arguing that Malian traders also rely on …") is what the speaker talks about,
   not a party to the story: no actor. Named anywhere else it stays one. So is a group that only
   vouches for a hedge ("carrying what Nigerian experts suspect is stolen crude").
4. "the Lima-based Pro Derechos Foundation": where a body is based says its country, not its name;
   the actor is "Pro Derechos Foundation", one actor with later mentions of that name.
5. An outlet whose name opens with an accented capital ("Ünen Tovchoo, the country's oldest daily,
   said …") keeps that word in its name, as one with a plain capital does.

Every sentence is invented for the test (other countries, people and events than any article);
the expected actors were written before the rules.
"""

from __future__ import annotations

import pytest

from reactlib import parse


def _actors(text):
    return [(a.name, a.kind, a.country) for a in parse(text).actors]


# -- 1. the Holy See acts as an organisation ----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The Holy See welcomed the ceasefire agreed between Colombia and the ELN rebels on Sunday.",
    "The Vatican said on Friday that it was ready to host talks between Armenia and Azerbaijan.",
    "Chile thanked the Vatican for its mediation. The Holy See's press office said the talks would "
    "continue in Rome next month.",
])
def test_the_holy_see_is_an_organisation(text):
    actors = _actors(text)
    vat = [a for a in actors if a[2] == "VAT"]
    assert ("Holy See", "organization", "VAT") in vat, actors
    assert len([a for a in vat if a[1] != "person"]) == 1, actors


# -- 2. the Vatican as a place is no actor ------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Pope Francis received Argentine President Javier Milei at the Vatican on Monday and urged him "
    "to protect the poor.",
    "Thousands of pilgrims from Peru attended a mass in Vatican City, the Peruvian embassy said.",
    "The cardinal, who lives inside the Vatican, told Italian radio that he was worried about Haiti.",
])
def test_the_vatican_as_a_place_is_no_actor(text):
    actors = _actors(text)
    assert not [a for a in actors if a[2] == "VAT" and a[1] != "person"], actors


def test_other_countries_keep_their_kind():
    actors = _actors("Bolivia said it was ready to host talks between the two sides. Officials in La "
                     "Paz said the meeting would take place in Sucre.")
    assert ("Bolivia", "country", "BOL") in actors, actors


# -- 3. a demonym group only inside someone's reported clause -----------------------------------------

@pytest.mark.parametrize("text, group", [
    ("Ghana's trade minister said that Ghanaian farmers would suffer most from the new tariff.",
     "Ghanaian farmers"),
    ("The opposition leader criticised the ban, arguing that Malian traders also rely on Senegalese "
     "ports.", "Malian traders"),
    ("A spokesman for the coalition told reporters that Moldovan teachers had not been paid since "
     "March.", "Moldovan teachers"),
    ("The tanker was carrying what Nigerian experts suspect is stolen crude oil, the navy said.",
     "Nigerian experts"),
    ("The Bolivian senator died of what Argentine doctors believed was a heart attack.",
     "Argentine doctors"),
])
def test_a_demonym_group_only_in_a_reported_clause_is_no_actor(text, group):
    actors = _actors(text)
    assert not [a for a in actors if a[0] == group], actors


@pytest.mark.parametrize("text, group", [
    ("Ugandan farmers protested outside parliament on Monday, and the government said it would "
     "review the tax.", ("Ugandan farmers", "group", "UGA")),
    ("The minister said that Chilean fishermen would be compensated. Chilean fishermen blocked the "
     "port of Valparaiso on Friday.", ("Chilean fishermen", "group", "CHL")),
    ("What Nigerian experts found on the tanker angered the navy. Nigerian experts said the oil "
     "was stolen.", ("Nigerian experts", "group", "NGA")),
])
def test_a_demonym_group_that_acts_stays_an_actor(text, group):
    assert group in _actors(text)


# -- 4. "<Place>-based" is no part of a body's name ---------------------------------------------------

@pytest.mark.parametrize("text, body", [
    ("Police detained five protesters, according to the Lima-based Pro Derechos Foundation, a rights "
     "group.", ("Pro Derechos Foundation", "organization", "PER")),
    ("The Nairobi-based Kenya Human Rights Commission said 40 people had been arrested. The Kenya "
     "Human Rights Commission called for their release.", ("Kenya Human Rights Commission", "organization", "KEN")),
])
def test_where_a_body_is_based_is_not_its_name(text, body):
    actors = _actors(text)
    assert body in actors, actors
    assert not [a for a in actors if "-based" in a[0]], actors


# -- 5. an outlet's name opening with an accented capital -----------------------------------------------

@pytest.mark.parametrize("name", ["Ünen Tovchoo", "Ärna Posten", "Ödriin Medee", "Odriin Medee"])
def test_an_outlet_name_keeps_an_accented_first_word(name):
    text = f"{name}, the country's best-selling daily, said the vote count in Ulaanbaatar was flawed."
    actors = _actors(text)
    assert [a for a in actors if a[0] == name and a[1] == "organization"], actors
