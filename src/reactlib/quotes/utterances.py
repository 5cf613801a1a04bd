"""Quote spans by utterance, for corpora annotated that way (PolNeAR), opt-in.

reactlib gives one quote per quoted stretch: '"A," she said. "B."' is two quotes of one
group (``extra["group"]``), as the reference annotation reads it. Some corpora, PolNeAR
among them, annotate one content span per utterance, from the first stretch's start to
the last one's end, over the attribution. Setting ``REACTLIB_QUOTE_SPANS=utterance``
joins each group into one quote so that reactlib's output can be compared with them;
``polnear`` also draws PolNeAR's other content edges (:mod:`.polnear_edges`); the
default, ``stretch``, leaves the contract unchanged.
"""

from __future__ import annotations

import os

from attrs import evolve

from ..errors import InputError
from ..types import Quote

ENV_VAR = "REACTLIB_QUOTE_SPANS"
SPAN_CONVENTIONS = ("stretch", "utterance", "polnear")


def span_convention() -> str:
    """The convention chosen by ``REACTLIB_QUOTE_SPANS`` (default ``stretch``)."""
    raw = os.environ.get(ENV_VAR, "stretch").strip().lower() or "stretch"
    if raw not in SPAN_CONVENTIONS:
        raise InputError(f"{ENV_VAR}={raw!r}; choose one of {SPAN_CONVENTIONS}")
    return raw


def join_utterances(quotes: list[Quote], text: str) -> list[Quote]:
    """One quote per group, from its first stretch's start to its last one's end, with the
    first stretch's speaker, cue and mentions; quotes renumbered q1, q2, … in text order.

    A later stretch with an attribution of its own ('…," she added. "…"') opens a new
    utterance, which the stretches after it join."""
    out: list[Quote] = []
    head_at: dict[int, int] = {}
    for q in quotes:
        group = q.extra.get("group")
        if group is None:
            out.append(q)
        elif group in head_at and q.cue_start is None:
            head = out[head_at[group]]
            end = max(head.end, q.end)
            out[head_at[group]] = evolve(head, end=end, text=text[head.start:end])
        else:
            head_at[group] = len(out)
            out.append(q)
    out.sort(key=lambda q: (q.start, q.end))
    return [evolve(q, id=f"q{i}") for i, q in enumerate(out, 1)]
