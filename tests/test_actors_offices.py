"""People's countries: the office-holder table first, then context, never the country named last.

Sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt

from reactlib.actors import extract_actors
from reactlib.actors.holders import office_holders
from reactlib.nlp import blank_english
from reactlib.types import Article

NLP = blank_english()


def actors_of(text: str, date: dt.date | None = None):
    return extract_actors(Article(text=text, date=date), NLP(text)).actors


def by_name(text: str, date: dt.date | None = None) -> dict:
    return {a.name: a for a in actors_of(text, date)}


def test_table_gives_the_country_a_bare_title_leaves_out():
    text = "Chile protested on Friday. Later, Prime Minister Narendra Modi said India would send aid."
    assert by_name(text)["Narendra Modi"].country == "IND"


def test_table_is_read_at_the_article_date():
    text = "Talks opened in Brussels. Secretary General Mark Rutte said the allies agreed."
    assert by_name(text, dt.date(2025, 3, 1))["Mark Rutte"].organization == "NATO"
    before = by_name(text, dt.date(2021, 3, 1))["Mark Rutte"]
    # the role "Secretary General" fits only the NATO tenure, whatever the date
    assert before.organization == "NATO" and before.country is None
    pm = by_name("Prime Minister Mark Rutte said the cabinet agreed.", dt.date(2021, 3, 1))["Mark Rutte"]
    assert pm.country == "NLD" and pm.organization is None


def test_a_title_with_a_country_beats_the_table():
    text = "Peruvian spokesman Matthew Miller said the talks had failed."
    assert by_name(text)["Matthew Miller"].country == "PER"


def test_nickname_links_to_the_full_name_and_takes_its_country():
    text = ("Luiz Inacio Lula da Silva arrived in Lima on Monday. "
            '"We came to listen," Lula told reporters.')
    people = [a for a in actors_of(text) if a.kind == "person"]
    assert len(people) == 1
    assert people[0].country == "BRA" and len(people[0].mentions) == 2


def test_family_name_first_names_link_on_the_first_word():
    text = ("Pyongyang said Kim Jong Un watched the drill. Kim later met his generals, "
            "and Kim Yo Jong issued a statement.")
    people = {a.name: a for a in actors_of(text) if a.kind == "person"}
    assert set(people) == {"Kim Jong Un", "Kim Yo Jong"}
    kim = people["Kim Jong Un"]
    assert [text[s:e] for s, e in kim.mentions][:2] == ["Kim Jong Un", "Kim"]
    assert kim.country == "PRK"


def test_unknown_family_first_name_uses_the_first_word_as_surname():
    text = "Wang Lihua said the port was closed. Wang added that ships would wait."
    person = by_name(text)["Wang Lihua"]
    assert len(person.mentions) == 2


def test_untabled_titled_person_takes_the_previous_sentences_country_subject():
    text = ("The coup in Lomar drew criticism. Kenya condemned the attack on Monday. "
            "Foreign Minister Amina Wekesa said the soldiers must return to barracks.")
    assert by_name(text)["Amina Wekesa"].country == "KEN"


def test_untabled_title_mid_sentence_takes_the_main_country_not_the_last_named():
    text = ("Peru's parliament met on Sunday as protests spread across Peru. "
            "Chile and Bolivia urged Peru to hold a new vote, while President Ana Quispe rejected the results. "
            "Police in Peru arrested dozens.")
    assert by_name(text)["Ana Quispe"].country == "PER"


def test_table_rows_are_well_formed():
    holders = office_holders()
    assert holders.canonical("Nicolás Maduro") == "Nicolas Maduro"
    assert holders.canonical("Kim") is None  # two Kims: a lone "Kim" is nobody in particular
    for tenures in holders.tenures.values():
        for t in tenures:
            assert t.country is None or len(t.country) == 3
            assert (t.country is None) != (t.organization is None)
            assert t.end is None or t.end >= t.start


def test_main_country_counts_its_people_not_only_its_name():
    # Senegal is named three times, Guinea once; but the story is about a Guinean and his party
    text = ("Guinean opposition leader Sekou Diallo was shot dead on Sunday. Diallo had led protests, and "
            "Diallo's party blamed the army. Senegal and Senegal's president condemned it; Senegal "
            "offered help, while government spokesman Ibrahima Sow said the killers would be found.")
    assert by_name(text)["Ibrahima Sow"].country == "GIN"
