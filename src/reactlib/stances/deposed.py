"""The deposed government as a target: "accused the ousted government of …" aims at its leader.

After a coup the new rulers blame the government they removed without naming it: "accused
the ousted government of selling the country", "blamed the deposed president for the
crisis". The gold conventions give such a target as the deposed leader. The article names
that leader where it tells the coup: "detained President X", "deposed X", "overthrew X".

A stance with no target whose object is such a description gets the deposed leader, when the
article names exactly one person so removed; otherwise the target stays empty.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

if TYPE_CHECKING:  # pragma: no cover
    from .finder import Found, StanceFinder

#: Adjectives that describe a government as removed.
DEPOSED = frozenset("ousted deposed overthrown toppled fallen".split())
#: Nouns for the removed government or its head.
GOVERNMENT = frozenset("government regime administration president leader leadership junta "
                       "authorities cabinet".split())
#: Verbs by which a leader is removed; the person right after them is deposed.
REMOVAL_VERBS = frozenset("deposed ousted overthrew toppled".split())
#: Verbs that remove a leader only when a title says whom ("detained President X").
TITLED_REMOVAL_VERBS = frozenset("detained arrested removed".split())
#: Title words between the removal verb and the name.
TITLES = frozenset("president prime minister the head of state leader".split())
#: Stance types that may aim at the removed government.
TYPES = frozenset({"accuse", "criticize", "condemn"})
#: How many tokens after the stance's start the description may begin.
REACH = 6


def _deposed_leader(f: StanceFinder) -> str | None:
    """The one person the article names as removed ("detained President X"), if one."""
    persons = {a.id for a in f.article.actors if a.kind == "person"}
    found: set[str] = set()
    for i, w in enumerate(f.words):
        if w not in REMOVAL_VERBS and w not in TITLED_REMOVAL_VERBS:
            continue
        k, titled = i + 1, False
        while k < f.n and (f.is_space[k] or f.words[k] in TITLES):
            titled = titled or f.words[k] in ("president", "minister", "leader")
            k += 1
        if w in TITLED_REMOVAL_VERBS and not titled:
            continue
        g = f.mentions.group_starting(k) if k < f.n else None
        if g is not None and g.actor in persons and not g.possessive:
            found.add(g.actor)
    return found.pop() if len(found) == 1 else None


def _names_deposed(f: StanceFinder, start: int) -> bool:
    """Whether "the ousted government" (or the like) follows the stance cue at token ``start``."""
    w = f.words
    for k in range(start, min(f.n, start + REACH)):
        if w[k] == "the" and k + 4 < f.n:
            nxt = [j for j in range(k + 1, min(f.n, k + 6)) if not f.is_space[j]][:2]
            if len(nxt) == 2 and w[nxt[0]] in DEPOSED and w[nxt[1]] in GOVERNMENT:
                return True
    return False


def with_deposed_targets(f: StanceFinder, found: list[Found]) -> list[Found]:
    """``found`` with the deposed leader as the target of stances aimed at the removed government."""
    if DEPOSED.isdisjoint(f.words) or not any(x.target is None and x.type in TYPES for x in found):
        return found
    leader = _deposed_leader(f)
    if leader is None:
        return found
    out = []
    for x in found:
        if x.target is None and x.type in TYPES and x.holder != leader \
                and _names_deposed(f, f.mentions.token_at(x.start)):
            x = attrs.evolve(x, target=leader)
        out.append(x)
    return out
