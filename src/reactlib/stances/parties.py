"""The two parties of the conflict an article reports: who "both sides" are.

"Called on both sides", "in contact with both sides", "spoke to both leaders", "accused both
governments": the pair is the two parties of the news. Articles name them in one of three
ways, read in this order (the first that answers wins):

1. "between X and Y" ("talks between Venezuela and Guyana") — two actors joined by "and";
2. a subject of two states joined by "and" ("Armenia and Azerbaijan exchanged fire"), at the
   start of a sentence of the article's opening;
3. the lead: the article's first sentence (or, when that names fewer than two, its second)
   naming exactly two states as its subject or objects ("Eritrea accused Ethiopia of preparing
   a war"); an owner ("Sudan's army chief") or a place ("at State House, Nairobi") names no
   party. A lead naming three or more states names no pair, and one naming a single state
   leaves the pair unknown.

Whoever uses the pair decides what to do with it: a consultation or an accusation goes to each
party, an appeal to both sides keeps a null target (as the golds annotate it).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from .finder import StanceFinder

#: How many opening sentences a coordinated subject of two states may stand in.
OPENING_SENTENCES = 4
#: How many sentences may make the lead (a headline line, then the first sentence proper).
LEAD_SENTENCES = 2
STATE_KINDS = frozenset({"country"})


def _between(f: StanceFinder) -> tuple[str, str] | None:
    """The first "between X and Y" naming two actors."""
    if "between" not in f.words:
        return None
    for k, w in enumerate(f.words):
        if w != "between":
            continue
        groups = f.mentions.groups_between(k + 1, min(k + 14, f.n))
        if len(groups) >= 2 and f.words[groups[0].end:groups[1].start].count("and") == 1 \
                and all(not f.doc[x].is_punct or f.words[x] in ("'s", "’s")
                        for x in range(groups[0].end, groups[1].start)) \
                and groups[0].actor != groups[1].actor:
            return groups[0].actor, groups[1].actor
    return None


def _state_pair_subject(f: StanceFinder) -> tuple[str, str] | None:
    """"Armenia and Azerbaijan exchanged fire": two states opening a sentence, joined by "and"."""
    for s0, s1 in f.view.sents[:OPENING_SENTENCES]:
        k = s0
        while k < s1 and (f.is_space[k] or f.words[k] in ("the", '"', "“")):
            k += 1
        groups = f.mentions.groups_between(k, min(s1, k + 12))
        if len(groups) < 2 or groups[0].start != k:
            continue
        a, b = groups[0], groups[1]
        between = [w for x, w in enumerate(f.words[a.end:b.start]) if not f.is_space[a.end + x]]
        if between != ["and"] or a.actor == b.actor or a.possessive or b.possessive:
            continue
        if {f.mentions.kinds.get(a.actor), f.mentions.kinds.get(b.actor)} <= STATE_KINDS:
            nxt = b.end
            while nxt < s1 and f.is_space[nxt]:
                nxt += 1
            if nxt < s1 and f.view.text[nxt][:1].islower() and f.words[nxt] not in ("and", "or", "of"):
                return a.actor, b.actor
    return None


def _lead_pair(f: StanceFinder) -> tuple[str, str] | None:
    """The two states of the lead, when it names exactly two (sentences naming no actor, such
    as a dateline, are no lead)."""
    read = 0
    for s0, s1 in f.view.sents:
        groups = f.mentions.groups_between(s0, s1)
        if not groups:
            continue
        states: list[str] = []
        for g in groups:
            if g.possessive or f.oblique(g):
                continue  # "Sudan's army chief", "signed at State House, Nairobi": no party named
            if f.mentions.kinds.get(g.actor) in STATE_KINDS and g.actor not in states:
                states.append(g.actor)
        if len(states) == 2:
            return states[0], states[1]
        read += 1
        if len(states) > 2 or read >= LEAD_SENTENCES:
            return None
    return None


def conflict_parties(f: StanceFinder) -> tuple[str, str] | None:
    """The two sides of the conflict the article reports, or None when it names no pair."""
    return _between(f) or _state_pair_subject(f) or _lead_pair(f)
