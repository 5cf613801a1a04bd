"""A witness introduced by what he is, then his name: "one driver, Moses Okello, asked", "a nurse, Ana Ruiz, said".

Why: reports give voice to ordinary people this way; the name has no title, no organisation word
and often no country, and appears once, so the recogniser (which keeps an untitled capitalised pair
only with more evidence) found no one, and the quote had no speaker. Annotators list the person.
The description is "one" or "a/an" with up to two lower-case words (a demonym among them gives the
country), then the name between commas, then a reporting verb. Only
a name no other actor covers is added; the country rules that follow (a demonym in the
description, the story's main country) place it as any untitled person.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .gazetteer import DEMONYM, Gazetteer
from .recognize import REPORTING_VERBS
from .textspans import NAME_WORD

if TYPE_CHECKING:  # pragma: no cover
    from .build import Cluster

#: (the look-ahead for the first letter is no part of the rule: it is tested before the look-behind, and
#: rejects most positions of the text sooner)
_DESCRIBED = re.compile(
    rf"(?=[OoAa])(?<![\w'])(?:[Oo]ne|[Aa]n?|[Aa]nother)\s{{1,3}}(?P<desc>(?:[\w'-]+\s{{1,3}}){{0,2}}[a-z][\w-]+),\s{{1,3}}"
    rf"(?P<name>{NAME_WORD}(?: (?:al-|el-|de |da |van |von )?{NAME_WORD}){{1,2}}),\s{{1,3}}"
    rf"(?:\d{{1,3}},\s{{1,3}})?(?P<verb>[a-z]+)\b")
#: description heads that are not a person ("a statement, …", "a day, …")
_NOT_PEOPLE = frozenset({"statement", "day", "week", "year", "month", "report", "letter", "video", "post", "time",
                         "source", "official", "spokesman", "spokeswoman", "spokesperson"})


def _demonym_country(words: str, gazetteer: "Gazetteer | None") -> str | None:
    """The country of a demonym among the description's words ("one Kenyan farmer"), else None."""
    if gazetteer is None:
        return None
    for word in words.split():
        entry = gazetteer.proper.get(word)
        if entry is not None and entry.kind == "country" and entry.category == DEMONYM and entry.country:
            return entry.country
    return None


def add_described_witnesses(text: str, clusters: list["Cluster"],
                            gazetteer: "Gazetteer | None" = None) -> list["Cluster"]:
    """Add the named witnesses of "one driver, Moses Okello, asked" that no actor covers (module doc)."""
    if "," not in text:
        return clusters
    from .build import new_named_person  # runtime import: build imports this package's modules

    taken = [(s, e) for c in clusters for s, e in c.mentions]
    for m in _DESCRIBED.finditer(text):
        if m.group("verb") not in REPORTING_VERBS and m.group("verb") not in ("asked", "recalled", "explained"):
            continue
        if m.group("desc").split()[-1].lower() in _NOT_PEOPLE:
            continue  # an official's or spokesman's name is the title rules' business
        start, end = m.span("name")
        found = next((c for c in clusters if c.kind == "person" and (start, end) in c.mentions), None)
        if found is not None:  # found by the recogniser already: only its country may be missing
            found.country = found.country or _demonym_country(m.group("desc"), gazetteer)
            continue
        if any(s < end and start < e for s, e in taken):
            continue
        name = m.group("name")
        person = new_named_person(text, name, (start, end), taken,
                                  country=_demonym_country(m.group("desc"), gazetteer))
        taken.extend(person.mentions)
        clusters.append(person)
    return clusters
