"""Stance wordings met in reaction reports about kidnappings, border wars and ceasefire deals.

Sentences written for these tests; actors are given by hand (see ``test_stances.make_article``),
so each test checks the stance rules alone. Each rule is tried on more than one wording.
"""

from __future__ import annotations

import pytest

from reactlib.stances import find_stances
from reactlib.types import Actor, Article

from test_stances import NLP, stances_of, triples

BETWEEN = "Fighting broke out between Ruritania and Borduria on Friday. "


# -- warnings: a threat, an appeal, or neither ---------------------------------------------------


@pytest.mark.parametrize("text", [
    "Ruritania's neighbours warned that the crisis was spiralling out of control.",
    "Tokyo warned that the abduction showed how fragile the truce had become.",
])
def test_a_warning_about_a_situation_is_no_threat(text):
    assert [s for s in stances_of(text) if s[1] == "threaten"] == []


@pytest.mark.parametrize("text, target", [
    ("Tokyo warned that it would impose new sanctions on Borduria.", None),
    ("Kovacs warned on Monday that Szohod could face consequences.", None),
])
def test_a_warning_of_what_will_happen_is_a_threat(text, target):
    got = stances_of(text)
    assert any(t == "threaten" for _, t, _, _ in got)


@pytest.mark.parametrize("text, issue", [
    ("Japan warned against any further escalation.", "de-escalation"),
    ("The African Union warned against a military solution to the crisis.", None),
])
def test_warned_against_with_no_one_warned_is_an_appeal(text, issue):
    got = stances_of(text)
    assert len(got) == 1 and got[0][1] == "appeal" and got[0][2] is None
    if issue:
        assert got[0][3] == issue


def test_warned_someone_against_is_a_threat_to_them():
    assert triples("Kovacs warned the Bordurian rebels against harming the hostages.") == {
        ("Anna Kovacs", "threaten", "rebels")}


def test_a_possessive_relation_is_not_the_holder():
    # "Ruritania's allies" are not Ruritania
    assert stances_of("Ruritania's allies condemned the raid.") == []
    assert triples("Ruritania's government condemned the raid by the rebels.") == {
        ("Ruritania", "condemn", "rebels")}


# -- threats and their conditions ------------------------------------------------------------------


@pytest.mark.parametrize("text, target", [
    ("Kovacs threatened to close the border unless Borduria stopped the raids.", "Borduria"),
    ("Tokyo threatened to cut aid if Pyongyang went ahead with the test.", "North Korea"),
])
def test_the_subject_of_the_condition_is_threatened(text, target):
    assert ("threaten", target) in {(t, g) for _, t, g in triples(text)}


def test_a_place_inside_the_condition_is_not_threatened():
    text = ("Kovacs accused Szohod of planning the attack and threatened to retaliate if the shelling "
            "of Ruritanian villages did not stop.")
    assert ("Anna Kovacs", "threaten", "Borduria") in triples(text)


def test_a_threat_does_not_borrow_the_target_of_a_friendly_stance():
    text = "Kovacs held talks with Weber and warned the insurgents against harming the captives."
    assert ("Anna Kovacs", "threaten", "Tomas Weber") not in triples(text)


@pytest.mark.parametrize("text, hedge", [
    ("Syldavia said it could impose further sanctions on those who obstruct the deal.", "could"),
    ("Japan said it would boycott the summit in Szohod.", None),
    ("Japan said it would retaliate.", None),
])
def test_punitive_acts_announced_are_threats(text, hedge):
    article_stances = _found(text)
    threats = [s for s in article_stances if s.type == "threaten"]
    assert threats
    assert threats[0].extra.get("hedge") == hedge


def test_a_plan_is_still_no_threat():
    assert stances_of("Syldavia said it would impose new tariffs next year.") == []


# -- accusations ---------------------------------------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    ('"Borduria bears full responsibility for the bloodshed," Kovacs said.', ("Anna Kovacs", "accuse", "Borduria")),
    ("Tanaka said Pyongyang bore sole responsibility for the crisis.", ("Mei Tanaka", "accuse", "North Korea")),
    ("Tokyo held Pyongyang fully responsible for the attack.", ("Japan", "accuse", "North Korea")),
    ("Syldavia pointed the finger at Borduria.", ("Syldavia", "accuse", "Borduria")),
    ("Weber lambasted Szohod for the delay.", ("Tomas Weber", "criticize", "Borduria")),
])
def test_ways_of_laying_blame(text, expected):
    quotes = (("Borduria bears full responsibility for the bloodshed,", "Anna Kovacs", "direct"),) \
        if text.startswith('"') else ()
    assert expected in triples(text, quotes)


def test_no_one_named_bears_no_blame():
    assert stances_of("Tokyo said it bore responsibility for the delay.") == []


def test_held_talks_holds_no_one_responsible():
    assert triples("Tokyo held talks with Pyongyang.") == {("Japan", "consult", "North Korea")}


@pytest.mark.parametrize("text", [
    BETWEEN + "Ruritanian and Bordurian troops exchanged fire, each accusing the other of starting it.",
    BETWEEN + "The two sides accused each other of breaking the truce.",
    "Ruritania and Borduria traded accusations over the shelling.",
    "Ruritania traded accusations with Borduria on Monday.",
])
def test_mutual_blame_gives_both_directions(text):
    got = triples(text)
    assert {("Ruritania", "accuse", "Borduria"), ("Borduria", "accuse", "Ruritania")} <= got


def test_both_countries_as_an_object_is_no_holder():
    text = BETWEEN + "Japan, which borders both countries, called for calm."
    assert {h for h, _, _ in triples(text)} == {"Japan"}


def test_a_summons_is_aimed_at_the_envoys_country():
    text = "Syldavia summoned Borduria's ambassador Ivan Petrov on Sunday."
    envoy = text.index("Ivan Petrov")
    article = Article(text=text, actors=[
        Actor(id="a1", name="Syldavia", kind="country", country="SYL", mentions=[(0, 8)]),
        Actor(id="a2", name="Borduria", kind="country", country="BOR", mentions=[(18, 26)]),
        Actor(id="a3", name="Ivan Petrov", kind="person", country="BOR", role="ambassador",
              mentions=[(envoy, envoy + len("Ivan Petrov"))]),
    ])
    got = [(s.holder, s.type, s.target) for s in find_stances(article, NLP(text))]
    assert got == [("a1", "criticize", "a2")]


# -- requests ------------------------------------------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("The African Union reiterated its demand that Borduria withdraw its troops.",
     ("African Union", "demand", "Borduria", "withdrawal")),
    ("Syldavia pressed Borduria to free the detainees.", ("Syldavia", "appeal", "Borduria", "release of detainees")),
    ("Ruritania pressed for the release of the journalists.", ("Ruritania", "appeal", None, "release of detainees")),
    ("Tokyo is demanding that President Kovacs resign.", ("Japan", "demand", "Anna Kovacs", None)),
])
def test_more_ways_of_asking(text, expected):
    assert expected in stances_of(text)


def test_pressed_ahead_and_the_press_ask_nothing():
    assert stances_of("Kovacs pressed ahead with the vote and told the press she was confident.") == []


@pytest.mark.parametrize("text", [
    BETWEEN + 'Weber said: "We hope the two sides will resolve their differences through dialogue."',
    BETWEEN + "Japan urged both sides to return to the negotiating table.",
])
def test_asks_of_both_sides_keep_the_parties_as_addressees(text):
    quotes = (("We hope the two sides will resolve their differences through dialogue.", "Tomas Weber", "direct"),) \
        if "hope" in text else ()
    [s] = [s for s in _found(text, quotes) if s.type == "appeal"]
    assert s.target is None and s.issue == "negotiations"
    assert len(s.extra["addressees"]) == 2


# -- support without a named target ----------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Weber expressed solidarity with the families of the victims.",
    "Syldavia said it would back any agreement that protects civilians.",
    "Tanaka hailed the deal as a historic step.",
    "Japan said it was prepared to send humanitarian aid to the affected areas.",
    "Syldavia stood ready to help rebuild the bridges.",
    BETWEEN + "Japan said it would continue to support both parties.",
])
def test_support_of_an_agreement_people_or_a_rebuilding(text):
    got = stances_of(text)
    assert [(t, g) for _, t, g, _ in got] in ([("support", None)], [("praise", None)])


@pytest.mark.parametrize("text", [
    "Syldavia stood ready to help.",
    "Japan supports the decision.",
    "Tokyo backed away from the plan.",
])
def test_support_of_nothing_in_particular_is_no_stance(text):
    assert stances_of(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Ruritania threw its weight behind Syldavia.", ("Ruritania", "support", "Syldavia")),
    ("Kovacs thanked Syldavia for its help.", ("Anna Kovacs", "praise", "Syldavia")),
    ("Ruritania brushed aside the demands of the African Union.", ("Ruritania", "reject", "African Union")),
    ("The Bordurian rebels vowed revenge against Syldavia.", ("rebels", "threaten", "Syldavia")),
])
def test_more_lexicon(text, expected):
    assert expected in triples(text)


def test_welcoming_and_offering_help_are_two_positions():
    text = "Tanaka welcomed the agreement and said Tokyo stood ready to help rebuild the bridges."
    types = sorted(t for _, t, _ in triples(text))
    assert types == ["support", "welcome"]


def _found(text: str, quotes=()):
    from test_stances import make_article
    article = make_article(text, quotes)
    return find_stances(article, NLP(text))


# -- implied targets, owners and own bodies --------------------------------------------------------


def test_a_passive_act_without_agent_does_not_hide_the_actor_of_the_next():
    text = ("The tanker was seized on Tuesday after Bordurian rebels boarded it. "
            "Kovacs called the seizure an act of piracy.")
    assert ("Anna Kovacs", "condemn", "rebels") in triples(text)


def test_the_agent_of_a_passive_act_is_the_perpetrator():
    text = "Two engineers kidnapped by Borduria on Sunday are still missing. Tanaka condemned the kidnapping."
    assert ("Mei Tanaka", "condemn", "Borduria") in triples(text)


def test_a_thing_accused_in_a_relative_clause_is_no_actor_accused():
    text = "Syldavia seized the vessel, which it accused of belonging to Borduria's fleet."
    assert [s for s in stances_of(text) if s[1] == "accuse"] == []


def test_consulting_ones_own_body_is_no_consultation():
    text = "Kovacs discussed the incident with her African Union envoys."
    assert [s for s in stances_of(text) if s[1] == "consult"] == []


def test_the_government_of_a_general_is_the_holder_not_the_general():
    text = "The Ruritanian government of General Anna Kovacs denied any role in the attack."
    holders = {h for h, _, _ in triples(text)}
    assert "Anna Kovacs" not in holders


@pytest.mark.parametrize("text, is_threat", [
    ('Tokyo said it would "not leave it unanswered".', True),
    ("Syldavia said it reserved the right to respond.", True),
    ('"This crime will not go unpunished," Kovacs said.', False),
])
def test_vows_of_response_and_of_justice(text, is_threat):
    quotes = (("This crime will not go unpunished,", "Anna Kovacs", "direct"),) if text.startswith('"') else ()
    assert any(t == "threaten" for _, t, _, _ in stances_of(text, quotes)) is is_threat


def test_his_after_praise_is_the_other_one_just_named():
    text = "Tanaka held talks with Weber on Sunday and praised his restraint."
    assert ("Mei Tanaka", "praise", "Tomas Weber") in triples(text)


def test_defending_his_own_record_backs_no_one_else():
    text = "Tanaka met Weber on Sunday. Kovacs defended his record."
    assert not any(t == "support" for _, t, _ in triples(text))


def test_a_clause_after_after_names_the_perpetrator():
    text = ("Syldavia protested on Tuesday after Bordurian rebels boarded a tanker. "
            "Tanaka called the seizure an act of piracy.")
    assert ("Mei Tanaka", "condemn", "rebels") in triples(text)


def test_both_leaders_after_a_call_are_the_parties_leaders():
    text = (BETWEEN + "Kovacs, the Ruritanian president, and Weber met. Tanaka spoke by phone with both leaders.")
    article_text = text
    actors = [
        Actor(id="r", name="Ruritania", kind="country", country="RUR", mentions=[(article_text.index("Ruritania"),) * 1
                                                                                  + (article_text.index("Ruritania") + 9,)]),
        Actor(id="b", name="Borduria", kind="country", country="BOR", mentions=[(article_text.index("Borduria"),
                                                                                 article_text.index("Borduria") + 8)]),
        Actor(id="k", name="Anna Kovacs", kind="person", country="RUR", role="President",
              mentions=[(article_text.index("Kovacs"), article_text.index("Kovacs") + 6)]),
        Actor(id="w", name="Tomas Weber", kind="person", country="BOR", role="Prime Minister",
              mentions=[(article_text.index("Weber"), article_text.index("Weber") + 5)]),
        Actor(id="t", name="Mei Tanaka", kind="person", country="JPN", role="Prime Minister",
              mentions=[(article_text.index("Tanaka"), article_text.index("Tanaka") + 6)]),
    ]
    got = {(s.holder, s.type, s.target) for s in find_stances(Article(text=text, actors=actors), NLP(text))}
    assert {("t", "consult", "k"), ("t", "consult", "w")} <= got


@pytest.mark.parametrize("text, threat", [
    ("Weber told reporters that sanctions against Bordurian officials were on the table.", True),
    ("Tanaka said all options remained on the table.", True),
    ("Kovacs said the proposal was on the table.", False),
])
def test_on_the_table(text, threat):
    assert any(t == "threaten" for _, t, _ in triples(text)) is threat


@pytest.mark.parametrize("text, expected", [
    ("Tanaka warned of the risk of a nuclear accident at the plant.", ("Mei Tanaka", "concern", None)),
    ("Kovacs warned of serious consequences if Borduria crossed the line.", ("Anna Kovacs", "threaten", "Borduria")),
    ("Ruritania lodged a diplomatic protest with Borduria over the incident.", ("Ruritania", "criticize", "Borduria")),
])
def test_warnings_of_and_protests(text, expected):
    assert triples(text) == {expected}


@pytest.mark.parametrize("text, expected", [
    ("Japan said it would not support new sanctions against Borduria.", ("Japan", "reject", None, "sanctions")),
    ("Japan said it would never back the plan.", ("Japan", "reject", None, None)),
])
def test_support_refused_in_the_future_is_a_rejection(text, expected):
    assert stances_of(text) == [expected]


@pytest.mark.parametrize("text", [
    "Japan did not support the measures against Borduria.",
    "Kovacs said Ruritania would not condemn Borduria.",
])
def test_a_stance_not_taken_is_none(text):
    assert stances_of(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Kovacs told Weber in a phone call that Ruritania stood with Syldavia.",
     {("Anna Kovacs", "consult", "Tomas Weber"), ("Anna Kovacs", "support", "Syldavia")}),
    ("Kovacs told Tanaka by phone on Monday that the talks would go on.", {("Anna Kovacs", "consult", "Mei Tanaka")}),
    ("Tanaka received Weber in Tokyo on Monday.", {("Mei Tanaka", "consult", "Tomas Weber")}),
    ("Tanaka received a phone call from Weber.", {("Mei Tanaka", "consult", "Tomas Weber")}),
    ("Borduria hit back at Syldavia on Monday.", {("Borduria", "criticize", "Syldavia")}),
    ("Ruritanian troops pushed back the rebels.", set()),
    ("Tanaka met Kovacs and planned to call Weber later by phone.", {("Mei Tanaka", "consult", "Anna Kovacs")}),
])
def test_telling_calls_and_retorts(text, expected):
    assert triples(text) == expected


@pytest.mark.parametrize("said, expected", [
    ("This is a blatant violation of international law,", {("Anna Kovacs", "condemn", "rebels")}),
    ("What happened is unacceptable,", {("Anna Kovacs", "condemn", "rebels")}),
    ("This is a difficult day for our nation,", set()),
])
def test_a_speaker_damning_the_event_condemns_who_staged_it(said, expected):
    text = f'Bordurian rebels shelled the city on Monday. "{said}" Kovacs said.'
    assert triples(text, ((said, "Anna Kovacs", "direct"),)) == expected


def test_damning_words_with_no_one_to_blame_are_no_stance():
    said = "This is a blatant violation of international law,"
    assert triples(f'"{said}" Kovacs said.', ((said, "Anna Kovacs", "direct"),)) == set()


@pytest.mark.parametrize("text, expected", [
    ("Speaking in Klow, Weber called on Borduria to withdraw its forces.", ("Tomas Weber", "appeal", "Borduria")),
    ("Addressing reporters in Tokyo, Tanaka condemned the raid by the Bordurian rebels.",
     ("Mei Tanaka", "condemn", "rebels")),
])
def test_a_fronted_participle_phrase_is_no_list_with_the_subject(text, expected):
    assert expected in triples(text)


@pytest.mark.parametrize("text, expected", [
    ("Tanaka echoed the call for restraint.", ("Mei Tanaka", "appeal", None, "restraint")),
    ("Japan joined calls for the release of the detainees.", ("Japan", "appeal", None, "release of detainees")),
    ("Syldavia is considering sanctions against Borduria.", ("Syldavia", "threaten", "Borduria", None)),
])
def test_joined_calls_and_sanctions_weighed(text, expected):
    assert expected in stances_of(text)


def test_discussing_sanctions_together_is_still_a_consultation():
    assert ("Japan", "consult", "Syldavia") in triples("Japan and Syldavia discussed new sanctions against Borduria.")


@pytest.mark.parametrize("text, expected", [
    ("Japan demanded an immediate admission by Pyongyang that it had fired the missile.",
     ("Japan", "demand", "North Korea")),
    ("On Monday the rebels demanded the resignation of Kovacs.", ("rebels", "demand", "Anna Kovacs")),
    ("Japan demanded the release of Weber.", ("Japan", "demand", None)),
    ("Tanaka refused to meet Syldavia's visiting President Weber in Tokyo.", ("Mei Tanaka", "reject", "Tomas Weber")),
    ("Tanaka condemned Borduria's invasion of Syldavia.", ("Mei Tanaka", "condemn", "Borduria")),
])
def test_who_is_asked_or_refused_inside_a_noun_phrase(text, expected):
    assert expected in triples(text)


@pytest.mark.parametrize("text, expected", [
    ("Kovacs has been accused of misusing public funds, much of it embezzled, by Bordurian officials.",
     {("Borduria", "accuse", "Anna Kovacs")}),
    ("Kovacs was criticised for her silence.", set()),
    ("Kovacs was warned against any escalation.", set()),
    ("Syldavia was praised by Japan for its restraint.", {("Japan", "praise", "Syldavia")}),
    ("Borduria is opposed to the plan.", {("Borduria", "reject", None)}),
])
def test_the_subject_of_a_passive_is_never_the_holder(text, expected):
    assert triples(text) == expected


@pytest.mark.parametrize("text, expected", [
    ('Japan said the Syldavian vessel had "illegally intruded" into its waters.', {("Japan", "accuse", "Syldavia")}),
    ("Syldavia says Bordurian forces shelled the plant overnight.", {("Syldavia", "accuse", "Borduria")}),
    ("Tanaka said Bordurian troops fired on protesters.", {("Mei Tanaka", "accuse", "Borduria")}),
    ("Tanaka said Syldavia had fired a new satellite.", set()),
    ("Japan said Japanese troops had fired warning shots.", set()),
    ("Syldavia declared Borduria an aggressor state.", {("Syldavia", "condemn", "Borduria")}),
    ("Japan designated the Bordurian rebels a terrorist organisation.", {("Japan", "condemn", "rebels")}),
])
def test_charges_reported_and_designations(text, expected):
    assert triples(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Japan questioned the credibility of the vote held by Borduria.", {("Japan", "criticize", "Borduria")}),
    ("Syldavia cast doubt on the official results announced by Borduria.", {("Syldavia", "criticize", "Borduria")}),
    ("Tokyo expressed its disappointment at Borduria's decision.", {("Japan", "criticize", "Borduria")}),
    ("Tokyo expressed outrage at the killing.", {("Japan", "condemn", None)}),
    ('Japan called Borduria\'s vote "rigged".', {("Japan", "condemn", "Borduria")}),
    ("Kovacs was questioned by police.", set()),
])
def test_doubt_disappointment_and_outrage(text, expected):
    assert triples(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Japan pledged $50 million in humanitarian aid to Syldavia.", {("Japan", "support", "Syldavia")}),
    ("Tokyo promised new weapons for Syldavia.", {("Japan", "support", "Syldavia")}),
    ("Japan pledged to investigate the attack on Syldavia.", set()),
])
def test_aid_pledged_to_someone_supports_them(text, expected):
    assert triples(text) == expected
