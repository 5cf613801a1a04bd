"""Actors round 19: the dateline after the article's date marker, a dateline naming its country,
and a relative named by a first name who "spoke" or "asked".

1. The dateline shares its line with a leading ``date YYYY-MM-DD`` marker; it was missed there, so
   local people lost the dateline's country.
2. "TOWN, Country, May 3 -": a provincial town's dateline names its country after the comma.
3. "Her son, Tomas, spoke at the vigil": a relative who speaks without a reporting verb of a statement.

Every sentence is invented for the test; negatives first.
"""

from __future__ import annotations

from reactlib import parse
from reactlib.actors.dateline import dateline_country
from reactlib.actors.gazetteer import default_gazetteer
from actor_reading import person_ending


# -- 1-2. the dateline's country -----------------------------------------------------------------
def test_no_country_from_a_bare_provincial_town_or_a_non_country_after_it():
    g = default_gazetteer()
    assert dateline_country(" date 2026-03-02 TARTU, March 2 - A strike closed the port.", g) is None
    # a region, not a country, after the town's comma
    assert dateline_country(" date 2026-03-02 TARTU, Tartumaa, March 2 - A strike closed the port.", g) is None
    # a country named in the body of the first line is not a dateline
    assert dateline_country(" date 2026-03-02 Strikers in Estonia, March 2 - closed the port.", g) is None


def test_dateline_after_the_date_marker_is_read():
    g = default_gazetteer()
    assert dateline_country(" date 2026-03-02 TALLINN, March 2 (Wire) - A strike closed the port.", g) == "EST"
    assert dateline_country("date 2026-03-02 TALLINN - A strike closed the port.", g) == "EST"


def test_town_dateline_naming_its_country():
    g = default_gazetteer()
    assert dateline_country(" date 2026-03-02 TARTU, Estonia, March 2 - A strike closed the port.", g) == "EST"
    assert dateline_country("PELOTAS, Brazil (Wire) - Floods cut the road.", g) == "BRA"


def test_local_person_takes_the_town_datelines_country():
    text = (" date 2026-03-02 TARTU, Estonia, March 2 - A strike closed the town's port on Monday. "
            "Dockworker Kalev Tamm said the pay offer was an insult.")
    person = person_ending(text, "Tamm")
    assert person is not None and person.country == "EST"


# -- 3. a relative who spoke ----------------------------------------------------------------------
def test_relative_who_neither_speaks_nor_is_quoted_is_not_added():
    text = ("TARTU, Estonia - Journalist Marta Kask said on Friday she had been threatened. "
            "Kask's son, Tomas, was not hurt in the attack.")
    assert person_ending(text, "Tomas") is None


def test_relative_who_spoke_or_asked_is_added():
    for verb in ("spoke briefly at the vigil on Sunday.", "asked reporters to leave the family alone."):
        text = ("TARTU, Estonia - Journalist Marta Kask said on Friday she had been threatened. "
                f"Kask's son, Tomas, {verb}")
        person = person_ending(text, "Tomas")
        assert person is not None, verb
        assert person.country == "EST"


# -- 4. a town with its US state (people nothing else places: no country in these texts) -------------
def test_town_and_non_us_region_or_georgia_place_nobody_in_the_usa():
    for place in ("Hermosillo, Sonora", "Tbilisi, Georgia"):
        text = f'The bridge stayed shut. "It is a disaster," said Rosa Ibarra, the mayor of {place}.'
        person = person_ending(text, "Ibarra")
        assert person is not None and person.country != "USA", place


def test_state_named_away_from_the_person_places_nobody():
    text = ('Trucks from Tucson, Arizona, were stopped on Monday. "It is a disaster," said Rosa Ibarra.')
    person = person_ending(text, "Ibarra")
    assert person is not None and person.country is None


def test_town_and_us_state_before_or_after_the_name():
    for text in ('The bridge stayed shut. "It is a disaster," said Rosa Ibarra, the mayor of Laredo, Texas.',
                 'The bridge stayed shut. The mayor of El Paso, Texas, Rosa Ibarra, said the crossing must '
                 'reopen. "It is a disaster," Ibarra said.'):
        person = person_ending(text, "Ibarra")
        assert person is not None and person.country == "USA", text


# -- 5. "a department official" after the department's sentence ---------------------------------
def _official(text):
    return [a for a in parse(text).actors if a.kind == "person" and "official" in a.name.lower()]


def test_body_noun_official_with_no_such_body_before_stays_unplaced():
    text = ('Chile protested on Monday. Peru said the vote was fair. A department official, speaking on '
            'condition of anonymity, said "we will answer in writing."')
    assert all(a.country is None for a in _official(text))


def test_body_noun_official_takes_the_named_bodys_country():
    text = ('Canada raised the tariff on Monday. The US Commerce Department criticised the tariff and urged '
            'Canada to "think again." A department official, speaking on condition of anonymity, said '
            'Washington had offered talks.')
    officials = _official(text)
    assert officials and all(a.country == "USA" for a in officials)


# -- 6. local groups that speak after a "who" clause ------------------------------------------------
def _groups(text):
    return [a for a in parse(text).actors if a.kind == "group"]


def test_group_that_does_not_speak_after_a_who_clause_is_not_added():
    text = ('TARTU, Estonia, March 2 - The port closed. Local shop owners, who closed their shops for a day, '
            'were angry. The council said nothing.')
    assert not _groups(text)


def test_local_group_speaking_after_a_who_clause_takes_the_dateline_country():
    text = ('TARTU, Estonia, March 2 - The port closed. Local shop owners, who closed their shops for a day, '
            'accused the council of abandoning the town.')
    groups = _groups(text)
    assert [(g.name, g.country) for g in groups] == [("Local shop owners", "EST")]


def test_group_not_called_local_keeps_no_dateline_country():
    text = 'TARTU, Estonia, March 2 - The port closed. Business owners said the council had abandoned the town.'
    groups = _groups(text)
    assert [(g.name, g.country) for g in groups] == [("business owners", None)]


# -- 7. domestic groups and the dateline -----------------------------------------------------------
def test_domestic_group_without_a_dateline_gets_no_country_from_it():
    text = 'The port closed. The mayor rejected calls from opposition lawmakers to send in the army.'
    groups = _groups(text)
    assert [(g.name, g.country) for g in groups] == [("opposition lawmakers", None)]


def test_domestic_group_takes_the_datelines_country():
    text = ('TARTU, Estonia, March 2 - The port closed. The mayor rejected calls from opposition lawmakers '
            'to send in the army.')
    groups = _groups(text)
    assert [(g.name, g.country) for g in groups] == [("opposition lawmakers", "EST")]


# -- 8. the dateline's guess gives way to a role's stated country ----------------------------------
def test_role_holder_named_after_the_role_is_one_person_of_the_roles_country():
    text = (' date 2026-03-02 TALLINN, March 2 - Estonia blamed Latvia for the flood.\n\nHours after the '
            "interview, Latvia's minister of natural resources, Anna Berzina, rejected the accusation. "
            '"This dam was inspected in 2025 and found sound," she told state broadcaster LTV.')
    people = [a for a in parse(text).actors if a.kind == "person"]
    assert [(a.name, a.country) for a in people] == [("Anna Berzina", "LVA")]


def test_the_dateline_guess_is_a_working_note_not_part_of_the_output():
    # the country still comes from the dateline; the flag that lets a later role replace it does not leak
    text = "date 2027-04-14\nHONIARA, April 14 (Reuters) - The opposition said the deal was signed in secret.\n"
    opposition = next(a for a in parse(text).actors if a.name == "opposition")
    assert opposition.country == "SLB"
    assert "dateline_country" not in opposition.extra
