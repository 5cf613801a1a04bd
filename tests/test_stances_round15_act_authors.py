"""Stances round 15 (act authors): "condemned the arrest" targets whoever arrested.

The act a reaction answers is often told first with its verb ("Belarus arrested …") and then
named only by its noun ("Lithuania condemned the arrest"). The author of the act is the target.

Sentences are invented for these tests (other countries, people and events than any article).
"""

from __future__ import annotations

import pytest

from stance_reading import read_types

D = "date 2025-06-11\n\n"


def _read(text: str) -> set[tuple[str, str, str | None]]:
    return read_types(text, D)


@pytest.mark.parametrize("text, expected", [
    ("Belarus arrested an opposition leader on Friday. Lithuania condemned the arrest.",
     ("Lithuania", "condemn", "Belarus")),
    ("Floods hit the region on Monday. Later, Belarus arrested an opposition leader. "
     "Lithuania condemned the arrest on Saturday.",
     ("Lithuania", "condemn", "Belarus")),
    ("Talks resumed in Vienna on Monday. Uzbekistan sentenced a Tajik activist to ten years. "
     "Tajikistan criticised the sentence.",
     ("Tajikistan", "criticize", "Uzbekistan")),
    ("Talks resumed in Vienna on Monday. Vietnam detained a Cambodian journalist. "
     "Cambodia condemned the detention.",
     ("Cambodia", "condemn", "Vietnam")),
    ("Heavy rain fell in the capital. On Tuesday Bolivia arrested three Peruvian traders. "
     "Peru denounced the arrests.",
     ("Peru", "condemn", "Bolivia")),
])
def test_the_act_named_by_its_noun_targets_its_author(text, expected):
    got = _read(text)
    assert expected in got, got


def test_a_noun_of_another_act_is_not_given_an_author():
    got = _read("Talks resumed in Vienna on Monday. Hungary expelled two Slovak diplomats. "
                "Slovakia condemned the arrest.")
    assert ("Slovakia", "condemn", "Hungary") not in got, got


def test_the_holder_is_not_made_the_target_of_its_own_act():
    got = _read("Talks resumed in Vienna on Monday. Lithuania arrested a Belarusian spy. "
                "Lithuania defended the arrest.")
    assert not any(t == "Lithuania" for _, _, t in got), got
