"""People who speak for a named person, and people named by a first name only.

Why: reaction stories about a detained or missing person quote the person's family ("…, her family
said") and survivors who give only a first name ("a survivor from Syria who gave only his first
name, Karim"). The family is a group of its own, named after the relative ("Hoffmann's family"), of
the relative's country: relatives are not the relative's mouthpiece, but they share a nationality.
A first name given alone is a person, of the country the description states ("from Syria").
Both run once the persons have their countries (after ``assign_focus_countries``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .recognize import REPORTING_VERBS

if TYPE_CHECKING:
    from .build import Cluster

#: "his family said", "her relatives told reporters", "their family said in a statement"
_RELATIVES = re.compile(r"\b([Hh]is|[Hh]er) (family|relatives|parents|relatives and friends)\b"
                        r"(?: (?:also|later|earlier|then|on \w+))? (\w+)")
#: "… who gave only his first name, Karim", "… identified only as Mehmet"
_FIRST_NAME = re.compile(r"\b(?:gave|give|giving|provided|offered) only (?:his|her) first name,? "
                         r"|\bidentified (?:herself |himself )?only as |\bidentified only by the (?:first )?name ")
#: "Her mother, " right before a name: the relative is the person "her" refers to
_KIN = re.compile(r"\b([Hh]is|[Hh]er) (?:\w+ )?(?:mother|father|brother|sister|wife|husband|son|daughter|uncle|aunt|"
                  r"cousin|partner|fianc[eé]e?|grandmother|grandfather|sibling|stepfather|stepmother), ")
_NAME = re.compile(r"[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?\b")
_LOOKBACK = 600  # characters back to the relative: the same or the previous sentence
_SENTENCE_END = re.compile(r"[.!?][\"\u201d]?\s")


def _may_name_relatives(text: str) -> bool:
    """Whether ``text`` holds a word :data:`_RELATIVES` needs: three substring tests, which
    spare most articles that regular expression's scan of the whole text (its alternation
    at every word boundary costs ~40 times as much)."""
    return "family" in text or "relatives" in text or "parents" in text


def add_relatives(text: str, clusters: list["Cluster"]) -> list["Cluster"]:
    """Clusters with the relatives who speak for a named person and the first-name-only persons added."""
    Cluster, _surname = _build.Cluster, _build._surname
    made: dict[str, Cluster] = {}
    persons = [(s, c) for c in clusters if c.kind == "person" and not c.anonymous and " " in c.name
               for s, _ in c.mentions]
    for m in _RELATIVES.finditer(text) if _may_name_relatives(text) else ():
        if m.group(3).lower() not in REPORTING_VERBS:
            continue  # "his family home was searched": no one speaks
        gender = "male" if m.group(1).lower() == "his" else "female"
        before = [(s, c) for s, c in persons if m.start() - _LOOKBACK <= s < m.start()
                  and c.extra.get("gender", gender) == gender]
        if not before:
            continue
        relative = max(before, key=lambda sc: sc[0])[1]
        name = f"{_surname(relative.name)}'s family"
        span = (m.start(), m.start() + len(m.group(1)) + 1 + len(m.group(2)))
        family = made.get(name)
        if family is None:
            family = made[name] = Cluster(kind="group", name=name, key=f"group:{name}|{relative.country}",
                                          country=relative.country, strong=True)
            family.extra["relative"] = relative.name
            clusters.append(family)
        family.mentions.append(span)
        _release(clusters, family, span)
    for c in clusters:
        # "Her mother, Sabine Roth, appealed …": a relative introduced by kinship shares the relative's country
        if c.kind != "person" or c.anonymous or not c.mentions:
            continue
        first = min(c.mentions)[0]
        kin = _KIN.search(text, max(0, first - 40), first)
        if kin is None or kin.end() != first:
            continue
        gender = "male" if kin.group(1).lower() == "his" else "female"
        before = [(s, p) for s, p in persons if first - _LOOKBACK <= s < kin.start() and p is not c
                  and p.extra.get("gender", gender) == gender and p.country]
        if before:
            c.country = max(before, key=lambda sp: sp[0])[1].country
    for m in _FIRST_NAME.finditer(text) if " only " in text else ():  # in every form of the phrase
        name = _NAME.match(text, m.end())
        if name is None:
            continue
        given = name.group(0)
        key = f"person:{given}"
        if any(c.key == key for c in clusters):
            continue
        person = Cluster(kind="person", name=given, key=key, country=_stated_country(text, clusters, m.start()),
                         strong=True)
        person.names.append(given)
        person.mentions.extend(_uses(text, given, name.start()))
        clusters.append(person)
    return clusters


def _stated_country(text: str, clusters: list["Cluster"], end: int) -> str | None:
    """The country "from <Country>" states in the description before ``end`` (same sentence)."""
    start = max(0, end - 200)
    for stop in _SENTENCE_END.finditer(text, start, end):
        start = stop.end()
    best: tuple[int, str | None] | None = None
    for c in clusters:
        if c.kind != "country":
            continue
        for s, _ in c.mentions:
            if start <= s < end and text[max(0, s - 5):s] == "from " and (best is None or s > best[0]):
                best = (s, c.country)
    return best[1] if best else None


def _uses(text: str, given: str, first: int) -> list[tuple[int, int]]:
    """The first name where it is given, and its later uses as a whole word."""
    return [(m.start(), m.end()) for m in re.finditer(rf"\b{re.escape(given)}\b", text) if m.start() >= first]


def _release(clusters: list["Cluster"], owner: "Cluster", span: tuple[int, int]) -> None:
    """Drop other clusters' mentions inside ``span`` ("relatives" as an unnamed speaking group)."""
    for c in clusters:
        if c is not owner:
            c.mentions[:] = [(s, e) for s, e in c.mentions if not (span[0] <= s and e <= span[1])]


# Imported last, as a module (``build`` leads back here through the package): names read at call time.
from . import build as _build  # noqa: E402
