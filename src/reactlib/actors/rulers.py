"""Juntas and ruling councils: one organisation of the country they rule.

Why: after a coup, wires name the new rulers in turn "the junta", "the military council",
"the transitional council" or "Niger's ruling junta". Readers (and the gold annotations) take
these as one body of that country, which speaks for it: an organisation with the country's code,
not a loose group. The recogniser marks such mentions (:func:`ruling_body_mention`); once the
article's countries are known, :func:`merge_ruling_bodies` makes one actor per ruled country.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from .build import Cluster

#: Lexicon phrases (category ``group``) for a body that rules a country after a coup or a transition.
RULING_BODIES = frozenset({"junta", "military junta", "ruling junta", "military council", "transitional council",
                           "ruling council", "ruling military council", "sovereign council", "sovereignty council",
                           "military transitional council"})
#: Key prefix of their mentions, so that :func:`merge_ruling_bodies` finds them.
KEY_PREFIX = "ruling:"


def ruling_key(country: str | None) -> str:
    return f"{KEY_PREFIX}{country}"


def ruling_extra(country: str | None) -> dict[str, Any]:
    """Working notes for a ruling body's mention: with no country yet, the one in focus fills it in."""
    return {} if country else {"needs_country": True, "country_anaphor": True}


def merge_ruling_bodies(clusters: list["Cluster"]) -> list["Cluster"]:
    """One cluster per ruled country: "the junta" and "the military council" of Niger are one body.

    The first cluster keeps its name; the others' mentions join it. Run after the countries of
    mentions without one were filled in from the context.
    """
    for c in clusters:
        if c.key.startswith(KEY_PREFIX) and c.country is None and c.mentions:
            c.country = _country_before(clusters, min(c.mentions)[0]) or _country_after(clusters, c)
    first: dict[str | None, "Cluster"] = {}
    kept = []
    for c in clusters:
        if not c.key.startswith(KEY_PREFIX):
            kept.append(c)
            continue
        owner = first.get(c.country)
        if owner is None:
            first[c.country] = c
            kept.append(c)
            continue
        owner.mentions.extend(c.mentions)
        owner.strong = owner.strong or c.strong
    return kept


def _country_before(clusters: list["Cluster"], position: int) -> str | None:
    """The country of the actor mentioned last before ``position`` that has one ("the president of
    Gabon was toppled. The transitional council said …"): the last resort when no focus was found."""
    best, best_at = None, -1
    for c in clusters:
        if c.country is None or c.key.startswith(KEY_PREFIX):
            continue
        for s, _ in c.mentions:
            if best_at < s < position:
                best, best_at = c.country, s
    return best


def _country_after(clusters: list["Cluster"], c: "Cluster") -> str | None:
    """For a ruling body named first with no country before it ("Sahel junta expels envoy" as the
    headline): the country of another ruling body of the article, when they all rule one, else of
    the first country named after it."""
    ruled = {o.country for o in clusters if o is not c and o.key.startswith(KEY_PREFIX) and o.country}
    if len(ruled) == 1:
        return ruled.pop()
    position = min(c.mentions)[0]
    best, best_at = None, None
    for o in clusters:
        if o.kind != "country" or o.country is None:
            continue
        for s, _ in o.mentions:
            if s > position and (best_at is None or s < best_at):
                best, best_at = o.country, s
    return best
