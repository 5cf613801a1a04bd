"""PolNeAR's content edges, for ``REACTLIB_QUOTE_SPANS=polnear`` (opt-in).

Where PolNeAR's annotators draw a content's edge elsewhere than reactlib's contract
(which follows the reference annotation), applied after the utterances are joined
(:mod:`.utterances`): a clause after ``that`` which is one quotation (``told reporters
that "the port is safe."``) is the content with its ``that``, an indirect quote;
reactlib gives the quotation alone, as a partial quote. (Leaving a link word, ``But``,
``However,``, out of the content was tried: +3 exact contents on dev, -3 on train; not kept.)
"""

from __future__ import annotations

import re

from attrs import evolve

from ..types import Quote

#: "that" right before a quotation's opening mark.
_THAT_BEFORE = re.compile(r"\bthat\s+$")
_OPENING_MARKS = "\"“'‘"


def polnear_edges(quotes: list[Quote], text: str) -> list[Quote]:
    """The quotes with PolNeAR's edges (see the module docstring); order and ids kept."""
    return [_that_quotation(q, text) for q in quotes]


def _that_quotation(q: Quote, text: str) -> Quote:
    if q.kind != "partial" or q.start == 0 or text[q.start - 1] not in _OPENING_MARKS:
        return q
    mark = q.start - 1
    while mark > 0 and text[mark - 1] == "'":   # ''…'' written with two apostrophes
        mark -= 1
    window = max(0, mark - 8)
    m = _THAT_BEFORE.search(text[window:mark])
    if m is None:
        return q
    start = window + m.start()
    return evolve(q, kind="indirect", start=start, text=text[start:q.end])
