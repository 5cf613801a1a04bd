"""The police acting in a sentence ("police said", "Danish police have detained") is an actor.

Why: the recogniser reads "the police" as the state acting (like "the army"), a mention of its
country at most, so "…, police said" or "Police detained seven protesters" left no actor for the
body that spoke or acted, while reaction articles list it as an organisation of its country. Only
the police as the subject of a verb of saying or acting counts; "police spokesman", "under police
guard", "repelled by police" add nothing. The country is the one named before it ("Danish
police"), else that of the nearest placed actor earlier in its sentence, else the article's main
country (with none clearly: the most mentioned country, or the one country a short text places
anything in).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from .national import leading_country
from .textspans import line_sentence_start

if TYPE_CHECKING:  # pragma: no cover
    from .build import Cluster

_VERBS = ("said|say|says|have|has|had|detained|arrested|confirmed|announced|reported|stated|added|opened|"
          "launched|fired|used|dispersed|raided|found|recovered|rescued|seized|charged|blamed|warned|"
          "denied|are|were|was|is")
#: "[the] [<Capitalised word(s)>] police <verb>": the capitalised words may name the country.
_POLICE_ACTING = re.compile(rf"(?<![\w-])(?:(?P<owner>(?:[A-Z][\w'\u2019-]*\s){{1,2}}))?(?P<noun>[Pp]olice)\s(?:{_VERBS})\b")
#: the noun and its verb, which every match above holds: scanned for at its first letter alone, where the
#: pattern above, with its optional words before the noun, is tried at every position of the text
_POLICE_THEN_VERB = re.compile(rf"[Pp]olice\s(?:{_VERBS})\b")


def _owner_country(owner: str, gazetteer: Any) -> str | None:
    words = owner.strip().removesuffix("'s").removesuffix("\u2019s")
    for phrase in (words, words.split()[-1] if words else ""):
        entry = gazetteer.proper.get(phrase)
        if entry is not None and entry.kind == "country" and entry.country:
            return entry.country
    return None


def add_acting_police(text: str, clusters: list["Cluster"], gazetteer: Any, main: str | None) -> list["Cluster"]:
    """Clusters with one organisation per country's police that acts in the text (module doc)."""
    if "olice" not in text or _POLICE_THEN_VERB.search(text) is None:
        return clusters  # no "police"/"Police" before a verb: the pattern below cannot match (and it costs a scan)
    from .build import Cluster

    main = leading_country(clusters, main)  # no clear main country: the most mentioned country, if one leads
    if main is None:  # a short text: the one country anything in it is placed in
        placed_in = {c.country for c in clusters if c.country and c.strong}
        main = placed_in.pop() if len(placed_in) == 1 else None
    found: dict[str, "Cluster"] = {}
    taken = [span for c in clusters if c.kind != "country" for span in c.mentions]
    for m in _POLICE_ACTING.finditer(text):
        if any(s < m.end("noun") and m.start("noun") < e for s, e in taken):
            continue  # a named force already ("the Haitian National Police were")
        owner = m.group("owner") or ""
        country = _owner_country(owner, gazetteer) if owner else None
        start = m.start("owner") if country else m.start("noun")
        span = (start, m.end("noun"))
        if country is None:
            sentence = line_sentence_start(text, start)
            placed = [(s, c.country) for c in clusters if c.country and c.strong and c.kind != "group"
                      for s, e in c.mentions if sentence <= s and e <= start]
            country = max(placed)[1] if placed else main
        name = text[span[0]:span[1]] if span[0] < m.start("noun") else "police"
        c = found.get(country or "")
        if c is None:
            c = found[country or ""] = Cluster(kind="organization", name=name, key=f"police:{country}",
                                                country=country, strong=True)
        c.mentions.append(span)
    if not found:
        return clusters
    spans = [s for c in found.values() for s in c.mentions]
    for c in clusters:  # "Danish police" was a mention of Denmark: now the police's own
        if c.kind == "country":
            c.mentions = [(s, e) for s, e in c.mentions if not any(a <= s and e <= b for a, b in spans)]
    return clusters + list(found.values())
