"""Ethnic and community groups: "Kosovo Serbs", "ethnic Albanians in North Macedonia", "Rohingya refugees".

Why: reaction articles give communities a voice of their own ("Kosovo Serbs blocked the roads",
"Rohingya refugees said …"), and a reader counts them apart from the states whose names they
carry: "Kosovo Serbs" are a group of Kosovo, not Serbia speaking. Three shapes, each a few tokens
wide:

- a country (name or adjective) before the plural of another nation, or before its adjective and
  a community noun: "Kosovo Serbs", "Bosnian Croats", "Kosovo Serb mayors" → the first country;
- "ethnic" before a nation's plural: "ethnic Albanians in North Macedonia" → the place stated,
  else (later) the story's main country;
- a community of ``data/ethnic_groups.tsv`` in the plural or with a community noun: "Rohingya
  refugees", "Uyghur activists" → its country there (a place stated wins).

A community after a preposition ("the plight of Rohingya refugees") is talked about, not acting,
and makes no actor.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, Mapping

from ..tokens import trigger_words
from .gazetteer import CAPITAL, COUNTRY_NAME, DEMONYM, DEMONYM_PLURAL, data_rows

if TYPE_CHECKING:  # pragma: no cover
    from .recognize import Recognizer

#: Nouns for members of a community acting together ("Serb mayors", "Rohingya refugees").
COMMUNITY_NOUNS = frozenset("""refugees activists villagers residents civilians families leaders politicians mayors
fighters militants rebels militias migrants protesters protestors demonstrators minority community communities
population lawmakers parties students workers elders groups muslims christians herders farmers fishermen""".split())
#: Words before a community that make it the object of something said about it.
_OBJECT_BEFORE = frozenset("""of for against to on with by among about from into toward towards at between
including""".split())


@lru_cache(maxsize=1)
def ethnic_forms() -> Mapping[str, tuple[str | None, bool]]:
    """form -> (country or None, is plural), from ``data/ethnic_groups.tsv``."""
    table: dict[str, tuple[str | None, bool]] = {}
    for row in data_rows("ethnic_groups.tsv"):
        if len(row) < 3:
            continue
        code = row[2].strip()
        country = None if code in ("", "-") else code
        for form in row[0].split(";"):
            if form.strip():
                table.setdefault(form.strip(), (country, False))
        for form in row[1].split(";"):
            if form.strip():
                table[form.strip()] = (country, True)
    return table


#: The lower-cased words that may open a community phrase besides a country word: "ethnic" and the
#: forms of ``data/ethnic_groups.tsv``, registered with the shared trigger index at import.
_OPENING_WORDS = trigger_words({form.lower() for form in ethnic_forms()} | {"ethnic"})


def find_communities(rec: "Recognizer") -> None:
    """Add a group mention for every community phrase in ``rec``'s Doc (marks its tokens used)."""
    forms = ethnic_forms()
    proper, used = rec.layers.proper, rec.used
    # only "ethnic", a community's name or a country word can open one: those tokens alone are visited
    # (a community's name and "ethnic" found with the Doc's trigger-word index, then checked as written)
    starts = {k for k in rec.view.positions(_OPENING_WORDS) if rec.words[k] in forms or rec.lowers[k] == "ethnic"}
    starts.update(k for k, hit in proper.items() if hit[2].kind == "country")
    i = 0
    for k in sorted(starts):
        if k < i or used[k]:
            continue
        end = _community_at(rec, k, forms)
        i = end if end > k else k + 1


def _community_at(rec: "Recognizer", i: int, forms: Mapping[str, tuple[str | None, bool]]) -> int:
    words, lowers, proper = rec.words, rec.lowers, rec.layers.proper
    if i > 0 and lowers[i - 1] in _OBJECT_BEFORE:
        return i
    j = i
    ethnic = lowers[j] == "ethnic"
    if ethnic:
        j += 1
    home = None  # the country of "Kosovo" in "Kosovo Serbs"
    hit = proper.get(j)
    if not ethnic and hit is not None and hit[2].kind == "country" and hit[2].category in (COUNTRY_NAME, DEMONYM) \
            and hit[0] < rec.n:
        home = hit[2].country
        j = hit[0]
    if j >= rec.n or any(rec.used[k] for k in range(i, j + 1)):
        return i
    nation = _nation_at(rec, j)
    noun_after = j + 1 < rec.n and lowers[j + 1] in COMMUNITY_NOUNS
    country: str | None
    if words[j] in forms and (nation is None or nation[0] == j + 1):
        known, plural = forms[words[j]]
        if not (plural or noun_after):
            return i
        if not noun_after and _opens_a_personal_name(rec, j):
            return i  # "Sami Nasser": the community's name is his given name
        country = home or known
        end = j + 1
    elif nation is not None and nation[2].kind == "country" and nation[2].country != home \
            and (home is not None or ethnic):
        if nation[2].category == DEMONYM_PLURAL:
            end = nation[0]
        elif nation[2].category == DEMONYM and home is not None and nation[0] < rec.n \
                and lowers[nation[0]] in COMMUNITY_NOUNS:
            end = nation[0]  # "Kosovo Serb mayors": the noun follows
        else:
            return i
        country = home
    else:
        return i
    for _ in range(2):  # "Aymara community leaders"
        if end < rec.n and lowers[end] in COMMUNITY_NOUNS:
            end += 1
    name_end = end
    if end + 1 < rec.n and lowers[end] == "in":
        place = proper.get(end + 1)
        if place is not None and place[2].category in (COUNTRY_NAME, CAPITAL) and not rec.used[end + 1]:
            country = place[2].country  # "ethnic Albanians in North Macedonia"
            end = place[0]
    name = rec.view.span_text(i, name_end)
    if ethnic:
        name = "ethnic" + name[len("ethnic"):]
    rec._add(i, end, kind="group", name=name, country=country, key=f"group:{name.lower()}|{country}")
    return end


def _opens_a_personal_name(rec: "Recognizer", j: int) -> bool:
    """Whether the community's name at ``j`` is a given name: a capitalised word that is no place or
    nation follows it ("Sami Nasser", "Sami Al-Amin"), as no community's name is written so."""
    k = j + 1
    if k >= rec.n:
        return False
    word = rec.words[k]
    if not (word[:1].isupper() and word[1:2].islower()) or rec.layers.proper.get(k) is not None:
        return False
    return word.replace("-", "").replace("'", "").isalpha()


def _nation_at(rec: "Recognizer", j: int):
    """The gazetteer hit at token ``j``, or a nation's plural the gazetteer does not write ("Serbs",
    "Croats": the adjective "Serb" plus "s") as a ``DEMONYM_PLURAL`` hit."""
    hit = rec.layers.proper.get(j)
    if hit is not None:
        return hit
    word = rec.words[j]
    if len(word) > 3 and word.endswith("s") and word[:1].isupper():
        entry = rec.gaz.proper.get(word[:-1])
        if entry is not None and entry.category == DEMONYM:
            return j + 1, word, type(entry)(name=entry.name, kind=entry.kind, category=DEMONYM_PLURAL,
                                             country=entry.country)
    return None
