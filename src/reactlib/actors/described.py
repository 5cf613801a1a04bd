"""A country word that only describes a person who does not speak for that country is no actor.

Why: "Nigerian President …" makes Nigeria an actor (the head of state acts for it), but the same
shape inside a description of someone acting for something else does not: "a mission led by
former Chilean foreign minister Ana Rojas" (a former minister speaks for no government) or "the
bloc's facilitator, Kenyan President William Ruto" (the title is apposed to the role he acts in).
Such a country, when every mention of it has one of these two shapes, is dropped; the person keeps
the country.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from .build import Cluster

#: "former" / "ex-" right before the demonym
_FORMER = re.compile(r"\b(?:former|ex-)\s*$", re.I)
#: "<Owner>'s <role>, " right before the demonym: the title is apposed to another role
_APPOSED_TO_ROLE = re.compile(r"['’]s\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*,\s*$")
#: between the demonym and the person's name: title words only ("foreign minister", "President")
_TITLE_WORDS = re.compile(r"^(?:\s+[A-Za-z][\w.-]*){1,4}\s+$")


def _describes_person(text: str, start: int, end: int, person_starts: list[int]) -> bool:
    """Is the mention [start, end) a demonym in a title right before a person's name?"""
    for p in person_starts:
        if end < p <= end + 60 and _TITLE_WORDS.match(text[end:p]):
            return True
    return False


def drop_describing_countries(text: str, clusters: list["Cluster"]) -> None:
    """Make weak each country that only describes a person acting for something else (module doc)."""
    person_starts = sorted(s for c in clusters if c.kind == "person" for s, _ in c.mentions)
    for c in clusters:
        if c.kind != "country" or not c.strong or not c.mentions:
            continue
        if all(text[s:e] != c.name and _describes_person(text, s, e, person_starts)
               and (_FORMER.search(text[max(0, s - 12):s]) or _APPOSED_TO_ROLE.search(text[max(0, s - 60):s]))
               for s, e in c.mentions):
            c.strong = False
