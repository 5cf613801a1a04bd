"""A body of an organisation speaking: "The observation mission of the African Union said …".

The same holds for a body "from" an organisation ("an observer mission from ECOWAS").
The head of such a phrase ("the observation mission") names no one by itself, and read
alone it may be taken for a state's diplomatic mission or the country in focus. The words
are the organisation's, through the body it sent or runs, so the organisation named right
after "of" speaks. Only for collective bodies: "the foreign minister of Peru" is a person.
"""

from __future__ import annotations

import re
from typing import Any

#: collective nouns for a part of an organisation that speaks in its name
BODY_NOUNS = frozenset((
    "mission", "delegation", "secretariat", "observers", "monitors", "office", "commission",
    "council", "committee", "board", "team", "panel", "bureau", "directorate",
))
#: "of" or "from" after the body: "an observer mission from the African Union" was sent by it
_OF = re.compile(r"\b(?:of|from)\s", re.IGNORECASE)   # anchored on the word: linear on long blank runs


def owning_organisation(linker: Any, text: str, start: int, end: int) -> str | None:
    """The organisation actor of "<the …body> of/from <organisation>" in ``text[start:end]``, else None."""
    phrase = text[start:end]
    m = _OF.search(phrase)
    if m is None:
        return None
    head = phrase[:m.start()].split()
    if not head or head[-1].lower() not in BODY_NOUNS or any(w[:1].isupper() for w in head[1:]):
        return None   # "UN Security Council of …" names its own owner: left to the linker
    rest = phrase[m.end():]
    org_start = start + m.end() + (len(rest) - len(rest.lstrip()))
    if text[org_start:org_start + 4].lower() == "the ":
        org_start += 4
    for s, e, actor_id in linker.mentions_in(org_start, end):
        actor = linker.actor(actor_id)
        if s == org_start and actor is not None and actor.kind == "organization":
            return actor_id
    return None


#: nouns that describe an organisation before its name in commas ("The regional bloc, ECOWAS,")
DESCRIPTION_HEADS = BODY_NOUNS | frozenset((
    "bloc", "alliance", "coalition", "party", "agency", "organisation", "organization", "group",
    "force", "movement", "union", "body", "charity", "court", "tribunal", "operator", "company",
))


def organisation_named_after(linker: Any, text: str, start: int, core_end: int, end: int) -> str | None:
    """The organisation named in commas after its description, closing the speaker phrase:
    "The UN peacekeeping mission, MINUSCA," or "The regional bloc, ECOWAS," — the named body
    speaks, not the owner in the description (the UN) nor the country in focus."""
    if text[core_end:core_end + 1] != ",":
        return None
    head = text[start:core_end].split()
    if not head or head[-1].lower() not in DESCRIPTION_HEADS:
        return None
    for s, e, actor_id in linker.mentions_in(core_end, end):
        actor = linker.actor(actor_id)
        between = text[core_end + 1:s].strip().lower()
        if s >= core_end and actor is not None and actor.kind in ("organization", "group") \
                and between in ("", "the") and not text[e:end].strip(" ,.;:"):
            return actor_id
    return None


#: nouns that, after "the" and adjectives, stand for an organisation of states named before
BLOC_NOUNS = frozenset(("bloc", "alliance", "grouping", "organisation", "organization"))
_POSSESSIVE_S = ("'s", "\u2019s")


def names_a_bloc_by_kind(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is "the regional bloc" or "the military alliance's secretariat".

    Only lower-case words after "the": a capital inside ("the West African bloc") is a name or a
    country's adjective, left to the linker.
    """
    words = text[start:end].split()
    if len(words) < 2 or words[0].lower() != "the" or len(words) > 6:
        return False
    if words[-1].lower() in BODY_NOUNS and len(words) >= 3 and words[-2].lower().endswith(_POSSESSIVE_S):
        words = words[:-2] + [words[-2][:-2]]
    return words[-1].lower() in BLOC_NOUNS and all(w.islower() for w in words[1:])


def bloc_by_kind(linker: Any, start: int) -> str | None:
    """The organisation named before that "the regional bloc('s commission)" stands for, or None.

    A bloc described by its kind is the organisation in focus, and a body of it ("'s
    commission", "'s secretariat") speaks for it, as after "of" (:func:`owning_organisation`).
    With no organisation before, nobody: never the country in focus. For a span that
    :func:`names_a_bloc_by_kind` accepts (the caller checks, to know the answer is final).
    """
    return linker.antecedent(start, lambda a: a.kind == "organization" and a.country is None)
