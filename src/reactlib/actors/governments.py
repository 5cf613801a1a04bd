""""The Government of the Republic of Senegal" is Senegal: a national government named in full is its country.

Why: official statements open on the government's formal name ("The Government of the Togolese
Republic has taken note …", "The Government of Kenya condemns …"). The recogniser read the capitalised
phrase as an organisation's proper name, so the country gained a second actor beside itself, while
"the Senegalese government" or "Senegal's government" already speak as the country (the annotation
convention: a state's government is the state). Only "Government of" followed by nothing but one
country's name (short or official, from the gazetteer) folds; a regional government ("Government of
Punjab", "Kurdistan Regional Government") names no country there and stays a body.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .gazetteer import COUNTRY_NAME

if TYPE_CHECKING:  # pragma: no cover
    from .build import Cluster
    from .gazetteer import Gazetteer

#: "Government of the Togolese Republic", "The Government of Kenya": the rest is the country's name
_GOVERNMENT_OF = re.compile(r"(?:[Tt]he\s+)?Government\s+of\s+(?:the\s+)?(.+)")


def _country_named(name: str, gazetteer: "Gazetteer") -> tuple[str, str] | None:
    """(alpha-3, short name) of the country a "Government of …" name is of, else None."""
    m = _GOVERNMENT_OF.fullmatch(name)
    if m is None:
        return None
    entry = gazetteer.proper.get(m.group(1).strip())
    if entry is None or entry.kind != "country" or entry.category != COUNTRY_NAME or not entry.country:
        return None
    return entry.country, entry.name


def fold_national_governments(clusters: list["Cluster"], gazetteer: "Gazetteer") -> list["Cluster"]:
    """Make each organisation named "Government of <Country>" that country's mentions (module doc)."""
    kept: list["Cluster"] = []
    countries = {c.country: c for c in clusters if c.kind == "country" and c.country}
    for c in clusters:
        found = _country_named(c.name, gazetteer) if c.kind == "organization" else None
        if found is None or (c.country is not None and c.country != found[0]):
            kept.append(c)
            continue
        code, name = found
        owner = countries.get(code)
        if owner is not None:
            owner.mentions = sorted(owner.mentions + c.mentions)
            owner.strong = owner.strong or c.strong
            continue
        c.kind, c.name, c.key, c.country = "country", name, f"country:{code}", code
        c.extra.pop("institution", None)
        countries[code] = c
        kept.append(c)
    return kept
