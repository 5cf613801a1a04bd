"""Stances round 12: holder mechanisms (who holds a stance when the subject is a phrase of
several mentions) and court language.

Sentences are invented for these tests (other countries and people than any article).
"""

from __future__ import annotations

import pytest

from stance_reading import read as _read


@pytest.mark.parametrize(("text", "holder", "wrong"), [
    ("His main rival, Hakainde Hichilema of the United Party for National Development, who had filed "
     "the case, welcomed the ruling as a victory for democracy.", "Hakainde Hichilema",
     "United Party for National Development"),
    ("The opposition leader, Nelson Chamisa of the Citizens Coalition for Change, condemned the arrests.",
     "Nelson Chamisa", "Citizens Coalition for Change"),
    ("Senator Raila Odinga of the Orange Democratic Movement rejected the results.", "Raila Odinga",
     "Orange Democratic Movement"),
])
def test_person_of_an_organisation_holds_the_stance(text, holder, wrong):
    """"X of the Y party condemned": X speaks (for Y), the person is the holder."""
    got = _read(text)
    holders = {g[0] for g in got}
    assert holder in holders, got
    assert wrong not in holders, got


@pytest.mark.parametrize(("text", "expected"), [
    ("The International Court of Justice ruled that Serbia violated the Genocide Convention.",
     ("International Court of Justice", "A", "Serbia")),
    ("The European Court of Human Rights found that Turkey had breached the right to a fair trial.",
     ("European Court of Human Rights", "A", "Turkey")),
    ("The Inter-American Court of Human Rights (IACHR) has ruled that Guatemala failed to protect the "
     "witnesses.", ("Inter-American Court of Human Rights", "A", "Guatemala")),
    ("The Supreme Court ordered Brazil to restore the protected forest.", ("Supreme Court", "R", "Brazil")),
    ("The African Court on Human and Peoples' Rights heard the case in Arusha. Tanzania was ordered to "
     "release the detained journalists within 30 days.",
     ("African Court on Human and Peoples' Rights", "R", "Tanzania")),
])
def test_court_findings_and_orders(text, expected):
    """A court's finding that a state broke a rule is an accusation; its order is a demand."""
    got = _read(text)
    assert expected in got, got


@pytest.mark.parametrize("text", [
    "The International Court of Justice ruled that Serbia did not violate the Genocide Convention.",
    "The Supreme Court ruled that the election was valid.",
    "The Constitutional Court found that the evidence was insufficient.",
    "Chile's president ordered the army to withdraw from the border.",
    "Peru was ordered to leave the tournament after a doping case.",
])
def test_no_court_accusation_or_demand(text):
    got = _read(text)
    assert not any(g[1] in ("A", "R") for g in got), got


def test_passive_order_goes_to_the_court_that_made_the_news():
    """Two courts named: "X was ordered to" is the order of the court the lead sentence opens with."""
    got = _read("The European Court of Human Rights ruled on Tuesday that Azerbaijan had breached the "
                "journalist's right to liberty. His lawyers had earlier appealed to the Constitutional Court "
                "in Baku without success. Azerbaijan was ordered to pay 20,000 euros in damages.")
    assert ("European Court of Human Rights", "R", "Azerbaijan") in got, got
    assert ("Constitutional Court", "R", "Azerbaijan") not in got, got


@pytest.mark.parametrize(("text", "wrong"), [
    ("Voters in Palau approved the new compact on Sunday, but the main opposition movement rejected the "
     "outcome as rigged.", "Palau"),
    ("Turnout in Bougainville was high, and the largest separatist faction condemned the vote.",
     "Bougainville"),
    ("Chile signed the accord in Santiago while the powerful miners' union criticised the deal.", "Chile"),
])
def test_an_unnamed_subject_after_but_is_not_the_actor_before_it(text, wrong):
    """"…, but the main opposition movement rejected …": the clause has its own subject, a body
    the article does not name as an actor here; the actor of the clause before is not its holder."""
    got = _read(text)
    assert not any(g[0] == wrong and g[1] in ("J", "A") for g in got), got


@pytest.mark.parametrize(("text", "holder"), [
    ("Russia, the main supplier, rejected the claims.", "Russia"),
    ("Talks resumed in Doha, and Qatar welcomed the progress.", "Qatar"),
])
def test_named_subjects_still_hold(text, holder):
    got = _read(text)
    assert any(g[0] == holder for g in got), got


@pytest.mark.parametrize(("text", "wrong"), [
    ("The editorial says the two capitals treat the Mercosur treaty as optional, and urges Brazil to "
     "reopen the border crossing at once.", "Mercosur"),
    ("Farmers complained that the ASEAN charter meant little to them and urged Thailand to lift the "
     "rice quota.", "Association of Southeast Asian Nations"),
])
def test_an_actor_naming_a_treaty_is_no_holder(text, wrong):
    """"the Mercosur treaty": the actor says whose treaty it is; it urges nothing."""
    got = _read(text)
    assert not any(g[0] == wrong for g in got), got


@pytest.mark.parametrize("text", [
    "Chile stood in full solidarity with its allies.",
    'The African Union said the bloc stood "in full solidarity" with its members and would send observers.',
    "Ghana expressed solidarity with its neighbours after the floods.",
])
def test_solidarity_with_unnamed_allies_is_untargeted_support(text):
    """"in solidarity with its members": support all the same, with no actor as its target."""
    got = _read(text)
    assert any(g[1] == "S" and g[2] is None for g in got), got


@pytest.mark.parametrize(("text", "holder", "wrong"), [
    ("African Union chairperson Mahmoud Ali Youssouf said the bloc stood in full solidarity with Chad.",
     "Mahmoud Ali Youssouf", "African Union"),
    ("WHO Director-General Tedros Adhanom Ghebreyesus said the organisation condemned the attack on the "
     "hospital.", "Tedros Adhanom Ghebreyesus", "World Health Organization"),
])
def test_an_organisation_s_officer_voices_what_he_reports_of_it(text, holder, wrong):
    """"X, the body's head, said the bloc stood …": the head's reported position, as for a
    minister reporting his state's ("Blinken said Washington condemns …")."""
    got = _read(text)
    assert any(g[0] == holder and g[1] in ("S", "A") for g in got), got
    assert not any(g[0] == wrong for g in got), got


def test_an_organisation_s_own_act_stays_its_own():
    got = _read("African Union chairperson Mahmoud Ali Youssouf said the bloc had suspended Gabon.")
    assert not any(g[0] == "Mahmoud Ali Youssouf" and g[1] == "A" for g in got), got


@pytest.mark.parametrize(("text", "holder"), [
    ('Chinese foreign ministry spokesperson Mao Ning said the exercise was legitimate and that "no one '
     'should underestimate" China\'s resolve.', "Mao Ning"),
    ("Mao Ning said nobody should underestimate the resolve of the Chinese people.", "Mao Ning"),
    ('"No one should underestimate our determination to defend the border," Indian Army chief Upendra '
     'Dwivedi said.', "Upendra Dwivedi"),
])
def test_no_one_should_underestimate_is_a_warning(text, holder):
    """"No one should underestimate our resolve": a warning to all, held by the one who says it."""
    got = _read(text)
    assert any(g[0] == holder and g[1] == "T" for g in got), got


def test_underestimating_a_cost_is_no_warning():
    got = _read("Economists in Chile said no one should underestimate the cost of the floods.")
    assert not any(g[1] == "T" for g in got), got


def test_warning_after_another_clause_of_the_report_is_the_speaker_s():
    """"He said Kashmir was … and that 'no one should underestimate' …": not Kashmir's warning."""
    got = _read('Foreign ministry spokesperson Randhir Jaiswal spoke in Delhi. He said Pakistan was "a '
                'source of instability" and that "no one should underestimate" India\'s resolve.')
    assert ("Randhir Jaiswal", "T", None) in got, got
    assert not any(g[0] == "Pakistan" for g in got), got
