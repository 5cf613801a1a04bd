"""The Holy See acts as an organisation; the Vatican named only as a place is no actor.

Why: the gazetteer lists the Vatican as a country (it is one, code VAT), so "The Holy See
welcomed …" and "The Vatican said …" became a country actor named "Vatican". The papal government
that speaks and mediates is the Holy See, a sovereign body that news and the project's gold treat
as an organisation of its own state (organization, VAT), whichever of its two names the text uses.
And unlike other countries the Vatican is often named only as the place where the pope or a
cardinal does something ("received the president at the Vatican", "a mass in Vatican City"):
such a mention is the setting, not a party, so a Vatican named only that way is no actor (the
pope, a person, may still be one).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from .build import Cluster

#: The country code the gazetteer gives the Holy See and the Vatican.
_HOLY_SEE_CODE = "VAT"
#: The name the papal government acts under.
_HOLY_SEE_NAME = "Holy See"
#: A preposition of place right before the mention ("at the Vatican", "inside Vatican City").
_PLACE_BEFORE = re.compile(r"\b(?:at|in|inside|within|outside|near|around)\s+(?:the\s+)?$", re.I)
#: …unless the mention is an owner ("in the Vatican's statement" is the body's).
_OWNER_AFTER = re.compile(r"^['\u2019]s\b")


def _is_place(text: str, start: int, end: int) -> bool:
    """Is the mention [start, end) the Vatican as a place where something happens?"""
    return bool(_PLACE_BEFORE.search(text[max(0, start - 16):start])) and not _OWNER_AFTER.match(text[end:end + 3])


def make_holy_see_an_organisation(text: str, clusters: list["Cluster"]) -> None:
    """Turn the Vatican country actor into the organisation "Holy See", or drop it when only a place (module doc)."""
    for c in clusters:
        if c.kind != "country" or c.country != _HOLY_SEE_CODE or not c.mentions:
            continue
        if all(_is_place(text, s, e) for s, e in c.mentions):
            c.strong = False
            continue
        c.kind = "organization"
        c.name = _HOLY_SEE_NAME
