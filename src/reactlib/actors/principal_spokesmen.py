"""A spokesman named after his principal: "A spokesman for Prime Minister Adel al-Hakim, Karim al-Tamimi, said".

Why: the name between commas after the principal's name is the spokesman's, but with particles in
the principal's name ("al-", "bin") the recogniser found the spokesman's name late or not at all,
kept "spokesman" as a person of its own, and gave the quote to the principal. The spokesman is one
person: the apposed name, with "spokesman" (or "spokeswoman", "spokesperson") as role and the
principal's country, else the one the bare "spokesman" had; the bare word is then no actor.

The same holds when the principal is a body the recogniser read into the post: "A spokesperson for
the U.S. Navy's Fifth Fleet, Commander Jane Roe, said" gave a person "spokesperson for the U.S.
Navy" of the United States and a Jane Roe of the story's main country. Jane Roe is that spokesperson:
she takes its country, and the description is no actor of its own.
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


#: "a spokesperson for the U.S. Navy's Fifth Fleet, Commander Jane Roe," (the body has no comma in it, and a
#: full stop only after an initial: "U.S.")
_SPOKESMAN_FOR_BODY = re.compile(
    rf"\b(?:[Aa]n?|[Tt]he)\s{{1,3}}(?P<post>spokes(?:man|woman|person))\s{{1,3}}for\s{{1,3}}(?:[^,.;:\n\"\u201c]|(?<=\b[A-Z])\.){{3,80}},"
    rf"\s{{1,3}}(?:[A-Z][\w.]*\s{{1,3}}){{0,2}}?(?P<name>{_NAME}),")

#: what both patterns above hold: a scan for this literal-led phrase is a tenth of theirs, and most
#: articles that say "spokesman" never say "spokesman for"
_POST_FOR = re.compile(r"spokes(?:man|woman|person)\s{1,3}for\s")


def _opening_nation(clusters: list["Cluster"], after: int, before: int) -> str | None:
    """The country of a country actor mentioned first after "for (the) " and before the name, if any."""
    first = None
    for c in clusters:
        if c.kind == "country" and c.country:
            for s, _ in c.mentions:
                if after < s < before and (first is None or s < first[0]):
                    first = (s, c.country)
    if first is None:
        return None
    return first[1] if first[0] - after <= len(" for the ") else None


def merge_principal_spokesmen(text: str, clusters: list["Cluster"]) -> list["Cluster"]:
    """Make the apposed name the spokesman and drop the bare "spokesman" person (module doc)."""
    if _POST_FOR.search(text) is None:  # neither pattern can match: spare their two scans
        return clusters
    from .build import Cluster, cluster_at  # runtime import: build imports this package's modules (only when needed)

    for m in _SPOKESMAN_FOR.finditer(text):
        post_span = m.span("post")
        bare = next((c for c in clusters if c.kind == "person" and post_span in c.mentions
                     and c.name.lower() == m.group("post")), None)
        principal = cluster_at(clusters, *m.span("principal"), ("person",))
        start, end = m.span("name")
        name = m.group("name")
        speaker = cluster_at(clusters, start, end, ("person",))
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
    return _merge_body_spokesmen(text, clusters)


def _merge_body_spokesmen(text: str, clusters: list["Cluster"]) -> list["Cluster"]:
    """The named spokesman of a body read into the post takes its country; the description goes (module doc)."""
    from .build import cluster_at  # runtime import: build imports this package's modules
    for m in _SPOKESMAN_FOR_BODY.finditer(text):
        post_start = m.start("post")
        bare = next((c for c in clusters if c.kind == "person" and c.country and c.anonymous
                     and any(s == post_start for s, _ in c.mentions)), None)
        speaker = cluster_at(clusters, *m.span("name"), ("person",))
        if speaker is None or speaker is bare or speaker.organization is not None:
            continue
        if bare is None:
            # "the spokesman for the Saudi defence ministry, Colonel X,": the nation opening the body
            nation = _opening_nation(clusters, m.end("post"), m.start("name"))
            if nation is not None:
                speaker.country = nation
            continue
        speaker.country = bare.country
        speaker.role = speaker.role or m.group("post")
        bare.mentions = [sp for sp in bare.mentions if sp[0] != post_start]
        if not bare.mentions:
            clusters = [c for c in clusters if c is not bare]
    return clusters
