"""An official titled with no country, right after an international body's sentence, is that body's.

Why: "The European Union announced €5 million in aid. 'We stand with the families,' Commissioner
Maria Holm wrote on X.": a bare title ("Commissioner", "spokesperson", "Director-General") after a
sentence whose subject is an international body names one of its officials, and such officials
belong to no country (the annotation convention: country null). The earlier rules gave the story's
main country. Only when the body (an organisation with no country, not an outlet) opens the sentence before or
this one, within the paragraph, no country is named between it and the title, and the title has
no country word of its own before it.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from .textspans import sentence_starts, untitled_role_window

if TYPE_CHECKING:  # pragma: no cover
    from .build import Cluster


#: Titles of a state's own officers: a minister after a body's sentence is still his country's.
STATE_TITLES = re.compile(r"\b(?:minister|president|premier|prime|ambassador|governor|mayor|general|colonel|king|"
                           r"queen|senator|lawmaker|mp|deputy|chancellor|army|police|foreign|interior|defen[cs]e|leader|party|"
                           r"opposition|candidate)\b",
                           re.I)


#: what may stand between a sentence's start and its subject: a live blog's time stamp, "The"
_OPENING = re.compile(r"(?:\d{1,2}[:.]\d{2}\s{1,3})?(?:The\s{1,3})?")


def _opens_sentence(text: str, starts: list[int], position: int) -> bool:
    """Does the mention at ``position`` open its sentence ("The European Union …", "10:02 The EU …")?"""
    i = bisect.bisect_right(starts, position) - 1
    return i >= 0 and _OPENING.fullmatch(text, starts[i], position) is not None


def unplace_body_officials(text: str, clusters: list["Cluster"]) -> None:
    """Take the guessed country from officials of an international body named just before (module doc)."""
    people = [c for c in clusters if c.kind == "person" and c.role and c.country and c.mentions
              and not c.extra.get("office_known") and not STATE_TITLES.search(c.role)]
    if not people:
        return
    starts = sentence_starts(text)
    bodies = sorted(s for c in clusters if c.kind == "organization" and c.country is None
                    and c.extra.get("own_voice") != "media" for s, _ in c.mentions
                    if _opens_sentence(text, starts, s))
    if not bodies:
        return
    countries = sorted(s for c in clusters if c.kind == "country" for s, _ in c.mentions)
    for c in people:
        first = min(c.mentions)[0]
        window = untitled_role_window(text, starts, first, c.role, (".", ",", ":", ";", "\"", "\u201d"))
        if window is None:
            continue  # "Kenyan Commissioner …": its own country word
        title_at, window_start = window
        opening = [s for s in bodies if window_start <= s < title_at]
        if not opening:
            continue
        if any(opening[-1] < s < title_at for s in countries):
            continue  # a country named in between may be whose official this is
        c.country = None
