"""Fragments inside someone's report whose own cue names no speaker.

"Boric said the agreement showed that "Chile honours its commitments"": the fragment's
nearest cue is "showed", whose subject (the agreement) is no actor, yet the words are
Boric's, reported by him; the same for "warned that if violations were found, "…"". So a
partial quote left without a speaker takes the speaker, cue and mention of the indirect
quote that contains it, when that one has a speaker. A fragment whose own cue has an
actor for a subject ("said X had told him that "…"") keeps it: X's words.

A passive cue's subject is the one spoken about, not the speaker: in "Peskov said Moscow
was being blamed "for everything"" the fragment is Peskov's (the blamers are unnamed), and
in "said Ecuador had been accused by Peru of "…"" it is the agent's, Peru's.
"""

from __future__ import annotations

import re
from typing import Any

from attrs import evolve

from ..types import Quote
from .report_ends import verdict_holder

_BE = frozenset("is are was were be been being".split())
#: participles of cues that do not end in -ed
_IRREGULAR_PARTICIPLES = frozenset("told found thought seen held known said written".split())
_AGENT = re.compile(r"\bby\s", re.IGNORECASE)   # anchored on the word: linear on long blank runs


def _container(quotes: list[Quote], q: Quote) -> Quote | None:
    """The indirect quote with a speaker that holds ``q``'s words, the innermost if several."""
    holders = [o for o in quotes if o.kind == "indirect" and o.speaker is not None
               and o.start <= q.start and q.end <= o.end and o is not q]
    return min(holders, key=lambda o: o.end - o.start) if holders else None


def passive_cue(text: str, q: Quote) -> bool:
    """Whether ``q``'s cue is a passive ("was being blamed", "had been accused")."""
    if q.cue_start is None or q.cue_end is None:
        return False
    words = text[q.cue_start:q.cue_end].lower().split()
    if len(words) < 2 or not any(w in _BE for w in words[:-1]):
        return False
    last = words[-1]
    return last.endswith("ed") or last in _IRREGULAR_PARTICIPLES


def _agent(linker: Any, text: str, q: Quote) -> tuple[int, int, str] | None:
    """The actor mention after "by" between a passive cue and its quote ("accused by Peru of")."""
    if q.cue_end is None or q.cue_end >= q.start:
        return None
    m = _AGENT.search(text, q.cue_end, q.start)
    if m is None:
        return None
    at = m.end()
    while at < q.start and text[at].isspace():
        at += 1
    if text[at:at + 4].lower() == "the ":
        at += 4
    for s, e, actor_id in linker.mentions_in(at, q.start):
        if s == at:
            return s, e, actor_id
    return None


def lend_reporters(quotes: list[Quote], text: str, linker: Any) -> list[Quote]:
    """Each partial quote inside a speaker's indirect quote whose own cue names no speaker
    (no actor, or the subject of a passive) becomes that speaker's, or the passive's agent's."""
    out = []
    for q in quotes:
        if q.kind == "partial" and (q.speaker is None or passive_cue(text, q)):
            agent = _agent(linker, text, q) if passive_cue(text, q) else None
            holder = _container(quotes, q)
            if holder is None and q.speaker is None:
                holder = verdict_holder(quotes, text, q)   # 'said X, which it described as … "…"'
            if agent is not None:
                q = evolve(q, speaker=agent[2], speaker_start=agent[0], speaker_end=agent[1])
            elif holder is not None:
                q = evolve(q, speaker=holder.speaker, cue=holder.cue, cue_start=holder.cue_start,
                           cue_end=holder.cue_end, speaker_start=holder.speaker_start,
                           speaker_end=holder.speaker_end, channel=q.channel or holder.channel)
        out.append(q)
    return out
