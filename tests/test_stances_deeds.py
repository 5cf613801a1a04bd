"""Stances shown by deeds: aid cut off or put under review, sanctions being prepared, help
offered in kind, asylum granted. Sentences written for these tests about varied countries and
events, read through ``reactlib.parse``; each family has cases that must NOT give a stance.
"""

from __future__ import annotations

import pytest

import reactlib

D = "date 2026-05-04\n\n"


def _named(text: str) -> list[tuple[str, str, str | None]]:
    art = reactlib.parse(D + text)
    name = {a.id: a.name for a in art.actors}
    return [(name[s.holder], s.type, name.get(s.target)) for s in art.stances]


# -- aid cut off is a punishment (criticism); aid under review is a threat ---------------------------

AID_CUT = [
    ("Sweden suspended its development aid to Zimbabwe on Friday.", ("Sweden", "criticize", "Zimbabwe")),
    ("Norway froze aid to Uganda over the new law.", ("Norway", "criticize", "Uganda")),
    ("The Netherlands cut off military assistance to Rwanda.", ("Netherlands", "criticize", "Rwanda")),
    ("Denmark has halted all budget support to Mozambique.", ("Denmark", "criticize", "Mozambique")),
]

AID_REVIEW = [
    ("Canada said it was reviewing its aid to Haiti after the election.", ("Canada", "threaten", "Haiti")),
    ("Germany announced it would reconsider its assistance to Niger.", ("Germany", "threaten", "Niger")),
    ("Japan is reassessing its development aid to Cambodia, a spokesman said.", ("Japan", "threaten", "Cambodia")),
]


@pytest.mark.parametrize("text,expected", AID_CUT + AID_REVIEW)
def test_aid_withdrawn_or_reviewed(text, expected):
    assert expected in _named(text)


@pytest.mark.parametrize("text,stance_type", [
    ("Germany announced it would reconsider its assistance to Niger.", "support"),
    ("Sweden suspended its development aid to Zimbabwe on Friday.", "support"),
])
def test_aid_withdrawn_is_no_support(text, stance_type):
    assert not any(t == stance_type for _, t, _ in _named(text))


@pytest.mark.parametrize("text", [
    "The ministry suspended the official pending an inquiry.",
    "The charity suspended its operations in the camp after the shooting.",
    "Portugal reviewed its budget for the year.",
    "Brazil sent aid to Bolivia and later reviewed the flood response.",
])
def test_no_deed_stance_without_aid_withdrawn(text):
    got = _named(text)
    assert not any(t in ("criticize", "threaten") for _, t, _ in got), got


def test_would_suspend_aid_is_a_threat_not_a_deed():
    got = _named("Austria said it would suspend its aid to Serbia unless the border reopened.")
    assert not any(t == "criticize" for _, t, _ in got), got


# -- sanctions in preparation, told in the passive ---------------------------------------------------

@pytest.mark.parametrize("text,holder", [
    ("Kenya's foreign ministry said further sanctions were being prepared.", "Kenya"),
    ("Australia said new penalties were being drawn up and could be announced within days.", "Australia"),
    ("Finland said that additional sanctions are being considered.", "Finland"),
])
def test_sanctions_in_preparation_threaten(text, holder):
    got = _named(text)
    assert any(h == holder and t == "threaten" for h, t, _ in got), got


@pytest.mark.parametrize("text", [
    "Economists said the sanctions were being felt across the economy.",
    "Officials said the sanctions were lifted last year.",
])
def test_sanctions_passive_without_preparation(text):
    assert not any(t == "threaten" for _, t, _ in _named(text))


# -- help offered in kind ----------------------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Ghana's president was taken ill at the summit. Morocco offered to fly him to a Rabat hospital.",
     ("Morocco", "support", None)),
    ("Spain offered to evacuate the wounded Chilean climbers.", ("Spain", "support", None)),
])
def test_offer_of_help_in_kind(text, expected):
    got = _named(text)
    assert any(h == expected[0] and t == "support" for h, t, _ in got), got


def test_offer_to_fly_elsewhere_is_no_support():
    got = _named("Italy offered to fly the delegates to Rome for the talks.")
    assert not any(t == "support" for _, t, _ in got), got


# -- asylum granted ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Ecuador granted asylum to Peru's former president Alan Torres.", ("Ecuador", "support", "Alan Torres")),
    ("Sweden offered political asylum to the Belarusian opposition leader Olga Petrova.",
     ("Sweden", "support", "Olga Petrova")),
])
def test_asylum_granted(text, expected):
    assert expected in _named(text)


def test_asylum_sought_is_no_support():
    got = _named("Alan Torres sought asylum in Ecuador's embassy.")
    assert not any(t == "support" for _, t, _ in got), got


# -- a deed stays apart from a charge in words by the same voice ------------------------------------

@pytest.mark.parametrize("text,holder,target", [
    ("Lithuania accused Belarus on Friday of pushing migrants across the border.\n\n"
     "The foreign ministry in Vilnius summoned Belarus's charge d'affaires and handed him a protest note.",
     "Lithuania", "Belarus"),
    ("Colombia accused Venezuela of sheltering the rebels. Bogota also froze the assets of "
     "three Venezuelan companies.", "Colombia", "Venezuela"),
])
def test_deed_and_charge_are_two_stances(text, holder, target):
    got = _named(text)
    assert (holder, "accuse", target) in got, got
    assert (holder, "criticize", target) in got, got


def test_two_deeds_of_protest_are_one():
    got = _named("Chile summoned Peru's ambassador and lodged a formal protest with Peru on Monday.")
    assert got.count(("Chile", "criticize", "Peru")) == 1, got


# -- a summons in the passive, with no one named as summoning ---------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Norway blamed Iran for the cyberattack on its parliament.\n\n"
     "The Iranian ambassador, Reza Tavakoli, was summoned to the foreign ministry in Oslo.",
     ("Norway", "criticize", "Iran")),
    ("Poland said the drone had come from Belarus. Belarus's charge d'affaires was also summoned on Monday.",
     ("Poland", "criticize", "Belarus")),
])
def test_passive_summons_is_the_host_states_criticism(text, expected):
    assert expected in _named(text)


@pytest.mark.parametrize("text", [
    "Norway said the suspect, an Iranian citizen, was summoned to appear in court in Oslo.",
    "Poland said the drone had come from Belarus. The Polish ambassador was summoned by the president.",
])
def test_passive_summons_not_read(text):
    got = _named(text)
    assert not any(t == "criticize" for _, t, _ in got), got


# -- a bloc suspends a member state -----------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Soldiers seized power in Bamako on Monday. ECOWAS suspended Mali from all its decision-making bodies.",
     ("Economic Community of West African States", "criticize", "Mali")),
    ("The Commonwealth suspended Fiji's membership after the vote was annulled.", ("Commonwealth of Nations", "criticize", "Fiji")),
    ("The African Union suspended Guinea from the organisation with immediate effect.",
     ("African Union", "criticize", "Guinea")),
])
def test_bloc_suspends_member(text, expected):
    assert expected in _named(text)


@pytest.mark.parametrize("text", [
    "Kenya suspended flights from Somalia after the attack.",
    "The African Union said it would suspend Guinea from the organisation if the junta stayed.",
    "Nigeria suspended the official pending an inquiry.",
    "The ministry suspended the official from all duties pending an inquiry.",
])
def test_no_member_suspended(text):
    got = _named(text)
    assert not any(t == "criticize" for _, t, _ in got), got


# -- support offered with no one named: the stricken state ------------------------------------------

def test_offered_support_goes_to_the_stricken_state():
    got = _named("A Russian tanker rammed a Finnish patrol boat on Tuesday. Finland condemned the collision. "
                 "Estonia offered its support.")
    assert ("Estonia", "support", "Finland") in got, got


def test_offered_support_to_someone_named():
    got = _named("Floods swept through Kenya on Monday. Tanzania pledged its full support to Uganda.")
    assert ("Tanzania", "support", "Uganda") in got, got


def test_support_for_a_plan_is_not_help_to_the_stricken_state():
    got = _named("Floods swept through Kenya on Monday. Tanzania offered its support for the relief plan.")
    assert ("Tanzania", "support", "Kenya") not in got, got


def test_aid_to_the_country_is_the_country_the_article_is_about():
    got = _named("Niger's army seized power on Monday and dissolved Niger's parliament, state television said.\n\n"
                 "Canada condemned the coup and said it was reviewing its aid to the country.")
    assert ("Canada", "threaten", "Niger") in got, got
