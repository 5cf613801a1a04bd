"""Where a body is based is not part of its name: "the Lima-based Pro Derechos Foundation".

Why: the recogniser takes the capitalised run with its hyphenated place ("Almaty-based …",
"Nairobi-based …") as the body's name, so the actor was named "Lima-based Pro Derechos Foundation"
and stayed apart from a later "the Pro Derechos Foundation". The place says where the body sits
(and so its country, which the rules before have already drawn from it), not what it is called.
The prefix is dropped from the name, and a body of the name left over joins it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from .build import Cluster

#: "Lima-based ", "Buenos Aires-based ", "London-headquartered " opening a name, and the name after it.
_BASED_PREFIX = re.compile(r"^(?:[A-Z][\w.'\u2019\u00c0-\u024f]*[ -])*?[A-Z][\w.'\u2019\u00c0-\u024f]*-(?:based|headquartered)\s+"
                           r"(?P<rest>[A-Z].*)$")
_KINDS = ("organization", "group")


def drop_based_prefixes(clusters: list["Cluster"]) -> list["Cluster"]:
    """Name bodies without their "<Place>-based" prefix; fold into a body of that name (module doc)."""
    by_name = {(c.kind, c.name.lower()): c for c in clusters if c.kind in _KINDS}
    kept: list["Cluster"] = []
    for c in clusters:
        m = _BASED_PREFIX.match(c.name) if c.kind in _KINDS else None
        if m is None:
            kept.append(c)
            continue
        rest = m.group("rest")
        twin = by_name.get((c.kind, rest.lower()))
        if twin is not None and twin is not c:
            twin.mentions.extend(c.mentions)
            twin.mentions.sort()
            twin.strong = twin.strong or c.strong
            twin.country = twin.country or c.country
            continue
        c.name = rest
        kept.append(c)
    return kept
