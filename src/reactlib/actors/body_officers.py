"""A person described after the name as a body's officer: "said Rose Tamba, the group's Africa director".

Why: "the group's", "the agency's", "the federation's" after a name point back to the body named
just before ("Amnesty International criticised the move. '…,' said Rose Tamba, the group's Africa
director"); with no title the person took the country in focus, so a rights group's researcher
became a citizen of the country she criticised. The body the noun names is the nearest organisation
or group mentioned before the person, in the text just before (the sentence or the one before);
the person is its officer and takes its country (often none). "Its"/"their" are left alone: they
may point to a country ("Kenya …, its foreign minister").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from .build import Cluster

#: ", the group's " / ", the agency's " right after the name, then a description of up to four words
_BODY_OWNED = re.compile(r",\s{1,3}the\s(?:group|organi[sz]ation|agency|charity|body|federation|union|"
                         r"association|watchdog|alliance|network|foundation|committee|council|commission)"
                         r"(?:'s|\u2019s)\s(?:[\w-]+\s){0,4}?(?:[\w-]+)")
#: how far back the owning body may be named (about the sentence and the one before)
_REACH = 400


def _nearest_body(clusters: list["Cluster"], before: int) -> "Cluster | None":
    best, best_end = None, -1
    for c in clusters:
        if c.kind not in ("organization", "group"):
            continue
        for s, e in c.mentions:
            if before - _REACH <= s and e <= before and e > best_end:
                best, best_end = c, e
    return best


def place_body_officers(text: str, clusters: list["Cluster"]) -> None:
    """Make a person described as "the group's …" the officer of the body named before (module doc)."""
    if "'s " not in text and "\u2019s " not in text:
        return
    for c in clusters:
        if c.kind != "person" or c.organization or c.anonymous or not c.mentions or c.extra.get("office_known"):
            continue
        for start, end in c.mentions:
            if _BODY_OWNED.match(text, end) is None:
                continue
            body = _nearest_body(clusters, start)
            if body is not None:
                c.organization = body.name
                c.country = body.country
            break
