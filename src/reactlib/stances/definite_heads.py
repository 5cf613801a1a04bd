""""the coalition", "the alliance": a named actor taken up again by the head noun of its name.

"An airstrike by the Saudi-led coalition hit a clinic ... France called on the coalition to
respect international law": the actor stage links a repeated proper name ("the Arab
Coalition"), but a descriptive name in lower case ("Saudi-led coalition") is not taken up by
its bare head. The addressee of a request is then that actor: the nearest one named before,
whose name ends in the same noun. Only a one-word "the N" is read, and only a head noun that
names a body of people (no "the attack", "the ruling"), so that a thing is never made an actor.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from .finder import StanceFinder

#: Head nouns of bodies whose descriptive names the reports repeat by the head alone.
BODY_HEADS = frozenset("coalition alliance junta council committee commission bloc movement front "
                       "militia group mission force".split())
#: How far back (tokens) the named actor may stand.
REACH = 400


def definite_head_actor(f: StanceFinder, j: int, stop: int, holders: list[str]) -> str | None:
    """The actor "the N" in tokens [j, stop) takes up, or None (see the module docstring)."""
    words = [k for k in range(j, stop) if not f.is_space[k]]
    if len(words) != 2 or f.words[words[0]] != "the":
        return None
    head = f.words[words[1]]
    if head not in BODY_HEADS or f.mentions.group_at(words[1]) is not None:
        return None
    names = f._actor_names  # built once per article by the finder
    for g in reversed(f.mentions.groups_between(max(0, j - REACH), j)):
        last = names.get(g.actor, "").split()[-1:]
        if g.actor not in holders and last and last[0].lower() == head:
            return g.actor
    return None
