"""Hosting a population is sheltering it, not meeting it.

"Uganda hosts more than 1.5 million refugees from South Sudan", "Bangladesh, which hosts a
million Rohingya refugees": the verb of a state visit ("Kenya hosted President X") is also the
verb of refuge. A consultation cue on "host" whose object, past numbers and quantity words, is
a word for displaced people reads no meeting (the countries they come from are no partners).
"""

from __future__ import annotations

from typing import Sequence

#: Heads of a sheltered population.
POPULATION_NOUNS = frozenset(
    "refugees refugee migrants migrant asylum-seekers asylum displaced evacuees exiles "
    "newcomers arrivals".split())
#: Words that may stand between "hosts" and that head ("more than 1.5 million Syrian").
QUANTITY_WORDS = frozenset(
    "more than some about around nearly almost over roughly up to at least a an the million millions "
    "thousand thousands hundreds hundred of tens its their many".split())
#: How far the head may stand from the verb.
WINDOW = 8


def shelters_population(words: Sequence[str], j: int, b: int) -> bool:
    """Whether the object in tokens [j, b) after a "host" verb is a sheltered population."""
    for k in range(j, min(b, j + WINDOW)):
        w = words[k]
        if w in POPULATION_NOUNS:
            return True
        if w in (".", ";", "to", "for", "on", "with", "in", "at"):
            return False
    return False
