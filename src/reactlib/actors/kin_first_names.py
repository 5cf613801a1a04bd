"""A relative named by a first name only who speaks: "Rinaldi's wife, Lucía, said …".

Why: reaction stories about an attacked or detained person quote the family, often by a first name
("His wife, Marta, who flew in from Lisbon, said …"). The recogniser needs two name words for an
untitled speaker, so the relative is lost with the quotation's holder. The first name is a person
of the relative's country (relatives share a nationality: see ``relatives.py``). Only when the
relative speaks in that sentence (a reporting verb after the name, or "spoke"/"asked"/"pleaded"); the owner is the person whose
possessive stands before ("Rinaldi's"), else for "His/Her" the nearest named person before with a
country. Runs after the persons have their countries.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .recognize import REPORTING_VERBS

if TYPE_CHECKING:
    from .build import Cluster

_KIN_FIRST_NAME = re.compile(
    r"(?:(?<=['\u2019]s )|\b(?P<pron>[Hh]is|[Hh]er) )(?:\w+ )?(?P<kin>wife|husband|mother|father|brother|sister|son|"
    r"daughter|partner|widow|widower|fianc[eé]e?), (?P<name>[A-Z][a-z\u00e0-\u00ff]+(?:-[A-Z][a-z\u00e0-\u00ff]+)?), ")
#: speaking without a quotation of its own ("Her son, Ana, spoke at the funeral"; "asked that …"): the
#: relative is still a voice of the story, though these verbs report no statement in recognize.py
_SPEECH_VERBS = frozenset({"spoke", "speaks", "asked", "asks", "pleaded", "pleads"})
#: every verb after the name that makes the relative a voice: one set, looked up once per word
_SPEAKS = REPORTING_VERBS | _SPEECH_VERBS
_SENTENCE_REST = re.compile(r"[^.!?\n]{0,160}")
_WORD = re.compile(r"[a-z]+")
#: How far back the owner named with "His/Her" may be.
_LOOKBACK = 600


def add_kin_first_names(text: str, clusters: list["Cluster"]) -> list["Cluster"]:
    """The clusters with speaking relatives named by a first name only added (module doc)."""
    if "wife, " not in text and "husband, " not in text and not re.search(r"(?:mother|father|brother|sister|son|"
                                                                         r"daughter|partner|widow|fianc)\w*, [A-Z]",
                                                                         text):
        return clusters
    from .build import Cluster

    starts = {s for c in clusters for s, _ in c.mentions}
    persons = sorted((e, c) for c in clusters if c.kind == "person" and not c.anonymous and " " in c.name
                     for _, e in c.mentions)
    for m in _KIN_FIRST_NAME.finditer(text):
        given, at = m.group("name"), m.start("name")
        if at in starts or any(c.key == f"person:{given}" for c in clusters):
            continue
        rest = _SENTENCE_REST.match(text, m.end()).group(0)
        if not any(w in _SPEAKS for w in _WORD.findall(rest)):
            continue  # "Rinaldi's wife, Lucía, was not hurt": no one speaks
        owner = _owner(text, m, persons)
        if owner is None:
            continue
        person = Cluster(kind="person", name=given, key=f"person:{given}", country=owner.country, strong=True)
        person.names.append(given)
        person.mentions.extend((u.start(), u.end()) for u in re.finditer(rf"\b{re.escape(given)}\b", text)
                               if u.start() >= at and u.start() not in starts)
        clusters.append(person)
    return clusters


def _owner(text: str, m: re.Match, persons: list[tuple[int, "Cluster"]]) -> "Cluster | None":
    if m.group("pron") is None:  # "Rinaldi's wife": the person whose mention ends at the possessive
        end = m.start() - 3  # before "'s "
        for e, c in persons:
            if e == end:
                return c
        return None
    before = [c for e, c in persons if m.start() - _LOOKBACK <= e <= m.start() and c.country]
    return before[-1] if before else None
