""""The regime" as a target: the state the article is about.

Critics call a government they reject "the regime" without naming it: "the opposition leader
accused the regime of stealing the election", "the envoy condemned the regime". The gold
conventions give the state (as for "the Ortega-Murillo regime"), and the state meant is the
one the article is about (:meth:`.finder.StanceFinder.host_state`).

A stance with no target whose object is "the regime" (followed by no "in" or "of" that name
the state themselves; "accused the regime of stealing" is the charge's "of") gets that state, unless the holder speaks for it: a state does not call
its own government a regime, so the state itself, its bodies and its officials are left alone;
a person of that country counts as its critic only when the role says so (opposition, exiled,
dissident).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

if TYPE_CHECKING:  # pragma: no cover
    from .finder import Found, StanceFinder

#: Stance types that may aim at "the regime".
TYPES = frozenset({"accuse", "criticize", "condemn"})
#: Words of a role that make a person of the state its critic, not its official.
CRITIC_ROLES = frozenset("opposition exiled dissident activist rebel candidate".split())
#: How many tokens after the stance's start "the regime" may begin.
REACH = 6


def _names_regime(f: StanceFinder, start: int) -> bool:
    """Whether "the regime" (not "the regime in/of …") follows the cue at token ``start``."""
    w = f.words
    for k in range(start, min(f.n, start + REACH)):
        if w[k] == "the":
            nxt = [j for j in range(k + 1, min(f.n, k + 7)) if not f.is_space[j]][:3]
            if nxt and w[nxt[0]] in ("regime", "regime's"):
                if len(nxt) < 2 or w[nxt[1]] not in ("in", "of"):
                    return True
                # "accused the regime of stealing": the charge's "of", not the owner's
                return w[nxt[1]] == "of" and len(nxt) == 3 and w[nxt[2]].endswith("ing")
    return False


def _critic(f: StanceFinder, holder: str, host: str) -> bool:
    """Whether ``holder`` may call ``host``'s government a regime."""
    if f.same_voice(holder, host):
        return False
    if not f.speaks_for(holder, host):
        return True
    actor = next((a for a in f.article.actors if a.id == holder), None)
    role = (actor.role or "").lower() if actor is not None else ""
    return not CRITIC_ROLES.isdisjoint(role.replace("-", " ").split())


def with_regime_targets(f: StanceFinder, found: list[Found]) -> list[Found]:
    """``found`` with the article's state as the target of stances aimed at "the regime"."""
    if "regime" not in f.words or not any(x.target is None and x.type in TYPES for x in found):
        return found
    host = f.host_state()
    if host is None:
        return found
    out = []
    for x in found:
        if x.target is None and x.type in TYPES and _names_regime(f, f.mentions.token_at(x.start)) \
                and _critic(f, x.holder, host):
            x = attrs.evolve(x, target=host)
        out.append(x)
    return out
