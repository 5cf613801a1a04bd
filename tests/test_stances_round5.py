"""Stance wordings of sanctions, expulsions, aid sent after disasters, refusals to accept, and
responses vowed: the lexicon's breadth, tried on sentences written for these tests.

Most tests give the actors by hand (see ``test_stances.make_article``), so they check the stance
rules alone; the last ones go through ``reactlib.parse`` with real country names, the way an
unseen article does.
"""

from __future__ import annotations

import pytest

import reactlib

from test_stances import stances_of, triples


# -- punitive acts: criticism of the one punished ----------------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("Ruritania imposed fresh sanctions on Borduria over the shelling.", ("Ruritania", "criticize", "Borduria")),
    ("Japan on Friday slapped new financial sanctions on Pyongyang.", ("Japan", "criticize", "North Korea")),
    ("Strelsau expelled two Bordurian diplomats after the raid.", ("Ruritania", "criticize", "Borduria")),
    ("Syldavia recalled its ambassador from Szohod for consultations.", ("Syldavia", "criticize", "Borduria")),
    ("Tokyo recalled its envoy to Pyongyang.", ("Japan", "criticize", "North Korea")),
    ("Klow severed diplomatic ties with Borduria on Tuesday.", ("Syldavia", "criticize", "Borduria")),
])
def test_a_punitive_act_criticises_the_one_punished(text, expected):
    assert expected in triples(text)


@pytest.mark.parametrize("text", [
    "Ruritania said it would impose sanctions on Borduria unless the shelling stopped.",
    "Japan threatened to expel Bordurian diplomats.",
])
def test_a_punitive_act_only_announced_is_a_threat_not_a_criticism(text):
    got = stances_of(text)
    assert [s for s in got if s[1] == "criticize"] == []
    assert any(s[1] == "threaten" for s in got)


@pytest.mark.parametrize("text", [
    "Borduria expelled hundreds of migrants from the border town.",
    "Japan sent troops to the border with Borduria.",
    "Ruritania sent its foreign minister to Klow.",
])
def test_expulsions_and_dispatches_of_other_kinds_are_no_stance(text):
    assert [s for s in stances_of(text) if s[1] in ("criticize", "support")] == []


# -- aid sent -------------------------------------------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("Japan sent rescue teams and sniffer dogs to Borduria after the earthquake.", ("Japan", "support", "Borduria")),
    ("Ruritania dispatched medical supplies to Syldavia.", ("Ruritania", "support", "Syldavia")),
    ("Klow flew two firefighting planes to help Ruritania fight the blazes.", ("Syldavia", "support", "Ruritania")),
])
def test_aid_sent_supports_the_one_helped(text, expected):
    assert expected in triples(text)


# -- refusals to accept, and what is not one ---------------------------------------------------


@pytest.mark.parametrize("text", [
    "Borduria said it would not accept the verdict of the tribunal.",
    "Kovacs said Strelsau cannot accept the proposal in its current form.",
    "Szohod will never accept the results announced by the commission.",
])
def test_not_accepting_a_position_rejects_it(text):
    got = stances_of(text)
    assert len(got) == 1 and got[0][1] == "reject"


def test_not_accepting_a_state_of_affairs_is_a_pledge_not_a_rejection():
    assert stances_of("Weber said Syldavia would not accept a return to military rule in the region.") == []


@pytest.mark.parametrize("text", [
    "A spokesman for the African Union declined to comment.",
    "Tanaka refused to comment on the report.",
])
def test_declining_to_comment_takes_no_position(text):
    assert stances_of(text) == []


# -- recognition and praise of a result, with no actor named -----------------------------------


@pytest.mark.parametrize("text, expected", [
    ("Japan recognised the result of the presidential vote in Syldavia.", ("Japan", "support", None)),
    ("The African Union hailed the peaceful conduct of the election.", ("African Union", "praise", None)),
])
def test_backing_a_result_is_support_without_a_target(text, expected):
    assert expected in triples(text)


def test_refusing_to_recognise_the_outcome_is_a_rejection():
    assert triples("Kovacs refused to recognise the outcome of the election.") == {("Anna Kovacs", "reject", None)}


# -- responses vowed, and threats to things ---------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("Pyongyang vowed a crushing response to the drills by Japan.", ("North Korea", "threaten", "Japan")),
    ("Borduria threatened a forceful answer to any incursion.", ("Borduria", "threaten", None)),
])
def test_a_vowed_response_is_a_threat(text, expected):
    assert expected in triples(text)


def test_threatening_regional_security_is_no_threat_by_the_subject():
    assert [s for s in stances_of("The rebels threatened regional security, Weber said.") if s[1] == "threaten"] == []


def test_criticising_an_unnamed_party_keeps_the_criticism():
    assert triples("Kovacs criticised the peacekeepers for failing to act.") == {("Anna Kovacs", "criticize", None)}


def test_conditional_until_makes_a_suspension_a_threat():
    got = stances_of("Japan said it would suspend aid to Borduria until the rebels freed the hostages.")
    assert any(t == "threaten" for _, t, _, _ in got)


# -- end to end, with the actor extractor ---------------------------------------------------------


def _named(text: str) -> set[tuple]:
    article = reactlib.parse(text)
    names = {a.id: a.name for a in article.actors}
    return {(names.get(s.holder), s.type, names.get(s.target)) for s in article.stances}


@pytest.mark.parametrize("text, expected", [
    ("China accused Lithuania of provocations. Lithuania later expelled a Chinese diplomat over the spying case.",
     ("Lithuania", "criticize", "China")),
    ("Bolivia severed diplomatic ties with Israel over the war.", ("Bolivia", "criticize", "Israel")),
    ("India rushed relief supplies to Sri Lanka after the cyclone.", ("India", "support", "Sri Lanka")),
    ("Kenya recalled its ambassador from Somalia on Friday.", ("Kenya", "criticize", "Somalia")),
])
def test_end_to_end_on_real_names(text, expected):
    assert expected in _named(text)


# -- a verb joined to "said", not to the reported clause ------------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("Japan said Borduria had violated the truce and accused the rebels of blocking aid.",
     {("Japan", "accuse", "Borduria"), ("Japan", "accuse", "rebels")}),
    ("Weber said Szohod had broken its promise and urged Kovacs to press for talks.",
     {("Tomas Weber", "accuse", "Borduria"), ("Tomas Weber", "appeal", "Anna Kovacs")}),
])
def test_a_verb_after_said_x_had_belongs_to_the_one_who_said(text, expected):
    assert expected <= triples(text)


def test_a_verb_joined_to_the_reported_perfect_stays_with_its_subject():
    # "had ... and had urged": both verbs are the reported subject's
    got = triples("Japan said Borduria had shelled the town and had urged Syldavia to stay out.")
    assert ("Borduria", "appeal", "Syldavia") in got


def test_opened_fire_is_a_reported_attack():
    assert ("Syldavia", "accuse", "Borduria") in triples("Klow said Bordurian troops had opened fire first.")


@pytest.mark.parametrize("text, kind", [
    ("Strelsau said it would respond to any aggression by Borduria.", "threaten"),
    ("Japan said it would respond to the request for aid within days.", None),
])
def test_a_response_threatens_only_an_attack(text, kind):
    got = [s[1] for s in stances_of(text)]
    assert (kind in got) if kind else got == []


def test_refusing_to_negotiate_is_a_rejection():
    assert triples("Kovacs said Ruritania would never negotiate with the rebels.") == {
        ("Anna Kovacs", "reject", "rebels")}


def test_doubting_the_fairness_of_a_vote_criticises_it():
    assert ("African Union", "criticize", None) in triples(
        "The African Union questioned the fairness of the vote in Syldavia.")


# -- sanctions with no actor named, assets frozen, needs stressed, "warning" as a noun ---------


@pytest.mark.parametrize("text, expected", [
    ("Japan imposed sanctions against three gang leaders.", ("Japan", "criticize", None)),
    ("Ruritania froze the assets of two Bordurian generals.", ("Ruritania", "criticize", "Borduria")),
])
def test_sanctions_and_frozen_assets_criticise(text, expected):
    assert expected in triples(text)


@pytest.mark.parametrize("text, issue", [
    ("The African Union stressed the need for an immediate ceasefire.", "ceasefire"),
    ("Tanaka underlined the importance of dialogue between the parties.", "negotiations"),
])
def test_stressing_the_need_for_something_asks_for_it(text, issue):
    got = stances_of(text)
    assert len(got) == 1 and got[0][1] == "appeal" and got[0][3] == issue


@pytest.mark.parametrize("text", [
    "Strelsau and Tokyo agreed to share missile warning data with Klow.",
    "Japan installed an early warning system along the coast.",
])
def test_warning_before_a_noun_is_no_threat(text):
    assert [s for s in stances_of(text) if s[1] == "threaten"] == []


def test_a_warning_given_is_still_read():
    assert ("Japan", "threaten", "North Korea") in triples(
        "Japan issued a warning to Pyongyang, saying it would respond to any attack.")


# -- envoys ordered out, pressure stepped up, support of a process --------------------------------


def test_ordering_an_envoy_out_criticises_the_envoys_country():
    assert ("Borduria", "criticize", "Ruritania") in triples(
        "Szohod ordered the Ruritanian ambassador to leave the country within 48 hours.")


def test_ordering_something_else_is_no_stance():
    assert stances_of("Kovacs ordered an inquiry into the shelling of Strelsau.") == []


def test_stepping_up_pressure_on_someone_threatens_them():
    assert ("Japan", "threaten", "North Korea") in triples("Japan said it would step up pressure on Pyongyang.")


def test_support_for_a_transition_is_support_without_a_target():
    assert ("Japan", "support", None) in triples("Japan pledged support for a peaceful transition.")
