"""Stances round 14 (candidates): "spoke to both candidates" consults each of the two rivals.

An election article names two candidates ("presidential candidate X", "the opposition candidate
Y"); a leader who "had spoken to both candidates by phone" consulted each. Unlike "both leaders"
(one per party of a dispute), the two are of one country. With more or fewer than two candidates
named nothing is guessed.

Sentences are invented for these tests (other countries, people and events than any article).
"""

from __future__ import annotations

import pytest

from stance_reading import read_types

D = "date 2025-06-11\n\n"

RUNOFF = ("Ecuador's presidential candidate Luisa González and presidential candidate Daniel Noboa both "
          "claimed victory on Sunday. ")


def _read(text: str) -> set[tuple[str, str, str | None]]:
    return read_types(text, D)


@pytest.mark.parametrize("tail, holder", [
    ("Colombia's President Gustavo Petro said he had spoken to both candidates by phone.", "Gustavo Petro"),
    ("Chilean President Gabriel Boric spoke with both candidates on Monday.", "Gabriel Boric"),
    ("Mexican President Claudia Sheinbaum held talks with both candidates in Quito.", "Claudia Sheinbaum"),
])
def test_a_talk_with_both_candidates_consults_each(tail, holder):
    got = _read(RUNOFF + tail)
    assert (holder, "consult", "Luisa González") in got, got
    assert (holder, "consult", "Daniel Noboa") in got, got


def test_three_candidates_are_not_guessed():
    text = ("Presidential candidate Ana Ruiz, presidential candidate Pablo Soto and presidential candidate "
            "Marta Vidal campaigned in Lima. Colombia's President Gustavo Petro said he had spoken to both "
            "candidates by phone.")
    got = _read(text)
    assert not any(t == "consult" and tgt for _, t, tgt in got), got
