"""A bloc's suspension of a member state is criticism of that state.

"The AU's Peace and Security Council suspended Mali from all the bloc's activities", "the
Commonwealth suspended Fiji's membership": the body punishes the member for what happened there
(a coup, a rigged vote), as a summons or a sanction punishes (CAMEO 16x, "reduce relations"); the
development golds read it as the body's criticism of the state suspended. The object must be a
country the article names and the suspension must be *from* the body or its activities, or *of*
its membership: "suspended the official pending an inquiry", "suspended flights from Somalia",
"suspended its operations" are no stance toward a state. A suspension only announced or
threatened ("would suspend", "threatened to suspend") is a threat, read by the lexicon.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .lexicon import verbs

if TYPE_CHECKING:  # pragma: no cover
    from .finder import Found, StanceFinder

SUSPEND = verbs("suspend")
#: What a member is suspended from ("from all the bloc's activities", "from the organisation").
BODY_WORDS = frozenset("activities activity membership bloc union organisation organization community body "
                       "council commonwealth alliance institutions meetings summits decision-making "
                       "group grouping bodies organs structures".split())
#: Words before the verb that make the suspension one announced, not done.
NOT_DONE = frozenset({"would", "will", "could", "might", "may", "to", "not", "never", "n't", "shall"})
#: How far after "from" (tokens) the body word may stand.
BODY_REACH = 6


def _member(f: StanceFinder, i: int):
    """The country group suspended after the verb at ``i``, and the token after it."""
    k = i + 1
    while k < f.n and f.is_space[k]:
        k += 1
    if k < f.n and f.words[k] == "the":
        k += 1
    g = f.mentions.group_starting(k) if k < f.n else None
    if g is None or f.mentions.kinds.get(g.actor) != "country":
        return None, None
    return g, g.end


def suspensions(f: StanceFinder) -> list[Found]:
    """Every suspension of a named member state from a body in the article (narrative only)."""
    from .finder import Found

    out: list[Found] = []
    if SUSPEND.isdisjoint(f.words):
        return out  # most articles suspend no one: one pass in C, no Python loop
    for i, w in enumerate(f.words):
        if w not in SUSPEND or w == "suspend" or f.quote_at(i) is not None:
            continue
        p = f._prev_word(i)
        if p is not None and f.words[p] in NOT_DONE:
            continue
        g, k = _member(f, i)
        if g is None:
            continue
        rest = [x for x in f.words[k:min(f.n, k + BODY_REACH + 2)] if x not in ("'s", "’s", "'", "’")]
        if g.possessive:
            ok = bool(rest) and rest[0] == "membership"  # "suspended Fiji's membership"
        else:
            ok = bool(rest) and rest[0] == "from" and not BODY_WORDS.isdisjoint(rest[1:])
        if not ok:
            continue
        holders = [h for h in f.holders_for(i, None) if h != g.actor]
        start, end = f._span(i, min(f.n, k + 1))
        out.extend(Found(h, "criticize", start, end, target=g.actor, extra={"cue": "suspend-member"})
                   for h in holders)
    return out
