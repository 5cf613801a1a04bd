"""A guard that keeps spaCy's tokenizer linear on hostile text.

spaCy's rule-based tokenizer strips prefixes and suffixes from a whitespace-free
chunk one at a time, and each step costs time proportional to what is left of the
chunk: a run of n quotation marks, brackets or emoji with no space in it takes time
proportional to n squared (100,000 quotation marks: hours). Ordinary words are
short, so ordinary text never notices.

:func:`guard_tokenizer` wraps ``nlp.tokenizer``: text whose chunks are all at most
:data:`MAX_CHUNK` characters goes to spaCy unchanged (the same Doc as before); a
longer chunk is cut by a linear rule instead (runs of letters and digits, capped at
:data:`MAX_CHUNK`, and every other character alone), and the text around it is
tokenized by spaCy as usual. The Doc's text is always the input text, character
for character, so offsets are unaffected.
"""

from __future__ import annotations

import re
from typing import Callable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

#: Longest whitespace-free chunk handed to spaCy's tokenizer. Past ~60 characters its
#: per-character cost on runs of affix characters grows noticeably; real words, numbers,
#: hashtags and most URLs are shorter.
MAX_CHUNK = 64

_LONG_CHUNK = re.compile(r"\S{%d,}" % (MAX_CHUNK + 1))  # a bounded repeat: linear scan


def _linear_pieces(chunk: str) -> Iterator[str]:
    """Runs of word characters (at most MAX_CHUNK long) and single other characters."""
    start = 0
    n = len(chunk)
    while start < n:
        end = start + 1
        if chunk[start].isalnum():
            limit = min(n, start + MAX_CHUNK)
            while end < limit and chunk[end].isalnum():
                end += 1
        yield chunk[start:end]
        start = end


class GuardedTokenizer:
    """``nlp.tokenizer`` with long whitespace-free chunks cut in linear time (see the module)."""

    def __init__(self, tokenizer: Callable[[str], Doc]) -> None:
        self.tokenizer = tokenizer
        self.vocab = tokenizer.vocab

    def __call__(self, text: str) -> Doc:
        if _LONG_CHUNK.search(text) is None:
            return self.tokenizer(text)
        words: list[str] = []
        spaces: list[bool] = []
        position = 0
        for match in _LONG_CHUNK.finditer(text):
            self._spacy_tokens(text[position:match.start()], words, spaces)
            for piece in _linear_pieces(match.group()):
                words.append(piece)
                spaces.append(False)
            position = match.end()
        self._spacy_tokens(text[position:], words, spaces)
        return Doc(self.vocab, words=words, spaces=spaces)

    def _spacy_tokens(self, region: str, words: list[str], spaces: list[bool]) -> None:
        if not region:
            return
        for token in self.tokenizer(region):
            words.append(token.text)
            spaces.append(bool(token.whitespace_))

    # spaCy serialises the tokenizer with the pipeline; delegate to the wrapped one.
    def to_bytes(self, **kwargs):  # pragma: no cover - delegation
        return self.tokenizer.to_bytes(**kwargs)

    def from_bytes(self, data, **kwargs):  # pragma: no cover - delegation
        self.tokenizer.from_bytes(data, **kwargs)
        return self

    def to_disk(self, path, **kwargs):  # pragma: no cover - delegation
        self.tokenizer.to_disk(path, **kwargs)

    def from_disk(self, path, **kwargs):  # pragma: no cover - delegation
        self.tokenizer.from_disk(path, **kwargs)
        return self


def guard_tokenizer(nlp: Language) -> Language:
    """Wrap ``nlp``'s tokenizer in a :class:`GuardedTokenizer` (once); returns ``nlp``."""
    if not isinstance(nlp.tokenizer, GuardedTokenizer):
        nlp.tokenizer = GuardedTokenizer(nlp.tokenizer)
    return nlp
