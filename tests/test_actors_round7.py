"""Actors round 7: people placed by a town or city named in their own description.

A person introduced without a country in the title ("a shopkeeper from Mombasa", "a lecturer at
Lahore's main university", "said at a rally in Almaty") is most likely of the country of that
place, before any guess from the story's main country or focus. The places are the capitals of
``countries.tsv`` and the major non-capital cities of ``cities.tsv`` (general knowledge, not taken
from any article). Ambassadors, envoys and correspondents are placed where they serve, not where
they are from, so a place never decides their country.

Every sentence is invented for the test; the expected countries were written before the rule.
"""

from __future__ import annotations

import pytest

from reactlib import parse


def _person(text, name):
    for a in parse(text).actors:
        if a.kind == "person" and a.name == name:
            return a
    raise AssertionError(f"{name} not found: {[(a.name, a.kind, a.country) for a in parse(text).actors]}")


PLACED = [
    # a town or city in the apposition after the name
    ("Chile and Argentina traded accusations on Monday. \"We were never told,\" said Rosa Quispe, "
     "a shopkeeper from Mombasa, as she waited at the port.", "Rosa Quispe", "KEN"),
    ("France and Germany disagreed over the plan. \"It cannot work,\" said Tomas Varga, a lecturer "
     "at Lahore's main university.", "Tomas Varga", "PAK"),
    ("Brazil and Peru signed the accord. \"This is a good day,\" said Ana Lucia Ferreira, 52, a "
     "teacher from Porto Alegre, outside the hall.", "Ana Lucia Ferreira", "BRA"),
    # a capital: "at a rally in <capital>", "<capital>-based"
    ("Spain and Italy exchanged notes on the vote. \"The count was honest,\" said Pierre Ndiaye, "
     "the leader of a small farmers' movement, at a rally in Dakar.", "Pierre Ndiaye", "SEN"),
    ("Sweden and Norway backed the motion. \"We expected it,\" said Mikael Berg, a Nairobi-based "
     "economist.", "Mikael Berg", "KEN"),
    # a reporting verb between the name and the place
    ("Canada and Mexico agreed to talk again. Hamid Rezaei told reporters in Mashhad that the "
     "workers had not been paid.", "Hamid Rezaei", "IRN"),
]


@pytest.mark.parametrize("text,name,code", PLACED, ids=[p[1] for p in PLACED])
def test_person_placed_by_a_town_in_own_description(text, name, code):
    assert _person(text, name).country == code


NOT_PLACED = [
    # an ambassador or correspondent serves in the place: it says nothing of his own country
    ("Japan and Korea held talks. \"We are hopeful,\" said Lars Holm, the ambassador in Nairobi.",
     "Lars Holm", "KEN"),
    ("Japan and Korea held talks. \"Nobody was hurt,\" said Erik Dahl, a correspondent in Karachi.",
     "Erik Dahl", "PAK"),
    # two places of two countries: nothing is decided by place
    ("Japan and Korea held talks. \"It was a long trip,\" said Marta Nowak, a trader with shops in "
     "Mombasa and in Lahore.", "Marta Nowak", None),
]


@pytest.mark.parametrize("text,name,not_code", NOT_PLACED, ids=[p[1] for p in NOT_PLACED])
def test_place_does_not_decide_for_envoys_or_two_places(text, name, not_code):
    person = _person(text, name)
    if not_code is None:
        assert person.country not in ("KEN", "PAK")
    else:
        assert person.country != not_code


def test_title_country_still_wins_over_the_place():
    text = ("Ghana and Togo met in Accra. Nigerian Foreign Minister Yusuf Tuggar said in Accra that "
            "the talks were useful.")
    assert _person(text, "Yusuf Tuggar").country == "NGA"


def test_a_spokesperson_opening_a_sentence_after_a_country_speaks_for_it():
    # the story is about Peru (the main country); "A spokesman" speaks for the country of the sentence before
    text = ("Peru declared a state of emergency in three provinces. Peru said the protests had cost Peru "
            "millions. President Dina Boluarte said Peru would restore order, and Boluarte thanked the army. "
            "Boluarte later met police chiefs.\n\nThe Chilean foreign ministry said Santiago was following "
            "events closely. A spokesman added that the border would stay open.")
    people = [a for a in parse(text).actors if a.kind == "person" and a.role and "spokesman" in a.role.lower()]
    assert people and people[0].country == "CHL", [(a.name, a.country) for a in parse(text).actors]


# --- the home country: a leader named by a bare title in a story about several countries ---------

HOME = ("Floods swept through three provinces on Monday. President Bola Tinubu, who visited the worst-hit "
        "town, said the federal government would release emergency funds. Cameroon offered boats and "
        "Cameroon sent medics; Chad pledged food and Chad sent tents. Niger offered trucks and Niger "
        "promised doctors. Cameroon, Chad and Niger sent more aid on Tuesday.\n\n"
        "Relief was handed out in the state capital, where Governor Umaru Fintiri thanked the donors.")


def test_a_leader_named_by_a_bare_title_marks_the_home_country():
    assert _person(HOME, "Umaru Fintiri").country == "NGA"


def test_no_home_country_when_two_leaders_are_named_by_bare_titles():
    text = HOME.replace("Chad sent tents", "President Mahamat Deby sent tents")
    assert _person(text, "Umaru Fintiri").country is None


def test_a_titled_person_in_the_report_of_a_country_is_of_that_country():
    text = ("Ghana and Togo argued over the new border post, and Benin and Togo also traded notes. "
            "Ghana's foreign ministry said Deputy Minister Kwame Asante had summoned the envoy of Togo.")
    assert _person(text, "Kwame Asante").country == "GHA"


def test_a_portfolio_title_opening_after_a_country_sentence_is_of_that_country():
    text = ("Japan and Korea both offered help. Canada was the first to respond. The Minister for "
            "International Development, Ahmed Hussen, announced C$5 million in assistance.")
    assert _person(text, "Ahmed Hussen").country == "CAN"


def test_the_head_of_a_national_body_placed_by_context_shares_its_country():
    # the body gets its country from the story; "Its director" then belongs to that country too
    text = ("Heavy rain hit the coast on Sunday. Prime Minister Jeremiah Manele said the Government "
            "would help every family. Australia sent a plane, Australia sent tents, and Australia pledged "
            "money; Japan sent water, Japan sent a ship and Japan pledged funds.\n\nThe National Emergency Operations Centre "
            "said 900 people had been moved. Its director, Filipo Tafa, said more rain was expected.")
    assert _person(text, "Filipo Tafa").country == "SLB"


def test_a_bare_spokesman_after_a_donor_sentence_still_speaks_for_the_donor():
    text = ("Heavy rain hit the coast on Sunday. Prime Minister Jeremiah Manele said the Government "
            "would help every family. Australia sent a plane, Australia sent tents, and Australia pledged "
            "money; Japan sent water, Japan sent a ship and Japan pledged funds.\n\nThe Japanese embassy "
            "said Tokyo would send more. A spokesman added that a second ship was ready.")
    people = [a for a in parse(text).actors if a.kind == "person" and a.role and "spokesman" in a.role.lower()]
    assert people and people[0].country == "JPN", [(a.name, a.country) for a in parse(text).actors]


def test_a_long_portfolio_title_opening_after_a_country_sentence_is_of_that_country():
    text = ("Japan and Korea both offered help. Norway was the first to respond. The Minister for Trade "
            "and the Environment, Ingrid Solberg, announced new funds for the fishermen.")
    assert _person(text, "Ingrid Solberg").country == "NOR"


# --- a coast guard or a prison service is a body of its own (the golds' convention; docs/actors.md) --

@pytest.mark.parametrize("text,country", [
    ("A fishing boat sank off the island. The Greek coast guard said 12 people were rescued.", "GRC"),
    ("Two trawlers were seized. Japan's coast guard said the crews were safe.", "JPN"),
    ("The activist has refused food for a month. Belarus's prison service said his health was stable.", "BLR"),
    ("The inmate died on Friday. The Russian prison service said he had collapsed.", "RUS"),
])
def test_coast_guard_and_prison_service_are_organisations_of_their_country(text, country):
    actors = parse(text).actors
    bodies = [a for a in actors if a.kind == "organization" and a.country == country]
    assert bodies, [(a.name, a.kind, a.country) for a in actors]


@pytest.mark.parametrize("text,name,country", [
    ("Fishermen were chased away near the reef. The Chinese coast guard said it had acted lawfully.",
     "China Coast Guard", "CHN"),
    ("A patrol boat was rammed near the shoal. The Philippine Coast Guard said two sailors were hurt.",
     "Philippine Coast Guard", "PHL"),
    ("Two ships collided in the strait. Japan's coast guard said no one was missing.",
     "Japan Coast Guard", "JPN"),
])
def test_a_national_coast_guard_has_its_official_name(text, name, country):
    actors = parse(text).actors
    assert any(a.name == name and a.kind == "organization" and a.country == country for a in actors), \
        [(a.name, a.kind, a.country) for a in actors]
