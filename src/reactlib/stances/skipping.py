"""Passing over blanks and filler words in a stretch of lower-cased tokens.

The small readers that look past a cue for one word ("respects the sovereign right of",
"invited X for direct talks", "to urgently meet") all need the first token that is neither
a space nor one of a few words they may step over; this is that loop, shared so that each
reader lists only its own filler words.
"""

from __future__ import annotations

from typing import Sequence


def skip_words(words: Sequence[str], k: int, stop: int, skippable: frozenset[str] = frozenset()) -> int:
    """The first index from ``k`` (below ``stop``) whose token is neither blank nor in
    ``skippable``; ``stop`` (or ``k``, if larger) when there is none."""
    while k < stop and (not words[k].strip() or words[k] in skippable):
        k += 1
    return k
