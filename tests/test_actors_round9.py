"""Actors round 9: people placed by the body they head, and one national body named two ways.

1. A person whose title follows a national body's name ("the Chilean Supreme Court's chief justice,
   Ricardo Blanco"; "Colombian Senate president Efraín Cepeda") takes that body's country.
2. A body named as "<demonym> <body>" (or "<country>'s <body>") and as "<body> of <country>" is one
   actor, so the generic "the <body>" later in the text belongs to it.

Every sentence is invented for the test (other countries, people and events than any article);
the expected actors were written before the rules.
"""

from __future__ import annotations

import pytest

from reactlib import parse


def _by_name(text, name):
    for a in parse(text).actors:
        if a.name == name:
            return a
    raise AssertionError(f"{name!r} not found: {[(a.name, a.kind, a.country) for a in parse(text).actors]}")


# -- 1. a person placed by the body whose title he holds -------------------------------------------

@pytest.mark.parametrize("text, name, country", [
    ("The Chilean Supreme Court's chief justice, Ricardo Blanco, said the ruling was final.",
     "Ricardo Blanco", "CHL"),
    ("The Bolivian Electoral Tribunal's president, Oscar Hassenteufel, said the count was complete.",
     "Oscar Hassenteufel", "BOL"),
    ("Armenia's Central Bank raised rates on Friday. The central bank's governor, Martin Galstyan, "
     "said inflation was still too high.", "Martin Galstyan", "ARM"),
    ("Voters in Paraguay went to the polls on Sunday and the Colorado Party won most seats. "
     "Colorado Party chairman Horacio Cartes said the result was fair.", "Horacio Cartes", "PRY"),
])
def test_person_takes_the_country_of_the_body_he_heads(text, name, country):
    person = _by_name(text, name)
    assert (person.kind, person.country) == ("person", country)


def test_a_body_without_a_country_places_nobody():
    text = "The World Chess Federation's president, Arkady Dvorkin, said the match would go ahead."
    person = _by_name(text, "Arkady Dvorkin")
    assert person.country is None


def test_a_body_named_before_an_unrelated_person_places_nobody():
    # the body's name and the person are not joined by the person's title
    text = "The Chilean Supreme Court ruled on Monday. Ricardo Blanco, a lawyer, told reporters the ruling was final."
    person = _by_name(text, "Ricardo Blanco")
    assert person.country != "CHL"


# -- 2. one national body named "<demonym> <body>" and "<body> of <country>" ------------------------

def test_a_body_named_two_ways_is_one_actor_and_keeps_its_generic_mentions():
    text = ("Washington sanctions Paraguay's central bank\n\n"
            "The US Treasury said on Monday that the Central Bank of Paraguay had helped move funds. "
            "The central bank's governor, Carlos Fernández, said its reserves were safe.")
    actors = parse(text).actors
    banks = [a for a in actors if "bank" in a.name.lower()]
    assert len(banks) == 1, [(a.name, a.country) for a in banks]
    assert banks[0].country == "PRY"
    assert _by_name(text, "Carlos Fernández").country == "PRY"
