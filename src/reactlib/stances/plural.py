""""They" after a list of actors: all of them, not the first.

"Japan, South Korea and Australia said they were deeply concerned", "France, Britain and Germany
said in a joint statement that they deeply regret …": the plural pronoun stands for the whole
subject of its sentence — each country of a list, or the group the actor extractor made of a
joint statement — where the nearest-mention rule would give only one member. Only a subject
of the same sentence counts: across sentences "they" may be anyone plural.
"""

from __future__ import annotations


def plural_subject(finder, k: int, skip) -> list[str] | None:
    """The actors "they" at token ``k`` stands for, when the sentence opens with a list of
    actors or a group actor as its subject; None to leave it to the ordinary resolution."""
    sstart, _ = finder.sent_bounds(k)
    for g in reversed(finder.mentions.groups_between(sstart, k)):
        if any(s <= g.start < e for s, e in skip):
            continue
        if finder.oblique(g) or g.possessive or finder.modifies_thing(g):
            continue
        chain = finder.coordinated_left(g, subjects_only=True)
        if len(chain) >= 2 and all(x.kind != "person" for x in chain):
            return [x.actor for x in chain]
        if len(chain) == 1 and g.kind == "group" and "," in finder.words[g.start:g.end]:
            return [g.actor]  # "France, Britain and Germany" as one joint voice
        return None
    return None
