"""Stances round 18: an invitation to talks with the inviter ("invited his Peruvian counterpart
to Santiago for talks") is a consultation, and respect for a named party's right or choice
("respected Armenia's sovereign right to choose its allies") is support of it.

What the invited one is asked to do with others stays an appeal, inviting all parties stays
mediation; respect of no one's right, of everyone's, or asked of someone else is no support.

Sentences are invented for these tests (other countries, people and events than any article).
"""

from __future__ import annotations

from stance_reading import read_types

D = "date 2026-02-03\n\n"


def _read(text: str) -> set[tuple[str, str, str | None]]:
    return read_types(text, D)


# invitations to talks

def test_an_invitation_of_a_counterpart_to_a_capital_for_talks_is_a_consultation():
    got = _read("Chilean President Gabriel Boric said he had invited his Peruvian counterpart "
                "to Santiago for talks.")
    assert ("Gabriel Boric", "consult", "Peruvian President") in got, got
    assert not any(t == "appeal" for _, t, _ in got), got


def test_an_invitation_for_consultations_is_a_consultation():
    got = _read("Finland invited Estonia for urgent consultations on the damaged pipeline.")
    assert got == {("Finland", "consult", "Estonia")}, got


def test_an_invitation_to_join_the_talks_of_others_stays_an_appeal():
    got = _read("Finland invited Estonia to join talks between Sweden and Norway.")
    assert ("Finland", "appeal", "Estonia") in got, got
    assert not any(t == "consult" for _, t, _ in got), got


def test_an_invitation_to_negotiate_with_a_third_party_stays_an_appeal():
    got = _read("Finland invited Estonia to negotiate with Latvia over the quota.")
    assert ("Finland", "appeal", "Estonia") in got, got
    assert not any(t == "consult" for _, t, _ in got), got


def test_inviting_all_parties_for_talks_stays_mediation():
    got = _read("Norway invited all parties to Oslo for talks.")
    assert ("Norway", "mediate", None) in got, got
    assert not any(t == "consult" for _, t, _ in got), got


# respect for a party's right or choice

def test_respect_for_a_sovereign_right_supports_its_owner():
    got = _read("The Kremlin said Moscow respected Armenia's sovereign right to choose its allies.")
    assert ("Russia", "support", "Armenia") in got, got


def test_respect_for_the_right_of_a_named_state_supports_it():
    got = _read("Norway respects the sovereign right of Iceland to decide on whaling.")
    assert got == {("Norway", "support", "Iceland")}, got


def test_respect_for_a_decision_of_a_named_state_supports_it():
    got = _read("Brazil fully respects Uruguay's decision to leave the customs union.")
    assert ("Brazil", "support", "Uruguay") in got, got


def test_respect_for_the_right_of_every_country_names_no_one():
    got = _read("Norway respects the sovereign right of every country to decide.")
    assert not any(t == "support" for _, t, _ in got), got


def test_respect_asked_of_someone_else_is_no_support():
    got = _read("Norway urged Iceland to respect Greenland's sovereignty.")
    assert ("Iceland", "support", "Greenland") not in got, got
    assert ("Norway", "support", "Greenland") not in got, got


def test_respect_of_a_ceasefire_is_no_support_of_the_parties():
    got = _read("Norway said it respected the ceasefire between Iceland and Greenland.")
    assert not any(t == "support" for _, t, _ in got), got


def test_a_negated_respect_is_no_support():
    got = _read("Russia has not respected Georgia's sovereignty, Norway said.")
    assert not any(t == "support" for _, t, _ in got), got


def test_respected_as_an_adjective_is_no_cue():
    got = _read("Norway said the respected Icelandic economist Gylfi Zoega would lead the panel.")
    assert not any(t == "support" for _, t, _ in got), got


def test_respect_for_the_independence_of_a_states_institutions_is_no_support_of_the_state():
    got = _read("Canada said it respects the independence of Ghana's courts and urged calm.")
    assert ("Canada", "support", "Ghana") not in got, got


# praise of both parties

def test_praise_of_both_countries_praises_each_party():
    got = _read("The fishing dispute between Iceland and Greenland ended on Monday. "
                "Norway praised both countries for their restraint.")
    assert {("Norway", "praise", "Iceland"), ("Norway", "praise", "Greenland")} <= got, got


def test_praise_of_both_countries_with_no_parties_named_names_no_one():
    got = _read("Norway praised both countries for their restraint.")
    assert not any(t == "praise" and tg is not None for _, t, tg in got), got
