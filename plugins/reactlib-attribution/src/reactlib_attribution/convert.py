"""Attribution annotations to spaCy Docs with CUE, SOURCE and CONTENT entities.

The tagger is spaCy's transition-based ``ner``, which predicts non-overlapping spans.
Attributions nest ("X said that Y claimed Z": Y's attribution lies inside X's
content), so every article keeps a non-overlapping subset of its role spans: the
attributions are taken innermost first (shortest content first), each adding its
content, cue and source where they overlap nothing already kept. Innermost first keeps
more gold spans than outermost first (an outer content is lost, but its cue and source
usually survive, while the inner attribution is kept whole), and short contents are
the ones an exact-span measure can reward. ``spancat`` would keep the overlap, but its
n-gram suggester cannot propose contents of 50 or 100 tokens, which PolNeAR's are.

Texts are tokenised with reactlib's own tokenizer, so the token boundaries the model
learns are those of the Doc reactlib hands to extractors at parse time.
"""

from __future__ import annotations

from typing import Iterable

from spacy.language import Language
from spacy.tokens import Doc, Span

from .brat import Attribution

CONTENT, CUE, SOURCE = "CONTENT", "CUE", "SOURCE"
LABELS = (CONTENT, CUE, SOURCE)
_SPACE = " \t\r\n\u00a0"


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _SPACE:
        start += 1
    while end > start and text[end - 1] in _SPACE:
        end -= 1
    return start, end


def select_spans(text: str, attributions: Iterable[Attribution]) -> list[tuple[int, int, str]]:
    """A non-overlapping set of (start, end, label) character spans, innermost attributions first."""
    kept: list[tuple[int, int, str]] = []

    def free(start: int, end: int) -> bool:
        return all(end <= s or start >= e for s, e, _ in kept)

    for attribution in sorted(attributions, key=lambda a: (a.content[1] - a.content[0], a.content[0])):
        for label, span in ((CONTENT, attribution.content), (CUE, attribution.cue), (SOURCE, attribution.source)):
            if span is None:
                continue
            start, end = _strip(text, *span)
            if start < end and free(start, end):
                kept.append((start, end, label))
    return sorted(kept)


def to_doc(nlp: Language, text: str, attributions: Iterable[Attribution]) -> tuple[Doc, int]:
    """The article as a Doc of ``nlp``'s tokenizer with its role spans as entities.

    :returns: the Doc and the number of selected spans that could not be set (a span
        that ends inside a token is widened to whole tokens; one that then clashes with
        an entity already set is dropped).
    """
    doc = nlp.make_doc(text)
    ents: list[Span] = []
    dropped = 0
    taken: set[int] = set()
    for start, end, label in select_spans(text, attributions):
        span = doc.char_span(start, end, label=label, alignment_mode="expand")
        if span is None or len(span) == 0 or any(i in taken for i in range(span.start, span.end)):
            dropped += 1
            continue
        taken.update(range(span.start, span.end))
        ents.append(span)
    doc.ents = ents
    return doc, dropped
