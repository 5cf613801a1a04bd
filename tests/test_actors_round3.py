"""Actors round 3: people described only by an apposition, the dateline's country, state companies
named before their description, country names used as adjectives in a body's name, and a generic
body noun that is the same body as a full name.

Every sentence here is invented for the test (wire-style reports on a Pacific election, a Central
Asian gas dispute and a West African mine collapse, and other events); the expected actors were
written before the rules.
"""

from __future__ import annotations

import pytest

from reactlib import parse


def _of(text, actors, words):
    """The actor with a mention reading ``words``."""
    return next((a for a in actors if any(text[s:e] == words for s, e in a.mentions)), None)


def _parse(text):
    return text, parse(text).actors


# -- 1. "Name, a/an <description>, said": a person with no title from the lexicon ------------------

@pytest.mark.parametrize("text, name", [
    ("Ruth Liloqula, a Honiara anti-corruption campaigner, said many voters feared violence.", "Ruth Liloqula"),
    ("Dilnoza Karimova, a teacher, said families were burning wood to keep warm.", "Dilnoza Karimova"),
    ("Tomas Vrana, an unemployed welder from Ostrava, told reporters the plant should reopen.", "Tomas Vrana"),
])
def test_described_person_before_reporting_verb(text, name):
    text, actors = _parse(text)
    person = _of(text, actors, name)
    assert person is not None and person.kind == "person" and person.name == name


@pytest.mark.parametrize("text, name", [
    ("Amnesty International, a rights group, said the arrests were arbitrary.", "Amnesty International"),
    ("Human Rights Watch, a New York-based monitor, said the police had used live rounds.", "Human Rights Watch"),
])
def test_described_body_is_not_a_person(text, name):
    text, actors = _parse(text)
    assert all(a.kind != "person" for a in actors), [(a.name, a.kind) for a in actors]


# -- 2. the dateline's country for people no other rule places --------------------------------------

def test_untitled_and_titled_locals_take_the_dateline_country():
    text = ("Mine collapse kills 23\n\nCONAKRY, Aug 9 (Wire) - China and Guinea sent rescuers to the mine. "
            "Chinese officials said six workers were missing. Guinea's government said 23 died. "
            "Rescue teams were digging by hand. Mines Minister Bouna Sylla said the licence was suspended. "
            "A local miners' union leader, Mamadou Kaba Camara, said managers ignored warnings.")
    text, actors = _parse(text)
    assert _of(text, actors, "Bouna Sylla").country == "GIN"
    assert _of(text, actors, "Mamadou Kaba Camara").country == "GIN"


def test_person_working_for_a_body_is_not_placed_by_the_dateline():
    text = ("Quake aftermath\n\nKATHMANDU, May 3 (Wire) - India and China pledged aid. Indian officials "
            "said teams had landed. Beijing sent tents. \"The roads are cut,\" said Ana Ferreira, "
            "a logistics officer for the aid group.")
    text, actors = _parse(text)
    assert _of(text, actors, "Ana Ferreira").country is None


def test_no_dateline_no_country_from_it():
    text = ("China and Guinea sent rescuers. Chinese officials said six were missing. Guinea's government said 23 died. "
            "Rescue teams were digging by hand. Mines Minister Bouna Sylla said the licence was suspended.")
    text, actors = _parse(text)
    assert _of(text, actors, "Bouna Sylla").country is None


# -- 3. "Name, the <demonym> state gas company," ------------------------------------------------------

@pytest.mark.parametrize("text, name, country", [
    ("Turkmengaz, the Turkmen state gas company, said Tashkent owed $300 million.", "Turkmengaz", "TKM"),
    ("Officials in Quito said Petroandina, the Ecuadorian state oil company, would pay.", "Petroandina", "ECU"),
])
def test_state_company_named_before_its_description(text, name, country):
    text, actors = _parse(text)
    company = _of(text, actors, name)
    assert company is not None and company.kind == "organization" and company.country == country


# -- 4. a country name used as an adjective stays as written ----------------------------------------

def test_country_name_as_adjective_in_a_body_name():
    text = "The Solomon Islands Electoral Commission said the count had been observed by monitors."
    text, actors = _parse(text)
    body = _of(text, actors, "Solomon Islands Electoral Commission")
    assert body is not None and body.name == "Solomon Islands Electoral Commission" and body.country == "SLB"


def test_demonym_still_names_a_possessed_body():
    text = "Russia's electoral commission said the vote was valid."
    text, actors = _parse(text)
    assert any(a.kind == "organization" and a.country == "RUS" and a.name.startswith("Russian") for a in actors)


# -- 5. one actor for "the electoral commission" and its full name ----------------------------------

def test_generic_body_joins_its_named_body():
    text = ("Malawi's opposition said the electoral commission ignored complaints. "
            "The Malawi Electoral Commission said disputes should go to the courts.")
    text, actors = _parse(text)
    generic, named = _of(text, actors, "electoral commission"), _of(text, actors, "Malawi Electoral Commission")
    assert named is not None and generic is named


def test_two_named_bodies_leave_the_generic_one_apart():
    text = ("Malawi's opposition said the electoral commission ignored complaints. "
            "The Malawi Electoral Commission and the Lilongwe District Electoral Commission said disputes "
            "should go to the courts.")
    text, actors = _parse(text)
    generic = _of(text, actors, "electoral commission")
    assert generic is not None and generic.name == "electoral commission"


# -- 6. a body's short name in a title -----------------------------------------------------------------

def test_short_name_of_a_body_in_a_title_gives_the_owner():
    text = ("Fiji and Tonga welcomed the Pacific Islands Forum report. Fiji said the vote was fair. Fiji's "
            "police said all was calm. Fiji thanked the monitors. "
            "Forum secretary general Baron Waqa said the bloc would send a team.")
    text, actors = _parse(text)
    person = _of(text, actors, "Baron Waqa")
    assert person.organization == "Pacific Islands Forum" and person.country is None


def test_capitalised_word_that_ends_no_body_gives_no_owner():
    text = ("Fiji and Tonga welcomed the Pacific Islands Forum report. Fiji said the vote was fair. Fiji's "
            "police said all was calm. Fiji thanked the monitors. "
            "Health Minister Atonio Lalabalavu said clinics were open.")
    text, actors = _parse(text)
    assert _of(text, actors, "Atonio Lalabalavu").organization is None
