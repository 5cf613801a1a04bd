"""A known organisation the article names only by one acronym is named by that acronym.

Why: the gazetteer knows "FDLR" as "Democratic Forces for the Liberation of Rwanda", and the actor
took the full name even when the article never writes it ("the presence in Congo of the FDLR").
When the acronym does not spell the gazetteer's name (it stands for a name in another language:
"FDLR", the news agency "WAM", "FARC"), a reader of the output, like an annotator, knows the body
only by the name the text uses. An acronym that spells the name ("EU", "UN", "ASEAN") keeps the
full name, as do bodies whose full name appears anywhere in the text or whose mentions use more
than one form.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from .build import Cluster

_ACRONYM = re.compile(r"[A-Z][A-Z0-9&.-]{1,9}")
#: A leading "the" (compiled once: ``re.sub`` with a flag looks its pattern up again on every call;
#: shared with :mod:`organs`).
LEADING_THE = re.compile(r"^the\s+", re.I)


def _spells(acronym: str, name: str) -> bool:
    """Do the acronym's letters run through the name in order, from its first letter ("ASEAN" in
    "Association of Southeast Asian Nations")?"""
    letters = [ch for ch in acronym.upper() if ch.isalpha()]
    rest = name.upper()
    if not letters or not rest.startswith(letters[0]):
        return False
    k = 0
    for ch in letters:
        k = rest.find(ch, k)
        if k < 0:
            return False
        k += 1
    return True


def name_by_sole_acronym(text: str, clusters: list["Cluster"]) -> None:
    """Rename organisations and groups mentioned only by one acronym, whose name the text never writes."""
    for c in clusters:
        if c.kind not in ("organization", "group") or not c.mentions or " " not in c.name:
            continue
        forms = {LEADING_THE.sub("", text[s:e]) for s, e in c.mentions}
        if len(forms) != 1:
            continue
        form = forms.pop()
        if _ACRONYM.fullmatch(form) and not _spells(form, c.name) and c.name.lower() not in text.lower():
            c.name = form
