"""The actor extractor on sentences written for these tests (none from the reference article)."""

from __future__ import annotations

import json

import pycountry
import pytest

from reactlib.actors import GazetteerError, build_gazetteer, default_gazetteer, extract_actors
from reactlib.nlp import blank_english
from reactlib.types import Article

from conftest import REFERENCE, REFERENCE_GOLD

NLP = blank_english()


def actors_of(text: str):
    return extract_actors(Article(text=text), NLP(text)).actors


def by_name(text: str) -> dict:
    return {a.name: a for a in actors_of(text)}


def mention_texts(text: str, actor) -> list[str]:
    return [text[s:e] for s, e in actor.mentions]


# -- persons -------------------------------------------------------------------------------


def test_titled_person_takes_country_from_demonym_and_surname_mentions():
    text = ("Kenyan President Amara Otieno condemned the raid. Otieno later said the army was ready. "
            "He did not give details.")
    found = by_name(text)
    person = found["Amara Otieno"]
    assert (person.kind, person.country, person.role) == ("person", "KEN", "President")
    assert mention_texts(text, person) == ["Amara Otieno", "Otieno", "He"]


def test_possessive_country_title_and_apposition_and_of_country():
    text = ("Chile's foreign minister Rosa Valdes spoke first. Tomas Berg, Sweden's defence minister, "
            "replied. Later President Okafor of Nigeria joined the call.")
    found = by_name(text)
    assert (found["Rosa Valdes"].country, found["Rosa Valdes"].role) == ("CHL", "foreign minister")
    assert (found["Tomas Berg"].country, found["Tomas Berg"].role) == ("SWE", "defence minister")
    assert (found["Okafor"].country, found["Okafor"].role) == ("NGA", "President")


def test_counterpart_inherits_the_role_of_the_first_title_in_the_sentence():
    text = "Polish Prime Minister Jan Nowak and Czech counterpart Petr Dvorak met in Prague."
    found = by_name(text)
    assert found["Petr Dvorak"].country == "CZE"
    assert found["Petr Dvorak"].role == "Prime Minister"


def test_organisation_title_gives_organisation_not_country():
    text = "NATO Secretary-General Lars Holm warned Moscow. The alliance chief said allies were united."
    found = by_name(text)
    holm = found["Lars Holm"]
    assert holm.country is None
    assert holm.organization == "NATO"
    assert "NATO" in found
    assert found["Russia"].kind == "country"


def test_untitled_country_person_takes_country_in_focus():
    text = ("Japan urged restraint on Friday. \"We are watching closely,\" Foreign Minister Kenji Sato "
            "told reporters.")
    assert by_name(text)["Kenji Sato"].country == "JPN"


def test_reporting_verb_subject_is_a_person_without_title():
    text = "Maria Lopez said the vote had been rigged."
    person = by_name(text)["Maria Lopez"]
    assert person.kind == "person" and person.role is None


def test_anonymous_source_is_a_person_with_country():
    text = "A Brazilian military source said troops were ready. A senior French official declined to comment."
    found = by_name(text)
    source = found["Brazilian military source"]
    assert source.anonymous and source.country == "BRA" and source.kind == "person"
    official = found["senior French official"]
    assert official.anonymous and official.country == "FRA"


def test_role_anaphor_links_to_the_holder():
    text = ("Foreign Minister Ana Ruiz of Spain arrived on Monday. Hours later the Spanish foreign minister "
            "said talks would resume.")
    found = by_name(text)
    ruiz = found["Ana Ruiz"]
    assert ruiz.country == "ESP"
    assert "Spanish foreign minister" in mention_texts(text, ruiz)
    assert all(a.name != "Spanish foreign minister" for a in found.values())


def test_role_anaphor_without_holder_becomes_an_unnamed_person():
    text = "The Iranian foreign minister said the strike was illegal."
    person = [a for a in actors_of(text) if a.kind == "person"]
    assert len(person) == 1 and person[0].country == "IRN" and person[0].role.lower() == "foreign minister"


# -- countries, institutions, groups, organisations ----------------------------------------


def test_capital_and_seat_of_power_stand_for_the_country_but_not_a_place_after_in():
    text = "Beijing rejected the claim and the Kremlin stayed silent. The summit was held in Tokyo."
    found = by_name(text)
    assert found["China"].country == "CHN" and found["Russia"].country == "RUS"
    assert "Japan" not in found


def test_bare_demonym_alone_makes_no_country_actor_but_government_noun_does():
    text = "Thai food was served. Later Malaysian officials protested."
    found = by_name(text)
    assert "Thailand" not in found
    assert found["Malaysia"].kind == "country"


@pytest.mark.parametrize("variant, code", [
    ("Türkiye", "TUR"), ("Turkiye", "TUR"), ("Ivory Coast", "CIV"), ("Côte d'Ivoire", "CIV"), ("Burma", "MMR"),
    ("the DPRK", "PRK"), ("North Korea", "PRK"), ("Czechia", "CZE"), ("Eswatini", "SWZ"), ("Vanuatu", "VUT"),
])
def test_country_variants(variant, code):
    text = f"Yesterday {variant} protested strongly."
    countries = [a for a in actors_of(text) if a.kind == "country"]
    assert [a.country for a in countries] == [code]


def test_demonym_variant_azeri_is_azerbaijan():
    text = "Azerbaijan said Azeri officials would attend."
    found = actors_of(text)
    assert [(a.name, len(a.mentions)) for a in found] == [("Azerbaijan", 2)]


def test_a_ministry_is_its_country_speaking_and_the_ministry_links_to_focus():
    text = ("The Egyptian foreign ministry said it was alarmed. Kenya meanwhile called for calm. "
            "\"Both sides must stop,\" the ministry said.")
    found = by_name(text)
    egypt = found["Egypt"]
    assert egypt.kind == "country" and mention_texts(text, egypt) == ["Egyptian foreign ministry"]
    assert egypt.extra["institutions"] == ["Foreign Ministry"]
    assert not any(a.kind == "organization" for a in found.values())
    assert "ministry" in mention_texts(text, found["Kenya"])


def test_a_possessive_ministry_makes_the_country_an_actor():
    text = "Peru's foreign ministry urged calm, and Chile's electoral commission delayed the count."
    found = by_name(text)
    assert found["Peru"].kind == "country" and mention_texts(text, found["Peru"]) == ["Peru's foreign ministry"]
    assert (found["Chilean Electoral Commission"].kind, found["Chilean Electoral Commission"].country) == (
        "organization", "CHL")


def test_demonym_in_a_persons_title_makes_the_country_an_actor():
    text = "Malian President Assa Traore and Tanzanian officials met. Thai food was served."
    found = by_name(text)
    assert "Mali" in found and "Tanzania" in found
    assert "Thailand" not in found


def test_groups_with_and_without_country():
    text = ("Somali rebels seized the town while pro-Ethiopian militias withdrew. The international community "
            "urged calm. Protesters gathered.")
    found = by_name(text)
    assert (found["Somali rebels"].kind, found["Somali rebels"].country) == ("group", "SOM")
    assert found["pro-Ethiopian militias"].country is None
    assert found["international community"].kind == "group"
    assert found["protesters"].kind == "group"


def test_organ_counts_as_its_organisation():
    text = "The European Commission proposed sanctions and the EU later adopted them."
    eu = [a for a in actors_of(text) if a.kind == "organization"]
    assert len(eu) == 1 and eu[0].name == "European Union" and len(eu[0].mentions) == 2


def test_non_actor_places_are_not_countries():
    text = "Storms hit Latin America and the Gulf of Mexico."
    assert actors_of(text) == ()


def test_ids_follow_first_mention():
    text = "Peru and Chile signed. Chile's president Ana Soto said Peru agreed."
    found = actors_of(text)
    assert [a.id for a in found] == [f"a{i + 1}" for i in range(len(found))]
    firsts = [min(a.mentions)[0] for a in found]
    assert firsts == sorted(firsts)


def test_empty_and_whitespace_text():
    assert extract_actors(Article(text="   \n")).actors == ()
    assert extract_actors(Article(text="x"), None).actors == ()


# -- gazetteer ------------------------------------------------------------------------------


def test_every_pycountry_country_has_a_name_in_the_gazetteer():
    gaz = default_gazetteer()
    codes = {e.country for e in gaz.proper.values() if e.kind == "country"}
    missing = [c.alpha_3 for c in pycountry.countries if c.alpha_3 not in codes]
    assert missing == []


def test_extra_entries_are_added_and_win():
    gaz = build_gazetteer([{"name": "Zeta Brigade", "kind": "group", "country": "MLI", "aliases": ["Zeta"]}])
    text = "The Zeta Brigade said it controlled the road."
    found = extract_actors(Article(text=text), NLP(text), gazetteer=gaz).actors
    assert [(a.name, a.kind, a.country) for a in found] == [("Zeta Brigade", "group", "MLI")]


@pytest.mark.parametrize("bad", [{"kind": "group"}, {"name": "X", "kind": "planet"}, {"name": "X", "country": 7}, 3])
def test_malformed_extra_entry_is_a_typed_error(bad):
    with pytest.raises(GazetteerError):
        build_gazetteer([bad])


# -- the extractor plugin and the reference article --------------------------------------------


def test_extractor_is_registered_as_a_plugin():
    from reactlib.pipeline import Pipeline

    registered = [e for e in Pipeline(plugins=[]).extractors if e.plugin == "reactlib.extractors.actors"]
    assert [(e.name, set(e.provides)) for e in registered] == [("reactlib.actors", {"actors"})]


def test_reference_article_actor_f1(reference_text, score):
    from reactlib import parse

    article = parse(reference_text, plugins=["-reactlib.quotes", "-reactlib.stances"])
    gold = json.loads(REFERENCE_GOLD.read_text(encoding="utf-8"))
    result = score.score_actors(gold, article.to_dict(), score.gold_actor_table(gold))
    assert result["name+kind+country"]["f1"] >= 0.95, result
    assert REFERENCE.is_file()


def test_the_government_is_a_mention_of_the_country_in_focus_but_the_court_is_not():
    text = "Mali rejected the report. The government said the court would rule later."
    mali = by_name(text)["Mali"]
    assert mention_texts(text, mali) == ["Mali", "government"]


def test_demonym_before_an_institution_or_government_noun_makes_the_country_an_actor():
    text = "A Tunisian court jailed the student, and Ukrainian lawmakers protested."
    found = by_name(text)
    assert found["Tunisian Court"].country == "TUN" and found["Tunisian Court"].kind == "organization"
    assert found["Ukraine"].kind == "country"


def test_title_then_name_in_commas():
    text = "The Danish foreign minister, Lars Holm, said the talks had failed."
    person = by_name(text)["Lars Holm"]
    assert (person.country, person.role) == ("DNK", "foreign minister")


def test_title_with_a_complement_before_the_name():
    text = ("Kenya's envoy to the UN, Amina Odhiambo, spoke first. Chilean Ambassador to Japan Pablo Reyes "
            "replied.")
    found = by_name(text)
    assert (found["Amina Odhiambo"].country, found["Amina Odhiambo"].role) == ("KEN", "envoy to the UN")
    assert found["Pablo Reyes"].country == "CHL"
    assert "United Nations" in found and "Japan" in found


def test_person_entities_of_a_trained_pipeline_are_extra_evidence():
    from spacy.tokens import Span

    text = "Okonkwo said the border would stay closed."
    doc = NLP(text)
    assert [a.kind for a in extract_actors(Article(text=text), doc).actors] == []
    doc.ents = [Span(doc, 0, 1, label="PERSON")]
    found = extract_actors(Article(text=text), doc).actors
    assert [(a.name, a.kind) for a in found] == [("Okonkwo", "person")]


def test_configuring_a_pipeline_builds_the_matchers_for_its_vocab_once():
    from reactlib import Pipeline
    from reactlib.actors import matching

    pipeline = Pipeline(plugins=[])
    key = next(k for k in matching._cache if k[0] == id(pipeline.nlp.vocab))
    before = matching._cache[key]
    pipeline.parse("Peru protested. Chile's president Ana Soto said Peru agreed.")
    assert matching._cache[key] is before


def test_use_gazetteer_with_extra_entries_applies_to_that_pipeline():
    from reactlib.actors import use_gazetteer

    nlp = blank_english()
    use_gazetteer(nlp, extra_entries=[{"name": "Northern Alliance Front", "kind": "group", "aliases": ["NAF"]}])
    text = "The NAF said it would fight on."
    found = extract_actors(Article(text=text), nlp(text)).actors
    assert [(a.name, a.kind) for a in found] == [("Northern Alliance Front", "group")]
    other = extract_actors(Article(text=text), NLP(text)).actors
    # another pipeline does not know the group: only an unknown acronym that speaks (round 6), no group
    assert [(a.name, a.kind) for a in other] == [("NAF", "organization")]


def test_department_titles_and_organisation_words_are_not_names():
    text = ("Canadian Deputy Secretary of Energy Paul Roy said output would rise. The Joint Command said "
            "it had struck a depot.")
    found = by_name(text)
    assert (found["Paul Roy"].country, found["Paul Roy"].role) == ("CAN", "Deputy Secretary of Energy")
    # a military command is an organisation, never a person
    assert found["Joint Command"].kind == "organization"
    assert not any(a.kind == "person" and "Command" in a.name for a in found.values())


def test_title_in_an_apposition_after_a_role_phrase():
    text = "The Chilean commander in Peru, General Rosa Ibanez, met the press."
    person = by_name(text)["Rosa Ibanez"]
    assert person.country == "CHL" and person.role == "commander in Peru"


def test_focus_is_the_subject_and_an_organisation_subject_gives_no_country():
    text = ("Peru demanded a ceasefire. The African Union threatened sanctions while Chile stayed silent. "
            "Colonel Rafael Mora, who leads the rebels, said elections would follow.")
    assert by_name(text)["Rafael Mora"].country is None


def test_its_foreign_ministry_is_the_country_in_focus():
    text = "Norway demanded the release of the president. Its foreign ministry said it was alarmed."
    assert mention_texts(text, by_name(text)["Norway"]) == ["Norway", "foreign ministry"]


def test_lone_name_after_a_quotation_before_a_reporting_verb_is_a_person():
    text = "\"We will not give up,\" Okafor said. Okafor later left. Reuters news agency reported the vote."
    person = by_name(text)["Okafor"]
    assert person.kind == "person" and len(person.mentions) == 2
    assert "Reuters" not in by_name(text)
