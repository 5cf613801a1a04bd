"""One shared, read-once view of a spaCy Doc's tokens for every extractor.

The rule-based extractors index tokens by position again and again. Building a
spaCy ``Token`` object per access costs about as much as tokenising the text
again, and each extractor doing it separately multiplied that cost. This view is
made from one ``Doc.to_array`` call, as plain Python lists, and cached on the Doc
(``doc.user_data``), so all stages of one article share it.
"""

from __future__ import annotations

import bisect
from typing import Any

from spacy.attrs import IDX, LENGTH, SENT_START

_KEY = "reactlib.token_view"


class TokenView:
    """Token texts, lower-cased texts, character offsets and sentences of one Doc."""

    def __init__(self, doc: Any, text: str | None = None) -> None:
        if text is None:
            text = doc.text
        rows = doc.to_array([IDX, LENGTH, SENT_START]).tolist() if len(doc) else []
        self.doc = doc
        self.start: list[int] = [row[0] for row in rows]
        self.end: list[int] = [row[0] + row[1] for row in rows]
        self.text: list[str] = [text[s:e] for s, e in zip(self.start, self.end)]
        self.lower: list[str] = [t.lower() for t in self.text]
        self.is_space: list[bool] = [t.isspace() for t in self.text]
        firsts = [i for i, row in enumerate(rows) if i == 0 or row[2] == 1]
        #: (first token, end token) of every sentence, in order
        self.sents: list[tuple[int, int]] = list(zip(firsts, firsts[1:] + [len(rows)]))
        self._firsts = firsts
        #: sentence number of every token
        self.sentence_index: list[int] = []
        for number, (first, end) in enumerate(self.sents):
            self.sentence_index.extend([number] * (end - first))
        self.has_parser = bool(rows) and doc.has_annotation("DEP")

    def __len__(self) -> int:
        return len(self.text)

    def at_char(self, offset: int) -> int:
        """Index of the token containing or following character ``offset``."""
        return bisect.bisect_right(self.end, offset)

    def sentence_of(self, i: int) -> tuple[int, int]:
        """(first, end) token indices of the sentence holding token ``i``."""
        return self.sents[self.sentence_index[i]] if self.sents else (0, 0)

    def span(self, first: int, last: int) -> tuple[int, int]:
        """Character span of tokens ``first`` … ``last`` (inclusive)."""
        return self.start[first], self.end[last]


def token_view(doc: Any, text: str | None = None) -> TokenView:
    """The Doc's TokenView, made on first use and shared by every later caller."""
    view = doc.user_data.get(_KEY)
    if view is None or view.doc is not doc:
        view = TokenView(doc, text)
        doc.user_data[_KEY] = view
    return view
