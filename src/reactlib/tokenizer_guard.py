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

The wrapper also keeps spaCy's own chunk cache working. spaCy remembers how it split
each whitespace-free chunk, but stops storing chunks for the rest of a text once one
special case (``'s``, ``U.S.``, ``don't``) has occurred in it, which in news copy is
within the first sentence: nearly every chunk is then split afresh with the affix
rules, article after article. Splitting a chunk depends on the chunk alone (that is
what lets spaCy cache it), so :class:`GuardedTokenizer` hands each chunk it has not
seen before to spaCy on its own, once, where spaCy stores it as it always would;
the article that follows finds it in the cache. The tokens are the same; the cost of
tokenising ordinary news falls several times over. At most ``max_cache_size``
chunks are handed over, as spaCy stores no more than that.
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
        #: chunks already handed to spaCy on their own (see the module docstring)
        self._seen: set[str] = set()
        self._seen_limit: int = getattr(tokenizer, "max_cache_size", 0)

    def __call__(self, text: str) -> Doc:
        # One split serves both the chunk cache and the test for long chunks (``str.split``
        # and the pattern's ``\S`` agree on what whitespace is).
        chunks = text.split()
        if len(self._seen) < self._seen_limit:
            self._cache_new_chunks(chunks)
        if not chunks or max(map(len, chunks)) <= MAX_CHUNK:
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

    def _cache_new_chunks(self, chunks: list[str]) -> None:
        """Tokenise each chunk (of a text) not seen before on its own, so that spaCy caches it."""
        seen = self._seen
        # Nearly every chunk has been seen before: test each against the set, without first
        # building a set of the text's chunks (which hashed and stored all of them again).
        new = [chunk for chunk in chunks if chunk not in seen]
        if not new:
            return
        for chunk in dict.fromkeys(new):  # once each, in text order
            if len(seen) >= self._seen_limit:
                return
            seen.add(chunk)
            if len(chunk) <= MAX_CHUNK:  # longer ones never reach spaCy whole
                self.tokenizer(chunk)

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
