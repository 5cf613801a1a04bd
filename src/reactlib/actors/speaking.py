"""Unnamed groups that speak: "witnesses said", "residents told", "kidnappers demanded".

Why: reaction articles quote people they cannot name. Such a plural noun is an
actor only where it speaks or acts on words (the subject of a reporting verb,
or after "according to"; a ", who …," clause between them is skipped), so "witnesses" in
"no witnesses came forward" stays
plain text. The group takes the country of a place stated with it ("residents
of Bamako", "witnesses in Mali"). Every look is a few tokens wide.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .gazetteer import CAPITAL, COUNTRY_NAME

if TYPE_CHECKING:
    from .recognize import Recognizer

#: plural nouns for unnamed people who speak as a group (lexicon category ``group``)
SPEAKING_GROUPS = frozenset({"witnesses", "eyewitnesses", "residents", "villagers", "locals", "survivors",
                             "kidnappers", "abductors", "captors", "hostage-takers", "analysts", "experts",
                             "activists", "critics", "rescuers", "rescue workers", "aid workers", "medics",
                             "doctors", "nurses", "paramedics", "firefighters", "farmers", "fishermen", "traders",
                             "shopkeepers", "business owners", "shop owners",
                             "students", "teachers", "families", "relatives", "mourners"})
#: verb forms after which the group is a speaker ("witnesses said", "kidnappers demanded")
SPEAKING_VERBS = frozenset("""said say says told tell added reported described recounted demanded demand demands
warned warn claimed claim estimated believe believed fear feared insisted argued noted accused urged called
alleged predicted expect expected suggested suggest posted wrote""".split())
_PLACE_LINKS = frozenset({"in", "of", "from", "near"})
_BETWEEN = frozenset({"also", "have", "had", "later", "then", "on", "late", "earlier", "previously", "reportedly"})
_WINDOW = 6
#: the longest relative clause skipped between a group and its verb (``_past_who_clause``)
_CLAUSE_TOKENS = 20
#: a sentence end or a quotation mark: the "who" clause did not close with a comma
_CLAUSE_BREAKS = frozenset({".", ";", ":", "!", "?", '"', "\u201c", "\u201d"})


def place_country(rec: "Recognizer", e: int) -> tuple[int, str | None]:
    """After a group noun ending at ``e``: ("in Bamako" end, its country) or (``e``, None)."""
    if e + 1 < rec.n and rec.lowers[e] in _PLACE_LINKS:
        hit = rec.layers.proper.get(e + 1)
        if hit is not None and hit[2].category in (CAPITAL, COUNTRY_NAME) and hit[2].country:
            return hit[0], hit[2].country
    return e, None


def _past_who_clause(rec: "Recognizer", j: int) -> int:
    """After ", who closed their shops in protest," (a relative clause set off by commas): the token
    after its closing comma, where the group's verb stands; else ``j``."""
    if j + 1 < rec.n and rec.words[j] == "," and rec.lowers[j + 1] == "who":
        for k in range(j + 2, min(rec.n, j + 2 + _CLAUSE_TOKENS)):
            if rec.words[k] == ",":
                return k + 1
            if rec.words[k] in _CLAUSE_BREAKS:
                break
    return j


def speaks(rec: "Recognizer", s: int, e: int) -> bool:
    """Whether the group noun at ``s`` … ``e - 1`` is the subject of a reporting verb or follows "according to"."""
    if s >= 2 and rec.lowers[s - 2] == "according" and rec.lowers[s - 1] == "to":
        return True
    j, _ = place_country(rec, e)
    if j == e and j + 1 < rec.n and (rec.lowers[j] in _PLACE_LINKS or rec.lowers[j] == "at"):
        k = j + 1
        if k < rec.n and rec.lowers[k] == "the":
            # "in the city of Malatya", "at the main hospital": a place described in lower case
            m = k + 1
            while m < rec.n and m - k <= 3 and rec.words[m].isalpha() and rec.words[m].islower() \
                    and rec.lowers[m] != "of" and rec.lowers[m] not in SPEAKING_VERBS:
                m += 1
            if m < rec.n and rec.lowers[m] in SPEAKING_VERBS and m > k + 1:
                j = m
            elif m + 1 < rec.n and rec.lowers[m] == "of" and rec.words[m + 1][:1].isupper():
                k = m + 1
        if j == e and k < rec.n and rec.words[k][:1].isupper():
            j = k  # "residents in Goma said": a place the gazetteer does not know
            while j < rec.n and j - e < 8 and rec.words[j][:1].isupper():
                j += 1
    j = _past_who_clause(rec, j)
    limit = min(rec.n, j + _WINDOW)
    while j < limit:
        w = rec.lowers[j]
        if w in SPEAKING_VERBS:
            return True
        if w in _BETWEEN or w[:1].isupper() or rec.words[j][:1].isupper():
            j += 1
            continue
        return False
    return False
