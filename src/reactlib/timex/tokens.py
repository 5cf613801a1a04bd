"""A small tokenizer of our own, so dates are found the same under any spaCy pipeline.

Runs of letters, runs of digits and single other characters are tokens; the
recogniser asks whether two tokens touch (``1990s``, ``mid-March``, ``a.m.``) from
their offsets. The pattern has no nested or overlapping repetition, so it scans
any input in linear time.
"""

from __future__ import annotations

import re
from itertools import accumulate
from typing import NamedTuple

TOKEN = re.compile(r"\d+|[^\W\d_]+|[^\w\s]|_")
#: the same tokens, letters tried first (the commonest), as the kept parts of a split
_SPLIT = re.compile(r"([^\W\d_]+|\d+|[^\w\s]|_)")
_APOSTROPHES = frozenset("\u2019\u2018`")
_TO_APOSTROPHE = dict.fromkeys(_APOSTROPHES, "'")


class Tokens(NamedTuple):
    """Parallel lists: original text, lower case, start and end offset of every token."""

    text: list[str]
    lower: list[str]
    start: list[int]
    end: list[int]

    def __len__(self) -> int:  # type: ignore[override]
        return len(self.text)

    def touches(self, i: int) -> bool:
        """Whether token ``i`` follows token ``i - 1`` with no space between."""
        return 0 < i < len(self.text) and self.start[i] == self.end[i - 1]

    def is_cap(self, i: int) -> bool:
        """Whether token ``i`` starts with a capital letter."""
        return self.text[i][:1].isupper()


def tokenize(text: str) -> Tokens:
    """Every token of ``text`` with its offsets; apostrophes are normalised to ``'``.

    One split keeps the tokens and the text between them alternately, and the running
    sum of their lengths gives every offset: no match object and no append per token."""
    parts = _SPLIT.split(text)
    words = parts[1::2]
    edges = list(accumulate(map(len, parts)))
    lowers = list(map(str.lower, words))
    if "\u2019" in text or "\u2018" in text or "`" in text:
        lowers = list(map(_TO_APOSTROPHE.get, lowers, lowers))  # each word, or "'" for a curly one
    return Tokens(words, lowers, edges[0:-1:2], edges[1::2])


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Rough sentence boundaries, used when no spaCy Doc gives them: ``.!?`` + space, or a line break."""
    spans, begin = [], 0
    for match in re.finditer(r"[.!?][\"'\u201d\u2019)]?\s+|\n", text):
        spans.append((begin, match.end()))
        begin = match.end()
    if begin < len(text):
        spans.append((begin, len(text)))
    return spans
