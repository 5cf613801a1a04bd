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


def kind_of(text: str, start: int, end: int, cue: tuple[int, int] | None = None) -> str:
    """direct when the content is one quotation, partial when it holds quotation marks, else indirect.

    With the ``cue`` of the content, a quotation interrupted by its own attribution
    (``"We tried," she said, "but it failed."``, the way PolNeAR marks such a content) is
    direct too: one short stretch outside the marks, holding the cue.
    """
    inner = text[start:end].strip(_EDGE)
    if len(inner) >= 2 and inner[0] in OPENING and inner[-1] in CLOSING \
            and not any(ch in QUOTES for ch in inner[1:-1] if ch not in "'\u2019"):
        return "direct"
    if cue is not None and _interrupted_by(text, start, end, cue):
        return "direct"
    if any(ch in inner for ch in "\"\u201c\u201d\u00ab\u00bb") or (inner[:1] == "\u2018" and "\u2019" in inner[1:]):
        return "partial"
    return "indirect"


#: double quotation marks (single ones double as apostrophes)
_DOUBLE_OPEN = "\u201c\u00ab"
_DOUBLE_CLOSE = "\u201d\u00bb"
_MAX_INTERRUPTION = 120


def _interrupted_by(text: str, start: int, end: int, cue: tuple[int, int]) -> bool:
    """The span is two quotations with only the attribution holding ``cue`` between them."""
    while start < end and text[start] in _EDGE:
        start += 1
    while end > start and text[end - 1] in _EDGE:
        end -= 1
    if end - start < 2 or text[start] not in _DOUBLE_OPEN + '"' or text[end - 1] not in _DOUBLE_CLOSE + '"':
        return False
    outside, quoted = [], False
    for i in range(start, end):
        ch = text[i]
        if ch in _DOUBLE_OPEN or (ch == '"' and not quoted):
            quoted = True
        elif ch in _DOUBLE_CLOSE or ch == '"':
            quoted = False
        elif not quoted:
            if outside and outside[-1][1] == i:
                outside[-1][1] = i + 1
            else:
                outside.append([i, i + 1])
    return (len(outside) == 1 and outside[0][0] <= cue[0] and cue[1] <= outside[0][1]
            and outside[0][1] - outside[0][0] <= _MAX_INTERRUPTION)


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
