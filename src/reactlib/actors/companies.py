"""Bodies introduced by a description in commas: "Zeta Logistics, a Kenyan shipping firm, said",
"NATS, the company that manages UK airspace,".

Why: companies, charities and operators are seldom in the gazetteer, and their names carry no
organisation noun ("Logistics", "NATS"), so neither the name-shape rule nor the described-speaker
rule (which keeps bodies out of persons) made them actors. The description names the kind: a run of
capitalised words followed by ", a/an/the <words> <body noun>" (before a comma or "that/which/based")
is an organisation; a demonym or country inside the description gives its country.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .apposed import APOSTROPHE_S
from .gazetteer import COUNTRY_NAME, DEMONYM

if TYPE_CHECKING:
    from .recognize import Recognizer

#: heads of a description that make the name before it a body (persons have their own rule)
COMPANY_NOUNS = frozenset("""
company firm operator carrier airline insurer lender manufacturer maker contractor conglomerate producer
utility charity ngo nonprofit non-profit group organisation organization agency foundation bank broadcaster
newspaper outlet network provider developer shipper exporter importer refiner miner consortium
""".split())
_STOPS = frozenset({",", "that", "which", "based", "whose", "with", "in", "of", "for", "at", ";", ".", ")"})
_WIDTH = 8


def _based_hyphen(rec: "Recognizer", k: int) -> bool:
    """ "a Manila-based charity": "based" after a hyphen is part of the description, not its end."""
    return rec.lowers[k] == "based" and k > 0 and rec.words[k - 1] == "-"


def _country_at(rec: "Recognizer", k: int) -> tuple[int, str] | None:
    """(end, country) of a country name or demonym at token ``k``, or None."""
    hit = rec.layers.proper.get(k)
    if hit is not None and hit[2].category in (DEMONYM, COUNTRY_NAME) and hit[2].country:
        return hit[0], hit[2].country
    return None


def _skip_description(rec: "Recognizer", k: int, end: int, stops) -> tuple[int, str | None]:
    """(the first token at or after ``k`` where ``stops(k)`` holds or the description grows too long,
    the first country named on the way). A country name of several words is stepped over whole, so
    "South Sudan" is not read as the start of a name."""
    country = None
    while k < rec.n and k - end <= _WIDTH and not stops(k):
        found = _country_at(rec, k)
        if found is not None:
            country = country or found[1]
            k = found[0]
            continue
        k += 1
    return k, country


def _possessive_country(rec: "Recognizer", k: int) -> tuple[int, str] | None:
    """(first token after the possessive, country) for "Djibouti's …" at token ``k``, or None.

    Why: "Horn Wireless, Ghana's largest internet provider," says whose company it is as plainly as
    "a Ghanaian internet provider" does; a country named later in the sentence says nothing.
    """
    found = _country_at(rec, k)
    if found is None or found[0] >= rec.n or rec.words[found[0]] not in APOSTROPHE_S:
        return None
    return found[0] + 1, found[1]


def described_body(rec: "Recognizer", i: int, end: int) -> tuple[str | None] | None:
    """For the name run ``i`` … ``end - 1`` followed by ", a Kenyan shipping firm,": (its country,)
    or None when no body description follows."""
    if end + 3 >= rec.n or rec.words[end] != ",":
        return None
    owner = _possessive_country(rec, end + 1)
    if owner is None and rec.lowers[end + 1] not in ("a", "an", "the"):
        return None
    first = owner[0] if owner is not None else end + 2
    k, country = _skip_description(rec, first, end,
                                   lambda j: rec.lowers[j] in _STOPS and not _based_hyphen(rec, j))
    if owner is not None:
        country = owner[1]
    if k >= rec.n or k - end > _WIDTH or rec.lowers[k] not in _STOPS or k - 1 <= end + 1:
        return None
    head = rec.lowers[k - 1]
    if head not in COMPANY_NOUNS:
        return None
    if rec.lowers[k] in ("that", "which") and country is None:
        # "the company that manages UK airspace": a country in the clause is where it works
        for j in range(k + 1, min(rec.n, k + _WIDTH)):
            if rec.words[j] in (",", "."):
                break
            found = _country_at(rec, j)
            if found is not None:
                country = found[1]
                break
    return (country,)


#: More heads for an acronym's description: an acronym is no person's name, so "the security service",
#: "the mining regulator" make it a body where "Jane Doe, a regulator," would not.
ACRONYM_NOUNS = COMPANY_NOUNS | frozenset("""
service regulator watchdog authority commission council committee body unit bureau directorate
inspectorate police force army navy guard militia movement party ministry office court tribunal
""".split())


def described_acronym(rec: "Recognizer", end: int) -> tuple[str | None, int, int] | None:
    """For an acronym ending at ``end`` followed by ", the security service of Freedonia," or ", Peru's
    customs service,": (the description's country, its first and last token) or None.

    Why: "The VSB, the security service of Moldova, said" names a body by its acronym and says whose it
    is in the commas; the country there is the body's, not an actor speaking."""
    if end + 3 >= rec.n or rec.words[end] != ",":
        return None
    k, country = end + 1, None
    if rec.lowers[k] in ("a", "an", "the"):
        k += 1
    else:
        owner = _possessive_country(rec, k)  # ", Peru's customs service,"
        if owner is None:
            return None
        k, country = owner
    first = k
    k, named = _skip_description(rec, k, end, lambda j: rec.words[j] in (",", ".", ";", ")") or rec.lowers[j] == "of")
    country = country or named
    if k >= rec.n or k - end > _WIDTH or k <= first or rec.lowers[k - 1] not in ACRONYM_NOUNS:
        return None
    if rec.lowers[k] == "of":
        j = k + 1 + (k + 1 < rec.n and rec.lowers[k + 1] == "the")
        found = _country_at(rec, j) if j < rec.n else None
        if found is None:
            return None
        country, k = country or found[1], found[0]
    if k >= rec.n or rec.words[k] != ",":
        return None
    return country, end + 1, k
