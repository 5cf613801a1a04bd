"""One actor for a national body named once in full and once by its generic noun.

Why: reports often write "the electoral commission" before or after "the Solomon Islands
Electoral Commission". The recogniser finds the generic phrase as a body of the country in
context and the full name by its shape, which made two actors for one entity. They are the same
body when the full name ends in the generic words and both belong to the same country; when two
named bodies could be meant ("the commission" with two commissions), nothing is merged.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .build import Cluster


def merge_generic_bodies(clusters: list[Cluster]) -> list[Cluster]:
    """Clusters with each generic body ("electoral commission") folded into its one named body."""
    named = [c for c in clusters if c.kind == "organization" and c.country and c.name != c.name.lower()]
    if not named:
        return clusters
    kept = []
    for c in clusters:
        generic = c.name.lower().removeprefix("the ")
        if c.kind != "organization" or not c.country or c.name != c.name.lower() or " " not in generic:
            kept.append(c)
            continue
        owners = [b for b in named if b.country == c.country and b.name.lower().endswith(" " + generic)]
        if len(owners) != 1:
            kept.append(c)
            continue
        owners[0].mentions.extend(c.mentions)
        owners[0].mentions.sort()
        owners[0].strong = owners[0].strong or c.strong
    return kept
