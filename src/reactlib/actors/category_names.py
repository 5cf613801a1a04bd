"""A name right after a lower-case body category ("Shipping line Indica Lines said", "rival carrier
Skylark said") is a body, not a person.

Why: news introduces a company by what it is, then its name, with no article and no comma; the
recogniser read the two capitalised words before "said" as a person's name, of the country in
focus. People are introduced so by their post ("spokesman Jan Holt"), which makes them titled and
keeps them out of this rule; a body category (firm, carrier, lender, charity, shipping line …)
says the name is a body's. Only untitled "people" whose first mention follows the category
directly and speaks ("… said") are re-read: "the firm Erik Lund founded" names a person.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .companies import COMPANY_NOUNS

if TYPE_CHECKING:  # pragma: no cover
    from .build import Cluster

#: the category right before a name: "Shipping line ", "rival carrier ", "Insurer " (a sentence's first word)
_CATEGORY_BEFORE = re.compile(
    r"(?:^|[\s\"\u201c(])(?:[Ss]hipping line|[Ff]erry line|(?i:%s))\s$" % "|".join(sorted(COMPANY_NOUNS - {"group"})))
#: the body speaks right after its name ("The firm Erik Lund founded" is a person's firm)
_SPEAKS_AFTER = re.compile(r"\s(?:said|says|told|announced|added|warned|confirmed|denied|stated)\b")
#: "group" names a body only with a word saying which ("aid group", "rights group", "industry group")
_GROUP_BEFORE = re.compile(r"\b(?:aid|rights|industry|lobby|advocacy|campaign|activist|trade|media) group\s$")


def make_categorised_names_bodies(text: str, clusters: list["Cluster"]) -> None:
    """Re-read untitled "people" named right after a body category as organisations (module doc)."""
    for c in clusters:
        if c.kind != "person" or c.role or c.anonymous or c.organization or len(c.name.split()) < 2 \
                or not c.mentions:
            continue
        start, end = min(c.mentions)
        if _SPEAKS_AFTER.match(text, end) is None:
            continue
        window = text[max(0, start - 30):start]
        if _CATEGORY_BEFORE.search(window) is None and _GROUP_BEFORE.search(window) is None:
            continue
        c.kind = "organization"
        c.extra.pop("gender", None)
        c.extra.pop("place_country_own", None)
