"""A light view of a spaCy Doc: parallel lists of token text and offsets.

The rules index tokens by position many times; plain lists are faster than
spaCy attribute access and let the rules run on any tokenisation.
"""

from __future__ import annotations

import bisect
from typing import Any

from spacy.attrs import IDX, LENGTH, SENT_START


class Tokens:
    """Token texts, lower-cased texts, offsets and sentence starts of a Doc."""

    def __init__(self, doc: Any, text: str | None = None) -> None:
        # One array read instead of a Token object per token per attribute: building
        # spaCy Token objects costs as much as tokenising the text again.
        if text is None:
            text = doc.text  # joins every token: pass the text when it is at hand
        if len(doc):
            arr = doc.to_array([IDX, LENGTH, SENT_START]).tolist()
        else:
            arr = []
        self.start = [row[0] for row in arr]
        self.end = [row[0] + row[1] for row in arr]
        self.text = [text[s:e] for s, e in zip(self.start, self.end)]
        self.lower = [t.lower() for t in self.text]
        self.is_space = [t.isspace() for t in self.text]
        starts = [i for i, row in enumerate(arr) if row[2] == 1 or i == 0]
        self.sents = [(s, e) for s, e in zip(starts, starts[1:] + [len(arr)])]
        self._sent_starts = [s for s, _ in self.sents]

        self._doc = doc
        self.has_parser = bool(len(doc)) and doc.has_annotation("DEP")

    def parsed_subject(self, i: int) -> tuple[int, int] | None:
        """With a dependency parse: the subject phrase (first, last) of the verb at token ``i``.

        A user's trained pipeline knows subjects better than position rules do; the
        blank pipeline has no parse and this returns None.
        """
        if not self.has_parser:
            return None
        for child in self._doc[i].children:
            if child.dep_ in ("nsubj", "nsubjpass", "csubj"):
                return child.left_edge.i, child.right_edge.i
        return None

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
