"""Actors named by description rather than by a name the gazetteer knows.

Why: reaction articles lean on phrases no list holds — "a high-ranking Russian military
source", "two Arab diplomats", "Kazakhstan's State Committee for National Security", "Russia's
Security Council". Each has a fixed shape a reader can check; :func:`find_descriptive` runs them over
the Doc before the title rules, so those rules do not split the phrase ("Kazakhstan's State" is
not a country mention, "National Security" not a person).

Every look is a few tokens wide, so the pass is linear in the text.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..tokens import trigger_words
from .apposed import APOSTROPHE_S
from .gazetteer import COUNTRY_NAME, DEMONYM, ORGAN

if TYPE_CHECKING:
    from .recognize import Recognizer

#: Capitalised adjectives of a region, not of one country: "a Western diplomat" has no country.
REGION_WORDS = frozenset({"Western", "Gulf", "European", "Arab", "African", "Asian", "Latin", "Middle",
                          "Eastern", "Nordic", "Baltic", "Balkan", "Scandinavian", "Caucasus", "Pacific",
                          "Caribbean", "Sahel", "Andean"})
#: Lower-case words that may describe an anonymous source ("a senior, high-ranking source").
_SOURCE_ADJECTIVES = frozenset({"senior", "top", "high", "ranking", "level", "-", "veteran", "former",
                                "regional", "foreign", "western", "european", "arab", "mid", "junior",
                                "military", "diplomatic", "intelligence", "security", "government"})
_SINGULAR_DETERMINERS = frozenset({"a", "an", "one", "another"})
_PLURAL_DETERMINERS = frozenset({"two", "three", "four", "five", "several", "some", "many", "other"})
#: Plural heads of unnamed sources speaking together.
_PLURAL_SOURCES = frozenset({"diplomats", "officials", "sources", "envoys", "aides", "advisers", "insiders"})
_SINGULAR_SOURCES = frozenset({"diplomat", "official", "source", "envoy", "aide", "adviser", "advisor",
                               "insider", "officer"})


#: First word and head of state bodies named by pattern ("State Committee for National Security").
_BODY_FIRST = frozenset({"State", "National", "Federal", "Supreme"})
_BODY_HEADS = frozenset({"Committee", "Council", "Agency", "Service", "Bureau", "Directorate", "Commission"})
_BODY_LINKS = frozenset({"for", "of", "on"})
#: Heads a "State Security Service"-like name may end in without "for/of".
_BODY_CLOSED_HEADS = frozenset({"Committee", "Service", "Agency", "Bureau", "Directorate"})
_BODY_MAX_WORDS = 5
#: Every lower-cased word at which :func:`find_descriptive` may start a rule (besides the lexicon's
#: anonymous sources): registered with the shared trigger index, so that the article's tokens are
#: not walked once more here. "State" and "Security" are still checked in their capitalised form.
_START_WORDS = trigger_words(_SINGULAR_SOURCES | _PLURAL_SOURCES | {w.lower() for w in _BODY_FIRST} | {"security"})

_PERSONAL_POSSESSIVES = frozenset({"his", "her", "its"})


def find_descriptive(rec: "Recognizer") -> None:
    """Add the mentions of descriptive actors to ``rec`` (marks their tokens used).

    Only the few tokens that can start one of these actors are visited (their positions come
    from the Doc's trigger-word index), since this runs for every article.
    """
    anonymous = {i for i, hits in rec.layers.lexicon.items() if any(cat == "anonymous" for _, cat, _ in hits)}
    used, lowers, words = rec.used, rec.lowers, rec.words
    # the tokens that can open one, from the Doc's trigger-word index: the loop visits these alone
    starts = anonymous.union(rec.view.positions(_START_WORDS))
    for i in sorted(starts):
        if used[i]:
            continue
        low = lowers[i]
        if low in _SINGULAR_SOURCES or low in _PLURAL_SOURCES or i in anonymous:
            _regional_source(rec, i)
        elif words[i] in _BODY_FIRST:
            _state_body(rec, i)
        elif words[i] == "Security":
            _national_security_council(rec, i)


def _head_end(rec: "Recognizer", i: int) -> int:
    """End of the anonymous-source phrase starting at ``i`` ("diplomatic source" is two tokens)."""
    for end, cat, _ in rec.layers.lexicon.get(i, ()):
        if cat == "anonymous":
            return end
    return i + 1


def _country_entry(rec: "Recognizer", i: int):
    hit = rec.layers.proper.get(i)
    if hit is not None and hit[2].kind == "country":
        return hit
    return None


def _regional_source(rec: "Recognizer", h: int) -> None:
    """"a Western diplomat", "two Arab diplomats", "a high-ranking Russian military source".

    The existing title rules take "a senior US official"; this one takes the sources they
    miss: a region word (no country) or a hyphenated adjective before the head.
    """
    # the head may start inside a longer anonymous phrase ("diplomatic source"): begin at its start
    end = _head_end(rec, h)
    plural = rec.lowers[end - 1] in _PLURAL_SOURCES
    if not plural and rec.lowers[end - 1] not in _SINGULAR_SOURCES and rec.lowers[end - 1] not in ("source",):
        return
    k = h
    region = hyphen = False
    country = None
    budget = 6
    while k > 0 and budget:
        budget -= 1
        j = k - 1
        word, low = rec.words[j], rec.lowers[j]
        if rec.used[j]:
            return
        if word in REGION_WORDS or (word == "American" and j > 0 and rec.words[j - 1] == "Latin"):
            region = True
            k = j
            continue
        if low in _SOURCE_ADJECTIVES:
            hyphen = hyphen or low == "-"
            k = j
            continue
        hit = rec.layers.proper.get(j)
        if hit is None:
            # a demonym is matched from its first token: step back to it
            starts = [s for s in range(max(0, j - 3), j + 1) if s in rec.layers.proper
                      and rec.layers.proper[s][0] == j + 1]
            hit = rec.layers.proper.get(starts[0]) if starts else None
            if hit is not None:
                j = starts[0]
        if hit is not None and hit[2].kind == "country" and hit[2].category == DEMONYM:
            country = country or hit[2].country
            k = j
            continue
        break
    if not (region or (hyphen and country)) or k == h:
        return
    det = rec.lowers[k - 1] if k > 0 else ""
    if plural:
        if country is not None:
            return  # "two senior Russian officials": the country speaking, left to the title rules
        if det not in _PLURAL_DETERMINERS and not _speaks_next(rec, end):
            return
        name = rec.doc[k:end].text
        rec._add(k, end, kind="group", name=name, key=f"anon:{name.lower()}")
        return
    if det not in _SINGULAR_DETERMINERS:
        return
    name = rec.doc[k:end].text
    rec._add(k, end, kind="person", name=name, country=country, role=rec.doc[h:end].text.lower(),
             anonymous=True, key=f"anon:{name.lower()}")


def _speaks_next(rec: "Recognizer", end: int) -> bool:
    from .recognize import REPORTING_VERBS

    return end < rec.n and rec.lowers[end] in REPORTING_VERBS


def _possessor(rec: "Recognizer", i: int):
    """(start token, Entry) of a country before token ``i``: "Russia's", "Russian"; else None."""
    j = i - 1
    if j >= 0 and rec.words[j] in APOSTROPHE_S:
        j -= 1
    if j < 0:
        return None
    starts = [s for s in range(max(0, j - 3), j + 1) if s in rec.layers.proper and rec.layers.proper[s][0] == j + 1]
    if not starts or rec.used[starts[0]]:
        return None
    entry = rec.layers.proper[starts[0]][2]
    if entry.kind != "country" or entry.category not in (COUNTRY_NAME, DEMONYM):
        return None
    if entry.category == COUNTRY_NAME and rec.words[i - 1] not in APOSTROPHE_S:
        return None  # "Uzbekistan State …" is not a possessive
    return starts[0], entry


def _add_body(rec: "Recognizer", s: int, e: int, name: str, key_noun: str) -> None:
    owner = _possessor(rec, s)
    if owner is not None:
        j, entry = owner
        core = s - 1 if rec.words[s - 1] in APOSTROPHE_S else s
        rec._add(j, core, kind="country", name=entry.name, country=entry.country, key=f"country:{entry.country}")
        for k in range(core, s):
            rec.used[k] = 1
        rec._add(s, e, kind="organization", name=name, country=entry.country, key=f"named:{key_noun}",
                 detail=key_noun)
        return
    m = rec._add(s, e, kind="organization", name=name, key=f"named:{key_noun}", detail=key_noun)
    m.extra["needs_country"] = True


def _state_body(rec: "Recognizer", i: int) -> None:
    """"State Committee for National Security", "State Security Service": a body of the country in focus."""
    j = i + 1
    while j < rec.n and j - i < _BODY_MAX_WORDS and rec.words[j] not in _BODY_HEADS \
            and rec.words[j][:1].isupper() and rec.words[j].isalpha() and not rec.used[j]:
        j += 1
    if j >= rec.n or rec.words[j] not in _BODY_HEADS or rec.used[j]:
        return
    end = j + 1
    if end + 1 < rec.n and rec.lowers[end] in _BODY_LINKS and rec.words[end + 1][:1].isupper():
        k = end + 1
        while k < rec.n and k - end <= _BODY_MAX_WORDS and (
                (rec.words[k][:1].isupper() and rec.words[k].isalpha()) or rec.lowers[k] == "and") \
                and not rec.used[k]:
            k += 1
        while k > end + 1 and rec.lowers[k - 1] == "and":
            k -= 1
        if k > end + 1:
            end = k
    elif rec.words[j] not in _BODY_CLOSED_HEADS or j == i + 1:
        return  # "National Council" or "State Council" alone: left to the other rules
    if rec.words[i:end] == ["National", "Security", "Council"]:
        return  # handled as a named national body elsewhere
    if any(rec.layers.proper.get(k) is not None and rec.layers.proper[k][2].kind == "organization"
           for k in range(i, end)):
        return  # contains a known international organisation's name
    if i > 0 and rec.words[i - 1][:1].isupper() and rec.lowers[i - 1] not in ("the", "its", "a", "an"):
        return  # "Korean Central News Agency", "Russian Federal Security Service": a longer name (orgnames.py)
    name = rec.doc[i:end].text
    _add_body(rec, i, end, name, name.lower())


def _national_security_council(rec: "Recognizer", i: int) -> None:
    """"Russia's Security Council", "the Russian Security Council": the country's body, not the UN organ."""
    hit = rec.layers.proper.get(i)
    if hit is None or hit[2].category != ORGAN or rec.doc[i:hit[0]].text != "Security Council":
        return
    end = hit[0]
    if end < rec.n and any(cat == "role" for _, cat, _ in rec.layers.lexicon.get(end, ())):
        return  # "Security Council secretary …": a title
    if _possessor(rec, i) is None and not (i > 0 and rec.lowers[i - 1] in _PERSONAL_POSSESSIVES):
        return  # "his Security Council": the president's, so the country in focus (filled in later)
    _add_body(rec, i, end, "Security Council", "security council")
