"""One national body written "<Demonym> <Body>" and "<Body> of <Country>", and its generic noun.

Why: a headline writes "Paraguay's central bank" (recognised as the Paraguayan Central Bank) and
the text "the Central Bank of Paraguay"; later "the central bank's governor" uses the generic noun.
These made three actors for one body, the generic one often with the country of whatever the
sentence before was about. Two organisations of one country are one body when their names, without
the leading demonym and without the trailing "of <…>", are the same words. A lower-case generic
organisation with exactly those words then joins the body when the article names exactly one body
with them (as :func:`bodies.merge_generic_bodies` does for bodies already placed in one country).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from .build import Cluster


def _core(c: "Cluster", demonyms: dict[str, str]) -> str | None:
    """The body's own words ("central bank"), or None when the name is no national body's."""
    name = c.name.lower().removeprefix("the ")
    demonym = demonyms.get(c.country or "", "").lower()
    if demonym and name.startswith(demonym + " "):
        name = name[len(demonym) + 1:]
    elif " of " in name:
        name = name[: name.rindex(" of ")]
    else:
        return None
    return name if " " in name else None


def merge_two_named_bodies(clusters: list["Cluster"], demonyms: dict[str, str]) -> list["Cluster"]:
    """Clusters with each national body's second name and its generic noun folded into it (module doc)."""
    named: dict[tuple[str, str], "Cluster"] = {}
    dropped: set[int] = set()
    for c in clusters:
        if c.kind != "organization" or not c.country or c.name == c.name.lower():
            continue
        core = _core(c, demonyms)
        if core is None:
            continue
        first = named.setdefault((core, c.country), c)
        if first is not c:
            _fold(first, c)
            dropped.add(id(c))
    if not named:
        return clusters
    by_core: dict[str, list["Cluster"]] = {}
    for (core, _), body in named.items():
        by_core.setdefault(core, []).append(body)
    for c in clusters:
        if c.kind != "organization" or c.name != c.name.lower() or id(c) in dropped:
            continue
        owners = by_core.get(c.name.removeprefix("the "))
        if owners and len(owners) == 1 and owners[0] is not c:
            _fold(owners[0], c)
            dropped.add(id(c))
    return [c for c in clusters if id(c) not in dropped] if dropped else clusters


def _fold(into: "Cluster", other: "Cluster") -> None:
    """``other``'s mentions become ``into``'s; the name written in full ("… of <Country>") is kept."""
    into.mentions.extend(other.mentions)
    into.mentions.sort()
    into.strong = into.strong or other.strong
    if " of " in other.name and " of " not in into.name:
        into.name = other.name
