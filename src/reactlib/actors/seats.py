"""Seats of international bodies: "Brussels" is the European Union, unless the article is about Belgium.

Why: a capital normally stands for its country's government ("Ankara condemned …" is
Turkey), but in international news "Brussels condemned …", "Washington and Brussels
urged …" and "talks between London and Brussels" speak of the EU far more often than
of Belgium. The cities and bodies come from ``data/body_seats.tsv``; the choice is made
per article, after every mention is found, because it depends on who else is named:

- the body is named ("the EU", "the European Commission", an EU official): the body;
- the host country's government is not named (no "Belgium", "Belgian", Belgian
  officials): the body;
- otherwise (Belgium is named and the EU is not): the host country, as for any capital.

A city after a locative preposition ("in Brussels") is a place and never becomes a
mention at all (see ``Recognizer._proper``); this module only re-labels mentions the
recogniser already made from a capital.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, Iterable, Mapping

from .gazetteer import Gazetteer, data_rows

if TYPE_CHECKING:  # pragma: no cover
    from .recognize import Mention

#: the ``Mention.extra`` key the recogniser sets on a mention made from a capital's name
SEAT_CITY = "seat_city"


@lru_cache(maxsize=1)
def body_seats() -> Mapping[str, tuple[str, str]]:
    """city -> (body name, host country alpha-3), from ``data/body_seats.tsv``."""
    table = {}
    for row in data_rows("body_seats.tsv"):
        if len(row) >= 3:
            table[row[0].strip()] = (row[1].strip(), row[2].strip())
    return table


def _names_body(m: "Mention", body: str) -> bool:
    return (m.key == f"org:{body}" or m.organization == body or m.extra.get("parent") == body
            or (m.kind != "country" and m.name == body))


def resolve_body_seats(mentions: Iterable["Mention"], gazetteer: Gazetteer) -> None:
    """Re-label, in place, mentions of a body's seat city as the body where the article supports it."""
    mentions = list(mentions)
    seats = body_seats()
    candidates = [m for m in mentions if m.extra.get(SEAT_CITY) in seats]
    others = [o for o in mentions if SEAT_CITY not in o.extra]
    for m in candidates:
        body, host = seats[m.extra[SEAT_CITY]]
        entry = gazetteer.proper.get(body)
        if entry is None:  # a plugin removed or renamed the body: keep the capital's country
            continue
        body_named = any(_names_body(o, body) for o in others)
        host_named = any(o.country == host for o in others)
        if body_named or not host_named:
            m.kind, m.name, m.country, m.key = entry.kind, entry.name, entry.country, f"org:{entry.name}"
            m.extra["seat_of"] = entry.name
