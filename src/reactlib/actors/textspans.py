"""Sentences and quoted stretches of an article, found by linear scans.

Coreference needs two facts about a position: which sentence it is in (the
subject of this or the previous sentence is usually who "he" or "the ministry"
is) and whether it lies inside quotation marks (inside a quote "he" and "we" are
the speaker's words, not the reporter's). Both are computed here in one pass over
the characters (regular expressions with no nested repeats), so junk input costs linear time.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import Any, Sequence

from ..tokens import token_view

_STARTS_KEY = "reactlib.sentence_starts"
_SENTENCE_INDEX_KEY = "reactlib.sentence_index"
_OPEN_CLOSE = {"\u201c": "\u201d", "\u00ab": "\u00bb", "\u201e": "\u201c"}
_SENTENCE_END = ".!?"
#: a line break and the white space after it, or a sentence end, closing quotes and the spaces after
#: them: one break each for :func:`sentence_starts_from_text` (linear: no nested repeats)
_BREAKS = re.compile("[\n%s](?:(?<=\n)\\s*|(?<=[%s])[\"'\u201d\u2019)]* +)" % (_SENTENCE_END, _SENTENCE_END))
#: every character :func:`_quoted_spans` reacts to: line breaks, openers and closers
_MARKS = re.compile("[\n\"%s]" % "".join(sorted(set(_OPEN_CLOSE) | set(_OPEN_CLOSE.values()) | {"\u201d"})))


#: A capitalised name word, accented capitals and letters included ("Émile", "Nuñez", "al-Tamimi"):
#: the regex text the apposed-name rules (aides, one_of_them, principal_spokesmen) build their names from
NAME_WORD = r"[A-Z\u00c0-\u00de][\w'\u2019\u00c0-\u024f-]+"

def line_sentence_start(text: str, at: int) -> int:
    """Where the sentence holding ``at`` starts, by the crude text-only test the late actor passes
    use (after the last ". " or line break before it), for when no Doc is at hand."""
    return max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Character spans (start, end) of quoted stretches (see :func:`_quoted_spans`); the last few texts are
    remembered, because the actor extractor and every linker built for one article ask again."""
    return list(_quoted_spans_cached(text))


@lru_cache(maxsize=4)
def _quoted_spans_cached(text: str) -> tuple[tuple[int, int], ...]:
    return tuple(_quoted_spans(text))


def _quoted_spans(text: str) -> list[tuple[int, int]]:
    """Character spans (start, end) of quoted stretches, quotation marks included.

    Curly and guillemet pairs nest nowhere in news copy, so one open mark is
    tracked at a time; a straight double quote toggles. A paragraph break closes
    whatever is open, so one stray mark cannot swallow the rest of the article.
    """
    spans: list[tuple[int, int]] = []
    open_at: int | None = None
    closer = ""
    # only line breaks and quotation marks matter: visit those alone, not every character
    for found in _MARKS.finditer(text):
        i, ch = found.start(), found.group()
        if ch == "\n":
            if open_at is not None:
                spans.append((open_at, i))
                open_at = None
            continue
        if open_at is None:
            if ch == '"':
                open_at, closer = i, '"'
            elif ch in _OPEN_CLOSE:
                open_at, closer = i, _OPEN_CLOSE[ch]
        elif ch == closer or (closer == '"' and ch == "\u201d"):
            spans.append((open_at, i + 1))
            open_at = None
    if open_at is not None:
        spans.append((open_at, len(text)))
    return spans


class QuoteIndex:
    """Answers "is this offset inside quotation marks, and which quote?" in O(log n)."""

    def __init__(self, spans: Sequence[tuple[int, int]]) -> None:
        self.spans = list(spans)
        self._starts = [s for s, _ in self.spans]

    def quote_of(self, offset: int) -> int | None:
        """Index of the quoted span containing ``offset`` (strictly inside), or None."""
        i = bisect.bisect_right(self._starts, offset) - 1
        if i >= 0 and self.spans[i][0] < offset < self.spans[i][1]:
            return i
        return None

    def inside(self, offset: int) -> bool:
        return self.quote_of(offset) is not None


def sentence_starts_from_text(text: str) -> list[int]:
    """Sentence start offsets by a simple rule: after . ! ? (and closing quotes) + space, and at line breaks.

    The candidate breaks are found by :data:`_BREAKS` (a C-level scan that stops only at a line
    break or a . ! ?; a Python step per character cost more than the rest of the actor stage's
    sentence work), and kept when a capital or an opening quote follows (any character after a
    line break)."""
    starts = [0]
    n = len(text)
    for m in _BREAKS.finditer(text):
        k = m.end()
        if k < n and k != starts[-1] and (text[m.start()] == "\n" or text[k].isupper() or text[k] in "\"\u201c"):
            starts.append(k)
    return starts


def _doc_sentences(doc: Any) -> tuple[tuple[int, int, bool], ...] | None:
    """(start token, start char, is blank) of the Doc's sentences, or None when it has none.

    Remembered in ``doc.user_data`` because the recogniser and every linker built for one article
    ask, and ``Doc.has_annotation`` alone is a pass creating a Python object per token.
    """
    data = doc.user_data if isinstance(getattr(doc, "user_data", None), dict) else None
    if data is not None:
        cached = data.get(_STARTS_KEY)
        if cached is not None and cached[0] == len(doc):
            return cached[1]
    found = None
    if doc.has_annotation("SENT_START"):
        if "sents" in doc.user_hooks:  # a custom segmenter: only ``Doc.sents`` knows its sentences
            found = tuple((sent.start, sent.start_char, sent.text.isspace()) for sent in doc.sents)
        else:
            # the shared token view's sentences: no spaCy Span per sentence
            # the view's whitespace flags, made once per Doc: no ``isspace`` call per token here
            view = token_view(doc)
            is_space = view.is_space
            found = tuple((first, view.start[first], all(is_space[first:end])) for first, end in view.sents)
    if data is not None:
        data[_STARTS_KEY] = (len(doc), found)
    return found


def sentence_start_tokens(doc: Any) -> frozenset[int]:
    """Indices of the tokens that open a sentence of the Doc (empty when it has no sentences)."""
    found = _doc_sentences(doc)
    return frozenset(t for t, _, _ in found) if found else frozenset()


def sentence_starts(text: str, doc: Any = None) -> list[int]:
    """Sentence start offsets: the Doc's sentences when it has them, else :func:`sentence_starts_from_text`."""
    found = _doc_sentences(doc) if doc is not None else None
    if found is not None:
        # a paragraph break is a "sentence" of whitespace to spaCy; it is no sentence to a reader
        return [char for _, char, blank in found if not blank] or [0]
    return sentence_starts_from_text(text)


class SentenceIndex:
    """Which sentence an offset falls in."""

    def __init__(self, starts: Sequence[int]) -> None:
        self.starts = list(starts) or [0]

    def index(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self.starts, offset) - 1)


def shared_sentence_index(text: str, doc: Any = None) -> SentenceIndex:
    """``SentenceIndex(sentence_starts(text, doc))``, made once per Doc and shared (read-only).

    Why: the actor stage builds a linker for each of several passes and the later stages one
    more; each read the same sentence starts again. Kept in ``doc.user_data`` with the Doc's
    length, as :func:`_doc_sentences` is; without a Doc (or its ``user_data``) a new index."""
    data = doc.user_data if doc is not None and isinstance(getattr(doc, "user_data", None), dict) else None
    if data is not None:
        cached = data.get(_SENTENCE_INDEX_KEY)
        if cached is not None and cached[0] == len(doc) and cached[1] is text:
            return cached[2]
    index = SentenceIndex(sentence_starts(text, doc))
    if data is not None:
        data[_SENTENCE_INDEX_KEY] = (len(doc), text, index)
    return index


@lru_cache(maxsize=4)
def shared_quote_index(text: str) -> QuoteIndex:
    """``QuoteIndex(quoted_spans(text))``, made once for the last few texts and shared (read-only):
    every linker of one article asks for the same one."""
    return QuoteIndex(quoted_spans(text))


def untitled_role_window(text: str, starts: Sequence[int], first: int, role: str,
                         closers: tuple[str, ...]) -> tuple[int, int] | None:
    """(where the role word stands, where the window for its antecedent opens) for a person whose
    first mention at ``first`` comes right after the title ``role``; None when the title is not
    there or has a capitalised word of its own before it ("Kenyan Commissioner …") that no
    ``closers`` punctuation ends. The window is the paragraph's, at most from the sentence before.
    Shared by :mod:`government_voices` and :mod:`body_officials`."""
    title_at = text.rfind(role, max(0, first - len(role) - 3), first)
    if title_at < 0:
        return None
    before = text[max(0, title_at - 30):title_at].rstrip()
    if before and before.split()[-1][:1].isupper() and not before.endswith(closers):
        return None
    i = bisect.bisect_right(starts, title_at)  # starts[:i] open at or before the title
    return title_at, max(text.rfind("\n\n", 0, title_at), starts[i - 2] if i >= 2 else 0)
