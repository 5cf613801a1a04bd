"""An unnamed spokesperson of a company or other body is that body, not a person of their own.

Why: "Norvik Mining said … a company spokeswoman said", "A spokesman for the company said", "a firm
spokesman said": the quotes already go to the body (``quotes/spokespeople.py``), but the actors kept
the bare "company spokeswoman" as a person with no name and no country, an actor no reader would
list. The development golds name such a voice among the body's aliases. So a person made only of an
unnamed spokesperson phrase that speaks for an organisation joins that organisation. Spokespeople of
a government or ministry, and those with a name, stay as they were (the quotes rule decides which).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, Callable

from ..quotes.spokespeople import unnamed_spokesperson_speaker

if TYPE_CHECKING:  # pragma: no cover
    from .build import Cluster

_SPOKES = re.compile(r"spokes(?:man|woman|person)", re.IGNORECASE)
#: "a company ", "the firm's ", "its " right before the post (the owner words of the phrase)
_BEFORE = re.compile(r"(?:\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir)\s{1,3})(?:[\w&\-]{1,30}(?:'s|\u2019s)?\s{1,3}){0,2}$")
#: " for the company", " for Norvik Mining" right after the post (one word, or a run of capitalised ones)
_AFTER = re.compile(r"\s{1,3}for\s{1,3}(?:(?:the|its|their)\s{1,3})?(?:[A-Z][\w&\-]{0,30}(?:\s{1,3}[A-Z][\w&\-]{0,30}){0,3}"
                    r"|[a-z][\w\-]{0,30})")


def _phrase(text: str, start: int, end: int) -> tuple[int, int]:
    """The whole spokesperson phrase around a mention: its determiner and owner, and "for the <body>"."""
    before = _BEFORE.search(text, max(0, start - 40), start)
    after = _AFTER.match(text, end)
    return (before.start() if before is not None else start, after.end() if after is not None else end)


def _unnamed_spokesperson(text: str, c: "Cluster") -> bool:
    return (c.kind == "person" and c.organization is None and bool(c.mentions)
            and not any(w[:1].isupper() for w in c.name.split() if not _SPOKES.fullmatch(w))
            and all(_SPOKES.search(text[s:e]) for s, e in c.mentions))


def merge_body_spokespeople(text: str, clusters: list["Cluster"],
                            linker_over: Callable[[list["Cluster"]], Any]) -> list["Cluster"]:
    """Move an unnamed body spokesperson's mentions into the organisation they speak for (module doc)."""
    voices = [c for c in clusters if _unnamed_spokesperson(text, c)]
    if not voices:
        return clusters
    linker = linker_over(clusters)
    index = {f"c{n}": c for n, c in enumerate(clusters)}
    gone: set[int] = set()
    for c in voices:  # owners are organisations, so a merge never changes which persons are voices
        owners = {unnamed_spokesperson_speaker(linker, text, *_phrase(text, s, e)) for s, e in c.mentions}
        owner = index.get(owners.pop()) if len(owners) == 1 else None
        if owner is None or owner.kind != "organization" or owner is c \
                or c.country not in (None, owner.country):
            continue  # a country of its own, from its title, is not the body's voice
        owner.mentions.extend(c.mentions)
        gone.add(id(c))
    return [c for c in clusters if id(c) not in gone]
