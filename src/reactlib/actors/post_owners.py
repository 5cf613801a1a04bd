"""A body named only as the owner of a post ("The European Union's special representative …") is an actor.

Why: a post owned by a body ("the African Union's envoy for the Sahel, Kwesi Mensah, said") gives the
person that organisation, and usually the body becomes an actor of its own as well. When the title
takes a path that reads it as a role anaphor (a place inside its complement, "for the Tbilisi-Sukhumi
talks"; or no name at all, "the European Union's special representative said"), the person keeps the
organisation but the body itself was never made an actor, although the text names it. The owner is
taken back from the person's own mention: the words before the possessive, when the gazetteer knows
them as the organisation the person already has.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .gazetteer import Gazetteer

if TYPE_CHECKING:  # pragma: no cover
    from .build import Cluster

_POSSESSIVES = ("'s ", "\u2019s ")
_ARTICLES = ("The ", "the ")


def _owner_span(text: str, start: int, end: int) -> tuple[int, int] | None:
    """(start, end) of the words before the first possessive in the mention [start, end), else None."""
    span = text[start:end]
    cut = min((i for i in (span.find(p) for p in _POSSESSIVES) if i > 0), default=-1)
    if cut < 0:
        return None
    first = start
    for article in _ARTICLES:
        if span.startswith(article):
            first += len(article)
    return (first, start + cut) if start + cut > first else None


def add_post_owners(text: str, clusters: list["Cluster"], gazetteer: Gazetteer) -> list["Cluster"]:
    """The clusters with an organisation added for each post owner named only in a person's title."""
    from .build import Cluster  # build imports this package's modules; a late import avoids the cycle

    have = {c.name for c in clusters if c.kind in ("organization", "group")}
    added: list[Cluster] = []
    for c in clusters:
        if c.kind != "person" or not c.organization or c.organization in have:
            continue
        found = _named_owner(text, c, gazetteer)
        if found is None:
            continue
        owner, entry = found
        added.append(Cluster(kind="organization", name=entry.name, key=f"org:{entry.name}",
                             country=entry.country, strong=True, mentions=[owner]))
        have.add(entry.name)
    return clusters + added


def _named_owner(text: str, person: "Cluster", gazetteer: Gazetteer):
    """(span, gazetteer entry) of the first owner in the person's mentions that names the organisation
    the person already has ("The European Union" of "The European Union's special representative"), else None.

    Why: only an owner the gazetteer knows as that same organisation is sure to be the body the person
    speaks for; other words before a possessive ("the college's") name no actor.
    """
    for start, end in person.mentions:
        owner = _owner_span(text, start, end)
        entry = gazetteer.proper.get(text[owner[0]:owner[1]]) if owner is not None else None
        if entry is not None and entry.kind == "organization" and entry.name == person.organization:
            return owner, entry
    return None
