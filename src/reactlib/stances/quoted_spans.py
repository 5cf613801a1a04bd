"""The token positions inside quotes, for the readers that only look at what is said.

Rules that read a quote's content (:mod:`.quote_threats`, :mod:`.quote_criticism`) need only the
tokens inside a quote with a speaker; walking just those, once each even where quotes nest,
keeps their cost to the quoted share of the article.
"""

from __future__ import annotations

from typing import Iterator


def quoted_positions(finder, margin: int = 0, words: frozenset[str] | None = None) -> Iterator[int]:
    """Each token index inside a quote that has a speaker, in order, once; ``margin`` tokens
    before each quote are included too (a phrase may open just before a partial quote).

    With ``words`` (a set registered with :func:`reactlib.tokens.trigger_words`), only the
    positions of those words: a rule that starts from a few trigger words then visits them
    alone, from the Doc's trigger index, instead of every quoted token."""
    spans = sorted((max(0, s - margin), e) for s, e, q in finder.quotes if q.speaker)
    last = 0
    for s, e in spans:
        lo = max(s, last)
        if words is None:
            yield from range(lo, e)
        else:
            yield from finder.view.positions_between(words, lo, e)
        last = max(last, e)


def speaking_quote(finder, k: int):
    """The quote holding token ``k`` that has a speaker: the innermost, else the one around it
    (a partial quote nested in an indirect one carries no speaker of its own)."""
    own = finder.quote_at(k)
    if own is None or own[2].speaker:
        return own
    around = [q for q in finder.quotes if q[0] <= k < q[1] and q[2].speaker]
    return min(around, key=lambda q: q[1] - q[0]) if around else None
