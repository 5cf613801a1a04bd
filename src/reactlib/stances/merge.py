"""One stance per position: merging what the narrative and the quotes both report.

A reaction is often told twice: "Russia called for an immediate ceasefire" and
then the ministry's own words, "We are calling on the sides to halt fire". Both
are the same position of the same voice, so they become one stance (the first
mention is kept as evidence). A country and its institutions are one voice here
("Russia" and "the Russian foreign ministry"); a person is their own voice.
Consultations are mutual: "A spoke with B" and "B spoke with A" are one. A protest shown by
a deed (a summons, a protest note, a sanction) stays apart from a charge in words ("accused
X of ramming the boat ... summoned X's ambassador"): the golds count the two (see
:mod:`.deeds`).
"""

from __future__ import annotations

from typing import Iterable, Mapping

from ..types import STANCE_PLOVER, Actor
from .deeds import PROTEST_DEED_CUES
from .finder import Found


def voice(actor: Actor | None, actor_id: str) -> str:
    """The key a holder is merged under: a person's id, or a country code for a state's organs."""
    if actor is None or actor.kind == "person" or not actor.country:
        return actor_id
    if actor.kind == "country":
        return f"country:{actor.country}"
    if actor.kind == "organization" and not actor.extra.get("own_voice"):
        # a state body (an agency, a court, the army) speaks for its country; a governing
        # movement, a party or a company keeps a voice of its own (docs/stances.md, Merging)
        return f"country:{actor.country}"
    return actor_id


def merge_key(f: Found, actors: Mapping[str, Actor]) -> tuple:
    holder = voice(actors.get(f.holder), f.holder)
    target = voice(actors.get(f.target), f.target) if f.target else None
    issue = f.issue or (f.issue_text or "").lower() or None
    cls = STANCE_PLOVER[f.type]
    if cls in ("ACCUSE", "SUPPORT", "CONSULT", "AGREE"):
        issue = None  # "condemned the clashes" and "accused X of ..." are one position toward X
    if cls == "CONSULT":
        return (cls, frozenset({holder, target}), None)
    if cls == "ACCUSE" and f.extra.get("cue") in PROTEST_DEED_CUES:
        issue = (issue, "deed")  # a summons or a sanction is a position apart from the words
    if cls == "ACCUSE" and f.target is None:
        return (cls, holder, None, issue)
    if cls == "SUPPORT" and f.target is None:
        # with no one named, "welcomed the agreement" and "stood ready to help" are two positions
        return (cls, holder, None, f.type)
    return (cls, holder, target, issue)


def _inside_another(f: Found, kept: list[Found], actors: Mapping[str, Actor]) -> bool:
    """Whether ``f``, with no target or issue of its own beyond another's, is read from words
    inside that other stance's evidence by the same voice and of the same class ("warned that
    the RSF would respond to any violation" and its inner "would respond"): one position."""
    holder = voice(actors.get(f.holder), f.holder)
    cls = STANCE_PLOVER[f.type]
    for g in reversed(kept[-8:]):
        if (g.start, g.end) == (f.start, f.end) and g.issue_text != f.issue_text:
            continue  # "to halt the raids and to open an inquiry": two asks of one verb
        if g.start <= f.start and f.end <= g.end and STANCE_PLOVER[g.type] == cls \
                and voice(actors.get(g.holder), g.holder) == holder \
                and f.target in (None, g.target) and f.issue in (None, g.issue):
            return True
    return False


def merge(found: Iterable[Found], actors: Mapping[str, Actor]) -> list[Found]:
    """Drop later duplicates (same voice, PLOVER class, target and issue), keep text order."""
    ordered = sorted(found, key=lambda f: (f.start, f.end))
    seen: set[tuple] = set()
    out: list[Found] = []
    for f in ordered:
        if f.target is not None and f.target == f.holder:
            continue
        key = merge_key(f, actors)
        if key in seen or _inside_another(f, out, actors):
            continue
        seen.add(key)
        out.append(f)
    # a request with no target is covered by the same request made to someone named
    targeted = {(merge_key(f, actors)[1], f.issue, STANCE_PLOVER[f.type]) for f in out if f.target}
    return [f for f in out if f.target is not None or STANCE_PLOVER[f.type] != "REQUEST"
            or (merge_key(f, actors)[1], f.issue, "REQUEST") not in targeted or f.issue is None]
