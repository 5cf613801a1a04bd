"""A light view of a spaCy Doc: parallel lists of token text and offsets.

The rules index tokens by position many times; plain lists are faster than
spaCy attribute access and let the rules run on any tokenisation.
"""

from __future__ import annotations

import bisect
from typing import Any


class Tokens:
    """Token texts, lower-cased texts, offsets and sentence starts of a Doc."""

    def __init__(self, doc: Any) -> None:
        self.text = [t.text for t in doc]
        self.lower = [t.lower_ for t in doc]
        self.start = [t.idx for t in doc]
        self.end = [t.idx + len(t.text) for t in doc]
        self.is_space = [t.is_space for t in doc]
        self.sents = [(s.start, s.end) for s in doc.sents] if len(doc) else []
        self._sent_starts = [s for s, _ in self.sents]

    def __len__(self) -> int:
        return len(self.text)

    def at_char(self, offset: int) -> int:
        """Index of the token containing or following character ``offset``."""
        return bisect.bisect_right(self.end, offset)

    def sentence_of(self, i: int) -> tuple[int, int]:
        """(first, end) token indices of the sentence holding token ``i``."""
        k = bisect.bisect_right(self._sent_starts, i) - 1
        return self.sents[max(k, 0)]

    def span(self, first: int, last: int) -> tuple[int, int]:
        """Character span of tokens ``first`` … ``last`` (inclusive)."""
        return self.start[first], self.end[last]
