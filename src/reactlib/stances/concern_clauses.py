""""Regretted that Eritrea had chosen not to engage": the subject of a concern's clause.

A concern or a regret is often told with a that-clause whose subject is the actor whose conduct
worries the holder ("expressed concern that Laos had expelled the monitors", "we regret that
Eritrea has refused"). That subject is the stance's target. Only a subject opening the clause
counts (perhaps after "the"): an actor further in ("concern that the fighting in Sudan could
spread") is a place or a bystander, and the stance keeps no target.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .mentions import QUOTE_MARKS, Group

if TYPE_CHECKING:  # pragma: no cover
    from .finder import StanceFinder

#: Words that may stand between "that" and the subject ("that the junta had …").
SUBJECT_LEADS = frozenset({"the"})


def concern_subject(f: StanceFinder, j: int, wend: int, holders: list[str]) -> Group | None:
    """The actor opening the that-clause at token ``j`` (the object of a concern cue), unless it
    is a holder or one voice with one."""
    k = j
    while k < wend and (f.words[k] in QUOTE_MARKS or f.is_space[k]):
        k += 1
    if k >= wend or f.words[k] != "that":
        return None
    k = f.next_nonspace(k + 1, wend)
    if k < wend and f.words[k] in SUBJECT_LEADS:
        k = f.next_nonspace(k + 1, wend)
    g = next(iter(f.mentions.groups_between(k, wend)), None)
    if g is None or g.start > k:  # opening the clause, so its subject (no place further in)
        return None
    if f.holder_voice(g.actor, holders):
        return None
    return g
