"""Consultations with "both leaders", "both trade ministers", "the two presidents".

A mediator's call is often told without names: "spoke by phone with both leaders", "had
spoken with both trade ministers", "met the two foreign ministers", "spoke to both candidates"
(an election's two rivals, of one country: the two persons whose role is a candidacy). The ones consulted are the
office-holders of the two sides, whose title the plural names. This module reads the title
("leaders", "ministers" with an optional qualifier such as "trade" or "foreign") and says
whether an actor's role fits it; the finder picks the persons.
"""

from __future__ import annotations

from typing import Sequence

#: plural title -> words one of which an office-holder's role contains
TITLES: dict[str, tuple[str, ...]] = {
    "leaders": ("president", "prime minister", "leader", "premier", "chancellor", "king", "emir", "head of state"),
    "heads": ("president", "prime minister", "leader", "premier", "chancellor", "head of state"),
    "presidents": ("president",),
    "premiers": ("prime minister", "premier"),
    "ministers": ("minister",),
    "counterparts": ("minister", "president", "premier", "chancellor", "secretary", "leader"),
    "candidates": ("candidate",),
    "contenders": ("candidate", "contender"),
}
#: Titles of rivals within one country (a run-off's two candidates): not one per party.
RIVAL_TITLES = frozenset({"candidates", "contenders"})
#: words between "both" and the title that only describe ("both *rival* leaders")
_DESCRIPTIVE = frozenset({"the", "rival", "warring", "respective", "two", "country's", "countries'"})


def both_title(words: Sequence[str]) -> tuple[str, str | None] | None:
    """``(title, qualifier)`` for "both [qualifier] <title>" / "the two <title>" at the start of
    ``words`` ("both trade ministers" -> ("ministers", "trade")), else None."""
    for k, w in enumerate(words[:2]):
        if w not in ("both", "two"):
            continue
        qualifier = None
        for x in range(k + 1, min(len(words), k + 4)):
            if words[x] in TITLES:
                return words[x], qualifier
            if words[x] in _DESCRIPTIVE:
                continue
            if qualifier is not None or not words[x].isalpha():
                return None
            qualifier = words[x]
        return None
    return None


def role_fits(role: str | None, title: tuple[str, str | None]) -> bool:
    """Whether an actor with ``role`` holds the office ``title`` names (its qualifier, when
    there is one, must be in the role too: "trade ministers" are no foreign ministers)."""
    if not role:
        return False
    role = role.lower()
    head, qualifier = title
    if qualifier is not None and qualifier not in role:
        return False
    return any(t in role for t in TITLES[head])
