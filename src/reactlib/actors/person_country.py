"""Persons still without a country: the country of their body's post, or of the domestic politics in view.

Why: on fresh reaction articles the largest person error is a domestic actor named with no
country word ("The GEC chairman, Jane Roe, said …", "Dorothy Doe, leader of the opposition
Freedom Party, …", "left-wing former governor John Roe") in a story that names two or more
countries about equally, so there is no main country for the earlier rules to fall back on.
The article still leaves little doubt, and only that evidence is used here:

1. **The post of a placed body.** The text right before the name says the post belongs to a body
   the recogniser placed: "The Electoral Commission's chairwoman, ", "The EC chairwoman, ",
   "Its chairwoman, " (the nearest body named before, in this or the previous sentence). The
   person is of that body's country.
2. **A domestic political figure.** A person whose title or apposed description is one of a
   state's own politics (opposition, party, candidate, governor, mayor, lawmaker, senator, MP)
   takes the one country named before the name in its own sentence, else the one country of the
   previous sentence, else the one country of the headline (the first line). Two countries in
   the place looked at decide nothing, and the search stops there.

Runs after the context rules and before the dateline (the last resort), only for named people
with no country, organisation or known office.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .gazetteer import COUNTRY_NAME, DEMONYM, DEMONYM_PLURAL, Gazetteer

if TYPE_CHECKING:
    from .build import Cluster

#: "<body>'s chairwoman, " / "<body> chairwoman, " / "Its chairwoman, " before the name, with up to three
#: capitalised title words after the comma ("…'s spokesman, Brigadier General ").
_POST_BEFORE = re.compile(r"(?P<owner_end>(?:'s|\u2019s)?) (?:[a-z-]+ ){0,2}[a-z-]+, (?:[A-Z][A-Za-z.]* ){0,3}$")
#: "Its chairwoman, " opening a sentence: the body is the one named just before.
_ITS_POST = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))Its (?:[a-z-]+ ){0,2}[a-z-]+, (?:[A-Z][A-Za-z.]* ){0,3}$")
#: Words of a state's own politics in a person's title or apposed description.
_DOMESTIC = re.compile(r"\b(?:opposition|party|candidate|presidential hopeful|governor|mayor|lawmaker|legislator|"
                       r"senator|MP|deputy|congress(?:man|woman)|parliamentarian)\b", re.I)
#: An apposed description right after the name: ", leader of the opposition …," / ", a former candidate,".
_APPOSED_AFTER = re.compile(r",\s{1,3}([^,.;:\"\u201c\u201d\n]{3,90})")
#: Capitalised word runs that may be country words ("Togolese", "Ghana", "South Korea's").
_CAPITALISED = re.compile(r"\b[A-Z][\w\u00c0-\u024f-]*(?:\s[A-Z][\w\u00c0-\u024f-]*){0,3}")
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019]?\s+(?=[A-Z\"\u201c])|\n")
_COUNTRY_WORDS = (COUNTRY_NAME, DEMONYM, DEMONYM_PLURAL)
#: An acronym ending where a post's owner ends ("The GEC chairman").
_ACRONYM_END = re.compile(r"\b[A-Z]{2,8}$")
#: How far before the name a post's owner may end.
_WINDOW = 80


def assign_person_countries(text: str, clusters: list["Cluster"], gazetteer: Gazetteer) -> None:
    """Give unplaced named people the country of their body's post or of the domestic politics in view."""
    people = [c for c in clusters if c.kind == "person" and c.country is None and c.organization is None
              and c.mentions and not c.anonymous and not c.extra.get("office_known") and not c.extra.get("unnamed")]
    if not people:
        return
    bodies = sorted((s, e, c.country) for c in clusters
                    if c.kind in ("organization", "group") and c.country for s, e in c.mentions)
    headline = None
    for c in people:
        start = min(c.mentions)[0]
        code = _body_country(text, bodies, start)
        if code is None and _is_domestic(text, c, start):
            sent = _sentence_start(text, start)
            code = _sole_country(text[sent:start], gazetteer)
            if code == "":
                continue  # two countries in its own sentence: doubt
            if code is None:
                code = _sole_country(text[_sentence_start(text, max(0, sent - 2)):sent], gazetteer)
                if code == "":
                    continue
            if code is None:
                if headline is None:
                    headline = _sole_country(text[:text.find("\n") if "\n" in text else 0], gazetteer) or ""
                code = headline or None
        if code:
            c.country = code


def _body_country(text: str, bodies: list[tuple[int, int, str]], start: int) -> str | None:
    """Rule 1: the country of the placed body whose post is named right before ``start``."""
    window_start = max(0, start - _WINDOW)
    window = text[window_start:start]
    m = _ITS_POST.search(window)
    if m is not None:
        opening = window_start + m.start()
        floor = _sentence_start(text, max(0, _sentence_start(text, opening) - 2))
        before = [b for b in bodies if floor <= b[0] and b[1] <= opening]
        return before[-1][2] if before else None
    m = _POST_BEFORE.search(window)
    if m is None:
        return None
    owner_end = window_start + m.start()
    for s, e, code in bodies:
        if e == owner_end:
            return code
    # "The GEC chairman, ": an acronym the body was given in brackets ("Electoral Commission (GEC)")
    acronym = _ACRONYM_END.search(text, max(0, owner_end - 12), owner_end)
    if acronym is not None:
        ends = {e: code for s, e, code in bodies}
        for b in re.finditer(r"\s{0,2}\(" + re.escape(acronym.group(0)) + r"\)", text[:owner_end]):
            if b.start() in ends:
                return ends[b.start()]
    return None


def _is_domestic(text: str, c: "Cluster", start: int) -> bool:
    """Whether the person's title, the words before the name or its apposed description are domestic politics."""
    if c.role and _DOMESTIC.search(c.role):
        return True
    before = text[_sentence_start(text, start):start]
    if _DOMESTIC.search(before[-40:]) and not before.rstrip().endswith((".", ",")):
        return True  # "Alianza Verde party leader Tomás Iturralde"
    end = min(e for s, e in c.mentions if s == start)
    m = _APPOSED_AFTER.match(text, end)
    return m is not None and bool(_DOMESTIC.search(m.group(1)))


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence containing offset ``at`` starts (after the last sentence end before it)."""
    last = 0
    for m in _SENTENCE_END.finditer(text, max(0, at - 400), at):
        last = m.end()
    return last if last or at < 400 else max(0, at - 400)


def _sole_country(span: str, gazetteer: Gazetteer) -> str | None:
    """The one country named (by name or demonym) in ``span``; "" for two or more, None for none."""
    found: set[str] = set()
    for m in _CAPITALISED.finditer(span):
        words = m.group(0).split()
        # the longest run of words from each start that is a country word ("South Korea" before "South")
        i = 0
        while i < len(words):
            for j in range(len(words), i, -1):
                phrase = " ".join(words[i:j])
                if phrase.endswith(("'s", "\u2019s")):
                    phrase = phrase[:-2]
                entry = gazetteer.proper.get(phrase)
                if entry is not None and entry.kind == "country" and entry.category in _COUNTRY_WORDS:
                    found.add(entry.country)
                    i = j
                    break
            else:
                i += 1
    if len(found) > 1:
        return ""
    return found.pop() if found else None


#: ", a 41-year-old Argentine blogger," / ", 41, an Argentine blogger living in …" right after a name: the
#: description up to its first comma, preposition or relative word.
_DESCRIPTION_AFTER = re.compile(r",\s{1,3}(?:\d{1,3},\s{1,3})?(?:a|an|the)\s{1,3}([^,.;:()\"\u201c\u201d\n]{3,80})")
#: Where the description of the person ends and a place or employer begins ("a researcher at the …").
_DESCRIPTION_STOP = re.compile(r"\b(?:at|of|for|with|from|in|on|to|by|who|whose|which|that|based|living|"
                               r"working|and)\b")


def assign_described_nationalities(text: str, clusters: list["Cluster"], gazetteer: Gazetteer) -> None:
    """"Mateo Rinaldi, an exiled Argentine blogger, …": the demonym of a person's apposed description is
    his country. Runs before the main-country rules, which would otherwise make him of the story's
    country. Only the words before the first preposition count ("a researcher at the Argentine
    institute" is placed by the employer rule), and exactly one country must be named there."""
    for c in clusters:
        if c.kind != "person" or c.country is not None or c.organization is not None or c.anonymous \
                or not c.mentions or c.extra.get("office_known"):
            continue
        for _, end in sorted(c.mentions):
            m = _DESCRIPTION_AFTER.match(text, end)
            if m is None:
                continue
            words = m.group(1)
            stop = _DESCRIPTION_STOP.search(words)
            code = _sole_demonym(words[:stop.start()] if stop else words, gazetteer)
            if code:
                c.country = code
            break  # only the first description: later ones are often about somebody else


def _sole_demonym(span: str, gazetteer: Gazetteer) -> str | None:
    """The one country whose demonym stands in ``span`` (hyphenated "Chilean-born" counts); else None."""
    found = set()
    for word in re.findall(r"[A-Z][\w\u00c0-\u024f]*(?:\s[A-Z][\w\u00c0-\u024f]*)?", span):
        for phrase in (word, word.split()[0]):
            entry = gazetteer.proper.get(phrase)
            if entry is not None and entry.kind == "country" and entry.category == DEMONYM:
                found.add(entry.country)
                break
    return found.pop() if len(found) == 1 else None


#: Head nouns of people in a description ("journalist", "dissident", "politician", "blogger", "director").
_PERSON_HEAD = re.compile(r"(?:ist|ian|ent|ant|ger|ter|ner|ker|der|tor|sor|ber|wife|husband|man|woman|son|daughter)$")
#: Heads with those endings that are places or things, not people.
_NOT_PERSON_HEAD = frozenset({"border", "center", "centre", "quarter", "water", "river", "sector", "parliament",
                              "government", "department", "movement", "agreement", "territory", "capital", "harbour",
                              "order", "number", "member", "chamber", "tower", "monument", "continent", "element"})


def definite_person_description(words: list[str], gazetteer: Gazetteer) -> bool:
    """"the exiled Argentine blogger": a definite description is of a person (for the recogniser's
    ", the …, is" rule) when it names a nationality and ends on a person noun; "the American
    territory" does not. An indefinite one ("a …") needs no such evidence."""
    if not words or not words[-1].islower():
        return False
    head = words[-1].lower()
    if head in _NOT_PERSON_HEAD or not _PERSON_HEAD.search(head):
        return False
    return any(w[:1].isupper() for w in words[:-1]) and _sole_demonym(" ".join(words[:-1]), gazetteer) is not None


#: The capitalised words right before a title, up to three, none after a sentence's end ("Greek Shipping " of
#: "Greek Shipping Minister X"; "Iran's Roads " of "Iran's Roads Minister X").
_WORDS_BEFORE_TITLE = re.compile(r"(?:^|(?<=[\s(\"\u201c]))((?:[A-Z][\w\u00c0-\u024f-]*(?:'s|\u2019s)? ){1,3})$")


def assign_title_demonyms(text: str, clusters: list["Cluster"], gazetteer: Gazetteer) -> None:
    """A titled person with no country takes the country word that opens the capitalised run before the title.

    Why: "Greek Shipping Minister Vassilis Roe" has a portfolio word the recogniser does not know between
    the nation and the title, so the nation was not read as the minister's and the story's main country
    was given instead. The run must start with the country word ("Greek", "South Korea's") and hold
    no other country, so "Shipping" or "Deputy" between them changes nothing.
    """
    for c in clusters:
        title = c.first_title if c.first_title is not None else c.extra.get("any_title")
        if c.kind != "person" or c.country is not None or c.organization is not None or not c.role \
                or title is None or c.extra.get("office_known"):
            continue
        m = _WORDS_BEFORE_TITLE.search(text, max(0, title - 60), title)
        if m is None:
            continue
        words = m.group(1).split()
        first = words[0].removesuffix("'s").removesuffix("\u2019s")
        two = " ".join(words[:2]).removesuffix("'s").removesuffix("\u2019s")
        code = None
        for phrase in (two, first) if len(words) > 1 else (first,):
            entry = gazetteer.proper.get(phrase)
            if entry is not None and entry.kind == "country" and entry.category in _COUNTRY_WORDS:
                code = entry.country
                break
        if code is not None and _sole_country(m.group(1), gazetteer) == code:
            c.country = code
