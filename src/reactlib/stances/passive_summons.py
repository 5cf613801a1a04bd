"""A summons told in the passive, with no one named as summoning: criticism by the host state.

"The Russian ambassador, Andrei Kelin, was summoned to the Foreign Office": the envoy's state is
the one protested against (as for "summoned the Russian ambassador", see ``envoy_country``),
and the state that summoned is the one whose ministry the envoy was called to. The sentence
does not name it, but a reaction article has told it just before: the nearest country named
earlier that is not the envoy's own ("Britain blamed Russia for the attack. The Russian
ambassador was summoned ..."). A passive with "by" names its holder and is read by the lexicon's
``summon`` cue; a summons of anyone but an envoy ("was summoned to appear in court") is none.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from .finder import Found, StanceFinder

#: Auxiliaries of the passive before "summoned" ("was", "had been", "were urgently").
PASSIVE_AUX = frozenset({"was", "were", "been", "is", "are", "be"})
#: Adverbs that may stand between the auxiliary and "summoned".
PASSIVE_ADVERBS = frozenset({"also", "urgently", "immediately", "later", "then", "formally", "swiftly"})
#: How far back (tokens) the summoning state may be named.
HOST_WINDOW = 300


def _is_passive(f: StanceFinder, i: int) -> bool:
    k = i - 1
    while k >= 0 and (f.is_space[k] or f.words[k] in PASSIVE_ADVERBS):
        k -= 1
    return k >= 0 and f.words[k] in PASSIVE_AUX


def _envoy_state(f: StanceFinder, sstart: int, i: int):
    """The state whose envoy is the subject (``sstart`` to ``i``), when an envoy word stands there."""
    from .finder import ENVOY_WORDS

    if ENVOY_WORDS.isdisjoint(f.words[sstart:i]):
        return None
    for g in f.mentions.groups_between(sstart, i):
        g = f.envoy_country(g)
        if f.mentions.kinds.get(g.actor) == "country":
            return g.actor
    return None


def _host_state(f: StanceFinder, before: int, target: str) -> str | None:
    """The nearest country named before token ``before`` that is not ``target``."""
    for g in reversed(f.mentions.groups_between(max(0, before - HOST_WINDOW), before)):
        if f.mentions.kinds.get(g.actor) == "country" and g.actor != target:
            return g.actor
    return None


def passive_summons(f: StanceFinder) -> list[Found]:
    """Every agentless passive summons of a named state's envoy in the article."""
    from .finder import Found

    out: list[Found] = []
    if "summoned" not in f.words:
        return out  # most articles summon no one: one pass in C, no Python loop
    for i, w in enumerate(f.words):
        if w != "summoned" or not _is_passive(f, i) or f.quote_at(i) is not None:
            continue
        sstart, send = f.sent_bounds(i)
        if "by" in f.words[i + 1:min(send, i + 12)]:
            continue  # "was summoned by the foreign minister": the lexicon's cue reads it
        target = _envoy_state(f, sstart, i)
        host = _host_state(f, sstart, target) if target else None
        if host is None:
            continue
        start, end = f._span(sstart, i + 1)
        out.append(Found(host, "criticize", start, end, target=target, extra={"cue": "summon", "passive": True}))
    return out
