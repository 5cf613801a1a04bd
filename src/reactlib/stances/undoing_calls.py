"""Calls to undo an act: "called for the reopening of the border", "demanded the lifting of the ban".

A call whose object is the undoing of an act names no one, but it is addressed to whoever did
the act: "Kenya closed its border with Uganda … South Sudan called for the immediate reopening of
the border" is a demand on Kenya, as "urged Kenya to reopen the border" is. The noun of undoing
("reopening", "lifting", "reinstatement"; a release is left to the finder's own reading of who
holds the one detained) is matched to the verbs that tell the act it
undoes ("closed", "banned", "suspended"), and the author of that act is found as
:mod:`.act_authors` finds the author of "the closure": the subject of the nearest such verb
before the call. A call for something new ("called for an inquiry", "for the opening of talks")
undoes nothing and keeps no target.
"""

from __future__ import annotations

from collections.abc import Sequence

#: Nouns of undoing and the verb forms telling the act each one undoes.
UNDONE_ACT_VERBS: dict[str, frozenset[str]] = {
    noun: frozenset(forms.split()) for noun, forms in {
        "reopening": "closed closes shut", "re-opening": "closed closes shut",
        "lifting": "imposed imposes banned bans blockaded suspended froze frozen",
        "reinstatement": "suspended suspends dismissed dismisses expelled expels sacked fired",
        "return": "expelled expels deported deports seized seizes",
        "reversal": "banned bans suspended suspends revoked revokes cancelled canceled closed",
    }.items()}
#: Words that may stand between the determiner and the noun ("the immediate reopening").
MODIFIERS = frozenset("immediate swift prompt unconditional quick speedy urgent full safe early".split())
#: How far after the cue (tokens) the determiner may stand.
REACH = 3


def undone_act(words: Sequence[str], a: int, b: int) -> frozenset[str] | None:
    """The verb forms of the act undone by a call's object in tokens [a, b): "the immediate
    reopening of the border" gives the forms of closing; anything else gives None."""
    k = a
    if k >= min(b, len(words)) or words[k] not in ("the", "a", "an"):
        return None
    k += 1
    while k < min(b, len(words)) and words[k] in MODIFIERS:
        k += 1
    if k + 1 >= min(b + 2, len(words)) or words[k] not in UNDONE_ACT_VERBS or words[k + 1] != "of":
        return None
    return UNDONE_ACT_VERBS[words[k]]
