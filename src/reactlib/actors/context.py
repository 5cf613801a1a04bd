"""A titled person still without a country takes the country its own sentence or paragraph places it in.

Why: official texts and live reports introduce office holders with a title that names no country
("Algiers, 12 March — The Minister of Foreign Affairs, Mr Ahmed Attaf, summoned …", "In Paris, the
foreign ministry said … foreign ministry spokesman Pascal Confavreux told a briefing", "the
government of Co-Presidents Daniel Ortega and Rosario Murillo"). When the article has no main
country the earlier rules (:func:`build.assign_focus_countries`) leave them without one. The
evidence used here is local and runs after those rules, only for people they left unplaced:

Only people with a title: one kept as their role, or an office word between the country word and
the name ("the Ambassador of the French Republic in Algiers, Mr Stéphane Romatet").

1. a person coordinated under one title with a placed person ("Co-Presidents Daniel Ortega and
   Rosario Murillo") shares that person's country;
2. the nearest country, demonym or capital before the person's first mention in the same sentence,
   outside quotations, not after a locative ("in Algiers" is where an ambassador serves), and not
   the title of another person named in between;
3. for an ambassador or envoy, the country after "of" in the title ("the Ambassador of the French
   Republic in Algiers");
4. the place the sentence or its paragraph opens on ("In Paris, …": :meth:`ActorLinker.located_country`).

The focus of earlier sentences is not used: in a two-country story the previous sentence's subject is
as often the other side.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING, Any

from ..linking import mission_host_country, place_opening_country
from .gazetteer import default_gazetteer
from .textspans import QuoteIndex, SentenceIndex, quoted_spans, sentence_starts

if TYPE_CHECKING:
    from .build import Cluster

#: A locative before a country word: the place is where the person is, not whose he is.
_LOCATIVE_BEFORE = re.compile(r"\b(?:in|at|to|from|near|outside|inside|into|across|towards?)\s{1,3}(?:the\s{1,3})?$", re.I)
#: Roles placed where they serve: their own country is the one their title says "of".
_SERVES_ABROAD = re.compile(r"\b(?:ambassador|envoy|consul|charg[eé] d'affaires|high commissioner)\b", re.I)
#: An office word between a country word and an untitled person's name ("Ambassador of the French
#: Republic in Algiers, Mr …"): the title the recogniser did not keep as a role.
_TITLE_WORD = re.compile(r"\b(?:Ambassador|Minister|President|Speaker|Secretary|Governor|Chairman|Chairwoman|"
                         r"Chair|Director|Spokesman|Spokeswoman|Spokesperson|Envoy|Consul|Commissioner|Prefect|"
                         r"Mayor|Premier|Chancellor|Deputy|Attorney|Judge|Justice|General|Admiral|Colonel)\b")
#: "and " between two names under one title ("Co-Presidents Daniel Ortega and Rosario Murillo").
_AND = re.compile(r"\s{1,3}and\s{1,3}$")
#: How far before the person's name the country word of rule 2 may stand.
_WINDOW = 250


def assign_context_countries(text: str, clusters: list["Cluster"], linker_for: Any, doc: Any = None,
                             gazetteer: Any = None) -> None:
    """Give unplaced titled people the country of their sentence or paragraph (module doc)."""
    people = [c for c in clusters if c.kind == "person" and c.country is None and c.organization is None
              and c.mentions and not c.anonymous and not c.extra.get("office_known") and not c.extra.get("unnamed")]
    groups = [c for c in clusters if c.kind == "group" and c.country is None and c.mentions
              and c.name.lower() in DOMESTIC_GROUPS]
    if groups:
        _place_domestic_groups(text, clusters, groups, linker_for)
    if not people:
        return
    countries = sorted((s, e, c.country) for c in clusters if c.kind == "country" and c.country
                       for s, e in c.mentions)
    if not countries and not any(c.kind == "person" and c.country for c in clusters):
        return
    person_starts = sorted((s, n) for n, c in enumerate(clusters) if c.kind == "person" for s, _ in c.mentions)
    quotes = QuoteIndex(quoted_spans(text))
    gazetteer = gazetteer or default_gazetteer()
    country_starts = [s for s, _, _ in countries]
    sentences = None
    for c in people:
        start = min(c.mentions)[0]
        code = _coordinated_country(text, clusters, c, start)
        if code is None and not _may_place(text, country_starts, start):
            continue  # no country word before it nearby and no place opening: nothing to learn here
        if code is None:
            if sentences is None:
                sentences = SentenceIndex(sentence_starts(text, doc))
            sent_start = sentences.starts[sentences.index(start)]
            code = _country_before(text, countries, person_starts, clusters, c, start, max(sent_start, start - _WINDOW),
                                   quotes)
            if code is None:
                para = text.rfind("\n", 0, start) + 1
                para_start = sentences.starts[sentences.index(para)]
                code = (place_opening_country(text, sent_start, gazetteer)
                        or mission_host_country(text, sent_start, start, gazetteer)
                        or (place_opening_country(text, para_start, gazetteer) if para_start < sent_start else None))
        if code is not None:
            c.country = code


def _may_place(text: str, country_starts: list[int], start: int) -> bool:
    """Cheap test before any linker is built: a country word in the window before ``start``, or a sentence
    or paragraph near it opening on "In"/"From"."""
    k = bisect.bisect_left(country_starts, start - _WINDOW)
    if k < len(country_starts) and country_starts[k] < start:
        return True
    para = text.rfind("\n", 0, start) + 1
    return "In " in text[para:start] or "From " in text[para:start]


def _coordinated_country(text: str, clusters: list["Cluster"], c: "Cluster", start: int) -> str | None:
    """The country of the placed person named right before "and" and this one ("Ortega and Murillo")."""
    joined = _AND.search(text[max(0, start - 10):start])
    if joined is None:
        return None
    cut = start - len(joined.group(0))
    for other in clusters:
        if other is not c and other.kind == "person" and other.country and any(e == cut for _, e in other.mentions):
            return other.country
    return None


def _country_before(text: str, countries: list[tuple[int, int, str]], person_starts: list[tuple[int, int]],
                    clusters: list["Cluster"], c: "Cluster", start: int, floor: int, quotes: QuoteIndex) -> str | None:
    """Rules 2 and 3 of the module doc."""
    own = id(c)
    role_abroad = bool(_SERVES_ABROAD.search(c.role or ""))
    # the country words in [floor, start), nearest first (``countries`` is sorted by start)
    lo, hi = bisect.bisect_left(countries, (floor,)), bisect.bisect_left(countries, (start,))
    for s, e, code in reversed(countries[lo:hi]):
        title = text[max(floor, s - 60):start]
        if not c.role and not _TITLE_WORD.search(title):
            continue  # an untitled person: only a country word in a title before the name counts
        abroad = role_abroad or bool(_SERVES_ABROAD.search(text[max(0, s - 40):start]))
        if quotes.inside(s) != quotes.inside(start):
            continue
        if _LOCATIVE_BEFORE.search(text, max(0, s - 20), s):
            continue
        if abroad and not re.search(r"\bof\s{1,3}(?:the\s{1,3})?$", text[max(0, s - 10):s]):
            continue
        # the title of another person named between the country word and this one
        between = [n for ps, n in person_starts if e <= ps < start and id(clusters[n]) != own]
        if between:
            continue
        return code
    return None


#: Groups that belong to one state's politics: "the opposition", "protesters", "rebels".
DOMESTIC_GROUPS = frozenset({"opposition", "opposition lawmakers", "protesters", "protestors", "demonstrators", "rebels", "separatists",
                             "insurgents", "putschists", "mutineers", "coup leaders", "coup plotters"})
#: "Nicaragua's exiled opposition": a country's possessive and up to two adjectives before the group.
_POSSESSED_BY = re.compile(r"(?:'s|\u2019s)\s{1,3}(?:[a-z-]{1,20}\s{1,3}){0,2}$")


def _place_domestic_groups(text: str, clusters: list["Cluster"], groups: list["Cluster"], linker_for: Any) -> None:
    """A domestic group with no country: the country whose possessive it follows ("Nicaragua's exiled
    opposition"), else the country in focus where it is first named ("Peru held a vote. The opposition
    rejected the count.")."""
    ends = {e: c.country for c in clusters if c.kind == "country" and c.country for _, e in c.mentions}
    linker = None
    for g in groups:
        start = min(g.mentions)[0]
        code = None
        window = text[max(0, start - 40):start]
        m = _POSSESSED_BY.search(window)
        if linker is None:
            linker = linker_for(clusters)
        if m is not None:
            code = ends.get(start - len(window) + m.start())
            adjective = linker.gazetteer.demonym_of.get(code or "")
            if adjective:  # named as the press names it: "Myanmar's junta" is the Myanmar junta
                g.name = f"{adjective} {g.name}"
        if code is None:
            focus = linker.actor(linker.focus(start))
            if focus is not None and focus.kind == "country":
                code = focus.country
        g.country = code
