"""The country of a wire story's dateline ("CONAKRY, Aug 9 (Reuters) -"), a last resort for people.

Why: wire reports introduce local people with titles that name no country ("Mines Minister …",
"a local union leader, …") in stories that mention two or more countries about equally, so the
article has no clear main country. The dateline says where the story was filed; a named person
still without a country after every other rule is most likely of that place. Only capitals
from ``countries.tsv`` count, or a town whose dateline names its country ("NOGALES, Mexico, May 29 -"):
"UNITED NATIONS" or a bare provincial town decides nothing. The dateline may share its line with the
article's leading ``date YYYY-MM-DD`` marker (article_date.py), which was missed before.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .body_officials import STATE_TITLES
from .context import DOMESTIC_GROUPS
from .gazetteer import CAPITAL, COUNTRY_NAME, Gazetteer
from .placed import place_countries_in

if TYPE_CHECKING:
    from .build import Cluster

#: an upper-case place opening a line (or following the article's leading ``date YYYY-MM-DD`` marker,
#: which shares the dateline's line), then a comma, a bracket or a dash
_DATELINE = re.compile(r"^\ufeff?[ \t]*(?:date[ \t]+\d{4}-\d{2}-\d{2}[ \t]+)?"
                       r"([A-Z][A-Z'.-]*(?: [A-Z][A-Z'.-]*){0,3})\s*(?:,|\(|[—–-])", re.MULTILINE)
#: "NOGALES, Mexico, May 29 -": a provincial town's dateline names its country after the comma (spaces
#: bounded: an unbounded run made a scan of a long run of spaces quadratic)
_THEN_COUNTRY = re.compile(r"[ \t]{0,3}([A-Z][\w'.]*(?:-[A-Z][\w'.]*)*(?: [A-Z][\w'.]*(?:-[A-Z][\w'.]*)*){0,3})[ \t]{0,3}(?:[,(]|[—–-])")
#: "Jane Roe, a researcher for the rights group,": someone working for a body is not placed by the dateline
_WORKS_FOR = re.compile(r",\s+(?:an?|the)\s+[^,.;]{0,60}?\b(?:for|at|with)\b")
#: extra flag of a cluster whose country is only the dateline's guess
DATELINE_GUESS = "dateline_country"
#: datelines sit in the first lines, after the headline
_HEAD_CHARS = 400


def dateline_country(text: str, gazetteer: Gazetteer) -> str | None:
    """alpha-3 of the capital in the dateline near the top of ``text``, else None."""
    for m in _DATELINE.finditer(text[:_HEAD_CHARS]):
        place = " ".join(w.capitalize() for w in m.group(1).split())
        entry = gazetteer.proper.get(place)
        if entry is not None and entry.kind == "country" and entry.category == CAPITAL:
            return entry.country
        named = _THEN_COUNTRY.match(text, m.end()) if text[m.end() - 1] == "," else None
        entry = gazetteer.proper.get(named.group(1)) if named is not None else None
        if entry is not None and entry.kind == "country" and entry.category == COUNTRY_NAME:
            return entry.country
    return None


#: the leading ``date YYYY-MM-DD`` marker before the article's first line (spaces bounded: matched at the
#: start only, and free runs of blanks before a free line would backtrack quadratically)
_MARKER = re.compile(r"\ufeff?[ \t]{0,3}(?:date[ \t]{1,3}\d{4}-\d{2}-\d{2}[ \t]{1,3})?")
#: a first line that is a dateline after all, one this module does not read ("LOME/ACCRA, Aug 19 -")
_DATELINE_LIKE = re.compile(r"\A[A-Z][A-Z'.-]+(?:[ /][A-Z][A-Z'.-]+)*\s*[,(/\u2014\u2013-]")
#: a headline is short and is not a sentence of the body
_HEADLINE_CHARS = 160


def headline_country(text: str, gazetteer: Gazetteer) -> str | None:
    """alpha-3 of the one country whose capitals or listed cities the headline names, for a story
    with no dateline ("LIVE: Deadly crush at Guatemala City stadium", "Live: Kosice train crash").

    Why: live blogs and explainers carry no dateline; their headline says where the event is, which
    is where local people named with a bare title ("Interior Minister X", "union leader Y") belong.
    Only places count, not country names: "World reacts as Nicaragua expels a bishop" names the
    actor, not where the story was written. Two countries' places decide nothing.
    """
    if _DATELINE.search(text[:_HEAD_CHARS]) is not None:
        return None  # a dateline was there: dateline_country has spoken (a town it could not place)
    start = _MARKER.match(text).end()
    end = text.find("\n", start)
    if end < 0:
        return None
    line = text[start:end].strip()
    if not line or len(line) > _HEADLINE_CHARS or line.endswith(".") or _DATELINE_LIKE.match(line):
        return None
    found = place_countries_in(line, gazetteer)
    return found.pop() if len(found) == 1 else None


def _works_for_a_body(text: str, c: Cluster) -> bool:
    return any(_WORKS_FOR.match(text, end) for _, end in c.mentions)


def _local_or_domestic(name: str) -> bool:
    """Whether a group's name calls it local ("Local business owners") or of a state's own politics."""
    lowered = name.lower()
    return lowered.startswith("local ") or lowered in DOMESTIC_GROUPS


def assign_dateline_country(text: str, clusters: list[Cluster], gazetteer: Gazetteer) -> None:
    """Named people still without a country or organisation, and "local" groups, take the dateline's country."""
    people = [c for c in clusters if c.kind == "person" and c.country is None and c.organization is None
              and not c.anonymous and not _works_for_a_body(text, c)]
    # "Local business owners said", "calls from opposition lawmakers": a group called local, or one of a
    # state's own politics (context.DOMESTIC_GROUPS), is of the place the story was filed from
    people += [c for c in clusters if c.kind == "group" and c.country is None and _local_or_domestic(c.name)]
    if not people:
        return
    country = dateline_country(text, gazetteer)
    if country is None:
        country = headline_country(text, gazetteer)
        # weaker evidence than a dateline: a title of no state's office ("Transport Commissioner" of
        # the EU) may be an international body's official, whom the headline's place does not make local
        people = [c for c in people if not c.role or STATE_TITLES.search(c.role)]
    if country is None:
        return
    for c in people:
        c.country = country
        c.extra[DATELINE_GUESS] = True  # a last resort: a role merged in later states the country (role_holders.py)
