"""A person of a town named with its US state ("the mayor of Nogales, Arizona, Jorge Maldonado") is American.

Why: US news style names a town with its state, and many towns share a name with a town abroad or
sit on a border ("Nogales, Arizona" faces Nogales, Sonora). A person so described got no country,
or the dateline's (the last resort) when the story was filed across the border. "<Town>, <State>"
right before the person's name (the end of a title) or in the words right after a mention (the
apposition ``placed.own_description`` keeps) says the person is of the United States. The state
names are pycountry's US states, less "Georgia", also a country ("Tbilisi, Georgia"). Runs just
before the dateline, only for people still without a country: run earlier, with the town rule, one
American placed so changed the article's main-country guess for every local person after it.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from .placed import own_description

if TYPE_CHECKING:
    from .build import Cluster

#: a capitalised town of one to three words before the state's comma
_TOWN = r"[A-Z][\w'.-]*(?: [A-Z][\w'.-]*){0,2}"


@lru_cache(maxsize=1)
def _state_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    import pycountry

    states = sorted((s.name for s in pycountry.subdivisions.get(country_code="US")
                     if s.type == "State" and s.name != "Georgia"), key=len, reverse=True)
    alternation = "|".join(re.escape(s) for s in states)
    before_name = re.compile(rf"\b{_TOWN}, (?:{alternation}),\s+$")
    in_description = re.compile(rf"\b{_TOWN}, (?:{alternation})\b")
    return before_name, in_description


def assign_us_state_countries(text: str, clusters: list["Cluster"]) -> None:
    """People without a country described by "<Town>, <US state>" are of the United States (module doc)."""
    if not any(c.kind == "person" and c.country is None for c in clusters):
        return
    before_name, in_description = _state_patterns()
    for c in clusters:
        if c.kind != "person" or c.country is not None or c.anonymous or c.organization is not None:
            continue
        for start, end in c.mentions:
            if before_name.search(text, max(0, start - 60), start) \
                    or in_description.search(own_description(text, end)):
                c.country = "USA"
                break
