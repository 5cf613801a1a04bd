"""A person introduced as "Its <role>, Name," after a sentence whose subject is a body is that body's officer.

Why: reports name an organisation's officer through "its": "The Economic Community of the Coast
(ECC) urged calm. Its commission president, Jean Ndoye, offered talks in Libreville." With no
title naming a country the person took the place he spoke of or the story's main country, so an
international body's official became a citizen of the country he named. body_officers.py leaves
"its" alone because it may point to a country ("Kenya summoned the envoy. Its foreign minister,
X, said"); here the antecedent is decided: the mention opening the sentence (for "its" inside a
sentence) or the sentence before (for "Its" opening one). Only when that opening mention is an
organisation does the person become its officer, with its country (often none); a country or a
person there leaves the person as the earlier rules placed him.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from .textspans import shared_sentence_index

if TYPE_CHECKING:  # pragma: no cover
    from .build import Cluster

#: "its commission president, " right before the name: "its", up to five words of a role, a comma,
#: and perhaps a former post ("Its mission chief, former Costa Rican president X")
_ITS_ROLE = re.compile(r"\b([Ii])ts\s{1,3}(?:[\w-]+\s{1,3}){0,4}[\w-]+,\s{1,3}"
                       r"(?:(?:former|ex-|then-?)\s{0,3}(?:[\w-]+\s{1,3}){0,4})?$")
#: what may stand between a sentence's start and its subject: a time stamp, a dash, "The"
_OPENING = re.compile(r"(?:\d{1,2}[:.]\d{2}\s{1,3}(?:[-\u2013\u2014]\s{1,3})?)?(?:[Tt]he\s{1,3})?")
#: how far back "its" may stand from the name
_WINDOW = 100


def _sentence_subject(text: str, starts: list[int], opened: list[tuple[int, "Cluster"]], sentence: int) -> "Cluster | None":
    """The cluster whose mention opens sentence number ``sentence``, else None."""
    if sentence < 0:
        return None
    s0 = starts[sentence]
    k = bisect.bisect_left(opened, s0, key=lambda t: t[0])
    if k < len(opened):
        at, cluster = opened[k]
        end = starts[sentence + 1] if sentence + 1 < len(starts) else len(text)
        if at < end and _OPENING.fullmatch(text, s0, at) is not None:
            return cluster
    return None


def place_its_officers(text: str, clusters: list["Cluster"], doc: object = None) -> None:
    """Make "Its <role>, Name" the officer of the organisation that is the subject "its" refers to (module doc)."""
    if "its " not in text.lower():
        return
    people = []
    for c in clusters:
        if c.kind != "person" or c.anonymous or not c.mentions or c.extra.get("office_known"):
            continue
        start = min(c.mentions)[0]
        m = _ITS_ROLE.search(text, max(0, start - _WINDOW), start)
        if m is not None:
            people.append((c, m))
    if not people:
        return
    sentences = shared_sentence_index(text, doc)
    starts = sentences.starts
    opened = sorted(((s, c) for c in clusters for s, _ in c.mentions), key=lambda t: t[0])
    for c, m in people:
        i = sentences.index(m.start())
        opens_sentence = m.group(1) == "I" and _OPENING.fullmatch(text, starts[i], m.start()) is not None
        body = _sentence_subject(text, starts, opened, i - 1 if opens_sentence else i)
        if body is None or body.kind != "organization" or body is c:
            continue
        c.organization = body.name
        c.country = body.country
