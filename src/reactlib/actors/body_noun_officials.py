""""A department official" after "The US State Department …" is an official of that body's country.

Why: reports follow a body's statement with an anonymous voice named by the body's head noun only
("The Foreign Ministry protested. A ministry official said …", "A department official, speaking on
condition of anonymity, said …"). The noun points back to the body just named, whose country the
recogniser knows; the official kept no country, as no title word names one. A person still without a
country, every mention of it "a/an/the <noun> official(s)" for a body noun (department, ministry,
embassy …), takes the country of the nearest actor mentioned before it, within ``_LOOKBACK``
characters, whose mention text holds that noun capitalised ("State Department", "Foreign
Ministry"). No such mention, or one of an actor with no country: nothing changes.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from .build import Cluster

#: the body nouns of "a <noun> official"
_BODY_NOUNS = ("department", "ministry", "embassy", "agency", "office", "commission", "council", "secretariat",
               "directorate")
#: "A department official", "the ministry officials", "an embassy official"
_NOUN_OFFICIAL = re.compile(rf"(?:(?:[Aa]n?|[Tt]he)\s+)?({'|'.join(_BODY_NOUNS)})\s+officials?\b")
#: each noun capitalised, as a body's mention holds it ("State Department"): compiled once, not per person
_NOUN_IN_NAME = {noun: re.compile(rf"\b{noun.capitalize()}\b") for noun in _BODY_NOUNS}
#: how far back the body's mention may stand (about two sentences)
_LOOKBACK = 400


def _body_noun(text: str, c: "Cluster") -> str | None:
    """The one body noun of the person's mentions if each is "a <noun> official", else None."""
    nouns = set()
    for s, e in c.mentions:
        m = _NOUN_OFFICIAL.fullmatch(text, s, e)
        if m is None:
            return None
        nouns.add(m.group(1).lower())
    return nouns.pop() if len(nouns) == 1 else None


def place_body_noun_officials(text: str, clusters: list["Cluster"]) -> None:
    """Give "a department official" the country of the body it points back to (module doc)."""
    for c in clusters:
        if c.kind != "person" or c.country is not None or not c.mentions:
            continue
        noun = _body_noun(text, c)
        if noun is None:
            continue
        first = min(s for s, _ in c.mentions)
        word = _NOUN_IN_NAME[noun]
        best: tuple[int, "Cluster"] | None = None
        for o in clusters:
            if o is c:
                continue
            for s, e in o.mentions:
                if first - _LOOKBACK <= s < first and word.search(text, s, e) and (best is None or s > best[0]):
                    best = (s, o)
        if best is not None and best[1].country:
            c.country = best[1].country
