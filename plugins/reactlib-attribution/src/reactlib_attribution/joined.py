"""Joining a quotation split by its own attribution into one quote.

News text interrupts a quotation to attribute it: ``"The harbour will stay closed," the
port director said, "until the storm has passed."``. PolNeAR annotates that as one
content from the first quotation mark to the last (a discontinuous span, which its
scorer reads whole), and the tagger often marks it so; but the rules, and sometimes the
tagger, give two quotes, one each side of "the port director said". Two consecutive
quotes are joined when

- the first ends at a closing quotation mark and the second starts at an opening one,
- the words between them hold the cue of one of them (the interruption is the attribution),
- and those words are short (at most :data:`MAX_GAP` characters) and within the paragraph.

The joined quote keeps the cue and speaker found between the pieces; it is ``direct``
when both pieces were, else ``partial``.
"""

from __future__ import annotations

from typing import Sequence

import attrs
from reactlib import Quote

from .records import CLOSING, OPENING

#: the longest interruption (characters) joined: an attribution, not a new passage
MAX_GAP = 120
_TRAILING = " ,.;:!?"


def _ends_quotation(text: str, quote: Quote) -> bool:
    end = quote.end
    while end > quote.start and text[end - 1] in _TRAILING:
        end -= 1
    return (end > quote.start and text[end - 1] in CLOSING) or (quote.end < len(text) and text[quote.end] in CLOSING)


def _starts_quotation(text: str, quote: Quote) -> bool:
    return text[quote.start] in OPENING or (quote.start > 0 and text[quote.start - 1] in OPENING)


def _cue_between(quote: Quote, start: int, end: int) -> bool:
    return quote.cue_start is not None and start <= quote.cue_start and quote.cue_end <= end


def join_interrupted(text: str, quotes: Sequence[Quote]) -> list[Quote]:
    """``quotes`` in text order, with each quotation interrupted by its attribution joined
    (ids are kept from the first piece; the caller renumbers)."""
    out: list[Quote] = []
    for quote in sorted(quotes, key=lambda q: (q.start, q.end)):
        if out and _joinable(text, out[-1], quote):
            out[-1] = _join(text, out[-1], quote)
        else:
            out.append(quote)
    return out


def _joinable(text: str, first: Quote, second: Quote) -> bool:
    gap = text[first.end:second.start]
    return (second.start >= first.end and len(gap) <= MAX_GAP and "\n" not in gap
            and _ends_quotation(text, first) and _starts_quotation(text, second)
            and (_cue_between(first, first.end, second.start) or _cue_between(second, first.end, second.start)))


def _join(text: str, first: Quote, second: Quote) -> Quote:
    attribution = first if _cue_between(first, first.end, second.start) else second
    kind = "direct" if first.kind == second.kind == "direct" else "partial"
    return attrs.evolve(first, text=text[first.start:second.end], end=second.end, kind=kind,
                        cue=attribution.cue, cue_start=attribution.cue_start, cue_end=attribution.cue_end,
                        speaker=attribution.speaker, speaker_start=attribution.speaker_start,
                        speaker_end=attribution.speaker_end, channel=first.channel or second.channel)
