"""Stances round 14 (rulings praised): "called the ruling 'a victory'" praises the court that ruled.

An approving naming of "the ruling", "the verdict", "the judgment" praises the court, found as
for "welcomed the ruling" (:func:`~reactlib.stances.rulings.ruling_court`): the one court the
article names. An approving naming of anything else keeps its earlier reading.

Sentences are invented for these tests (other countries, people and events than any article).
"""

from __future__ import annotations

import pytest

from stance_reading import read_types

D = "date 2025-06-11\n\n"


def _read(text: str) -> set[tuple[str, str, str | None]]:
    return read_types(text, D)


@pytest.mark.parametrize("text, expected", [
    ("Kenya's High Court ordered the arrest of the former minister. Amnesty International's Irungu Houghton "
     'called the ruling "a victory for every victim".', ("Irungu Houghton", "praise", "High Court")),
    ("Colombia's Constitutional Court struck down the amnesty law on Monday. Human Rights Watch called the "
     'ruling "an important step toward accountability".', ("Human Rights Watch", "praise", "Constitutional Court")),
    ("Malawi's Supreme Court annulled the election on Friday. Zambia's President Hakainde Hichilema called "
     "the judgment a historic milestone for Africa.", ("Hakainde Hichilema", "praise", "Supreme Court")),
])
def test_an_approving_naming_of_a_ruling_praises_the_court(text, expected):
    got = _read(text)
    assert expected in got, got


def test_an_approving_naming_of_something_else_names_no_court():
    got = _read("Malawi's Supreme Court annulled the election on Friday. Zambia's President Hakainde Hichilema "
                "called the new bridge a historic milestone for Africa.")
    assert not any(tgt == "Supreme Court" for _, _, tgt in got), got
