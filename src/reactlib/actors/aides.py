"""An aide named with whom he serves: "Karim Haddad, senior adviser to the Lebanese president, said".

Why: the apposition names the aide's post by its holder, not by a country word of the aide's own,
so the aide was left without a country (or, with no title the recogniser knows, not found at
all), and the holder ("the Lebanese president"), who only describes the aide and does nothing in
the sentence, became a person actor of its own. Annotators list the aide, with the holder's
country and the post as role, and not the holder. So:

1. a name, ", (a|an|the) <up to three words> adviser|advisor|aide|assistant|counsellor|chief of
   staff to|of (the) " and a holder of some country (titled, or named with the title before): the name
   is a person of that country
   with the post as role (added when the recogniser had not found the name);
2. the holder, an unnamed title-holder all of whose mentions are such descriptions, is no actor.

Visits only the places where a post word is followed by "to" or "of" (one scan of the text for
them), not every token.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .textspans import NAME_WORD

if TYPE_CHECKING:  # pragma: no cover
    from .build import Cluster

_POST = r"(?:adviser|advisor|aide|assistant|counsel(?:l)?or|chief of staff)"
#: the post and its link to the holder: "senior adviser to the ", "an aide to "
_POST_LINK = re.compile(rf"\b{_POST}\s{{1,3}}(?:to|of)\s{{1,3}}(?:the\s{{1,3}})?")
#: what every link above holds, without the word boundary before it: a pattern opening on a choice of
#: plain words is scanned for its first letters alone, in half the time of the one above
_POST_THEN_LINK = re.compile(rf"{_POST}\s{{1,3}}(?:to|of)\s")
#: what stands before the post: "<Name>, a senior " (the name, then the post's first words)
_NAME_BEFORE = re.compile(rf"(?P<name>{NAME_WORD}(?: (?:al-|el-|de |da |van |von )?{NAME_WORD}){{1,3}}),\s{{1,3}}"
                          rf"(?:(?:a|an|the)\s{{1,3}})?(?P<adj>(?:[a-z][\w-]*\s{{1,3}}){{0,3}})$")


def _holder_at(clusters: list["Cluster"], start: int) -> "Cluster | None":
    """The person of a known country whose mention starts at ``start`` (the post's holder), if any:
    a titled, unnamed one ("the Lebanese president") or a named one whose title is repeated ("Kenya's
    president, William Ruto, ..." then "chief of staff to the president")."""
    for c in clusters:
        if c.kind == "person" and c.country and any(s == start for s, _ in c.mentions):
            return c
    return None


def _only_describes(c: "Cluster") -> bool:
    """Whether a holder may be dropped when all its mentions describe aides: an unnamed title-holder."""
    return c.anonymous or c.key.startswith("role:")


def place_aides(text: str, clusters: list["Cluster"]) -> list["Cluster"]:
    """Give aides their holder's country and post, add unfound ones, drop holders only describing them."""
    if _POST_THEN_LINK.search(text) is None:  # no post linked to a holder: spare the scan below
        return clusters
    from .build import new_named_person  # runtime import: build imports this package's modules (only when needed)

    described: dict[int, list[tuple[int, int]]] = {}
    for link in _POST_LINK.finditer(text):
        holder = _holder_at(clusters, link.end())
        if holder is None:
            continue
        before = _NAME_BEFORE.search(text, max(0, link.start() - 90), link.start())
        if before is None:
            continue
        name = before.group("name")
        role = (before.group("adj") + text[link.start():link.end()].split()[0]).strip()
        span = (before.start("name"), before.end("name"))
        aide = next((c for c in clusters if c.kind == "person" and not c.anonymous and span in c.mentions), None)
        if aide is None and any(s < span[1] and span[0] < e for c in clusters for s, e in c.mentions):
            continue  # the words are another actor's (a body, a country)
        if aide is None:
            aide = new_named_person(text, name, span, [sp for c in clusters for sp in c.mentions])
            clusters.append(aide)
        if aide.country is None or not aide.role or aide.role.lower() in role.lower():
            # with no title but this post, the aide's country was only a guess from the story's focus
            aide.country = holder.country
        if not aide.role:
            aide.role = role
        described.setdefault(id(holder), []).append(link.end())
    kept = []
    for c in clusters:
        starts = described.get(id(c))
        if starts is not None and _only_describes(c) and all(s in starts for s, _ in c.mentions):
            continue  # "the Lebanese president" only says whose aide
        kept.append(c)
    return kept
