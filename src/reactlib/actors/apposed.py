"""A name in commas after a description that opens the sentence: "Her mother, Sabine Roth, appealed …".

Why: reporters introduce people by their relation or post first, then the name in commas ("His main
challenger, Jan Novak of the Civic Bloc, hailed …", "Their lawyer, Awa Diallo, said …", "Its special
envoy for the Balkans, Ingrid Solheim, wrote …"). The description is often no title of the lexicon
(mother, challenger, lawyer), so the title rules miss the name. The shape is narrow: the sentence
opens with a possessive or article, the description is short and holds no verb or comma, and the
name is followed by a comma, "of", a bracket or a reporting verb. "In the capital, Ana Ruiz said"
opens with a preposition and is no description.

A description owned by "its"/"their" is a post of the organisation or country in focus: the person
gets that owner later (``owner_title``, as "Its foreign minister, Jane Roe," does).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from .build import Cluster
    from .recognize import Recognizer

#: Words a description may open with.
OPENERS = frozenset({"his", "her", "its", "their", "the", "a", "an", "one"})
#: Owners whose post makes the person speak for the actor in focus.
_ORG_OWNERS = frozenset({"its", "their"})
#: Longest description (tokens) before the comma.
MAX_DESCRIPTION = 9
#: The possessive "'s" as a token, straight or curly; shared by the actor rules that read owners.
APOSTROPHE_S = frozenset({"'s", "\u2019s"})
_VERB_ENDINGS = ("ed",)


def description_before(rec: "Recognizer", i: int, end: int, reporting: frozenset[str]) -> dict[str, Any] | None:
    """For the name run ``i`` … ``end - 1``: the working notes of a person introduced by a description
    in commas before it (empty for "Her mother, …"), or None when the run is not in that shape."""
    if i < 3 or rec.words[i - 1] != ",":
        return None
    if end < rec.n and rec.words[end] not in (",", "(") and rec.lowers[end] != "of" \
            and rec.lowers[end] not in reporting:
        return None
    found = _description_start(rec, i, end, reporting)
    if found is None:
        return None
    start, after_clause = found
    opener = rec.lowers[start]
    owner_country = _description_owner_country(rec, start, i - 1)
    if after_clause and not _owned(rec, start, i - 1):
        return None  # "…, the head teacher, Ana Ruiz, said": only an owned post trails a clause
    owner_ok = opener in OPENERS or (start + 1 < i - 1 and rec.words[start + 1] in APOSTROPHE_S) \
        or owner_country is not None
    if not owner_ok:
        return None
    lower_words = 0
    for k in range(start + 1, i - 1):
        w = rec.words[k]
        if w in (",", ";", ":", "(", ")") or rec.view.like_num[k]:
            return None
        if w.islower() and w.isalpha():
            if w.endswith(_VERB_ENDINGS) and w not in ("armed", "united"):
                return None  # "The army seized …": a clause, not a description
            if w in reporting:
                return None
            lower_words += 1
    if not lower_words or not rec.words[i - 2][:1].isalpha():
        return None
    if _ends_on_place(rec, start, i - 1):
        return None   # "the border post at Lago Verde, Santa Rosa,": a place, then where it lies
    notes: dict[str, Any] = {}
    if opener in _ORG_OWNERS:
        notes.update(title_start=rec.view.start[start], speaker_position=True, owner_title=opener)
        notes["role"] = rec.view.span_text(start + 1, i - 1)
    if owner_country is not None:
        notes["country"] = owner_country  # "Peru's best-known surfer, Lucia Mulanovich, said": Peruvian
    return notes


def _description_start(rec: "Recognizer", i: int, end: int, reporting: frozenset[str]) -> tuple[int, bool] | None:
    """(first token, trails a clause?) of the description before the comma at ``i - 1``, else None.

    Why: a description opens its sentence or follows a quotation. It may also trail a clause ("…, and
    Peru's representative, X, accused") when the name reports right after; the caller then asks for an
    owned post. A run longer than ``MAX_DESCRIPTION`` tokens is a clause, not a description.
    """
    trailing = _reports_after(rec, end, reporting)
    start = i - 2
    while start > 0 and not rec.view.sent_start[start] and not _after_quotation(rec, start) \
            and not (trailing and _clause_ends(rec, start)) and i - 1 - start <= MAX_DESCRIPTION:
        start -= 1
    after_clause = trailing and start > 0 and _clause_ends(rec, start)
    if not (rec.view.sent_start[start] or _after_quotation(rec, start) or after_clause) \
            or i - 1 - start > MAX_DESCRIPTION:
        return None
    return start, after_clause


def _description_owner_country(rec: "Recognizer", start: int, comma: int) -> str | None:
    """The country of a description opening with its possessive ("South Africa's best-known surfer"), else None.

    Why: the country that owns the description says whose the person is, as a demonym would ("a
    Peruvian surfer"); a country the sentence names later says nothing.
    """
    hit = rec.layers.proper.get(start)
    if hit is None or hit[2].kind != "country" or not hit[2].country or hit[0] >= comma - 1:
        return None
    roles = rec.gaz.lexicon_words("role")
    if any(rec.lowers[k] in roles for k in range(hit[0] + 1, comma)):
        return None  # "Djibouti's minister of …, X,": a title, placed by the title rules
    return hit[2].country if rec.words[hit[0]] in APOSTROPHE_S else None


def _clause_ends(rec: "Recognizer", k: int) -> bool:
    """Does a clause end right before token ``k``: a comma, or a comma and "and" ("…voted against, and …")?"""
    return rec.words[k - 1] == "," or (k > 1 and rec.lowers[k - 1] == "and" and rec.words[k - 2] == ",")


def _reports_after(rec: "Recognizer", end: int, reporting: frozenset[str]) -> bool:
    """Is the name run ending before ``end`` followed by a reporting verb, right away or after a comma?"""
    k = end + 1 if end < rec.n and rec.words[end] == "," else end
    return k < rec.n and rec.lowers[k] in reporting


def _owned(rec: "Recognizer", start: int, comma: int) -> bool:
    """Is the description [start, comma) a post owned by someone: "his/her/its/their …" or "the <owner>'s …"?

    Why: a description that trails a clause ("…, the school's principal, Ana Ruiz, told reporters") is
    told from a list or a place ("…, Lagos, Abuja, Ana Ruiz said") only by its owner.
    """
    if rec.lowers[start] in ("his", "her", "its", "their"):
        return True
    return any(rec.words[k] in APOSTROPHE_S for k in range(start + 1, comma - 1))


_PLACE_LINKS = frozenset({"at", "in", "near", "of", "from", "outside"})


def _ends_on_place(rec: "Recognizer", start: int, comma: int) -> bool:
    """Does the description end on a capitalised run after "at/in/near/…" (a place named last)?"""
    k = comma - 1
    while k > start and rec.words[k][:1].isupper():
        k -= 1
    return k < comma - 1 and rec.lowers[k] in _PLACE_LINKS


_CLOSING_MARKS = frozenset({'"', "\u201d", "''"})


def _after_quotation(rec: "Recognizer", k: int) -> bool:
    """Does token ``k`` stand right after a quotation ('"…?" one driver, X, asked', '"…," a nurse, X, said')?"""
    j = k - 1
    while j >= 0 and not rec.words[j].strip():
        j -= 1
    if j >= 0 and rec.words[j] == ",":
        j -= 1
    return j >= 0 and rec.words[j] in _CLOSING_MARKS


def possessed_name(rec: "Recognizer", i: int, end: int, reporting: frozenset[str]) -> tuple[str | None, str | None] | None:
    """"CNN's Maria Oduya, reporting from Khartoum, said": a name right after an organisation's or
    country's possessive, then a comma or a reporting verb. Returns (country, organization) of the
    owner, or None when the run is not in that shape."""
    if i < 2 or rec.words[i - 1] not in APOSTROPHE_S:
        return None
    if end < rec.n and rec.words[end] != "," and rec.lowers[end] not in reporting:
        return None
    start = rec.covered.get(i - 2)
    if start is None:
        return None
    hit = rec.layers.proper.get(start)
    if hit is None or hit[0] != i - 1:
        return None
    entry = hit[2]
    if entry.kind == "country":
        return entry.country, None
    if entry.kind == "organization":
        return None, entry.name
    return None


#: ", a professor of water resources at Cairo University": the apposition's words, then the link to
#: the employer whose mention starts where the match ends.
_DESCRIPTION_OPENING = re.compile(r", (?:a|an|the) ")
_LINK = re.compile(r"\b(at|for|of|with|from) (?:the )?")
_RELATIVE = re.compile(r"\b(?:who|which|that|whose)\b")
#: "who works for / has written for / reports for <body>": whose country the person most likely shares
_WRITES_FOR = re.compile(r"who (?:has |had |also )?(?:works?|worked|writes|wrote|written|reports?|reported|"
                         r"files|filed|freelances|freelanced) (?:mainly |regularly |often )?for (?:the )?")
_ADJECTIVES_BEFORE = re.compile(r"(?:[a-z][a-z-]{1,20} ){1,2}")
#: Words that end the adjectives before a nationality: prepositions, conjunctions, nouns of relation.
_NOT_ADJECTIVES = frozenset({"on", "in", "at", "of", "for", "from", "with", "about", "to", "and", "or", "who", "that",
                             "which", "into", "against", "by", "as", "than", "critic", "expert", "specialist",
                             "observer", "scholar", "analyst", "historian"})
_DESCRIPTION_ENDS = frozenset(',.;:"\u201c\u201d()')
_DESCRIPTION_CHARS = 100


def assign_employers(text: str, clusters: list["Cluster"]) -> None:
    """An untitled person described as working at a body takes the body's country (and name).

    "Nader Fathy, a professor at Cairo University, said …": Fathy is Egyptian and of Cairo
    University. Only a person with no country and no organisation yet, and only a body (or a country
    after "from") whose mention starts right after the description's link word.
    """
    owners = {s: c for c in clusters if c.kind in ("organization", "country") for s, _ in c.mentions}
    if not owners:
        return
    for c in clusters:
        if c.kind != "person" or c.anonymous or c.country or c.organization or not c.mentions:
            continue
        _, end = min(c.mentions)
        opening = _DESCRIPTION_OPENING.match(text, end)
        if opening is None:
            continue
        nationality = owners.get(opening.end())
        if nationality is None:
            # "Mariam Tsereteli, a jailed Georgian journalist,": one or two adjectives before the demonym
            # (not "an expert on Georgian politics": a preposition ends the adjectives)
            adjectives = _ADJECTIVES_BEFORE.match(text, opening.end())
            if adjectives is not None and not _NOT_ADJECTIVES.intersection(adjectives.group(0).split()):
                nationality = owners.get(adjectives.end())
        if nationality is not None and nationality.kind == "country":
            c.country = nationality.country  # "Pieter de Vries, a Dutch volunteer,": his country
            continue
        stop = opening.end()
        while stop < len(text) and stop - end < _DESCRIPTION_CHARS and text[stop] not in _DESCRIPTION_ENDS:
            stop += 1
        relative = _RELATIVE.search(text, opening.end(), stop)
        if relative is not None:
            # "a reporter who has written for Le Monde": not her employer, but her country (round 5)
            writes = _WRITES_FOR.match(text, relative.start())
            owner = owners.get(writes.end()) if writes is not None else None
            if owner is not None and owner.country:
                c.country = owner.country
                continue
            stop = relative.start()
        for link in _LINK.finditer(text, opening.end(), stop):
            owner = owners.get(link.end())
            if owner is None:
                continue
            if owner.kind == "country" and link.group(1) != "from":
                break  # "a teacher of Kosovo history": only "from <country>" says where a person is from
            c.country = owner.country
            if owner.kind == "organization":
                c.organization = owner.name
            break
