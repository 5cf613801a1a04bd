"""The tagger's CONTENT, CUE and SOURCE spans as reactlib Quote records.

The tagger labels spans but does not say which cue and source belong to which content.
PolNeAR's attributions are local, so each content takes the nearest cue in the
sentences it touches, and that cue the nearest source in its own sentence (or the
content's, when no cue was found). A cue may serve several contents ("said A and B").
"""

from __future__ import annotations

from typing import Any, Callable, NamedTuple, Sequence

from .convert import CONTENT, CUE, SOURCE

Bounds = Callable[[int], tuple[int, int]]

#: quotation marks that open or close a quotation in news text
OPENING = "\"\u201c\u2018'\u00ab"
CLOSING = "\"\u201d\u2019'\u00bb"
QUOTES = set(OPENING) | set(CLOSING)
_EDGE = " \t\r\n.,;:"


class Attributed(NamedTuple):
    """One content with the cue and source the tagger found for it (character spans)."""

    content: tuple[int, int]
    cue: tuple[int, int] | None
    source: tuple[int, int] | None


def _gap(a: tuple[int, int], b: tuple[int, int]) -> int:
    """Characters between two spans (0 when they touch or overlap)."""
    return max(0, b[0] - a[1], a[0] - b[1])


def _nearest(spans: Sequence[tuple[int, int]], anchor: tuple[int, int], lo: int, hi: int) -> tuple[int, int] | None:
    inside = [s for s in spans if s[0] >= lo and s[1] <= hi]
    return min(inside, key=lambda s: (_gap(s, anchor), s[0])) if inside else None


def pair_spans(spans: Sequence[tuple[int, int, str]], bounds: Bounds) -> list[Attributed]:
    """Every CONTENT span with its nearest CUE and SOURCE, in text order.

    :param bounds: the (start, end) of the sentence holding a character offset.
    """
    cues = [(s, e) for s, e, label in spans if label == CUE]
    sources = [(s, e) for s, e, label in spans if label == SOURCE]
    out = []
    for start, end, label in spans:
        if label != CONTENT:
            continue
        content = (start, end)
        lo, hi = bounds(start)[0], bounds(max(start, end - 1))[1]
        cue = _nearest(cues, content, lo, hi)
        anchor = cue if cue is not None else content
        s_lo, s_hi = bounds(anchor[0]) if cue is not None else (lo, hi)
        source = _nearest(sources, anchor, s_lo, s_hi)
        out.append(Attributed(content, cue, source))
    return out


def kind_of(text: str, start: int, end: int) -> str:
    """direct when the content is one quotation, partial when it holds quotation marks, else indirect."""
    inner = text[start:end].strip(_EDGE)
    if len(inner) >= 2 and inner[0] in OPENING and inner[-1] in CLOSING \
            and not any(ch in QUOTES for ch in inner[1:-1] if ch not in "'\u2019"):
        return "direct"
    if any(ch in inner for ch in "\"\u201c\u201d\u00ab\u00bb") or (inner[:1] == "\u2018" and "\u2019" in inner[1:]):
        return "partial"
    return "indirect"


def sentence_bounds_of(doc: Any, text: str) -> Bounds:
    """A function giving the sentence around an offset, from the Doc's sentences (or the paragraph)."""
    starts: list[int] = []
    try:
        if doc is not None and doc.has_annotation("SENT_START"):
            starts = [sent.start_char for sent in doc.sents]
    except Exception:  # a Doc without boundaries: fall back on paragraphs
        starts = []
    if not starts:
        starts = [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]
    import bisect

    ends = starts[1:] + [len(text)]

    def bounds(offset: int) -> tuple[int, int]:
        k = max(0, bisect.bisect_right(starts, offset) - 1)
        return starts[k], ends[k]

    return bounds
