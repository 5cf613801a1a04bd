"""A name right after "<Place>-based", or described as "a <Place>-based <body noun>", is a body.

("-headquartered" and "-registered" count as "-based": "a Piraeus-registered company".)

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

#: A capitalised word of a place or name (shared with based_members.py, like :data:`BASED_PLACE`, the body
#: nouns and :func:`based_place_country`).
NAME_WORD = r"[A-Z][\w'\u2019.\u00c0-\u024f]*"
#: "Mombasa-based", "Buenos Aires-headquartered": the place (up to three words) of a body's description
BASED_PLACE = rf"(?P<place>{NAME_WORD}(?: {NAME_WORD}){{0,2}})-(?:based|headquartered|registered)"
#: "the Mombasa-based " / "Buenos Aires-headquartered " right before the name
_BASED_BEFORE = re.compile(rf"{BASED_PLACE}\s{{1,3}}$")
#: "Piraeus-based " opening a mention (the recogniser may take the place into the body's name)
_BASED_OPENING = re.compile(rf"(?<![\w'\u2019.\u00c0-\u024f]){BASED_PLACE}\s{{1,3}}[A-Z]")
#: Nouns for a body in "a Dakar-based carrier", after up to two other words ("a Dakar-based low-cost carrier").
BODY_NOUNS = ("carrier|airline|company|firm|group|charity|organi[sz]ation|ngo|NGO|agency|broadcaster|newspaper|"
              "daily|outlet|website|network|coalition|alliance|association|foundation|institute|think[- ]tank|"
              "movement|party|union|bank|lender|insurer|operator|developer|manufacturer|maker|producer|"
              "exporter|importer|startup|start-up|consultancy|monitor|watchdog|militia|broker|fund|"
              "shipping line|shipper|hospital|university|club|federation|consortium")
_BASED_AFTER = re.compile(rf",\s{{1,3}}(?:a|an|the)\s{{1,3}}{BASED_PLACE}"
                          rf"\s{{1,3}}(?:[\w-]+\s{{1,3}}){{0,2}}?(?:{BODY_NOUNS})\b")


#: a body noun or a ship's firm's role, closing a based description ("Piraeus-registered manager")
_BODY_OR_ROLE = rf"(?:{BODY_NOUNS}|manager|owner|charterer)"
#: "the vessel's Piraeus-registered manager, Marisol Shipping": a based description apposed before the name
#: of what is already a body (a manager or owner of a ship is a firm there; a person is never re-read by it)
_BASED_NOUN_BEFORE = re.compile(rf"{BASED_PLACE}\s{{1,3}}(?:[\w-]+\s{{1,3}}){{0,2}}?{_BODY_OR_ROLE},\s{{1,3}}$")
#: "Marisol Shipping, the vessel's Piraeus-registered manager,": the same description after the name, where
#: an owner's possessive may stand before the place
_BASED_NOUN_AFTER = re.compile(rf",\s{{1,3}}(?:a|an|the|its)\s{{1,3}}(?:[\w-]+(?:'s|\u2019s)?\s{{1,3}}){{0,2}}?"
                               rf"{BASED_PLACE}\s{{1,3}}(?:[\w-]+\s{{1,3}}){{0,2}}?{_BODY_OR_ROLE}\b")


def based_place_country(place: str, gazetteer: Gazetteer) -> str | None:
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


def _apposed_role_place(text: str, c: "Cluster") -> str | None:
    """The place of a based description of a body's role apposed to its name, before or after it
    ("X, the vessel's Piraeus-registered manager," or "the Piraeus-registered manager, X")."""
    for start, end in c.mentions:
        found = _BASED_NOUN_BEFORE.search(text, max(0, start - 90), start) or _BASED_NOUN_AFTER.match(text, end, end + 120)
        if found is not None:
            return found.group("place")
    return None


def make_based_names_bodies(text: str, clusters: list["Cluster"], gazetteer: Gazetteer) -> None:
    """Re-read untitled "people" introduced by "<Place>-based" as organisations of that place, and give
    bodies so introduced without a country the place's (module doc)."""
    for c in clusters:
        if c.kind == "organization" and c.country is None:
            place = _based_place(text, c) or _apposed_role_place(text, c)  # "Blue Harbour, a Manila-based charity"
            if place is not None:
                c.country = based_place_country(place, gazetteer)
            continue
        if c.kind != "person" or c.role or c.anonymous or c.organization or len(c.name.split()) < 2:
            continue
        place = _based_place(text, c)
        if place is None:
            continue
        c.read_as_body()
        c.country = based_place_country(place, gazetteer) or c.country
