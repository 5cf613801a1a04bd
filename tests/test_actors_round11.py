"""Actors round 11: organisations named by one organ, and countries that only describe a person.

1. An international organisation the article names only through one of its organs ("the UN
   Security Council", "the European Commission") is that organ, not the parent organisation: the
   article never says the parent acts. Mixed mentions keep the parent's name.
2. A demonym inside the description of someone who does not speak for that country ("former
   Chilean foreign minister Ana Rojas", "the bloc's envoy, Kenyan President William Ruto") makes
   no country actor; the person keeps the country.

Every sentence is invented for the test (other countries, people and events than any article);
the expected actors were written before the rules.
"""

from __future__ import annotations

import pytest

from reactlib import parse


def _actors(text):
    return [(a.name, a.kind, a.country) for a in parse(text).actors]


# -- 1. an organisation named only through one organ ------------------------------------------------

@pytest.mark.parametrize("text, organ", [
    ("Diplomats said the UN Security Council would hold an emergency session on Friday about the "
     "shelling of Goma.", "UN Security Council"),
    ("Kenya asked the European Commission to review the new tariff on flowers. The European "
     "Commission said it would reply within a month.", "European Commission"),
    ("Ecuador will raise the detention of the activists at the UN Human Rights Council in Geneva, "
     "its foreign minister said.", "UN Human Rights Council"),
])
def test_an_organisation_named_only_by_one_organ_is_that_organ(text, organ):
    names = [a for a in _actors(text) if a[1] == "organization"]
    assert (organ, "organization", None) in names, names
    assert all(n[0] not in ("United Nations", "European Union") for n in names), names


def test_an_organisation_also_named_itself_keeps_its_name():
    text = ("The United Nations condemned the attack on the convoy near Kidal. The UN Security "
            "Council will meet on Monday.")
    names = [a[0] for a in _actors(text) if a[1] == "organization"]
    assert names == ["United Nations"], names


# -- 2. a country word that only describes a person ------------------------------------------------

@pytest.mark.parametrize("text, person, country", [
    ("The observer mission, led by former Chilean foreign minister Ana Rojas, said the count in "
     "Quito was orderly.", "Ana Rojas", "CHL"),
    ("Talks were chaired by the East African Community's facilitator, Kenyan President William "
     "Ruto, who urged both sides to stop fighting.", "William Ruto", "KEN"),
])
def test_a_demonym_describing_a_person_is_no_country_actor(text, person, country):
    actors = _actors(text)
    assert (person, "person", country) in actors, actors
    assert not any(a[1] == "country" and a[2] == country for a in actors), actors


def test_a_head_of_state_speaking_keeps_the_country():
    actors = _actors("Kenyan President William Ruto said Nairobi would send more police to Haiti.")
    assert ("Kenya", "country", "KEN") in actors, actors


# -- 3. an outlet someone speaks to, or that a report is credited to --------------------------------

@pytest.mark.parametrize("text, outlet, country", [
    ("Finance Minister Ali Hassan told the state news agency Tazar that the reserves were safe.",
     "Tazar", None),
    ("Opposition leader Maria Kowal told Hungarian radio Klubradio that she would appeal.", "Klubradio", "HUN"),
    ("The interior minister's remarks, as reported by the news agency Kabar, were cautious.", "Kabar", None),
    ("The prosecutor told Slovak Television on Monday that charges would follow.", "Slovak Television", "SVK"),
])
def test_an_outlet_spoken_to_is_an_organisation(text, outlet, country):
    found = [a for a in parse(text).actors if a.name == outlet]
    assert found and found[0].kind == "organization", _actors(text)
    if country:
        assert found[0].country == country, _actors(text)


def test_a_press_noun_alone_spoken_to_is_no_actor():
    names = [a[0] for a in _actors("The minister told state television that the border would stay shut.")]
    assert not any("television" in n.lower() for n in names), names


def test_the_agency_after_a_named_agency_is_not_the_outlet():
    text = ("A spokesman told the state news agency Tazar that the fire was out. The World Health "
            "Organization's sister body, the International Labour Agency, said the agency's experts would visit.")
    article = parse(text)
    outlet = next(a for a in article.actors if a.name == "Tazar")
    assert all(text[s:e] != "agency" or s < 60 for s, e in outlet.mentions), outlet.mentions


def test_an_official_outlet_spoken_to_takes_the_speakers_country():
    text = ("Washington froze the assets of Paraguay's central bank on Friday. The central bank's "
            "president, Carlos Fernández, told the official Radio Mbarete that the reserves were safe.")
    outlets = [a for a in parse(text).actors if a.name == "Radio Mbarete"]
    assert outlets and outlets[0].country == "PRY", _actors(text)
    assert "focus_country" not in outlets[0].extra


# -- 4. the police acting ---------------------------------------------------------------------------

@pytest.mark.parametrize("text, name, country", [
    ("Protesters blocked the main road into Cochabamba on Tuesday, police said. Bolivia's government "
     "called for calm.", "police", "BOL"),
    ("Bolivia's interior minister said the march was illegal. Police detained twelve people near La Paz.",
     "police", "BOL"),
    ("Sweden said the cable had been cut deliberately. Swedish police have opened a sabotage inquiry.",
     "Swedish police", "SWE"),
])
def test_the_police_acting_is_an_organisation(text, name, country):
    assert (name, "organization", country) in _actors(text), _actors(text)


@pytest.mark.parametrize("text", [
    "Bolivia's government said the march was illegal, according to a police spokesman in La Paz.",
    "Bolivia's government said the ballot boxes were kept under police guard overnight.",
])
def test_the_police_not_acting_is_no_actor(text):
    assert not any("police" in a[0].lower() and a[1] == "organization" for a in _actors(text)), _actors(text)


# -- 5. a known body named only by its acronym ------------------------------------------------------

def test_a_known_body_named_only_by_a_foreign_acronym_keeps_the_acronym():
    text = "Bogota said the ELN had attacked a pipeline near Cucuta. The ELN denied it."
    names = [a[0] for a in _actors(text) if a[1] in ("group", "organization")]
    assert "ELN" in names and "National Liberation Army" not in names, names


@pytest.mark.parametrize("text, name", [
    # the full name written too
    ("The National Liberation Army said it had not attacked the pipeline. Bogota said the ELN had.",
     "National Liberation Army"),
    # an acronym that spells the name
    ("Addis Ababa said the OLA had attacked a bus near Nekemte. The OLA denied it.", "Oromo Liberation Army"),
])
def test_a_known_body_keeps_its_full_name(text, name):
    names = [a[0] for a in _actors(text) if a[1] in ("group", "organization")]
    assert names == [name], names


# -- 6. a "National ..." body of the country the story is about --------------------------------------

def test_a_national_body_without_a_country_word_is_the_storys_country():
    text = ("Bolivia voted on Sunday and Bolivia's two candidates both claimed victory. Bolivia's capital "
            "was calm.\n\n14:00 – Milei congratulates\n\nArgentina's president Javier Milei congratulated "
            "the winner.\n\n15:10 – TSE sets timetable\n\nThe National Jury of Elections, which must rule on "
            "the challenges, said it would proclaim the winner within three weeks.")
    assert ("National Jury of Elections", "organization", "BOL") in _actors(text), _actors(text)
