"""Fragments inside someone's report whose own cue names no one.

"Boric said the agreement showed that "Chile honours its commitments"": the fragment's
nearest cue is "showed", whose subject (the agreement) is no actor, yet the words are
Boric's, reported by him; the same for "warned that if violations were found, "…"". So a
partial quote left without a speaker takes the speaker, cue and mention of the indirect
quote that contains it, when that one has a speaker. A fragment whose own cue has an
actor for a subject ("said X had told him that "…"") keeps it: X's words.
"""

from __future__ import annotations

from attrs import evolve

from ..types import Quote


def _container(quotes: list[Quote], q: Quote) -> Quote | None:
    """The indirect quote with a speaker that holds ``q``'s words, the innermost if several."""
    holders = [o for o in quotes if o.kind == "indirect" and o.speaker is not None
               and o.start <= q.start and q.end <= o.end and o is not q]
    return min(holders, key=lambda o: o.end - o.start) if holders else None


def lend_reporters(quotes: list[Quote]) -> list[Quote]:
    """Each speakerless partial quote inside a speaker's indirect quote becomes that speaker's."""
    out = []
    for q in quotes:
        if q.kind == "partial" and q.speaker is None:
            holder = _container(quotes, q)
            if holder is not None:
                q = evolve(q, speaker=holder.speaker, cue=holder.cue, cue_start=holder.cue_start,
                           cue_end=holder.cue_end, speaker_start=holder.speaker_start,
                           speaker_end=holder.speaker_end, channel=q.channel or holder.channel)
        out.append(q)
    return out
