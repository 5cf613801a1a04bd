"""Stances round 21b: help in kind with no word of aid (craft sent, a team of relief workers
offered, an offer to send relief with no one named), and calls to undo an act ("called for the
reopening of the border") as demands on whoever did it. Sentences written for these tests about
varied events, read through ``reactlib.parse``; negatives first.
"""

from __future__ import annotations

import pytest

from reactlib.stances.relief_gifts import armed, offers_relief
from reactlib.stances.undoing_calls import undone_act
from stance_reading import read_types

D = "date 2025-08-14\n\n"


def _named(text: str) -> set[tuple[str, str, str | None]]:
    return read_types(text, D)


# -- negatives: no help, no undoing -------------------------------------------------------------

NO_HELP = [
    "An earthquake struck eastern Peru on Monday, killing 30 people. Chile sent two fighter jets.",
    "An earthquake struck eastern Peru on Monday, killing 30 people. Bolivia sent two military helicopters.",
    "Protests spread across Peru on Monday. Ecuador offered a compromise on the fishing quota.",
    "Protests spread across Peru on Monday. Colombia offered its condolences.",
    "Riots broke out in Lima, Peru on Monday. Brazil said it was ready to send additional officers.",
]


@pytest.mark.parametrize("text", NO_HELP)
def test_force_or_words_are_no_help(text):
    got = _named(text)
    assert not [g for g in got if g[1] == "support" and g[2] == "Peru"], got


def test_relief_helpers_on_their_own():
    words = "sent two fighter jets .".split()
    assert armed(words, 1, len(words))
    words = "sent two water-bombing planes .".split()
    assert not armed(words, 1, len(words))
    relief = frozenset({"firefighters", "rescue"})
    words = "offered a compromise on quotas".split()
    assert not offers_relief(words, 1, len(words), relief)
    words = "offered its condolences".split()
    assert not offers_relief(words, 1, len(words), relief)
    words = "offered a team of 60 firefighters".split()
    assert offers_relief(words, 1, len(words), relief)


def test_a_call_for_something_new_undoes_nothing():
    words = "called for the opening of talks".split()
    assert undone_act(words, 2, len(words)) is None
    words = "called for an inquiry into the closure".split()
    assert undone_act(words, 2, len(words)) is None
    words = "called for the immediate reopening of the border".split()
    assert "closed" in undone_act(words, 2, len(words))


def test_a_call_by_the_actors_own_voice_names_no_target():
    got = _named("Kenya closed its border with Uganda on Monday. Kenya's foreign minister Musalia Mudavadi "
                 "called for the reopening of the border.")
    assert not [g for g in got if g[1] in ("appeal", "demand") and g[2] == "Kenya"], got


def test_a_call_for_new_talks_keeps_no_target():
    got = _named("Kenya closed its border with Uganda on Monday. Rwanda called for the opening of talks.")
    assert ("Rwanda", "appeal", None) in got, got


# -- positives ----------------------------------------------------------------------------------

HELP = [
    ("Floods swept through northern Peru on Monday, killing 40 people. Peru declared an emergency. "
     "Ecuador sent two helicopters on Tuesday.",
     ("Ecuador", "support", "Peru")),
    ("Wildfires burned across Portugal this week. Portugal asked for help. Spain sent three water-bombing "
     "planes and France offered a team of 40 firefighters.",
     ("Spain", "support", "Portugal")),
    ("Wildfires burned across Portugal this week. Portugal asked for help. Spain sent three water-bombing "
     "planes and France offered a team of 40 firefighters.",
     ("France", "support", "Portugal")),
    ("A chemical leak poisoned hundreds in Tajikistan on Sunday. Tajikistan closed the plant. "
     "Uzbekistan offered to send antidote supplies.",
     ("Uzbekistan", "support", "Tajikistan")),
    ("A bridge collapsed in Slovenia on Friday, killing nine. Slovenia mourned. Slovenia asked for help. "
     "Croatian Prime Minister Andrej Plenkovic offered to send Croatian rescue teams.",
     ("Andrej Plenkovic", "support", "Slovenia")),
    ("A cyclone hit Fiji on Friday. Fiji declared a disaster. New Zealand said it was ready to send its "
     "emergency response unit.",
     ("New Zealand", "support", "Fiji")),
]


@pytest.mark.parametrize(("text", "expected"), HELP)
def test_help_in_kind_supports_the_stricken_state(text, expected):
    got = _named(text)
    assert expected in got, got


UNDO = [
    ("Kenya closed its border with Uganda on Monday. South Sudan called for the immediate reopening "
     "of the border.",
     ("South Sudan", "appeal", "Kenya")),
    ("Ghana banned imports of poultry from Togo on Monday. Togo demanded the lifting of the ban.",
     ("Togo", "demand", "Ghana")),
    ("Belarus suspended the licence of a Lithuanian broadcaster on Friday. Poland urged the swift "
     "reversal of the decision.",
     ("Poland", "appeal", "Belarus")),
]


@pytest.mark.parametrize(("text", "expected"), UNDO)
def test_a_call_to_undo_an_act_is_addressed_to_its_author(text, expected):
    got = _named(text)
    assert expected in got, got


# -- refusals to pay what was imposed, or to be coerced -------------------------------------------

NO_REFUSAL = [
    # paying for something that is no charge laid on the speaker
    ("A storm damaged the port of Lome in Togo on Monday. Benin said it would not pay for the damage.",
     "Benin"),
    ("Mali expelled French troops on Monday. Mali said it would not pay the salaries of the contractors.",
     "Mali"),
    # a coercion denied, not refused
    ("Ghana imposed a levy on Togolese trucks on Monday. Togo said Ghana has not blackmailed anyone.",
     "Togo"),
]


@pytest.mark.parametrize(("text", "holder"), NO_REFUSAL)
def test_no_refusal_without_a_charge_or_a_passive_coercion(text, holder):
    got = _named(text)
    assert not [g for g in got if g[0] == holder and g[1] == "reject" and g[2] is not None], got


REFUSALS = [
    ("Ghana imposed a new levy on Togolese trucks on Monday. \"Togo will not pay a levy it never agreed "
     "to,\" Togo's trade minister Kodjo Adedze said.",
     ("Kodjo Adedze", "reject", "Ghana")),
    ("Ghana imposed a new levy on Togolese trucks on Monday. Togo said it would never pay the levy.",
     ("Togo", "reject", "Ghana")),
    ("Serbia halted all gas deliveries to Montenegro on Friday. Montenegrin Prime Minister Milojko Spajic "
     "accused Belgrade of coercion. \"Montenegro will not be blackmailed,\" he said.",
     ("Milojko Spajic", "reject", "Serbia")),
]


@pytest.mark.parametrize(("text", "expected"), REFUSALS)
def test_a_refusal_to_pay_or_to_be_coerced_rejects_the_one_imposing(text, expected):
    got = _named(text)
    assert expected in got, got


# -- a response promised answers the event's author -----------------------------------------------

def test_a_response_vowed_by_the_events_author_names_no_one():
    got = _named("Estonia expelled two Belarusian diplomats on Monday. Estonia vowed a firm response to any "
                 "provocation.")
    assert not [g for g in got if g[0] == "Estonia" and g[1] == "threaten" and g[2] is not None], got


def test_a_promised_budget_is_no_threat():
    got = _named("Estonia expelled two Belarusian diplomats on Monday. The mayor promised a tough budget.")
    assert not [g for g in got if g[1] == "threaten"], got


RESPONSES = [
    ("Estonia expelled two Belarusian diplomats on Monday. Belarus vowed a firm response.",
     ("Belarus", "threaten", "Estonia")),
    ("Estonia expelled two Belarusian diplomats on Monday. Belarusian Foreign Ministry spokesman Ruslan "
     "Varankov promised \"a tough response\".",
     ("Ruslan Varankov", "threaten", "Estonia")),
]


@pytest.mark.parametrize(("text", "expected"), RESPONSES)
def test_a_response_vowed_threatens_the_events_author(text, expected):
    got = _named(text)
    assert expected in got, got


# -- a commitment to someone, or to their defence, is support --------------------------------------

NO_COMMITMENT = [
    "A Chinese ship rammed a Philippine boat on Monday. Japan reaffirmed its commitment to the rule of law.",
    "A Chinese ship rammed a Philippine boat on Monday. Vietnam said Japan's commitment to the Philippines "
    "was weak.",
]


@pytest.mark.parametrize("text", NO_COMMITMENT)
def test_a_commitment_to_no_one_or_owned_by_another_is_no_support(text):
    got = _named(text)
    assert not [g for g in got if g[1] == "support"], got


COMMITMENTS = [
    ("North Korea fired a missile over the sea on Monday. \"Washington's commitment to the defence of "
     "South Korea and Japan remains ironclad,\" State Department spokesman Matthew Miller said.",
     [("Matthew Miller", "support", "South Korea"), ("Matthew Miller", "support", "Japan")]),
    ("A Chinese ship rammed a Philippine boat on Monday. US Secretary of State Marco Rubio reaffirmed "
     "Washington's commitment to the Philippines.",
     [("Marco Rubio", "support", "Philippines")]),
]


@pytest.mark.parametrize(("text", "expected"), COMMITMENTS)
def test_a_commitment_to_someone_supports_them(text, expected):
    got = _named(text)
    for e in expected:
        assert e in got, got


# -- warnings ignored, duties neglected -----------------------------------------------------------

def test_ignoring_a_question_is_no_charge():
    got = _named("Two ferries collided off Crete on Monday. Greece said Turkey had ignored the question.")
    assert not [g for g in got if g[1] == "accuse"], got


@pytest.mark.parametrize("text", [
    "Two ferries collided off Crete on Monday. Greece said Turkey had ignored repeated warnings.",
    "A dam on the Tigris cut the river's flow on Monday. Greece said Turkey had neglected its obligations.",
])
def test_a_warning_or_a_duty_ignored_is_a_charge(text):
    got = _named(text)
    assert ("Greece", "accuse", "Turkey") in got, got
