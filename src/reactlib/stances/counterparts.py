""""Spoke with his Ugandan counterpart": the one a counterpart stands for.

The actor stage keeps an unnamed counterpart as a person named by nationality and role
("Ugandan foreign minister", from "his Ugandan counterpart" after a foreign minister), so that
the consultation has someone to point at. A reader takes the counterpart to be the other
government, or the person who holds that office when the article names them elsewhere. So a
stance aimed at such an unnamed counterpart is aimed instead at the named holder of the same role
and country, else at the country itself when the article names it; otherwise it is left alone.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import attrs

from .role_only import known_only_by_role

#: The word that marks a mention as a counterpart ("his Ugandan counterpart").
COUNTERPART = "counterpart"


def _unnamed_counterpart(actor, text: str) -> bool:
    """Whether ``actor`` is a person known only as someone's counterpart: a role with at most a
    nationality before it as its name, and a mention that ends in "counterpart"."""
    return known_only_by_role(actor) and any(text[s:e].lower().rstrip().endswith(COUNTERPART) for s, e in actor.mentions)


def counterpart_stand_ins(actors: Sequence, text: str) -> dict[str, str]:
    """For each unnamed counterpart among ``actors``, the actor id it stands for: the one named
    person of the same country and role, else the country's own actor (if the article has one)."""
    out: dict[str, str] = {}
    for a in actors:
        if a.country is None or not _unnamed_counterpart(a, text):
            continue
        role = a.role.lower()
        named = [b.id for b in actors if b.id != a.id and b.kind == "person" and b.country == a.country
                 and (b.role or "").lower() == role and not _unnamed_counterpart(b, text)]
        states = [b.id for b in actors if b.kind == "country" and b.country == a.country]
        pick = named if len(named) == 1 else states[:1]
        if pick:
            out[a.id] = pick[0]
    return out


def with_counterpart_targets(actors: Sequence, text: str, found: Iterable) -> list:
    """``found`` with each stance aimed at an unnamed counterpart aimed at whom it stands for
    (never at the stance's own holder)."""
    found = list(found)
    if not any(x.target for x in found):
        return found
    stand_in = counterpart_stand_ins(actors, text)
    if not stand_in:
        return found
    return [attrs.evolve(x, target=stand_in[x.target])
            if x.target in stand_in and stand_in[x.target] != x.holder else x for x in found]
