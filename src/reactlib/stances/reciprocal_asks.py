"""An ask of two named parties to meet each other is one appeal to both, with no single target.

"urges President Ruto and his Tanzanian counterpart to meet", "called on Peru and Ecuador to
hold talks": what is asked is something the two can only do together. It is the same appeal as
"called on both sides to talk", which the output contract and the golds record once, with a
null target (the parties go in ``extra["addressees"]``). A one-sided ask of the same two
("called on Peru and Ecuador to withdraw their troops") stays an ask of each.
"""

from __future__ import annotations

from typing import Sequence

from .skipping import skip_words

#: Verbs whose doing needs the other party: the ask is of both together.
RECIPROCAL_VERBS = frozenset(
    "meet talk negotiate reconcile confer resume hold engage sit settle reach".split())
#: What "hold", "resume", "engage", "sit", "settle", "reach" must be about to be reciprocal.
RECIPROCAL_OBJECTS = frozenset(
    "talks dialogue negotiations meeting summit down differences dispute agreement deal".split())
#: Words skipped before the verb ("to urgently meet", "to \"meet").
_SKIP = frozenset({'"', "“", "”", "urgently", "immediately", "quickly", "directly", "again", "soon"})


def reciprocal_ask(words: Sequence[str], a: int, b: int) -> bool:
    """Whether the ask in tokens [a, b) (right after "to") is one the parties do together."""
    k = skip_words(words, a, b, _SKIP)
    if k >= b or words[k] not in RECIPROCAL_VERBS:
        return False
    if words[k] in ("meet", "talk", "negotiate", "reconcile", "confer"):
        return True
    rest = [w for w in words[k + 1:min(b, k + 6)] if w.strip()]
    return any(w in RECIPROCAL_OBJECTS for w in rest[:3])
