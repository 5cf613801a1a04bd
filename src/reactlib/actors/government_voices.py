"""A "government spokesman" with no country word of his own speaks for the government just named.

Why: "Niger's government has declared two days of mourning. In a statement read on state radio,
government spokesman Amadou Issa says …": the title names no country, and it does not open its
sentence, so the rule for a title after a country's sentence did not apply; the person took the
story's main country (the other side of a two-country story). The government is the one the
paragraph has just named: the last "<country>'s government" / "the <demonym> government" /
"the government of <country>" mention before the title, in the same paragraph and at most the
sentence before. A title with its own country word before it ("Sudanese government spokesman")
is left alone.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .textspans import sentence_starts, untitled_role_window

if TYPE_CHECKING:  # pragma: no cover
    from .build import Cluster

_GOVERNMENT_ROLE = re.compile(r"^government\b", re.I)
_GOVERNMENT_MENTION = re.compile(r"\bgovernment\b", re.I)


def place_government_voices(text: str, clusters: list["Cluster"]) -> None:
    """Give "government spokesman X" the country of the government named just before (module doc)."""
    voices = [c for c in clusters if c.kind == "person" and c.role and _GOVERNMENT_ROLE.search(c.role)
              and c.mentions]
    if not voices:
        return
    governments = sorted((s, e, c.country) for c in clusters if c.kind == "country" and c.country
                         for s, e in c.mentions if _GOVERNMENT_MENTION.search(text, s, e))
    if not governments:
        return
    starts = sentence_starts(text)
    for c in voices:
        first = min(c.mentions)[0]
        window = untitled_role_window(text, starts, first, c.role, (".", ",", ":", ";"))
        if window is None:
            continue  # "Sudanese government spokesman": its own country word
        title_at, window_start = window
        found = [country for s, e, country in governments if window_start <= s and e <= title_at]
        if found:
            c.country = found[-1]
