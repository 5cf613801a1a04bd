"""Targets and holders the text leaves implicit: perpetrators, makers, own-country reports.

Sentences written for these tests; actors are given by hand (see ``test_stances.make_article``).
"""

from __future__ import annotations

from reactlib.stances import find_stances
from reactlib.types import Actor, Article

from test_stances import NLP, stances_of, triples


def test_threat_aims_at_the_addressee_of_the_same_holders_demand():
    got = triples("Tokyo demanded that Pyongyang halt the tests and warned it would impose new sanctions.")
    assert ("Japan", "threaten", "North Korea") in got


def test_threat_does_not_borrow_a_target_from_another_sentence():
    got = triples("Tokyo criticised Pyongyang on Monday. Tokyo threatened to impose new sanctions.")
    assert ("Japan", "threaten", None) in got


def test_a_stand_in_noun_means_the_group_that_staged_the_event():
    text = "Bordurian rebels seized the airport at dawn. Kovacs urged the insurgents to lay down their arms."
    assert ("Anna Kovacs", "appeal", "rebels") in triples(text)


def test_a_stand_in_subject_of_must_is_the_one_asked():
    text = ('Bordurian rebels stormed the parliament. "The mutineers must return to their barracks," '
            'Weber told reporters.')
    quote = ("The mutineers must return to their barracks,", "Tomas Weber", "direct")
    assert ("Tomas Weber", "demand", "rebels") in triples(text, (quote,))


def test_a_rejected_ultimatum_is_aimed_at_its_author():
    text = ("Syldavia threatened to impose sanctions on Borduria unless its troops left within 48 hours. "
            "Klow's neighbours watched closely. Szohod rejected the ultimatum on Friday.")
    assert ("Borduria", "reject", "Syldavia") in triples(text)


def test_a_rejected_accusation_prefers_the_one_aimed_at_the_rejecter():
    text = ("Kovacs accused Klow of arming the rebels. Tokyo criticised Pyongyang for its tests. "
            "Syldavia rejected the accusation.")
    assert ("Syldavia", "reject", "Anna Kovacs") in triples(text)


def test_an_official_reporting_their_own_countrys_position_holds_it():
    assert triples("Weber said Syldavia condemns the raid by the rebels.") == {
        ("Tomas Weber", "condemn", "rebels")}
    # another country's position stays that country's
    assert ("Ruritania", "support", "rebels") in triples("Weber said Ruritania supports the rebels.")
    # a country's contacts are its own acts, whoever reports them
    assert ("Syldavia", "consult", "Japan") in triples("Weber said Klow was in close contact with Tokyo.")


def test_summoning_an_envoy_is_a_protest_toward_the_envoys_country():
    assert ("Ruritania", "criticize", "Borduria") in triples(
        "Strelsau summoned the Bordurian ambassador to protest the raid.")
    assert triples("Kovacs summoned the Bordurian press to a briefing.") == set()


def test_opposing_terrorism_is_a_condemnation_opposing_a_plan_a_rejection():
    assert stances_of("Syldavia firmly opposes all forms of terrorism.") == [
        ("Syldavia", "condemn", None, None)]
    assert ("Syldavia", "reject", "Borduria") in triples("Syldavia opposes the plan of Borduria.")


def test_hosting_talks_between_others_is_no_consultation_of_the_host():
    assert not any(t == "consult" for _, t, _ in triples(
        "Syldavia, which has hosted talks between Ruritania and Borduria, condemned the raid."))
    assert ("Mei Tanaka", "consult", "Tomas Weber") in triples("Tanaka hosted Weber in Tokyo on Monday.")


def test_a_meeting_convened_is_no_consultation():
    assert triples("Weber convened an emergency meeting of the African Union.") == set()


def test_committed_to_the_defence_of_is_support():
    assert ("Japan", "support", None) in triples("Tokyo remained committed to the defence of its allies.")
    assert ("Japan", "support", "Syldavia") in triples("Tokyo is committed to the security of Syldavia.")


def test_an_accusation_against_someone_unnamed_is_kept():
    assert triples("Kovacs accused the former government of rigging the vote.") == {
        ("Anna Kovacs", "accuse", None)}


def test_naming_a_launch_damning_blames_who_fired_it():
    text = "Pyongyang fired a missile over Japan on Tuesday. Tanaka called the launch an outrageous provocation."
    assert ("Mei Tanaka", "condemn", "North Korea") in triples(text)


def test_capitals_the_actor_extractor_missed_are_read_for_known_countries():
    text = "Ruritania shelled the border town, drawing condemnation from Klow and Tokyo."
    spans = lambda word: [(text.index(word), text.index(word) + len(word))]
    actors = [Actor(id="r", name="Ruritania", kind="country", country="RUR", mentions=spans("Ruritania")),
              Actor(id="s", name="Syldavia", kind="country", country="SYL", mentions=spans("Klow")),
              # Japan is an actor of the article, but this mention of Tokyo was not linked
              Actor(id="j", name="Japan", kind="country", country="JPN", mentions=[])]
    got = {(s.holder, s.type, s.target) for s in find_stances(Article(text=text, actors=actors), NLP(text))}
    assert got == {("s", "condemn", "r"), ("j", "condemn", "r")}


def test_approving_words_about_someone_in_a_quote_are_praise():
    text = ('Kovacs said she had met Weber and was "full of admiration for his wise and courageous '
            'leadership."')
    quote = ("full of admiration for his wise and courageous leadership.", "Anna Kovacs", "partial")
    assert ("Anna Kovacs", "praise", "Tomas Weber") in triples(text, (quote,))


def test_approving_words_with_of_and_possessive_s():
    assert ("Mei Tanaka", "praise", "Syldavia") in triples(
        "Tanaka said the bold decision of Syldavia had saved lives.")
    assert ("Mei Tanaka", "praise", "Tomas Weber") in triples(
        "Tanaka said Weber's tireless efforts had brought both sides to the table.")


def test_approving_words_in_the_reporters_narration_are_no_praise():
    assert not any(t == "praise" for _, t, _ in triples(
        "Weber, known for his shrewd diplomacy, arrived in Klow on Monday."))


def test_praise_verbs_with_a_quality_of_someone():
    assert ("Mei Tanaka", "praise", "Tomas Weber") in triples("Tanaka hailed the courage of Weber.")
    assert ("Mei Tanaka", "praise", "Syldavia") in triples("Tanaka commended Syldavia for its restraint.")


def test_an_act_reported_by_an_official_stays_the_countrys():
    got = triples("Weber said Klow had summoned the Bordurian ambassador.")
    assert got == {("Syldavia", "criticize", "Borduria")}


def test_a_passive_must_in_someones_words_is_an_appeal():
    text = 'Kovacs stressed that "civilian hospitals must be spared at all times."'
    quote = ("civilian hospitals must be spared at all times.", "Anna Kovacs", "partial")
    assert ("Anna Kovacs", "appeal", None) in triples(text, (quote,))
    # the reporter's own "must be" is no one's appeal
    assert triples("Civilian hospitals must be spared, the convention says.") == set()


def test_a_request_names_who_is_to_act_or_bear_the_measure():
    assert ("Ruritania", "appeal", "Borduria") in triples("Ruritania called for sanctions against Borduria.")
    assert ("Syldavia", "demand", "Borduria") in triples(
        "Syldavia demanded an immediate apology by Szohod for the raid.")


def test_an_ultimatum_is_a_threat_toward_its_addressee():
    assert ("Syldavia", "threaten", "Borduria") in triples(
        "Klow issued a final ultimatum to Borduria to pull back its troops.")


def test_a_conditional_sanction_is_a_threat_a_plan_is_not():
    assert ("Syldavia", "threaten", "Borduria") in triples(
        "Syldavia said it would withdraw its ambassador from Borduria unless the raids stopped.")
    assert triples("Syldavia said it would impose new tariffs next year.") == set()


def test_an_attribution_after_the_comma_is_no_target():
    got = triples("Tokyo threatened to cut aid to Syldavia, the official Kyodo agency reported.")
    assert got == {("Japan", "threaten", "Syldavia")}
