"""Stances round 11: cue frames the coverage table does not reach (missed cues of the dev sets,
as mechanisms): a concern conveyed to someone, a summons of a high commissioner, help offered
with the one helped left unnamed, a case raised with a minister, parties invited to talks.

Sentences are invented for these tests (other countries and people than any article).
"""

from __future__ import annotations

import pytest

from stance_reading import CLASS, read as _read


@pytest.mark.parametrize(("text", "holder", "type_", "target"), [
    ("Norway had conveyed its concerns to Iceland about the fishing quotas.", "Norway", "concern", None),
    ("Chile's foreign minister Alberto van Klaveren had summoned Peru's high commissioner in Santiago.",
     "Alberto van Klaveren", "criticize", "Peru"),
    ("Ghana raised the case with Togolese Foreign Minister Robert Dussey on Monday.", "Ghana", "consult",
     "Robert Dussey"),
    ("Senegal raised the issue with Mauritania during talks in Dakar.", "Senegal", "consult", "Mauritania"),
    ("Kenyan President William Ruto invited all parties to Nairobi for talks next month.", "William Ruto",
     "mediate", None),
    ("Qatar invited both sides to Doha for a new round of negotiations.", "Qatar", "mediate", None),
])
def test_frame_is_read(text, holder, type_, target):
    got = _read(text)
    if target is None:
        assert any(g[0] == holder and g[1] == CLASS[type_] for g in got), got
    else:
        assert (holder, CLASS[type_], target) in got, got


def test_help_offered_with_no_one_named_goes_to_the_stricken_state():
    got = _read("A powerful earthquake struck Nepal on Sunday, killing dozens. India and Bhutan offered "
                "search and rescue assistance.")
    assert ("India", "S", "Nepal") in got, got


@pytest.mark.parametrize("text", [
    "Chile raised interest rates on Tuesday.",
    "Ghana invited bids for the new port in Tema.",
    "The committee summoned its commissioner for questioning.",
])
def test_no_stance(text):
    got = _read(text)
    assert not got, got


# -- approving namings: "called the ruling 'an important moment'" -------------------------------
# (a verdict only reported, "said the ruling was an important moment", is read since round 13,
# once a list inside a relative aside stopped giving its holders: see test_stances_round13)

@pytest.mark.parametrize("text", [
    "Norway called the tribunal's verdict \"an important moment for accountability\".",
    "Ghana described the accord as a victory for peace.",
])
def test_an_approving_naming_is_praise(text):
    got = _read(text)
    holder = text.split()[0]
    assert any(g[0] == holder and g[1] == "S" for g in got), got


@pytest.mark.parametrize("text", [
    "Chile said the weather was a major factor in the delay.",
    "Norway said the talks were a long way from a deal.",
    "Ghana said the flood was a historic disaster for the region.",
])
def test_a_reported_verdict_is_no_praise(text):
    got = _read(text)
    assert not any(g[1] == "S" for g in got), got


# -- respect for a decision or a process: support ----------------------------------------------------

@pytest.mark.parametrize(("text", "holder", "target"), [
    ("Iceland said it respected the decision of the International Tribunal for the Law of the Sea.", "Iceland",
     "International Tribunal for the Law of the Sea"),
    ("Australia said it \"respects the democratic process\" in Fiji.", "Australia", None),
    ("Chile fully respects the outcome of the referendum, its foreign ministry said.", "Chile", None),
])
def test_respect_for_a_decision_is_support(text, holder, target):
    got = _read(text)
    if target is None:
        assert any(g[0] == holder and g[1] == "S" for g in got), got
    else:
        assert (holder, "S", target) in got, got


@pytest.mark.parametrize("text", [
    "Norway urged Iceland to respect the ruling.",
    "Ghana said it respected human rights.",
    "Peru said it did not respect the decision.",
    "Chile has long respected Norway for its fisheries policy.",
])
def test_respect_without_a_decision_or_in_a_request_is_no_support(text):
    got = _read(text)
    assert not any(g[1] == "S" for g in got), got


def test_respect_for_the_courts_decision_targets_the_court():
    got = _read("The International Court of Justice ruled on Monday that Chile must pay compensation to Peru. "
                "Bolivia said it \"fully respects\" the court's decision.")
    assert ("Bolivia", "S", "International Court of Justice") in got, got


# -- "spoke with both leaders / both trade ministers": the two office-holders ----------------------

@pytest.mark.parametrize(("text", "targets"), [
    ("Chilean President Gabriel Boric and Peruvian President Dina Boluarte traded accusations. Brazilian "
     "President Lula da Silva spoke to both leaders by phone.", {"Gabriel Boric", "Dina Boluarte"}),
    ("Chile's trade minister Alberto van Klaveren and Peru's trade minister Ursula Desilu León clashed over "
     "tariffs. The bloc's secretary-general Andrea Rossi said she had spoken by phone with both trade "
     "ministers.", {"Alberto van Klaveren", "Ursula Desilu León"}),
])
def test_both_office_holders_are_consulted(text, targets):
    got = _read(text)
    consulted = {g[2] for g in got if g[1] == "C"}
    assert targets <= consulted, got


def test_a_qualified_title_needs_the_qualifier_in_the_role():
    got = _read("Chile's foreign minister Alberto van Klaveren and Peru's foreign minister Javier "
                "Gonzalez-Olaechea met on Monday. Brazil's trade secretary Marta Reis spoke with both trade "
                "ministers.")
    assert not any(g[0] == "Marta Reis" and g[2] in ("Alberto van Klaveren", "Javier Gonzalez-Olaechea")
                   for g in got), got
