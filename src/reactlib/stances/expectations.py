""""expected X to VP" is a demand on X when what X is to do is an act asked of it.

"Berlin expected Riyadh to explain itself", "Germany expected Hungary to lift its veto": a
government that says it expects another to act is demanding it (PLOVER REQUEST). The same
verb also forecasts: "analysts expected Argentina to win", "growth is expected to slow",
"expected Beijing to grow by five percent". The cue ("expect" in :mod:`.lexicon`) is read only
with a named addressee before "to" (the request frame's pivot), never in the passive, and never
when the infinitive is an outcome that befalls its subject rather than an act it can be asked
to do, nor with a passive infinitive ("expected her to be freed"), whose addressee is not
the one named.
"""

from __future__ import annotations

from typing import Sequence

#: Infinitives of outcomes, forecast rather than asked ("to win", "to grow", "to remain").
OUTCOME_VERBS = frozenset(
    "win lose grow rise fall increase decrease decline slow shrink expand remain stay become "
    "reach arrive happen occur resume continue last follow succeed fail prevail dominate "
    "top finish land hit veto pass collapse recover".split())
#: Words before the cue that make it a passive or a forecast of the subject itself.
PASSIVE = frozenset("is are was were be been being widely".split())


def asks_act(words: Sequence[str], cue_at: int, pivot: int | None, end: int) -> bool:
    """Whether "expected" at ``cue_at`` with its "to" at ``pivot`` asks an act (see above)."""
    if pivot is None:
        return False
    k = cue_at - 1
    while k >= 0 and not words[k].strip():
        k -= 1
    if k >= 0 and words[k] in PASSIVE:
        return False
    v = pivot + 1
    while v < end and (not words[v].strip() or words[v] in ('"', "“", "”")):
        v += 1
    # "expected her to be freed": a passive infinitive asks someone else (the one holding her)
    return v < end and words[v] not in OUTCOME_VERBS and words[v] != "be"
