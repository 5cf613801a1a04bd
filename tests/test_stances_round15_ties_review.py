"""Stances round 15 (ties under review): "was reviewing its cooperation with X" warns X.

Putting ties under review, like aid under review, is a threat to the state the ties are with.
Sentences are invented for these tests (other countries, people and events than any article).
"""

from __future__ import annotations

import pytest

from stance_reading import read_types

D = "date 2025-06-11\n\n"
LEAD = "Police in Armenia beat protesters on Monday. "


def _read(text: str) -> set[tuple[str, str, str | None]]:
    return read_types(text, D)


@pytest.mark.parametrize("text, expected", [
    (LEAD + "Canada said it was reviewing its cooperation with Armenia.", ("Canada", "threaten", "Armenia")),
    (LEAD + "Canada said it was reviewing its engagement with the Armenian government.",
     ("Canada", "threaten", "Armenia")),
    (LEAD + "Sweden said it would reassess its relations with Yerevan.", ("Sweden", "threaten", "Armenia")),
    (LEAD + "Canada said it was reviewing its engagement with the government.",
     ("Canada", "threaten", "Armenia")),
])
def test_ties_put_under_review_warn_the_partner(text, expected):
    got = _read(text)
    assert expected in got, got


def test_ties_strengthened_are_no_threat():
    got = _read(LEAD + "Canada said it had strengthened its cooperation with Armenia.")
    assert ("Canada", "threaten", "Armenia") not in got, got
