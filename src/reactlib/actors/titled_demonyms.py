"""A country named only inside the title of a person who is merely mentioned is no actor of its own.

Why: "a delegation led by Angolan President Mateus Cabinda", "led by former Costa Rican foreign
minister Elena Vargas": the demonym says whose president or minister the person is (the person
carries that country), but the country itself does nothing in the article. Annotators list the
person, not the country; keeping the country as an actor costs precision on fresh text. When the titled
person is the subject ("Kenyan President X warned …", "Hungarian Prime Minister X, who arrived …,
said"), the leader speaks for the country and annotators keep it. A country that is also named or referred to anywhere else ("…, and Angola pledged aid", "the country") keeps
all its mentions and stays.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .gazetteer import DEMONYM, Gazetteer

if TYPE_CHECKING:
    from .build import Cluster

#: Between a demonym and the person's name: title words only ("President", "former foreign minister").
_TITLE_GAP = re.compile(r"[ ](?:[A-Za-z][\w.-]*[ ]){1,5}$")
#: Before the demonym: the title is the object of a preposition or apposed to another role ("led by ",
#: "alongside the bloc's mediator, "), not the subject that speaks ("Kenyan President X said …").
_NOT_SUBJECT = re.compile(r"(?:\b(?:by|with|alongside|to|of|for)|[a-z],)\s{1,3}(?:(?:the|former|then)\s{1,3})*$")
#: How far after the demonym the person's name may start.
_REACH = 60


def drop_title_only_countries(text: str, clusters: list["Cluster"], gazetteer: Gazetteer) -> list["Cluster"]:
    """The clusters without the countries whose every mention opens the title of a person of that country."""
    person_starts = {s: c for c in clusters if c.kind == "person" and c.country and not c.anonymous
                     for s, _ in c.mentions}
    if not person_starts:
        return clusters
    kept = []
    for c in clusters:
        if c.kind == "country" and c.country and c.mentions \
                and all(_opens_title(text, s, e, c.country, person_starts, gazetteer) for s, e in c.mentions):
            continue
        kept.append(c)
    return kept


def _opens_title(text: str, start: int, end: int, country: str, person_starts: dict[int, "Cluster"],
                 gazetteer: Gazetteer) -> bool:
    """Is the mention at [start, end) a demonym (not the country's name) right before a title and a
    person of that country ("Angolan President Mateus Cabinda")?"""
    if _NOT_SUBJECT.search(text, max(0, start - 40), start) is None:
        return False  # "Kenyan President X warned …": a leader speaking for his country keeps it an actor
    entry = gazetteer.proper.get(text[start:end])
    if entry is None or entry.category != DEMONYM:
        return False  # the country's name, a capital, a pronoun: the country is named for itself
    for k in range(end + 1, min(len(text), end + _REACH)):
        if k in person_starts:
            gap = text[end:k]
            return person_starts[k].country == country and _TITLE_GAP.fullmatch(gap) is not None
        if text[k] in ",.;:\n\"\u201c\u201d()":
            return False
    return False
