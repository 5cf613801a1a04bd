""""Accused its neighbour of reacting too slowly": the neighbouring state the article named before.

A state's stance toward "its neighbour" (or "its northern neighbour") names the other state only
by its relation to the holder; the reader takes it from the states named just before. The target
is the last country named within a short reach before the object, other than the holder's own
(a possessive owner counts: "a fire that started in Chile's south … accused its neighbour").
Only "its" and "their" are read: "his neighbour" is a person's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .mentions import Group

if TYPE_CHECKING:  # pragma: no cover
    from .finder import StanceFinder

#: The owners that make "neighbour" a state's neighbour.
STATE_OWNERS = frozenset({"its", "their"})
#: The nouns of a neighbouring state (singular: "its neighbours" may be several).
NEIGHBOUR_NOUNS = frozenset({"neighbour", "neighbor"})
#: How many describing words may stand between the owner and the noun ("its northern neighbour").
MODIFIER_REACH = 2
#: How far back (tokens) the neighbour may have been named.
REACH = 120


def neighbour_state(f: StanceFinder, j: int, stop: int, holders: list[str]) -> Group | None:
    """The country meant by "its (…) neighbour" opening the object at token ``j``, or None."""
    if j >= min(stop, f.n) or f.words[j] not in STATE_OWNERS:
        return None
    k = next((x for x in range(j + 1, min(stop, f.n, j + 2 + 2 * MODIFIER_REACH))
              if f.words[x] in NEIGHBOUR_NOUNS), None)
    if k is None or any(f.mentions.group_at(x) is not None or not (f.is_space[x] or f.words[x].isalpha())
                        for x in range(j + 1, k)):
        return None
    for g in reversed(f.mentions.groups_between(max(0, j - REACH), j)):
        if f.mentions.kinds.get(g.actor) != "country":
            continue
        if f.holders_own(g.actor, holders):
            continue
        return Group(j, k + 1, g.actor, "country", False)
    return None
