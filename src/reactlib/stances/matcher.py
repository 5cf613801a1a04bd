"""A linear scan of the tokens for the cues of :mod:`reactlib.stances.lexicon`.

Each token is looked up by its lower-cased text in an index of the words that can
begin a cue; only those few cues are tried, each over at most a handful of tokens.
At one position the longest match wins, and matches do not overlap, so "vowed
complete support for" is one cue, not also a bare "support".
"""

from __future__ import annotations

import operator
from itertools import compress
from typing import Sequence

from attrs import frozen

from .lexicon import CUES, Cue, Slot, cue_index


@frozen
class CueMatch:
    """A cue found in the doc: tokens [start, end)."""

    cue: Cue
    start: int
    end: int


def _match(slots: Sequence[Slot], words: Sequence[str], i: int, k: int = 0) -> int | None:
    """End index of the longest match of ``slots[k:]`` at ``words[i:]``, or None.

    The slot position ``k`` is passed rather than a slice, so no tuple is copied per step."""
    if k == len(slots):
        return i
    first = slots[k]
    best = None
    if i < len(words) and words[i] in first.words:
        best = _match(slots, words, i + 1, k + 1)
    if first.optional:
        skipped = _match(slots, words, i, k + 1)
        if skipped is not None and (best is None or skipped > best):
            best = skipped
    return best


def _followers(slots: Sequence[Slot], first: str) -> frozenset[str] | None:
    """Every word that can come right after ``first`` in a match of ``slots`` that begins with it,
    or None when such a match may end at ``first``.

    ``first`` fills some slot that only optional slots precede; after it, the next word
    fills one of the following slots up to the first required one."""
    follow: set[str] = set()
    for k, slot in enumerate(slots):
        if first in slot.words:
            rest = slots[k + 1:]
            if all(s.optional for s in rest):
                return None
            for s in rest:
                follow |= s.words
                if not s.optional:
                    break
        if not slot.optional:
            break
    return frozenset(follow)


class CueMatcher:
    """Finds every cue of a lexicon in a sequence of lower-cased words."""

    def __init__(self, cues: Sequence[Cue] = CUES) -> None:
        self.index = cue_index(cues)
        #: the same index, each cue with the words that can follow its first word (None: the
        #: cue may end there), so that a cue whose second word is absent is not tried at all
        self._tries = {w: [(cue, _followers(cue.slots, w)) for cue in cues] for w, cues in self.index.items()}

    def find(self, words: Sequence[str], skip: frozenset[str] = frozenset()) -> list[CueMatch]:
        """Cue matches over ``words``; words in ``skip`` (quote marks) are looked through,
        so that 'voiced "alarm"' and '"strongly" condemned' match like plain text."""
        # the words kept and the positions that can begin a cue (a few percent of the text),
        # found with C-level set look-ups: no Python step per token
        kept = list(map(operator.not_, map(skip.__contains__, words)))
        keep = list(compress(range(len(words)), kept))
        seq = list(compress(words, kept))
        out: list[CueMatch] = []
        tries = self._tries
        starts = [(k, tries[seq[k]]) for k in compress(range(len(seq)), map(tries.__contains__, seq))]
        n = len(seq)
        i = 0
        for k, cues in starts:
            if k < i:
                continue  # inside the cue matched last
            i = k
            best: tuple[Cue, int] | None = None
            nxt = seq[i + 1] if i + 1 < n else None
            for cue, followers in cues:
                if followers is not None and nxt not in followers:
                    continue  # its second word is not there: it cannot match
                end = _match(cue.slots, seq, i)
                if end is not None and end > i and (best is None or end > best[1]):
                    best = (cue, end)
            if best is None:
                i += 1
                continue
            out.append(CueMatch(best[0], keep[i], keep[best[1] - 1] + 1))
            i = best[1]
        return out
