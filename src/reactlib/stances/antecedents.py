"""The target of a charge made in a relative clause: the subject of the clause before it.

"Russia annexed four regions, *which Kyiv denounced as illegal*"; "The ruling party won 54
percent, *a result the opposition denounced as stolen*"; "Nicaragua expelled two diplomats, *a
step Costa Rica described as unjustified*". The cue's object is a gap: what is denounced is the
act or the outcome the clause before reports, and the one blamed is that clause's subject — the
actor who annexed, won or expelled. The golds annotate that actor as the target.

Read only when the shape is plain: a comma, then "which" or an appositive noun of an act or an
outcome ("a result", "a move", "the decision"), then the holder, then the cue with nothing for
its object (it ends the clause or "as" follows). The subject is the first actor of the sentence
that stands in subject position (an owner counts: "Azerbaijan's army seized …" names Azerbaijan).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .nominal_subject import RELATIVE_HEADS

if TYPE_CHECKING:  # pragma: no cover
    from .finder import StanceFinder

#: Appositive nouns that stand for the act or outcome of the clause before ("…, a result X rejected").
ACT_HEADS = RELATIVE_HEADS | frozenset("result results outcome vote victory win act action actions "
                                       "annexation expulsion attack strike raid launch test ruling "
                                       "verdict".split())
#: Words that may stand between the holder and the cue ("which Kyiv has long denounced").
BETWEEN = frozenset("has have had also quickly swiftly immediately later promptly long then".split())
#: Words after the cue that show its object is a gap ("denounced as illegal", "rejected.").
GAP_NEXT = frozenset({"as", ",", ".", ";", "—", "–"})
#: How many words may open the holder's phrase before its actor ("the pro-Western opposition").
MAX_HOLDER_WORDS = 6
#: How many words an appositive may have between its determiner and its head ("a stinging result").
MAX_APPOSITIVE = 3


def _back(f: StanceFinder, k: int, floor: int) -> int | None:
    k -= 1
    while k >= floor and f.is_space[k]:
        k -= 1
    return k if k >= floor else None


def _comma_before_relative(f: StanceFinder, k: int, floor: int) -> int | None:
    """The comma opening ", which" or ", a result" when token ``k`` ends that opener."""
    if f.words[k] == "which":
        c = _back(f, k, floor)
        return c if c is not None and f.words[c] == "," else None
    if f.words[k] not in ACT_HEADS:
        return None
    d = k
    for _ in range(MAX_APPOSITIVE + 1):
        d = _back(f, d, floor)
        if d is None:
            return None
        if f.words[d] in ("a", "an", "the", "this", "that"):
            c = _back(f, d, floor)
            return c if c is not None and f.words[c] == "," else None
        if not f.words[d].isalpha() or f.mentions.group_at(d) is not None:
            return None
    return None


def clause_subject_target(f: StanceFinder, i: int, j: int, holders: list[str]) -> str | None:
    """The subject of the clause before a relative cue at token ``i`` (object from ``j``), when
    the cue's object is a gap standing for that clause's act (see module); else None."""
    nxt = j
    while nxt < f.n and f.is_space[nxt]:
        nxt += 1
    if nxt < f.n and f.words[nxt] not in GAP_NEXT:
        return None
    s0, _ = f.sent_bounds(i)
    k = _back(f, i, s0)
    while k is not None and f.words[k] in BETWEEN:
        k = _back(f, k, s0)
    if k is None:
        return None
    g = f.mentions.group_at(k)
    if g is None or g.actor not in holders:
        return None
    k = _back(f, g.start, s0)
    while k is not None and f.words[k] in ("the",):
        k = _back(f, k, s0)  # "which the opposition party BNP denounced"
    steps = 0
    while k is not None and steps < MAX_HOLDER_WORDS and (f.words[k].isalpha() or f.words[k] == "-") \
            and f.words[k] not in ACT_HEADS and f.words[k] not in ("which", "a", "an"):
        k = _back(f, k, s0)  # "a result the pro-Western opposition ...": the holder's own words
        steps += 1
    if k is None:
        return None
    comma = _comma_before_relative(f, k, s0)
    if comma is None:
        return None
    for s in f.mentions.groups_between(s0, comma):
        if f.oblique(s):
            continue
        kinds = f.mentions.kinds
        if s.actor in holders or any(f.same_voice(s.actor, h) and "country" in (kinds.get(s.actor), kinds.get(h))
                                     for h in holders):
            return None  # a state and its organs are one voice; two parties of a country are not
        return s.actor
    return None
