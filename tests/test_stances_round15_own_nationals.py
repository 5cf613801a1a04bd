"""Stances round 15 (own nationals): advice to one's own people is no stance.

"Urged Malawians to wash their hands", "urged Belgian citizens to stay indoors": a state or its
official asking its own nationals to take care takes no position toward an actor. Sentences are
invented for these tests (other countries, people and events than any article).
"""

from __future__ import annotations

import pytest

from stance_reading import read_types

D = "date 2025-06-11\n\n"


def _read(text: str) -> set[tuple[str, str, str | None]]:
    return read_types(text, D)


@pytest.mark.parametrize("text", [
    "An outbreak of cholera hit Malawi on Monday. Malawi's president urged Malawians to wash their hands.",
    "Rebels seized Goma on Monday. Belgium urged Belgian citizens in Goma to stay indoors.",
    "Rebels seized Goma on Monday. Belgium urged its citizens to leave the city.",
    "Rebels seized Goma on Monday. The Belgian foreign minister, Anne Dupont, urged Belgians to avoid "
    "travel to Goma.",
])
def test_advice_to_ones_own_people_is_no_appeal(text):
    got = _read(text)
    assert not any(t == "appeal" for _, t, _ in got), got


def test_a_call_on_the_people_to_rally_stays_a_stance():
    got = _read("Police dispersed protesters in Yerevan on Monday. The Armenian opposition leader, "
                "Davit Sargsyan, called on Armenians to return to the streets on Friday.")
    assert any(t == "appeal" for _, t, _ in got), got


def test_an_appeal_to_the_authorities_stays():
    got = _read("Rebels seized Goma on Monday. Belgium's foreign ministry called on the authorities "
                "to protect civilians.")
    assert any(t == "appeal" for _, t, _ in got), got


@pytest.mark.parametrize("text, expected", [
    ("Rebels seized Goma on Monday. Belgium urged Rwanda to withdraw its troops.", ("Belgium", "appeal", "Rwanda")),
    ("Rebels seized Goma on Monday. Belgium urged Congolese leaders to resume talks.",
     ("Belgium", "appeal", "Democratic Republic of the Congo")),
])
def test_an_appeal_to_another_states_people_stays(text, expected):
    got = _read(text)
    assert expected in got, got
