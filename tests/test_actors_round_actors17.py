"""Actors round actors17: a person named in commas after an owned post that trails a clause.

"The dormitory fire killed four pupils, the college's head teacher, Agnes Mwale, told reporters":
the post ("the college's head teacher") follows a clause and a comma, not the sentence start, so the
sentence-opening description rule (apposed.py) missed the name. Only an owned post ("the <owner>'s
…", "his/her/its/their …") followed by a name and a reporting verb takes this shape; a list of places
or an unowned description does not.

Every sentence is invented for the test; the expected actors were written before the rule.
"""

from __future__ import annotations

import pytest

from reactlib import parse


def _actors(text):
    return {(a.name, a.kind) for a in parse(text).actors}


@pytest.mark.parametrize("text, name", [
    ("The dormitory fire killed four pupils, the college's head teacher, Agnes Mwale, told reporters.",
     "Agnes Mwale"),
    ("Three trawlers were seized overnight, the port's harbour master, Jonas Lindqvist, said on Friday.",
     "Jonas Lindqvist"),
    ("The convoy reached the camp at dawn, their team leader, Pilar Sotomayor, said.", "Pilar Sotomayor"),
])
def test_owned_post_after_a_clause_introduces_a_person(text, name):
    assert (name, "person") in _actors(text)


def test_the_person_is_linked_to_a_later_pronoun():
    text = ("The dormitory fire killed four pupils, the college's head teacher, Agnes Mwale, told reporters. "
            "She said the alarm had failed.")
    person = next(a for a in parse(text).actors if a.name == "Agnes Mwale")
    assert [text[s:e] for s, e in person.mentions] == ["Agnes Mwale", "She"]


@pytest.mark.parametrize("text, name", [
    # no reporting verb after the name: an apposition of some other kind
    ("The storm flooded three villages, the river's old ferry landing, Puerto Chico, and a school.", "Puerto Chico"),
    # an unowned description after a clause: could be a place list
    ("Fighting spread to the north, the mountain villages, Dorfhain Ost, said the agency.", "Dorfhain Ost"),
])
def test_no_person_without_an_owned_post_and_a_reporting_verb(text, name):
    assert (name, "person") not in _actors(text)


# -- 2. a body described as "<Country>'s <words> <body noun>" ---------------------------------------

@pytest.mark.parametrize("text, name, country", [
    ("Selvik Telecom, Iceland's second-largest mobile operator, said calls were routed through Norway "
     "until the line was fixed.", "Selvik Telecom", "ISL"),
    ("Paloma Shipping, Uruguay's biggest container carrier, said its vessels would avoid Argentina.",
     "Paloma Shipping", "URY"),
    ("Brightwater Logistics, Malawi’s main fuel importer, said supplies from Mozambique had stopped.",
     "Brightwater Logistics", "MWI"),
])
def test_body_described_by_a_countrys_possessive_takes_that_country(text, name, country):
    body = next(a for a in parse(text).actors if a.name == name)
    assert (body.kind, body.country) == ("organization", country)


@pytest.mark.parametrize("text, name", [
    # a person described by a country's possessive is no body
    ("Ingrid Halvorsen, Iceland's chief negotiator, said talks with Norway would resume.", "Ingrid Halvorsen"),
])
def test_a_person_described_by_a_countrys_possessive_stays_a_person(text, name):
    assert (name, "person") in _actors(text)


# -- 3. "<Name>, the <Place>-based consortium …": a consortium is a body of its seat's country ------

def test_consortium_based_in_a_city_takes_the_citys_country():
    text = ("Tasman Link Ltd, the Canberra-based consortium that runs the cable, said the fault lay off the "
            "Indonesian coast.")
    body = next(a for a in parse(text).actors if a.name == "Tasman Link Ltd")
    assert (body.kind, body.country) == ("organization", "AUS")


def test_named_consortium_described_in_commas_is_a_body():
    text = "Skagen Link, a Danish consortium, said the cable would be repaired by June."
    assert ("Skagen Link", "organization") in _actors(text)


# -- 4. a body named only as the owner of a post is an actor ----------------------------------------

@pytest.mark.parametrize("text", [
    "Georgia and Abkhazia met again. The European Union's special representative for the Tbilisi-Sukhumi "
    "talks, Anders Holm, said the talks would resume.",
    "The European Union's special representative for the Sahel said the talks would resume in March.",
])
def test_organisation_owning_a_post_is_an_actor(text):
    actors = parse(text).actors
    union = [a for a in actors if a.name == "European Union"]
    assert [(a.kind, len(a.mentions)) for a in union] == [("organization", 1)]
    s, e = union[0].mentions[0]
    assert text[s:e] == "European Union"


def test_owner_already_an_actor_is_not_added_twice():
    text = ("The European Union condemned the vote. The European Union's special representative for the "
            "Tbilisi-Sukhumi talks, Anders Holm, said the talks would resume.")
    assert [a.name for a in parse(text).actors].count("European Union") == 1


def test_a_country_owning_a_post_adds_no_organisation():
    text = "Norway's special representative for the Tbilisi-Sukhumi talks, Anders Holm, said the talks would resume."
    assert not [a for a in parse(text).actors if a.kind == "organization"]


# -- 5. a double family name alone is the person named in full before --------------------------------

@pytest.mark.parametrize("text, full, short", [
    ("Peru's Minister of Energy, Rosa Elena Vargas Llosa, rejected the claim. \"We will not pay,\" "
     "Vargas Llosa said on Tuesday.", "Rosa Elena Vargas Llosa", "Vargas Llosa"),
    ("Gabon's Interior Minister Jean-Marc Obiang Nze rejected the claim. \"We will not pay,\" Obiang Nze "
     "said on Tuesday.", "Jean-Marc Obiang Nze", "Obiang Nze"),
])
def test_double_family_name_joins_the_full_name(text, full, short):
    people = [a for a in parse(text).actors if a.kind == "person"]
    assert [a.name for a in people] == [full]
    assert short in [text[s:e] for s, e in people[0].mentions]


def test_two_people_sharing_a_double_family_name_stay_apart():
    text = ("Rosa Elena Vargas Llosa, the energy minister, rejected the claim. Her cousin Mario Vargas Llosa "
            "said on Tuesday that the deal was fair.")
    names = {a.name for a in parse(text).actors if a.kind == "person"}
    assert {"Rosa Elena Vargas Llosa", "Mario Vargas Llosa"} <= names


# -- 6. "Minister of Sport" is a portfolio title, as "Minister of Sports" was ------------------------

@pytest.mark.parametrize("text, country", [
    ("Chile's Minister of Sport Pablo Rojas said the team would stay home.", "CHL"),
    ("Minister of Sport Pablo Rojas said the team would stay home.", None),
])
def test_minister_of_sport_is_a_title_not_part_of_the_name(text, country):
    people = [(a.name, a.country, a.role) for a in parse(text).actors if a.kind == "person"]
    assert people == [("Pablo Rojas", country, "Minister of Sport")]


def test_sport_alone_before_a_name_is_no_title():
    text = "Sport Direct chairman Oliver Grant said the shops would reopen."
    assert all(not (a.role or "").startswith("Minister") for a in parse(text).actors)


# -- 7. "Her sports minister, X," is of the leader named before -------------------------------------

_LEADERS = ("Chile's President Gabriel Soto said the ban was unfair. Peru's Prime Minister Ana Torres "
            "answered within the hour. \"We welcome everyone,\" she wrote. ")


@pytest.mark.parametrize("post", ["Her sports minister", "Her foreign minister"])
def test_a_leaders_minister_shares_her_country(post):
    text = _LEADERS + f"{post}, Luis Quispe, told reporters that the Chilean team had been offered a flag."
    person = next(a for a in parse(text).actors if a.name == "Luis Quispe")
    assert (person.country, person.organization) == ("PER", None)


def test_a_lawyer_owned_by_nobody_named_gets_no_country_from_the_owner():
    text = "Chile protested on Monday. His lawyer, Tomas Reyes, said the case was weak."
    person = next(a for a in parse(text).actors if a.name == "Tomas Reyes")
    assert person.organization is None


# -- 8. "<Country>'s <description>, X," gives X that country; "…, and <Country>'s …" trails a clause --

@pytest.mark.parametrize("text, name, country", [
    ("Chile protested. Peru's best-known surfer, Lucia Mulanovich, said she respected the ruling.",
     "Lucia Mulanovich", "PER"),
    ("Chile and Peru voted against, and Peru's representative, Lucia Quispe, accused the council of bias.",
     "Lucia Quispe", "PER"),
    ("South Africa's fastest swimmer, Thandi Nkosi, said Chile had moved.", "Thandi Nkosi", "ZAF"),
])
def test_description_owned_by_a_country_gives_the_person_that_country(text, name, country):
    person = next(a for a in parse(text).actors if a.name == name)
    assert (person.kind, person.country) == ("person", country)


def test_a_title_owned_by_a_country_leaves_a_body_later_in_the_sentence_alone():
    text = ("Kenya's minister of information, Grace Wanjiru, said her government had asked the International "
            "Telecommunication Union to help.")
    body = next(a for a in parse(text).actors if a.name == "International Telecommunication Union")
    assert body.country is None
