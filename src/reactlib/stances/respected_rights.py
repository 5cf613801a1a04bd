"""Respect for a named party's own right or choice is support of that party.

"Moscow respected Armenia's sovereign right to choose its allies", "Oslo respects the sovereign
right of Iceland to decide", "fully respects Kenya's decision": the holder sides with the one
whose right or choice it defends (PLOVER SUPPORT), as the golds record it. Only the owner named
as an actor is a target; "respects the sovereign right of every country" names none and
"respected the ceasefire" is no one's right. The bare "respect" is left out: it is what asks
and demands are about ("urged X to respect ...", "Y must respect ..."), which are not support.
"""

from __future__ import annotations

from typing import Callable, Sequence

from .skipping import skip_words
from .unnamed_subject import POSSESSIVE_MARKS

#: What a party owns that others may respect.
OWNED = frozenset("right rights sovereignty decision choice choices independence wishes will".split())
#: Words that may qualify what is owned ("sovereign right", "legitimate choice").
_QUALIFIERS = frozenset("sovereign inalienable legitimate legal full own independent democratic free "
                        "territorial".split())
#: Words that may stand between "respects" and the owner ('"fully respects', "respects entirely").
_LEAD_INS = frozenset({'"', "“", "”", "fully", "entirely"})


def respected_owner(words: Sequence[str], j: int, stop: int,
                    group_end_at: Callable[[int], int | None]) -> bool:
    """Whether tokens [j, stop) after "respects" name an actor's right or choice.

    ``group_end_at(k)`` gives the end of the actor mention starting at ``k`` (or None):
    "Armenia 's sovereign right" or "the sovereign right of Armenia" (not "the independence of
    Armenia's courts", whose owner is no actor).
    """
    k = skip_words(words, j, stop, _LEAD_INS)
    end = group_end_at(k) if k < stop else None
    if end is not None:
        k = skip_words(words, end, stop, POSSESSIVE_MARKS)
        k = skip_words(words, k, stop, _QUALIFIERS)
        return k < stop and words[k] in OWNED
    if k < stop and words[k] == "the":
        k = skip_words(words, k + 1, stop, _QUALIFIERS)
        if k < stop and words[k] in OWNED:
            k = skip_words(words, k + 1, stop)
            if k + 1 >= stop or words[k] != "of":
                return False
            end = group_end_at(skip_words(words, k + 1, stop))
            # "the independence of Zambia's institutions": the owner is the institutions
            return end is not None and (end >= stop or words[end] not in POSSESSIVE_MARKS)
    return False
