"""Links that need the whole article: "the mission" and "the gang".

Why each step exists:

- :func:`link_descriptive_anaphors` — "the mission" is the peace mission just named (not its
  parent NATO or UN); "the gang" is the gang just named.

Each look is bounded (a fixed window of characters or mentions).
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from typing import TYPE_CHECKING, Callable

from .gazetteer import data_text

if TYPE_CHECKING:
    from .build import Cluster

_DESCRIPTIVE_ANAPHOR = re.compile(r"\b[Tt]he (mission|gang)\b")
#: How far back (characters) "the mission" / "the gang" looks for what it names.
ANAPHOR_WINDOW = 2000


@lru_cache(maxsize=1)
def mission_names() -> frozenset[str]:
    """Names of peace and security missions in ``organizations.json`` (``"mission": true``)."""
    data = json.loads(data_text("organizations.json"))
    return frozenset(o["name"] for o in data["organizations"] if o.get("mission"))


def _is_mission(text: str, c: "Cluster") -> bool:
    if c.kind != "organization":
        return False
    if c.name in mission_names() or "mission" in c.name.lower():
        return True
    return any("mission" in text[s:e].lower() for s, e in c.mentions)


def _is_gang(c: "Cluster") -> bool:
    return c.kind == "group" and c.name.lower().endswith(" gang")


def link_descriptive_anaphors(text: str, clusters: list["Cluster"]) -> None:
    """"the mission" → the mission named last before it; "the gang" → the gang named last before it."""
    if "he mission" not in text and "he gang" not in text:
        return
    taken = sorted(span for c in clusters for span in c.mentions)
    for match in _DESCRIPTIVE_ANAPHOR.finditer(text):
        s, e = match.span(1)
        if any(a < e and s < b for a, b in taken if a < e + 1):
            continue
        accept: Callable[[Cluster], bool] = (lambda c: _is_mission(text, c)) if match.group(1) == "mission" \
            else _is_gang
        best: tuple[int, Cluster] | None = None
        for c in clusters:
            if not accept(c):
                continue
            before = [a for a, _ in c.mentions if a < s and s - a <= ANAPHOR_WINDOW]
            if before and (best is None or max(before) > best[0]):
                best = (max(before), c)
        if best is not None:
            best[1].mentions.append((s, e))
