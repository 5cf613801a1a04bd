"""A name right after "<Place>-based", or described as "a <Place>-based <body noun>", is a body.

Why: the recogniser reads two or more capitalised words that no gazetteer lists as a person's
name, so "the Mombasa-based Coastal Hope said" and "Coastline Air, a Dakar-based carrier, said"
gave people, with no country or the place's country as a person's. Only bodies are introduced by
where they sit: a person is "a Nairobi-based economist" after the name, never "the Nairobi-based
Joseph Otieno". So a name that follows "<Place>-based" directly, or whose apposition is
"a <Place>-based" + a body noun (carrier, charity, group …), is an organisation, of the place's
country (a capital, a listed city, or a country's own name). A titled person is never re-read.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .gazetteer import Gazetteer
from .placed import named_place_country

if TYPE_CHECKING:  # pragma: no cover
    from .build import Cluster

_WORD = r"[A-Z][\w'\u2019.\u00c0-\u024f]*"
#: "the Mombasa-based " / "Buenos Aires-headquartered " right before the name
_BASED_BEFORE = re.compile(rf"(?P<place>{_WORD}(?: {_WORD}){{0,2}})-(?:based|headquartered)\s{{1,3}}$")
#: "Piraeus-based " opening a mention (the recogniser may take the place into the body's name)
_BASED_OPENING = re.compile(rf"(?<![\w'\u2019.\u00c0-\u024f])(?P<place>{_WORD}(?: {_WORD}){{0,2}})-(?:based|headquartered)\s{{1,3}}[A-Z]")
#: Nouns for a body in "a Dakar-based carrier", after up to two other words ("a Dakar-based low-cost carrier").
_BODY_NOUNS = ("carrier|airline|company|firm|group|charity|organi[sz]ation|ngo|NGO|agency|broadcaster|newspaper|"
               "daily|outlet|website|network|coalition|alliance|association|foundation|institute|think[- ]tank|"
               "movement|party|union|bank|lender|insurer|operator|developer|manufacturer|maker|producer|"
               "exporter|importer|startup|start-up|consultancy|monitor|watchdog|militia|broker|fund|"
               "shipping line|shipper|hospital|university|club|federation|consortium")
_BASED_AFTER = re.compile(rf",\s{{1,3}}(?:a|an|the)\s{{1,3}}(?P<place>{_WORD}(?: {_WORD}){{0,2}})-(?:based|headquartered)"
                          rf"\s{{1,3}}(?:[\w-]+\s{{1,3}}){{0,2}}?(?:{_BODY_NOUNS})\b")


def _country_of(place: str, gazetteer: Gazetteer) -> str | None:
    """The country of the place, trying "The Mombasa" as "Mombasa" too (a capitalised word before it)."""
    words = place.split()
    for k in range(len(words)):
        country = named_place_country(" ".join(words[k:]), gazetteer)
        if country is not None:
            return country
    return None


def _based_place(text: str, c: "Cluster") -> str | None:
    for start, end in c.mentions:
        inside = _BASED_OPENING.match(text, start, end)
        if inside is not None:
            return inside.group("place")  # "Piraeus-based Kallisti Maritime" taken whole as the name
        before = _BASED_BEFORE.search(text, max(0, start - 60), start)
        if before is not None:
            return before.group("place")
        after = _BASED_AFTER.match(text, end, end + 120)
        if after is not None:
            return after.group("place")
    return None


def make_based_names_bodies(text: str, clusters: list["Cluster"], gazetteer: Gazetteer) -> None:
    """Re-read untitled "people" introduced by "<Place>-based" as organisations of that place, and give
    bodies so introduced without a country the place's (module doc)."""
    for c in clusters:
        if c.kind == "organization" and c.country is None:
            place = _based_place(text, c)  # "Blue Harbour, a Manila-based charity": already a body
            if place is not None:
                c.country = _country_of(place, gazetteer)
            continue
        if c.kind != "person" or c.role or c.anonymous or c.organization or len(c.name.split()) < 2:
            continue
        place = _based_place(text, c)
        if place is None:
            continue
        c.kind = "organization"
        c.country = _country_of(place, gazetteer) or c.country
        c.extra.pop("gender", None)
        c.extra.pop("place_country_own", None)
