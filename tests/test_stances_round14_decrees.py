"""Stances round 14 (decrees and deals): "hailed the decree", "welcomed the deal" point at the
news-maker, as "welcomed the decision" does.

A reaction article opens with the news-maker's act ("Chad banned gold exports", "Hungary signed a
deal to buy ...") and later names it only as "the decree", "the deal", "the agreement". A
reactor who welcomes, hails or condemns it reacts to the subject of the first sentence; a decree
or deal with its owner named ("Chad's decree") or the holder's own is left to the ordinary rules.

Sentences are invented for these tests (other countries, people and events than any article).
"""

from __future__ import annotations

import pytest

from stance_reading import read_types

D = "date 2025-06-11\n\n"


def _read(text: str) -> set[tuple[str, str, str | None]]:
    return read_types(text, D)


@pytest.mark.parametrize("text, expected", [
    ("Chad banned gold exports to the United Arab Emirates on Monday. Sudan hailed the decree.",
     ("Sudan", "praise", "Chad")),
    ("Bolivia nationalised its lithium mines by decree on Friday. Venezuela praised the decree on Saturday.",
     ("Venezuela", "praise", "Bolivia")),
    ("Hungary signed a deal to buy Chinese air-defence systems on Monday. Russia welcomed the deal.",
     ("Russia", "welcome", "Hungary")),
    ("Hungary signed a deal to buy Chinese air-defence systems on Monday. Russia welcomed the agreement.",
     ("Russia", "welcome", "Hungary")),
    ("Guinea suspended bauxite licences by decree on Tuesday. France criticised the decree as arbitrary.",
     ("France", "criticize", "Guinea")),
    ("Serbia signed an agreement to buy Russian gas for ten years. Croatia condemned the deal.",
     ("Croatia", "condemn", "Serbia")),
])
def test_a_reaction_to_the_decree_or_deal_targets_the_news_maker(text, expected):
    got = _read(text)
    assert expected in got, got


def test_the_holders_own_deal_is_not_the_news_makers():
    got = _read("Hungary signed a deal to buy Chinese air-defence systems on Monday. Poland welcomed its own "
                "deal with South Korea.")
    assert ("Poland", "welcome", "Hungary") not in got, got
