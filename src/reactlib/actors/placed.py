"""A person's country from a town or city named in the person's own description.

Why: reports introduce people that no title places by where they are from or where they speak:
"Rosa Quispe, a shopkeeper from Mombasa,", "a lecturer at Lahore's main university", "said …, at
a rally in Dakar", "a Nairobi-based economist", "told reporters in Mashhad". When the article is
about two or more countries, the main-country and focus guesses are often wrong for them; the
place they are given is better evidence. Capitals come from ``countries.tsv``; major non-capital
cities from ``cities.tsv`` (ambiguous names left out there); the seats of international bodies
(``body_seats.tsv``: Brussels) place nobody.

Only the words right after a mention of the person count: an apposition (up to a clause that is
not about the person: "who …", "as she waited …", a quotation) and a reporting verb with its
place ("told reporters in Mashhad"). Envoys and correspondents ("the ambassador in Nairobi") are
placed where they serve, so a place never decides their country; two places of two countries
decide nothing. Runs before the main-country and focus rules, after the title's own country.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from .gazetteer import CAPITAL, Gazetteer, data_rows
from .seats import body_seats

if TYPE_CHECKING:
    from .build import Cluster

#: a clause that leaves the person's description
_CUT = re.compile(r"[\"\u201c\u201d;:()]|\b(?:who|whose|which|that|as|after|before|while|when|because|but|where|"
                  r"although|since|until|if)\b|[.!?](?=\s|$)|\n")
#: a reporting verb straight after the name ("told reporters in …", "said in …")
_REPORTING = re.compile(r"\s?(?:said|says|told|tells|asked|added|wrote|announced|declared|insisted|warned|"
                        r"spoke|speaking|argued|explained|stated)\b")
#: how an apposition piece after a comma may open; anything else (a verb: "arrived in …") ends it
_PIECE = re.compile(r"\s?(?:an?|the|at|in|from|of|near|outside|based|or|his|her|their|one|now|"
                    r"said|says|told|speaking|\d|[A-Z])")
#: a place counts after a locative preposition, or as a possessive or "-based"
_BEFORE_PLACE = re.compile(r"\b(?:in|from|at|of|near|outside|around)\s{1,3}(?:the\s{1,3})?$")
_AFTER_PLACE = re.compile(r"(?:'s|\u2019s|-based|\s{1,3}based)\b")
#: people placed where they serve, not where they are from
_SERVES_ABROAD = re.compile(r"\b(?:ambassador|envoy|consul|correspondent|attach[eé]|emissary|"
                            r"representative|charg[eé] d'affaires|high commissioner)s?\b", re.I)
_MAX_CHARS = 160


@lru_cache(maxsize=1)
def city_countries() -> dict[str, str]:
    """City name -> ISO alpha-3 of its country (data/cities.tsv), read once; shared with the press and linking rules."""
    table: dict[str, str] = {}
    for row in data_rows("cities.tsv"):
        for name in row[0].split(";"):
            if name.strip():
                table[name.strip()] = row[1].strip()
    return table


def _place_pattern(places: tuple[str, ...]) -> re.Pattern[str]:
    alternation = "|".join(re.escape(p) for p in sorted(places, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternation})(?![\w])")


_PATTERNS: dict[int, tuple[Gazetteer, re.Pattern[str], dict[str, str]]] = {}


def _places(gazetteer: Gazetteer) -> tuple[re.Pattern[str], dict[str, str]]:
    """The place pattern and table (capitals of this gazetteer plus the cities), built once per gazetteer."""
    cached = _PATTERNS.get(id(gazetteer))
    if cached is not None and cached[0] is gazetteer:
        return cached[1], cached[2]
    table = dict(city_countries())
    for phrase, entry in gazetteer.proper.items():
        if entry.kind == "country" and entry.category == CAPITAL and entry.country:
            table[phrase] = entry.country
    for seat in body_seats():  # "a briefing in Brussels": the EU's seat places nobody
        table.pop(seat, None)
    pattern = _place_pattern(tuple(table))
    _PATTERNS[id(gazetteer)] = (gazetteer, pattern, table)
    return pattern, table


def own_description(text: str, end: int) -> str:
    """The words right after a mention that still describe the person (see the module doc)."""
    window = text[end:end + _MAX_CHARS]
    cut = _CUT.search(window)
    window = window[:cut.start()] if cut else window
    pieces = window.split(",")
    head = pieces[0]
    if head.strip() and not _REPORTING.match(head):
        return ""  # "Name arrived in …": what he does, not who he is
    kept = [head]
    for piece in pieces[1:]:
        if piece.strip() and not _PIECE.match(piece):
            break
        kept.append(piece)
    return ",".join(kept)


def named_place_country(name: str, gazetteer: Gazetteer) -> str | None:
    """The country of ``name`` as a whole: a capital or listed city, else a country's own name or demonym
    entry; shared by the "-based" body and placed group rules."""
    _, table = _places(gazetteer)
    if name in table:
        return table[name]
    entry = gazetteer.proper.get(name)
    if entry is not None and entry.kind == "country" and entry.country:
        return entry.country
    return None


def place_countries_in(span: str, gazetteer: Gazetteer) -> set[str]:
    """The countries of every capital or listed city named in ``span`` (seats of international bodies
    left out); shared with the headline rule of dateline.py."""
    pattern, table = _places(gazetteer)
    return {table[m.group(0)] for m in pattern.finditer(span)}


def place_country(text: str, c: Cluster, gazetteer: Gazetteer) -> str | None:
    """The one country of the places in the person's descriptions, else None."""
    pattern, table = _places(gazetteer)
    found: set[str] = set()
    for _, end in c.mentions:
        description = own_description(text, end)
        if not description:
            continue
        if _SERVES_ABROAD.search(description):
            return None
        for m in pattern.finditer(description):
            if _BEFORE_PLACE.search(description, 0, m.start()) or _AFTER_PLACE.match(description, m.end()):
                found.add(table[m.group()])
    return found.pop() if len(found) == 1 else None


def assign_place_countries(text: str, clusters: list[Cluster], gazetteer: Gazetteer) -> None:
    """People with no country, organisation or known office take the country of their town."""
    for c in clusters:
        if c.kind != "person" or c.country is not None or c.organization is not None or c.anonymous \
                or c.extra.get("office_known"):
            continue
        if c.role and _SERVES_ABROAD.search(c.role):
            continue
        country = place_country(text, c, gazetteer)
        if country is not None:
            c.country = country
            c.extra["place_country_own"] = True
