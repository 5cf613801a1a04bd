""""The three European powers condemned …": a counted group of states as a stance's holder.

Wire copy names a list once ("France, Germany and Britain …") and goes on with a counted
noun phrase ("the three European powers", "the two countries", "the four governments"). The
phrase stands for each member of the nearest list before it of exactly that many actors that
are no people; with no such list (or one of another length) it stands for no one, so that a
guess is never made.
"""

from __future__ import annotations

#: Number words a counted group is told by.
COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
#: Plural nouns for states and their governments.
STATE_NOUNS = frozenset("powers countries nations governments states allies partners capitals neighbours "
                        "neighbors members signatories".split())
#: How far back (tokens) the list may be.
LIST_WINDOW = 400
#: How many words (adjectives: "European", "Western", "Gulf") may stand between the number and the noun.
MAX_ADJECTIVES = 2


def counted_group(finder, k: int, floor: int) -> list[str] | None:
    """The members a counted state noun at token ``k`` stands for ("the three European powers"),
    when the phrase opens the subject; None otherwise."""
    if finder.words[k] not in STATE_NOUNS:
        return None
    for back in range(1, MAX_ADJECTIVES + 2):
        c = k - back
        if c < 1 or c < floor:
            return None
        count = COUNTS.get(finder.words[c])
        if count is None:
            continue
        if finder.words[c - 1] != "the" or not finder._opens_subject(c - 1, floor):
            return None
        return _list_of(finder, c - 1, count)
    return None


def _list_of(finder, before: int, count: int) -> list[str] | None:
    """The nearest list before token ``before`` of exactly ``count`` actors that are no people."""
    for g in reversed(finder.mentions.groups_between(max(0, before - LIST_WINDOW), before)):
        chain = finder.coordinated_left(g)
        if len(chain) < 2:
            continue
        if len(chain) == count and all(x.kind != "person" for x in chain) \
                and len({x.actor for x in chain}) == count:
            return [x.actor for x in chain]
        return None  # the nearest list has another length: no guess
    return None
