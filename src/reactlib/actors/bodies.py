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


def assign_short_name_owners(text: str, clusters: list[Cluster], roles: frozenset[str]) -> None:
    """"Forum secretary general Baron Waqa" after "the Pacific Islands Forum": the person is the body's.

    Why: once a body is named in full, reports shorten it to its last word ("the Forum", "the
    Alliance") and use that word in titles. The word is not in the gazetteer, so the title
    carried no owner and the person took the story's country. When the capitalised word right
    before a person's role is the last word of exactly one organisation of the article that has no
    country, the person belongs to that organisation (and so to no country).
    """
    by_last: dict[str, list[Cluster]] = {}
    for c in clusters:
        if c.kind == "organization" and c.country is None and " " in c.name and c.name[:1].isupper():
            by_last.setdefault(c.name.split()[-1], []).append(c)
            for organ in c.extra.get("organs", ()):
                # "Commission spokesperson …" after "the European Commission" (an organ of the EU, round 5)
                last = organ.split()[-1]
                if " " in organ and c not in by_last.get(last, ()):
                    by_last.setdefault(last, []).append(c)
    if not by_last:
        return
    for c in clusters:
        if c.kind != "person" or c.organization is not None or not c.role or c.role.lower() not in roles:
            continue
        for s, _ in c.mentions:
            before = text[max(0, s - 80):s].rstrip()
            if not before.lower().endswith(c.role.lower()):
                continue
            words = before[: len(before) - len(c.role)].split()
            owners = by_last.get(words[-1]) if words else None
            if owners and len(owners) == 1:
                c.organization, c.country = owners[0].name, None
                break
