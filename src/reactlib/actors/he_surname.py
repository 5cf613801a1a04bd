""""spokesman He Wenbo": He is a surname after a title, not the pronoun.

Why: He is a common Chinese surname, and the recogniser reads every capitalised "He" as the
pronoun, so "Chinese foreign ministry spokesman He Wenbo said …" gave no person at all (the title
was folded into China, the pronoun into whoever was salient) and his quote had no speaker. Right
after a title word and before a capitalised word, "He" opens a name: the pronoun is never followed
by a capitalised given name there. The person takes the title (without its country word) as role
and the country of that word; the title's words stop being a mention of anything else.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .gazetteer import DEMONYM, COUNTRY_NAME, Gazetteer

if TYPE_CHECKING:  # pragma: no cover
    from .build import Cluster

_TITLE_HEADS = frozenset({"spokesman", "spokeswoman", "spokesperson", "minister", "ambassador", "envoy", "premier",
                          "chairman", "chairwoman", "official", "president", "secretary", "director", "commander",
                          "governor", "mayor", "negotiator", "diplomat"})
#: "He Wenbo": found first (a plain search), the title is then read word by word before it
_HE_NAME = re.compile(r"\bHe (?P<given>[A-Z][a-z]{1,20}(?:-[a-z]{1,20})?)\b")
#: what every match above holds, found by a fast search for its plain-text start ("He " is common: "He said")
_HE_THEN_CAPITAL = re.compile(r"He [A-Z]")
_TITLE_WORDS = 4


def _title_before(text: str, at: int) -> tuple[int, int, str | None] | None:
    """(start, end, first capitalised word or None) of the title ending right before ``at``, else None."""
    line_start = text.rfind("\n", 0, at) + 1
    window_start = max(line_start, at - 80)
    words = [(m.start() + window_start, m.group()) for m in re.finditer(r"\S+", text[window_start:at])]
    if not words or at - (words[-1][0] + len(words[-1][1])) != 1 or words[-1][1].lower() not in _TITLE_HEADS:
        return None
    title = words[-_TITLE_WORDS:]
    # the title opens after the last word that is not part of it (punctuation, a verb in lower case …)
    while len(title) > 1 and not re.fullmatch(r"[A-Za-z][\w'\u2019-]*", title[0][1]):
        title = title[1:]
    capitalised = [k for k, (_, w) in enumerate(title) if w[:1].isupper()]
    title = title[capitalised[0]:] if capitalised else title[-1:]  # "met the Vice Premier": "Vice Premier"
    first = title[0][1]
    first = first[:-2] if first.endswith(("'s", "\u2019s")) else first
    return title[0][0], words[-1][0] + len(words[-1][1]), first if first[:1].isupper() else None


def add_he_surnames(text: str, clusters: list["Cluster"], gazetteer: Gazetteer) -> list["Cluster"]:
    """Add the people named "He <Given>" after a title, and free the title's words (module doc)."""
    if _HE_THEN_CAPITAL.search(text) is None:
        return clusters
    from .build import Cluster  # runtime import: build imports this package's modules (only when needed)

    for m in _HE_NAME.finditer(text):
        found = _title_before(text, m.start())
        if found is None:
            continue
        t_start, t_end, first = found
        name = m.group()
        start, end = m.span()
        if any((start, end) in c.mentions for c in clusters if c.kind == "person"):
            continue
        entry = gazetteer.proper.get(first) if first else None
        country = entry.country if entry is not None and entry.kind == "country" \
            and entry.category in (DEMONYM, COUNTRY_NAME) else None
        first_end = text.find(first, t_start) + len(first) if country else t_start
        role = text[first_end:t_end].strip()
        if role.startswith(("'s ", "\u2019s ")):
            role = role[3:]
        kept = []
        for c in clusters:
            mentions = []
            for s, e in c.mentions:
                if start <= s < end:
                    continue  # the "He" read as a pronoun
                if s < t_end and t_start < e:
                    if country and c.kind == "country" and c.country == country:
                        mentions.append((t_start, t_start + len(first)))  # "Chinese" stays China's
                    continue
                mentions.append((s, e))
            c.mentions = mentions
            if mentions:
                kept.append(c)
        clusters = kept
        person = Cluster(kind="person", name=name, key=f"person:{name}", country=country, role=role or None,
                         strong=True)
        person.names.append(name)
        person.mentions.extend((u.start(), u.end()) for u in re.finditer(rf"\b{re.escape(name)}\b", text)
                               if u.start() >= start)
        clusters.append(person)
    return clusters
