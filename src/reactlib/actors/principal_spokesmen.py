"""A spokesman named after his principal: "A spokesman for Prime Minister Adel al-Hakim, Karim al-Tamimi, said".

Why: the name between commas after the principal's name is the spokesman's, but with particles in
the principal's name ("al-", "bin") the recogniser found the spokesman's name late or not at all,
kept "spokesman" as a person of its own, and gave the quote to the principal. The spokesman is one
person: the apposed name, with "spokesman" (or "spokeswoman", "spokesperson") as role and the
principal's country, else the one the bare "spokesman" had; the bare word is then no actor.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .textspans import NAME_WORD

if TYPE_CHECKING:  # pragma: no cover
    from .build import Cluster

_NAME = rf"{NAME_WORD}(?: (?:al-|el-|bin |ibn |de |da |van |von )?{NAME_WORD}){{1,3}}"
_SPOKESMAN_FOR = re.compile(
    rf"\b(?:[Aa]n?|[Tt]he)\s{{1,3}}(?P<post>spokes(?:man|woman|person))\s{{1,3}}for\s{{1,3}}"
    rf"(?:(?:[A-Z][\w-]*|of|the)\s{{1,3}}){{1,4}}(?P<principal>{_NAME}),\s{{1,3}}(?P<name>{_NAME}),")


def _person_at(clusters: list["Cluster"], start: int, end: int) -> "Cluster | None":
    for c in clusters:
        if c.kind == "person" and any(s < end and start < e for s, e in c.mentions):
            return c
    return None


def merge_principal_spokesmen(text: str, clusters: list["Cluster"]) -> list["Cluster"]:
    """Make the apposed name the spokesman and drop the bare "spokesman" person (module doc)."""
    from .build import Cluster  # runtime import: build imports this package's modules

    if "spokes" not in text:
        return clusters
    for m in _SPOKESMAN_FOR.finditer(text):
        post_span = m.span("post")
        bare = next((c for c in clusters if c.kind == "person" and post_span in c.mentions
                     and c.name.lower() == m.group("post")), None)
        principal = _person_at(clusters, *m.span("principal"))
        start, end = m.span("name")
        name = m.group("name")
        speaker = _person_at(clusters, start, end)
        if speaker is principal and speaker is not None:
            continue
        if speaker is None:
            speaker = Cluster(kind="person", name=name, key=f"person:{name}", strong=True)
            speaker.names.append(name)
            speaker.mentions.append((start, end))
            clusters.append(speaker)
        speaker.role = speaker.role or m.group("post")
        country = (principal.country if principal is not None else None) or (bare.country if bare else None)
        speaker.country = country or speaker.country
        if bare is not None and bare is not speaker:
            bare.mentions = [sp for sp in bare.mentions if sp != post_span]
            if not bare.mentions:
                clusters = [c for c in clusters if c is not bare]
    return clusters
