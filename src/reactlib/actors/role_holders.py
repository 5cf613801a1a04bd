"""A role mention that names its holder is that person, not a second, unnamed one.

Why: reporters introduce a holder through his role and name him right after: "the bloc's mediator,
Senegalese President Ousmane Diallo" (apposition), "His Nigerian counterpart was more upbeat. Bola
Adeyemi said …" (the next sentence opens on the holder). The recogniser keeps the role phrase as an
unnamed person ("ECOWAS mediator", "Nigerian counterpart"), a spurious actor next to the named one.

Merged into the named person:

1. a role person followed by a comma, up to five title words and the named person's first words; a
   complement of the post may stand before the comma ("Peru's minister of mines and energy, Rosa Quispe,");
2. a role person of a country, subject of a short sentence, when the next sentence opens on a named
   person of the same country (or a person first named there, with no country yet). Another
   country's person there ("Kofi Mensah, a Ghanaian analyst,")
   is someone else.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .dateline import DATELINE_GUESS

if TYPE_CHECKING:
    from .build import Cluster

#: ", Senegalese President " between a role and its holder's name: capitalised or lower-case title words.
_APPOSED_TITLE = re.compile(r",\s{1,3}(?:[A-Za-z][\w.'-]*\s{1,3}){0,5}")
#: " of mines and energy", " for the Sahel" between a role and the comma before its holder: the post's
#: complement ("Peru's minister of mines and energy, Rosa Quispe,"), no comma, stop or quotation inside.
_COMPLEMENT = re.compile(r"\s{1,3}(?:of|for|on)\s{1,3}[^,.;:\"\u201c\u201d\n]{1,60}(?=,)")
#: The end of the role's sentence, then the next one's opening (whitespace only).
_SENTENCE_THEN = re.compile(r"[^.!?\n]{0,60}[.!?]\s{1,3}")
#: Words that may stand in a role person's name after its role noun is lower-case ("counterpart").
_ROLE_TAIL = re.compile(r"\b[a-z][a-z-]+$")


def merge_roles_into_holders(text: str, clusters: list["Cluster"]) -> list["Cluster"]:
    """The clusters with role persons that name their holder merged into that holder (module doc)."""
    roles = [c for c in clusters if c.kind == "person" and not c.anonymous and c.mentions
             and _ROLE_TAIL.search(c.name)]
    if not roles:
        return clusters
    named_at = {s: c for c in clusters if c.kind == "person" and not c.anonymous and not _ROLE_TAIL.search(c.name)
                for s, _ in c.mentions}
    gone: set[int] = set()
    for r in roles:
        holder = _holder(text, r, named_at)
        if holder is None:
            _name_apposed_holder(text, r)
            continue
        holder.mentions.extend(r.mentions)
        holder.mentions.sort()
        # the role's country is stated; the dateline's (the last resort) only guessed
        holder.country = (r.country or holder.country) if holder.extra.pop(DATELINE_GUESS, None) \
            else (holder.country or r.country)
        holder.role = holder.role or r.role
        holder.organization = holder.organization or r.organization
        holder.strong = holder.strong or r.strong
        gone.add(id(r))
    return [c for c in clusters if id(c) not in gone] if gone else clusters


#: ", Owen Banda," right after a role's complement: two or three capitalised words between commas.
_APPOSED_NAME = re.compile(r",\s{1,3}((?:[A-Z][a-z][\w'-]*\s){1,2}[A-Z][a-z][\w'-]*),")


def _name_apposed_holder(text: str, r: "Cluster") -> None:
    """"Malawi's minister of natural resources, Owen Banda, rejected …": the name between commas after the
    role's complement was no person yet (no reporting verb after it); the role person is that person."""
    if r.extra.get("unnamed") is None and not r.name.islower() and not _ROLE_TAIL.search(r.name):
        return
    for s, e in sorted(r.mentions):
        if " " not in text[s:e].strip():
            continue
        complement = _COMPLEMENT.match(text, e)
        found = _APPOSED_NAME.match(text, complement.end()) if complement is not None else None
        if found is None:
            continue
        name = found.group(1)
        r.name, r.key = name, f"person:{name}"
        r.extra.pop("unnamed", None)
        r.mentions.append(found.span(1))
        r.mentions.sort()
        return


def _holder(text: str, r: "Cluster", named_at: dict[int, "Cluster"]) -> "Cluster | None":
    for s, e in sorted(r.mentions):
        if " " not in text[s:e].strip():
            continue  # a pronoun ("His …") or a bare noun of another clause: not the role phrase
        complement = _COMPLEMENT.match(text, e)
        m = _APPOSED_TITLE.match(text, complement.end() if complement is not None else e)
        if m is not None:
            # the name may start at any word of the run ("…, Senegalese President Ousmane Diallo")
            for w in re.finditer(r"\S+", text[m.start():m.end() + 40]):
                at = m.start() + w.start()
                if at in named_at:
                    holder = named_at[at]
                    if r.country is None or holder.country in (None, r.country) or holder.extra.get(DATELINE_GUESS):
                        return holder
                    break
        if r.country is None:
            continue
        opens = text.rfind("\n", 0, s) + 1
        sentence_start = max(opens, max(text.rfind(". ", 0, s), text.rfind("! ", 0, s), text.rfind("? ", 0, s)) + 2)
        if not re.fullmatch(r"(?:(?:His|Her|Their|Its|The|the|his|her)\s{1,3})?", text[sentence_start:s]):
            continue  # not the subject of its sentence
        m = _SENTENCE_THEN.match(text, e)
        holder = named_at.get(m.end()) if m is not None else None
        # of the same country, or introduced right there with no country of its own
        if holder is not None and (holder.country == r.country
                                   or (holder.country is None and min(holder.mentions)[0] == m.end())):
            return holder
    return None
