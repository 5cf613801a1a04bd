"""Upper-case roundup labels: "UKRAINE: President X said …", "FRANCE AND GERMANY: …", "EUROPEAN UNION: …".

Why: live pages and reaction roundups open each paragraph with the reacting country or body in
capitals and a colon. Proper names are matched case-sensitively ("US" is a country, "us" is not), so
"UKRAINE" matched nothing and a country that only reacts under its label was lost. A label at the start
of a line, before a colon, is read word by word in the gazetteer's spelling ("COUNCIL OF EUROPE" →
"Council of Europe"); only a known country or organisation counts, so "OPPOSITION:" or "NOTE:" add
nothing. The label's mention joins the actor already found, or makes it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .gazetteer import COUNTRY_NAME, ORGANIZATION

if TYPE_CHECKING:  # pragma: no cover
    from .build import Cluster
    from .gazetteer import Gazetteer

#: a line opening with capitals (and spaces, "&", "'", ".", "-", commas), perhaps after a bullet, before a
#: colon, a spaced dash ("BRITAIN - Foreign Office minister …") or the end of its line (a label over its
#: paragraph: "CHINA\nForeign ministry spokesman …")
_LABEL = re.compile(r"(?m)^[ \t]*(?:[-\u2022*][ \t]+)?([A-Z][A-Z .,&'\u2019-]{1,60}[A-Z.])"
                    r"(?::|[ \t]+[-\u2013\u2014][ \t]|[ \t]*$)")
#: the parts of a label naming several actors ("FRANCE AND GERMANY", "CHILE, PERU & BOLIVIA")
_SPLIT = re.compile(r",\s{0,3}|\s{1,3}(?:AND|&)\s{1,3}")
_SMALL = frozenset({"of", "the", "and", "for", "on", "in", "de"})


def _spelled(label: str) -> str:
    """ "COUNCIL OF EUROPE" → "Council of Europe" (small words lower case, except the first)."""
    words = label.split()
    return " ".join(w.lower() if n and w.lower() in _SMALL else w.capitalize() for n, w in enumerate(words))


def _entry(gazetteer: "Gazetteer", part: str):
    for spelling in (part, _spelled(part)):
        entry = gazetteer.proper.get(spelling)
        if entry is not None and entry.category in (COUNTRY_NAME, ORGANIZATION) \
                and entry.kind in ("country", "organization"):
            return entry
    return None


def add_label_actors(text: str, clusters: list["Cluster"], gazetteer: "Gazetteer") -> list["Cluster"]:
    """Add each upper-case roundup label naming a known country or organisation as its mention (module doc)."""
    from .build import Cluster

    for found in _LABEL.finditer(text):
        label, offset = found.group(1), found.start(1)
        if not any(c.isalpha() for c in label) or label.strip() != label:
            continue
        pieces = _SPLIT.split(label)
        single = len(pieces) == 1  # only a one-actor label says whose officer the next person is
        position = 0
        for piece in pieces:
            start = label.index(piece, position)
            position = start + len(piece)
            entry = _entry(gazetteer, piece.strip())
            if entry is None:
                # "SOLOMON ISLANDS OPPOSITION": a label opening on a country says whose people the paragraph
                # quotes, though it names no actor as a whole (no mention is added for it)
                owner_country = _leading_country(gazetteer, piece.strip()) if single else None
                if owner_country is not None:
                    _label_officers(text, found.end(), clusters, owner_country, gazetteer)
                continue
            span = (offset + start, offset + position)
            key = f"country:{entry.country}" if entry.kind == "country" else f"org:{entry.name}"
            owner = next((c for c in clusters if c.key == key), None) or next(
                (c for c in clusters if c.kind == entry.kind and c.name == entry.name), None)
            if owner is None:
                owner = Cluster(kind=entry.kind, name=entry.name, key=key, country=entry.country)
                clusters.append(owner)
            repeated = entry.kind == "organization" and _named_in_paragraph(text, found.end(), owner)
            # "UNITED NATIONS - The UN human rights office said": the paragraph names the body itself
            if not repeated and span not in owner.mentions:
                owner.mentions.append(span)
            owner.strong = True
            if single:
                _label_officers(text, found.end(), clusters, entry, gazetteer)
    return clusters


def _named_in_paragraph(text: str, label_end: int, owner: "Cluster") -> bool:
    """Does the paragraph under or after the label mention ``owner`` itself? Then the label only repeats
    the body the paragraph names (perhaps through one of its organs, which the label would hide)."""
    start = label_end + 1 if text[label_end:label_end + 1] == "\n" else label_end
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    return any(start <= s < end for s, _ in owner.mentions)


#: the title words between a label and its officer's name ("COUNCIL OF EUROPE: Secretary General ",
#: "CHINA\nForeign ministry spokesman "), the first capitalised; the spaces bounded (linear)
_TITLE_AFTER_LABEL = re.compile(r"[ \t]{0,3}\n?[ \t]{0,3}[A-Z][A-Za-z-]+ (?:[A-Za-z][A-Za-z-]+ ){0,3}")


def _label_officers(text: str, colon_end: int, clusters: list["Cluster"], entry, gazetteer: "Gazetteer") -> None:
    """ "COUNCIL OF EUROPE: Secretary General Anna Lind called …": the titled person right after an
    organisation's label is its officer, of no country the article is about; after a country's label
    ("CHINA\nForeign ministry spokesman Wang …") that country's, whatever a neighbouring paragraph's
    country made of him. A title naming a country ("EUROPEAN UNION: Italian Prime Minister …") is left alone."""
    for c in clusters:
        if c.kind != "person" or not c.role or not c.mentions:
            continue
        start = min(c.mentions)[0]
        if not colon_end < start <= colon_end + 60:
            continue
        title = _TITLE_AFTER_LABEL.fullmatch(text, colon_end, start)
        if title is None or any(_country_word(gazetteer, w) for w in title.group().split()):
            continue  # a demonym or country in the title says whose officer it is
        if entry.kind == "organization":
            c.organization = entry.name
        c.country = entry.country


def _country_word(gazetteer: "Gazetteer", word: str) -> bool:
    """Is ``word`` a country's name or demonym? ("Forum" in "Forum Secretary-General" names the body)"""
    entry = gazetteer.proper.get(word)
    return entry is not None and entry.kind == "country"


def _leading_country(gazetteer: "Gazetteer", label: str):
    """The country entry of the longest run of the label's first words that names a country, when words follow."""
    words = label.split()
    for k in range(len(words) - 1, 0, -1):
        entry = _entry(gazetteer, " ".join(words[:k]))
        if entry is not None and entry.kind == "country":
            return entry
    return None
