"""Stances round 15 (insist without "that"): "insists there is no blockade" states a fact.

"Insisted that X had …" already asserts a fact, no demand; the same holds when "that" is left
out. "Insisted X withdraw", "insisted X must …" and "insisted on …" stay demands. Sentences are
invented for these tests (other countries, people and events than any article).
"""

from __future__ import annotations

import pytest

from stance_reading import read_types

D = "date 2025-06-11\n\n"
LEAD = "Trucks queued at the border on Monday. "


def _read(text: str) -> set[tuple[str, str, str | None]]:
    return read_types(text, D)


@pytest.mark.parametrize("text", [
    LEAD + "Zambia insists there is no blockade.",
    "Zambia bought tanks from Egypt. Zambia insisted the purchase was aimed at nobody.",
])
def test_insisting_on_a_fact_without_that_is_no_demand(text):
    got = _read(text)
    assert not any(t == "demand" for _, t, _ in got), got


@pytest.mark.parametrize("text", [
    LEAD + "Zambia insisted Malawi withdraw its troops.",
    LEAD + "Zambia insisted on an investigation by Malawi.",
    LEAD + "Zambia insisted Malawi must reopen the border.",
])
def test_insisting_on_an_act_stays_a_demand(text):
    got = _read(text)
    assert ("Zambia", "demand", "Malawi") in got, got
