"""An international organisation the article names only through one organ is that organ.

Why: the gazetteer counts an organ's name as a mention of its organisation ("the European Council
speaks for the EU"), which links "the UN Security Council" and "the United Nations" in one story
into one actor. When the article never names the parent itself, and every mention is the same
organ ("the UN Security Council will meet", "the European Commission said"), the actor a reader
sees is the organ: calling it "United Nations" names a body the text never shows acting. Mixed
mentions (the parent and an organ, or two organs) keep the parent's name.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from typing import TYPE_CHECKING

from .acronyms import LEADING_THE
from .gazetteer import data_text

if TYPE_CHECKING:  # pragma: no cover
    from .build import Cluster

_UN_PREFIX = re.compile(r"^(?:U\.N\.|United Nations)\s+")


@lru_cache(maxsize=1)
def _organs() -> dict[str, str]:
    """Organ phrase (lower case) -> its organisation's name, from the built-in data."""
    data = json.loads(data_text("organizations.json"))
    return {organ.lower(): org["name"] for org in data["organizations"] for organ in org.get("organs") or ()}


def _organ_key(mention: str) -> str:
    """One key for the ways one organ is written ("U.N. Security Council" = "UN Security Council")."""
    return _UN_PREFIX.sub("UN ", LEADING_THE.sub("", mention)).lower()


#: Nouns after a body's name that make it a modifier, not the body acting ("an African Union summit",
#: "EU membership"); with :data:`_JOIN_WORDS` before it ("Serbia's bid to join the European Union").
_MODIFIED_NOUNS = frozenset({"summit", "summits", "membership", "accession", "member", "members", "candidate",
                             "candidacy", "standards", "rules", "law", "laws", "funds", "funding", "citizens",
                             "headquarters", "meeting", "meetings", "flag", "treaty", "treaties", "market"})
_JOIN_WORDS = frozenset({"join", "joining", "joined", "joins"})


def _passive_parent(text: str, s: int, e: int) -> bool:
    """Is the mention at ``s`` … ``e`` a body named without acting: a modifier of a noun ("African Union
    summit") or the goal of joining ("bid to join the European Union")? Such a mention of the parent
    does not make an organ that speaks ("the European Commission said") the parent (module doc)."""
    # word lists, not patterns: the slices are short, and a pattern on a run of blanks backtracks
    after = text[e:e + 30].split()
    if text[e:e + 1].isspace() and after and after[0].strip(".,;:") in _MODIFIED_NOUNS:
        return True
    if text[s:e].islower() or text[max(0, s - 3):s] == "in ":
        return True  # "the bloc's" follows whichever body came before; "unease in Brussels" is a place
    before = text[max(0, s - 20):s].split()
    if before and before[-1].lower() == "the":
        before.pop()
    return bool(before) and before[-1].lower() in _JOIN_WORDS


def name_sole_organs(text: str, clusters: list["Cluster"]) -> None:
    """Rename each organisation whose every mention is one and the same organ to that organ (module doc)."""
    organs = _organs()
    for c in clusters:
        if c.kind != "organization" or not c.mentions:
            continue
        surfaces = [LEADING_THE.sub("", text[s:e]) for s, e in c.mentions if not _passive_parent(text, s, e)]
        keys = {_organ_key(s) for s in surfaces}
        if len(keys) != 1:
            continue
        key = keys.pop()
        if organs.get(key) != c.name or " " not in key:
            continue  # not an organ of this organisation; or a bare acronym ("OCHA", "UNDP")
        c.name = max(surfaces, key=len)
