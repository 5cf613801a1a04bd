"""Stances round 17 (event authors): "condemned the incursion" targets whoever crossed.

Round 15 gave non-violent acts ("the arrest", "the ban") the author told with the act's verb.
Violent acts named by their noun ("the incursion", "the invasion", "the shelling") are read the
same way when the article's one-perpetrator rule has no answer: the subject of the nearest verb
telling the act ("Bolivian soldiers crossed the river" for "the incursion") is the target.

Sentences are invented for these tests (other countries, people and events than any article).
"""

from __future__ import annotations

import pytest

from stance_reading import read_types

D = "date 2025-06-11\n\n"


def _read(text: str) -> set[tuple[str, str, str | None]]:
    return read_types(text, D)


@pytest.mark.parametrize("text, expected", [
    ("About forty Bolivian soldiers crossed the Pilcomayo river before dawn on Sunday and burned two "
     "farm buildings, officials said. The Mercosur bloc condemned the incursion in a statement on Monday.",
     ("Mercosur", "condemn", "Bolivia")),
    ("Talks resumed in Vienna on Monday. Uzbek troops entered a Tajik village at night and "
     "seized cattle. Tajikistan denounced the incursions.",
     ("Tajikistan", "condemn", "Uzbekistan")),
    ("Storms hit the coast on Monday. Later, Eritrea shelled two Djiboutian outposts. "
     "Djibouti condemned the shelling on Tuesday.",
     ("Djibouti", "condemn", "Eritrea")),
])
def test_a_violent_act_named_by_its_noun_targets_its_author(text, expected):
    got = _read(text)
    assert expected in got, got


@pytest.mark.parametrize("text, holder", [
    # the crossing is a storm's, not an actor's: no author
    ("A tropical storm crossed the Pilcomayo river on Sunday. The Mercosur bloc condemned the incursion.",
     "Mercosur"),
    # no crossing told at all
    ("Talks resumed in Vienna on Monday. Tajikistan denounced the incursions.", "Tajikistan"),
])
def test_no_author_without_an_actor_telling_the_act(text, holder):
    got = _read(text)
    assert all(t is None for h, ty, t in got if h == holder and ty == "condemn"), got



def test_a_manner_phrase_before_the_act_is_passed_over():
    got = _read("About forty Bolivian soldiers crossed the Pilcomayo river before dawn on Sunday. "
                "Mercosur leaders \"condemn in the strongest terms\" the incursion, the bloc said.")
    assert ("Mercosur", "condemn", "Bolivia") in got, got
