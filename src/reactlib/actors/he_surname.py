""""spokesman He Wenbo": He is a surname after a title, not the pronoun.

Why: He is a common Chinese surname, and the recogniser reads every capitalised "He" as the
pronoun, so "Chinese foreign ministry spokesman He Wenbo said …" gave no person at all (the title
was folded into China, the pronoun into whoever was salient) and his quote had no speaker. Right
after a title word and before a capitalised word, "He" opens a name: the pronoun is never followed
by a capitalised given name there. The person takes the title (without its country word) as role
and the country of that word; the title's words stop being a mention of anything else.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .gazetteer import DEMONYM, COUNTRY_NAME, Gazetteer

if TYPE_CHECKING:  # pragma: no cover
    from .build import Cluster

_TITLE_HEADS = (r"spokes(?:man|woman|person)|minister|ambassador|envoy|premier|chairman|chairwoman|official|"
                r"president|secretary|director|commander|governor|mayor|negotiator|diplomat")
_TITLED_HE = re.compile(
    rf"(?P<title>(?:(?P<first>[A-Z][\w-]*)(?:'s|\u2019s)?\s{{1,3}})?(?:[A-Za-z][\w-]*\s{{1,3}}){{0,3}}?(?i:{_TITLE_HEADS}))"
    rf"\s{{1,3}}(?P<name>He\s(?P<given>[A-Z][a-z]+(?:-[a-z]+)?))\b")


def add_he_surnames(text: str, clusters: list["Cluster"], gazetteer: Gazetteer) -> list["Cluster"]:
    """Add the people named "He <Given>" after a title, and free the title's words (module doc)."""
    from .build import Cluster  # runtime import: build imports this package's modules

    if "He " not in text:
        return clusters
    for m in _TITLED_HE.finditer(text):
        name = m.group("name")
        start, end = m.span("name")
        if any((start, end) in c.mentions for c in clusters if c.kind == "person"):
            continue
        t_start, t_end = m.span("title")
        first = m.group("first")
        entry = gazetteer.proper.get(first) if first else None
        country = entry.country if entry is not None and entry.kind == "country" \
            and entry.category in (DEMONYM, COUNTRY_NAME) else None
        role_start = m.end("first") if country else t_start
        role = text[role_start:t_end].strip()
        if role.startswith("'s "):
            role = role[3:]
        kept = []
        for c in clusters:
            mentions = []
            for s, e in c.mentions:
                if start <= s < end:
                    continue  # the "He" read as a pronoun
                if s < t_end and t_start < e:
                    if country and c.kind == "country" and c.country == country:
                        mentions.append((m.start("first"), m.end("first")))  # "Chinese" stays China's
                    continue
                mentions.append((s, e))
            c.mentions = mentions
            if mentions:
                kept.append(c)
        clusters = kept
        person = Cluster(kind="person", name=name, key=f"person:{name}", country=country, role=role or None,
                         strong=True)
        person.names.append(name)
        person.mentions.extend((u.start(), u.end()) for u in re.finditer(rf"\b{re.escape(name)}\b", text)
                               if u.start() >= start)
        clusters.append(person)
    return clusters
