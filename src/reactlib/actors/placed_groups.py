"""A group named with where it is ("protesters in Tunis", "rebels from Cabo Delgado") is of that place's country.

Why: groups with no demonym ("protesters", "students", "rebels") took a country only from the
article's focus, and a story of two or more countries often has none, so "Protesters in Tunis
demanded …" was a group without a country. The place right after the group's own mention says
where its members are: a capital, a listed city or a country named after "in" or "from".
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .gazetteer import Gazetteer
from .placed import named_place_country

if TYPE_CHECKING:  # pragma: no cover
    from .build import Cluster

_WORD = r"[A-Z][\w'\u2019.\u00c0-\u024f-]*"
#: " in Tunis", " from the Central African Republic" right after the group's mention
_IN_PLACE = re.compile(rf"\s{{1,3}}(?:in|from|across|outside)\s{{1,3}}(?:the\s{{1,3}})?(?P<place>{_WORD}(?: (?:es |de |del |al )?{_WORD}){{0,3}})")

#: ", Sousse and Sfax", " and in Bamako": more places after the first
_MORE_PLACES = re.compile(rf"(?:,\s{{1,3}}|\s{{1,3}}(?:and|or)\s{{1,3}})(?:in\s{{1,3}}|from\s{{1,3}})?(?:the\s{{1,3}})?"
                          rf"(?P<place>{_WORD}(?: {_WORD}){{0,3}})")


def _country_of(place: str, gazetteer: Gazetteer) -> str | None:
    """The country of the longest leading part of ``place`` that names a capital, city or country."""
    words = place.split()
    for k in range(len(words), 0, -1):
        country = named_place_country(" ".join(words[:k]), gazetteer)
        if country is not None:
            return country
    return None


def assign_group_places(text: str, clusters: list["Cluster"], gazetteer: Gazetteer) -> None:
    """Groups with no country take the one country of the places right after their mentions (module doc)."""
    for c in clusters:
        if c.kind != "group" or c.country is not None:
            continue
        found = set()
        for _, end in c.mentions:
            m = _IN_PLACE.match(text, end, end + 80)
            if m is None:
                continue
            country = _country_of(m.group("place"), gazetteer)
            if country is not None:
                found.add(country)
            at = m.end()
            while (more := _MORE_PLACES.match(text, at, at + 60)) is not None:
                other = _country_of(more.group("place"), gazetteer)
                if other is None:
                    break
                found.add(other)  # "in Dakar and in Bamako": two countries place nobody
                at = more.end()
        if len(found) == 1:
            c.country = found.pop()
