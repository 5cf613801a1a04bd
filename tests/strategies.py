"""Hypothesis strategies that build valid reactlib records over a random text."""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from reactlib.types import ACTOR_KINDS, QUOTE_KINDS, STANCE_TYPES, TIMEX_TYPES, Actor, Article, Quote, Stance, TimeExpression

short = st.text(min_size=1, max_size=12)
maybe_short = st.none() | short


@st.composite
def spans(draw, n: int, min_size: int = 0):
    start = draw(st.integers(0, n))
    end = draw(st.integers(start, n))
    if min_size and end - start < min_size:
        return None
    return start, end


@st.composite
def articles(draw) -> Article:
    """An Article with consistent ids and offsets, over arbitrary Unicode text."""
    text = draw(st.text(min_size=0, max_size=80))
    n = len(text)
    actors = []
    for i in range(draw(st.integers(0, 3))):
        cuts = sorted(draw(st.lists(st.integers(0, n), max_size=6, unique=True)))
        mentions = [(a, b) for a, b in zip(cuts[::2], cuts[1::2]) if a < b]
        actors.append(Actor(id=f"a{i + 1}", name=draw(short), kind=draw(st.sampled_from(ACTOR_KINDS)),
                            country=draw(st.none() | st.sampled_from(["TUR", "AZE", "FRA"])),
                            role=draw(maybe_short), mentions=mentions,
                            extra=draw(st.dictionaries(st.sampled_from(["x", "y"]), st.integers(), max_size=1))))
    ids = [a.id for a in actors]
    quotes = []
    for i in range(draw(st.integers(0, 3))):
        s, e = draw(spans(n))
        cue = draw(st.none() | spans(n))
        quotes.append(Quote.from_span(text, s, e, id=f"q{i + 1}", kind=draw(st.sampled_from(QUOTE_KINDS)),
                                      speaker=draw(st.none() | st.sampled_from(ids)) if ids else None,
                                      cue=draw(maybe_short), cue_start=cue[0] if cue else None,
                                      cue_end=cue[1] if cue else None, channel=draw(maybe_short)))
    dates = [TimeExpression.from_span(text, *draw(spans(n)), type=draw(st.sampled_from(TIMEX_TYPES)),
                                      value=draw(maybe_short)) for _ in range(draw(st.integers(0, 2)))]
    stances = []
    if ids:
        for _ in range(draw(st.integers(0, 3))):
            s, e = draw(spans(n))
            stances.append(Stance(holder=draw(st.sampled_from(ids)), type=draw(st.sampled_from(STANCE_TYPES)),
                                  start=s, end=e, target=draw(st.none() | st.sampled_from(ids)),
                                  issue=draw(maybe_short), issue_text=draw(maybe_short),
                                  quote=draw(st.none() | st.sampled_from([q.id for q in quotes]))
                                  if quotes else None))
    return Article(text=text, date=draw(st.none() | st.dates(dt.date(1900, 1, 1), dt.date(2100, 1, 1))),
                   title=draw(maybe_short), id=draw(maybe_short), actors=actors, quotes=quotes, dates=dates,
                   stances=stances, warnings=draw(st.lists(short, max_size=2)))
