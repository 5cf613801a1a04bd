"""Stances in a speaker's quoted words, offers of help, holders in participle and relative
clauses, and cue words that are part of a name.

Sentences written for these tests; actors are given by hand (see ``test_stances.make_article``).
"""

from __future__ import annotations

import pytest

from test_stances import stances_of, triples


# -- threats, accusations and support in a speaker's quoted words ------------------------------

@pytest.mark.parametrize("text, quoted, speaker, expected", [
    ('"Szohod will pay a heavy price for this," Kovacs said.',
     "Szohod will pay a heavy price for this,", "Anna Kovacs", ("Anna Kovacs", "threaten", "Borduria")),
    ('"Klow would pay dearly for any incursion," Tanaka warned.',
     "Klow would pay dearly for any incursion,", "Mei Tanaka", ("Mei Tanaka", "threaten", "Syldavia")),
    ('"We will not allow Borduria to seize our land," Weber said.',
     "We will not allow Borduria to seize our land,", "Tomas Weber", ("Tomas Weber", "threaten", "Borduria")),
    ('"Pyongyang should not underestimate our resolve," Tanaka said.',
     "Pyongyang should not underestimate our resolve,", "Mei Tanaka", ("Mei Tanaka", "threaten", "North Korea")),
    ('"We stand with Syldavia," Kovacs said.',
     "We stand with Syldavia,", "Anna Kovacs", ("Anna Kovacs", "support", "Syldavia")),
    ('"This is an act of aggression by Borduria," Weber said.',
     "This is an act of aggression by Borduria,", "Tomas Weber", ("Tomas Weber", "accuse", "Borduria")),
])
def test_a_stance_in_quoted_words_is_the_speakers(text, quoted, speaker, expected):
    assert expected in triples(text, ((quoted, speaker, "direct"),))


def test_a_pledge_about_no_one_is_not_a_threat():
    text = '"We will not allow anyone to use Ruritanian soil against our neighbours," Kovacs said.'
    got = triples(text, (("We will not allow anyone to use Ruritanian soil against our neighbours,",
                          "Anna Kovacs", "direct"),))
    assert not any(t == "threaten" for _, t, _ in got)


def test_the_one_who_will_pay_is_the_target_not_the_holder_in_narrative():
    assert ("Anna Kovacs", "threaten", "Borduria") in triples(
        "Kovacs warned that Szohod would pay a heavy price.")


def test_we_will_pay_names_no_one_threatened():
    text = '"We will pay a heavy price if we wait," Weber said.'
    got = triples(text, (("We will pay a heavy price if we wait,", "Tomas Weber", "direct"),))
    assert not any(t == "threaten" for _, t, _ in got)


@pytest.mark.parametrize("text, expected", [
    ('Kovacs described the Bordurian shelling as "terrorism".', ("Anna Kovacs", "condemn", "Borduria")),
    ("Tanaka described Pyongyang's launches as reckless and dangerous.", ("Mei Tanaka", "condemn", "North Korea")),
])
def test_describing_an_actors_deeds_in_damning_words_condemns_the_actor(text, expected):
    assert expected in triples(text)


# -- offers of help ---------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Japan offered to share its expertise with Syldavia.", ("Japan", "support", "Syldavia")),
    ("Ruritania said it stands ready to assist Syldavia.", ("Ruritania", "support", "Syldavia")),
    ("Tokyo pledged humanitarian assistance to Klow.", ("Japan", "support", "Syldavia")),
])
def test_an_offer_of_help_supports_the_one_helped(text, expected):
    assert expected in triples(text)


@pytest.mark.parametrize("text, issue", [
    ("Ruritania offered to help secure the release of the hostages held by Borduria.", "release of detainees"),
    ("The African Union said it was ready to assist the talks between Syldavia and Borduria.", None),
])
def test_an_offer_of_help_with_a_release_or_talks_is_mediation(text, issue):
    got = [s for s in stances_of(text) if s[1] == "mediate"]
    assert got, stances_of(text)
    if issue:
        assert got[0][3] == issue
    assert not any(s[1] == "support" for s in stances_of(text))


# -- holders in participle and relative clauses -------------------------------------------------

def test_with_x_and_y_blaming_each_other_is_two_accusations():
    got = triples("Shelling resumed on Monday, with Szohod and Klow blaming each other for the escalation.")
    assert {("Borduria", "accuse", "Syldavia"), ("Syldavia", "accuse", "Borduria")} <= got


def test_with_x_accusing_y_gives_xs_accusation():
    got = triples("Talks collapsed, with Tokyo accusing Pyongyang of bad faith.")
    assert ("Japan", "accuse", "North Korea") in got


def test_a_relative_clause_accuses_its_antecedent():
    got = triples("Kovacs met Tanaka after Syldavia, which Ruritania accuses of arming the rebels, closed the border.")
    assert ("Ruritania", "accuse", "Syldavia") in got
    assert ("Ruritania", "accuse", "rebels") not in got


def test_a_relative_clause_with_a_pronoun_subject():
    got = triples("Tanaka criticised Borduria, which Weber blames for the blockade.")
    assert ("Tomas Weber", "accuse", "Borduria") in got


# -- cue words inside names ----------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Fighters of the Rapid Support Forces attacked Klow on Monday.",
    "Ruritania joined the Ruritanian Solidarity Party congress in Klow.",
    "Refugees from Borduria reached the Welcome Center in Klow.",
    "The Klow Support Group said Syldavia needed more time.",
    "Units of the Bordurian Defense Forces Command moved north.",
])
def test_a_cue_word_inside_a_capitalised_name_is_no_cue(text):
    assert triples(text) == set()


def test_a_capitalised_cue_opening_a_sentence_still_counts():
    got = triples('Klow signed the accord. "Support Syldavia now," Kovacs told Tanaka.',
                  (("Support Syldavia now,", "Anna Kovacs", "direct"),))
    assert ("Anna Kovacs", "support", "Syldavia") in got


@pytest.mark.parametrize("text", [
    "Borduria hosted talks between Syldavia and Ruritania on Monday.",
    "Tokyo hosted a summit of Syldavian and Ruritanian leaders.",
])
def test_hosting_talks_is_not_a_consultation_with_the_guests(text):
    assert not any(t == "consult" for _, t, _ in triples(text))


def test_hosting_a_visitor_is_still_a_consultation():
    assert ("Borduria", "consult", "Tomas Weber") in triples("Szohod hosted Weber on Monday.")


# -- a place phrase opening the sentence is not part of the subject ------------------------------

@pytest.mark.parametrize("text, expected, absent", [
    ("In Klow, Syldavian President Tomas Weber denied the report and blamed Bordurian forces for the raid.",
     ("Tomas Weber", "accuse", "Borduria"), ("Syldavia", "accuse", "Borduria")),
    ("In Tokyo, Tanaka and Kovacs condemned Borduria.", ("Anna Kovacs", "condemn", "Borduria"),
     ("Japan", "condemn", "Borduria")),
    ("From Szohod, Weber criticised Japan.", ("Tomas Weber", "criticize", "Japan"),
     ("Borduria", "criticize", "Japan")),
])
def test_a_fronted_place_phrase_leaves_the_subject_free(text, expected, absent):
    got = triples(text)
    assert expected in got and absent not in got
