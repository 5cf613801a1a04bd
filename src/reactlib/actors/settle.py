"""Article-wide decisions about actors that one sentence cannot make.

Why each step exists:

- :func:`possessive_office_countries` — "Its foreign minister, Jane Roe," and "Ana Flores, the
  country's president," give the office of the country (or organisation) just named.
- :func:`link_descriptive_anaphors` — "the mission" is the peace mission just named (not its
  parent NATO or UN); "the gang" is the gang just named.
- :func:`acts_past_aside` — a collective still acts when a relative clause or a coordinated
  actor stands between it and its verb ("Western governments, which …, urged";
  "Western governments and the African Union welcomed").

Each look is bounded (a fixed window of characters or mentions).
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Any, Callable

if TYPE_CHECKING:
    from .build import Cluster
    from .gazetteer import Gazetteer

_POSSESSIVE_BEFORE = re.compile(r"(?:^|[\s\"\u201c])(its|the (?:country|nation|kingdom)['\u2019]s)\s+[^,.;\"\u201c\u201d]{1,50},\s*$",
                                re.IGNORECASE)
_POSSESSIVE_AFTER = re.compile(r"^,\s*(the (?:country|nation|kingdom)['\u2019]s)\s", re.IGNORECASE)
_DESCRIPTIVE_ANAPHOR = re.compile(r"\b[Tt]he (mission|gang)\b")
#: How far back (characters) "the mission" / "the gang" looks for what it names.
ANAPHOR_WINDOW = 2000
_ASIDE = re.compile(r",\s+(?:which|who|whose)\b[^,.;]{0,150},")
_COORDINATED_WORDS = 5


@lru_cache(maxsize=1)
def mission_names() -> frozenset[str]:
    """Names of peace and security missions in ``organizations.json`` (``"mission": true``)."""
    data = json.loads(resources.files("reactlib").joinpath("data", "organizations.json").read_text(encoding="utf-8"))
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


def possessive_office_countries(text: str, clusters: list["Cluster"], doc: Any, gazetteer: "Gazetteer") -> None:
    """Give "Its foreign minister, X," and "X, the country's president," the owner's country or organisation."""
    from ..linking import ActorLinker
    from .build import _article

    linker = None
    for c in clusters:
        if c.kind != "person" or c.anonymous or not c.role or c.country or c.organization or not c.mentions:
            continue
        s, e = min(c.mentions)
        before = _POSSESSIVE_BEFORE.search(text[max(0, s - 80):s])
        after = _POSSESSIVE_AFTER.match(text[e:e + 40])
        if before is None and after is None:
            continue
        if linker is None:
            linker = ActorLinker(_article(text, clusters), doc, gazetteer)
        if before is not None and before.group(1).lower() == "its":
            at = max(0, s - 80) + before.start(1)
            owner = linker.actor(linker.antecedent(at, lambda a: a.kind in ("country", "organization")))
            if owner is None:
                continue
            if owner.kind == "country" or owner.country:
                c.country = owner.country
            else:
                c.organization = owner.name
            continue
        at = (max(0, s - 80) + before.start(1)) if before is not None else e
        code = linker.country_in_focus(at) or (
            linker.actor(linker.antecedent(at, lambda a: a.kind == "country")) or _NoActor).country
        if code:
            c.country = code


class _NoActor:
    country = None


def acts_past_aside(text: str, start: int, end: int, acts: Callable[[str, int, int], bool]) -> bool:
    """``acts`` for the mention, looking past a relative clause or a coordinated actor after it."""
    after = text[end:end + 220]
    aside = _ASIDE.match(after)
    if aside is not None and acts(text, start, end + aside.end()):
        return True
    words = after.split()
    if not words or words[0] != "and":
        return False
    offset = after.index("and") + 3
    for w in words[1:1 + _COORDINATED_WORDS]:
        bare = w.strip(",;:")
        if not (bare[:1].isupper() or bare in ("the", "its", "their") or (bare.isalpha() and bare.endswith("s"))):
            return False
        offset = after.index(w, offset) + len(w)
        if acts(text, start, end + offset):
            return True
        if w != bare:
            return False
    return False
