"""Newspapers, broadcasters and news agencies the gazetteer does not know, as organisation actors.

Why: reaction articles and press reviews attribute claims and verdicts to the press ("Kenya's
Daily Nation reports that …", "The Standard, in an editorial, accuses …", "Tuoi Tre, a Vietnamese
daily, said …", "the state news agency Bernama quoted …"). The gazetteer lists only the best-known
outlets; every country has its own. An outlet is an actor (kind organization, ``own_voice``
"media", so that stances keep it apart from its state) when it *acts* somewhere in the text: it is
the subject of a reporting verb or the source of "according to", or someone speaks to it ("told
public broadcaster ERR", "as reported by news agency Kabar": :mod:`channels`).

How a name is recognised, without a model:

- a capitalised name whose last word is a press word ("Daily Nation", "Kyiv Independent", "The
  Citizen"; a one-word name only with its capitalised "The");
- a name right after a press noun ("the daily Haaretz", "public broadcaster ERR", "news agency
  Bernama"), or right before one ("the Dawn newspaper"), or apposed to one ("Tuoi Tre, a
  Vietnamese daily,").

Its country, first that answers: a country or demonym right before it with only press words
between ("Kenya's Daily Nation", "Israeli daily Haaretz"); a demonym in its apposition ("a
Vietnamese daily"); a capital or city in its name ("Jakarta Post"); the place its sentence or
paragraph opens on ("In Dar es Salaam, The Citizen carries …"); the country in focus (press
reviews go country by country). Later mentions: the name again, without "The", and "the paper",
"the newspaper", "the daily", "the agency", "the broadcaster" (the outlet named last before).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from ..tokens import trigger_words
from .gazetteer import CAPITAL, COUNTRY_NAME, DEMONYM, DEMONYM_PLURAL, NON_ACTOR, SEAT, Gazetteer
from .channels import spoken_to_at
from .placed import city_countries

if TYPE_CHECKING:
    from .build import Cluster

#: Last words of a newspaper's or broadcaster's name ("Daily Nation", "The Citizen", "Kyiv Independent").
PRESS_WORDS = frozenset({
    "Daily", "Times", "Post", "Herald", "Tribune", "Gazette", "News", "Nation", "Standard", "Monitor",
    "Citizen", "Inquirer", "Journal", "Independent", "Guardian", "Telegraph", "Observer", "Express",
    "Mirror", "Chronicle", "Courier", "Star", "Sun", "Dispatch", "Mail", "Globe", "Bulletin",
    "Statesman", "Zeitung", "Shimbun", "Ilbo", "Sentinel", "Clarion", "Beacon", "Echo", "Reporter",
    "Mercury", "Pioneer", "Vanguard", "Television"})
#: First words of a name that make it an outlet's ("Daily Sabah", "Diario Andino", "Gazeta Wyborcza").
PRESS_FIRST_WORDS = frozenset({"Daily", "Diario", "Di\u00e1rio", "Jornal", "Gazeta", "Gazette", "Radio"})
#: Press words that name an outlet only with another word before them ("Free Press", "Kyodo News").
_NEEDS_TWO = frozenset({"News", "Press", "Daily", "Post", "Star", "Sun", "Express", "Nation", "Monitor"})
#: Nouns that introduce or follow an outlet's name ("the daily Haaretz", "the Dawn newspaper").
PRESS_NOUNS = ("news agency", "press agency", "newspaper", "daily", "broadcaster", "television",
               "TV", "radio", "weekly", "tabloid", "news website", "news site", "magazine", "agency",
               "channel", "outlet", "paper")
#: Words that may stand between a country word and the outlet ("Russia's state news agency RIA").
_PRESS_DESCRIPTORS = frozenset({
    "state", "state-run", "state-owned", "state-controlled", "official", "public", "private",
    "independent", "pro-government", "opposition", "government-owned", "government-run", "national",
    "leading", "main", "largest", "influential", "popular", "privately", "owned", "run", "business",
    "english-language", "online", "daily", "news", "agency", "newspaper", "broadcaster", "television",
    "tv", "radio", "weekly", "tabloid", "the", "a", "an", "its", "mass-circulation", "respected"})
#: Verbs and phrases by which an outlet acts: it reports, carries, quotes, leads with, editorialises.
PRESS_VERBS = frozenset({
    "reported", "reports", "report", "said", "says", "quoted", "quotes", "carried", "carries", "cited",
    "cites", "wrote", "writes", "published", "publishes", "leads", "led", "ran", "runs", "calls",
    "called", "accused", "accuses", "urged", "urges", "warned", "warns", "focuses", "focused",
    "claimed", "claims", "described", "describes", "noted", "notes", "broadcast", "aired", "showed",
    "shows", "revealed", "reveals", "added", "stated", "announced", "criticised", "criticized",
    "criticises", "criticizes", "praised", "praises", "welcomed", "welcomes", "argued", "argues",
    "headlined", "splashed", "questioned", "questions", "slammed", "slams", "condemned", "condemns"})
#: A name word opens with a capital, accented ones included ("Ünen", "Ödriin"), as \w goes on with any letter.
_NAME_WORD = r"[A-Z\u00c0-\u00d6\u00d8-\u00de][\w'\u2019&-]*(?:\.[A-Z][\w'\u2019&-]*)*"
#: Lower-case particles inside an outlet's name: "Folha de S.Paulo", "Diario de la Costa", "Jornal do Brasil".
_PARTICLES = r"(?:(?:de|da|do|dos|das|del|della|di|du|la|le|el) ){0,2}"
#: A capitalised run of one to five words (with "of"/"and" inside: "Times of India").
_NAME_RUN = re.compile(rf"(?<![\w'\u2019-])(?:The )?{_NAME_WORD}(?: (?:of |and |& |{_PARTICLES})?{_NAME_WORD}){{0,4}}")
#: "<press noun> <Name>": the daily Haaretz, public broadcaster ERR.
_NOUN_THEN_NAME = re.compile(
    rf"\b(?:{'|'.join(re.escape(n) for n in PRESS_NOUNS)}) ((?:The )?{_NAME_WORD}(?: {_PARTICLES}{_NAME_WORD}){{0,3}})")
#: "<Name> <press noun>": the Dawn newspaper, Geo TV.
_NAME_THEN_NOUN = re.compile(
    rf"((?:The )?{_NAME_WORD}(?: {_NAME_WORD}){{0,3}}) (?:newspaper|daily|news agency|broadcaster|television|"
    rf"TV|radio|weekly|tabloid|news website)\b")
#: "<Name>, a <…> daily,": Tuoi Tre, a Vietnamese daily.
_NAME_APPOSED = re.compile(
    rf"((?:The )?{_NAME_WORD}(?: {_PARTICLES}{_NAME_WORD}){{0,3}}), (?:a|an|the) ((?:[\w'-]+ ){{0,3}})"
    rf"(?:newspaper|daily|news agency|broadcaster|weekly|tabloid|news website|television channel|TV channel|"
    rf"radio station)\b")
#: Words that make a capitalised run a body or a title, not an outlet.
_NOT_PRESS = frozenset({
    "Ministry", "Ministries", "Council", "Commission", "Court", "Party", "Front", "Movement", "Army",
    "Forces", "Office", "Department", "Agency", "Bank", "University", "Union", "Organisation",
    "Organization", "Committee", "Assembly", "Parliament", "Government", "Authority", "Service",
    "President", "Minister", "Secretary", "Leader", "General", "Mission", "Group", "Association",
    "Alliance", "Federation", "Foundation", "Institute", "Centre", "Center", "Police", "Guard"})
_CALENDAR = frozenset({"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
                       "January", "February", "March", "April", "May", "June", "July", "August",
                       "September", "October", "November", "December", "The", "A", "An", "In", "On"})
#: The same without "The", which may open an outlet's name ("The Citizen").
_CALENDAR_NOT_THE = _CALENDAR - {"The"}
#: Words that open a sentence before a name ("But The Citizen said", "Meanwhile Daily News …").
_OPENERS = frozenset({"But", "And", "Meanwhile", "Also", "However", "Elsewhere", "Yesterday", "Today",
                      "Separately", "Later", "Earlier", "Still", "Instead", "Then", "Both", "At", "By", "For",
                      "According", "To", "With", "After", "Before", "As", "Like", "Unlike", "While"})
#: "the paper", "the newspaper", "the daily", "the agency", "the broadcaster": the outlet named last.
_OUTLET_ANAPHOR = re.compile(r"\b[Tt]he (?:paper|newspaper|daily|agency|broadcaster|tabloid|weekly)\b"
                             r"(?!\s{1,3}(?:of|for|that|which)\b)")
#: "In Dar es Salaam, " opening a sentence: the place's country.
_OPENING_PLACE = re.compile(r"(?:In|From) ((?:the )?[A-Z][\w'.\u2019-]*(?: (?:(?:es|de|del|da|do|di|la|el|al) )?"
                            r"[A-Z][\w'.\u2019-]*){0,3}), ")
#: Any press word or press noun: where the name patterns are tried (:func:`_candidates`).
_PRESS_HIT = re.compile(r"(?<![\w-])(?:" + "|".join(sorted(PRESS_WORDS | PRESS_FIRST_WORDS, key=len, reverse=True))
                        + "|" + "|".join(re.escape(n) for n in sorted(PRESS_NOUNS, key=len, reverse=True))
                        + r")(?![\w-])")
#: The same as single tokens: a press word, or the last word of a press noun ("news agency").
_HIT_WORDS = frozenset(PRESS_WORDS | PRESS_FIRST_WORDS | {n.split()[-1] for n in PRESS_NOUNS})
#: Their lower-cased forms, registered with the shared trigger index (:func:`_hits` visits their positions alone).
_HIT_WORDS_LOWER = trigger_words(w.lower() for w in _HIT_WORDS)
#: The press nouns as single tokens (their last word): hits around which the noun patterns are tried.
_NOUN_WORDS = frozenset(n.split()[-1] for n in PRESS_NOUNS)
#: Characters around a press hit in which a name is looked for.
_WINDOW = 90
#: How far after a name its verb may stand: ", in an editorial," between them.
_INTERPOSED = re.compile(r"(?:,[^,.;\"\u201c\u201d]{1,50},)?\s{1,3}(?:(?:also|on \w{1,12}|again|then|later|now|"
                         r"today|yesterday|this morning|in an editorial|in its editorial)\s{1,3}){0,3}(\w{1,30})")


def _acts_at(text: str, start: int, end: int) -> bool:
    """Does the outlet mentioned at text[start:end] report, carry or quote something there?"""
    after = _INTERPOSED.match(text, end)
    if after is not None and after.group(1).lower() in PRESS_VERBS:
        return True
    before = text[max(0, start - 20):start].lower()
    return before.endswith(("according to ", "according to the ")) or spoken_to_at(text, start)


def _clean(name: str) -> str:
    """The outlet's name: "The" kept for a one-word name ("The Citizen"), else dropped."""
    words = name.split()
    if words and words[0] == "The" and len(words) > 2:
        return " ".join(words[1:])
    return name


def _press_named(name: str) -> bool:
    """Is a capitalised run an outlet's name by its own words ("Daily Nation", "The Citizen")?"""
    words = name.split()
    if any(w in _NOT_PRESS for w in words):
        return False
    bare = [w for w in words if w != "The"]
    if len(bare) >= 2 and bare[0] in PRESS_FIRST_WORDS:
        return True
    last = words[-1]
    if "of" in words:  # "Times of India": the press word before "of"
        last = words[words.index("of") - 1]
    if last not in PRESS_WORDS:
        return False
    if len(bare) == 1:
        return words[0] == "The" and last not in _NEEDS_TWO
    return True


_POSSESSIVE_END = re.compile(r"(?:'s|\u2019s)$")


def _country_before(text: str, start: int, gazetteer: Gazetteer) -> str | None:
    """A country or demonym right before the outlet with only press words between ("Kenya's Daily
    Nation", "Russia's state news agency RIA", "Israeli daily Haaretz")."""
    window = text[max(0, start - 60):start]
    cut = max(window.rfind("."), window.rfind("\n"), window.rfind(","), window.rfind(";"))
    words = window[cut + 1:].split()
    while words and words[-1].strip("\"'\u201c").lower() in _PRESS_DESCRIPTORS:
        words.pop()
    for n in (3, 2, 1):
        if len(words) < n:
            continue
        phrase = " ".join(words[-n:])
        phrase = _POSSESSIVE_END.sub("", phrase)
        entry = gazetteer.proper.get(phrase)
        if entry is not None and entry.kind == "country" \
                and entry.category in (COUNTRY_NAME, DEMONYM, DEMONYM_PLURAL, CAPITAL):
            return entry.country
    return None


def _country_of_words(words: str, gazetteer: Gazetteer) -> str | None:
    """A country, demonym, capital or city among ``words`` ("a Vietnamese daily", "Jakarta Post")."""
    tokens = words.replace("'s", "").replace("\u2019s", "").split()
    cities = city_countries()
    for n in (3, 2, 1):
        for i in range(len(tokens) - n + 1):
            phrase = " ".join(tokens[i:i + n])
            entry = gazetteer.proper.get(phrase)
            if entry is not None and entry.kind == "country" \
                    and entry.category in (COUNTRY_NAME, DEMONYM, DEMONYM_PLURAL, CAPITAL, SEAT):
                return entry.country
            if phrase in cities:
                return cities[phrase]
    return None


def _opening_place(text: str, position: int, gazetteer: Gazetteer) -> str | None:
    """The country of the place the sentence or paragraph of ``position`` opens on."""
    para = text.rfind("\n", 0, position) + 1
    starts = [para]
    sent = max(text.rfind(". ", para, position), text.rfind("? ", para, position))
    if sent > para:
        starts.append(sent + 2)
    for s in reversed(starts):
        found = _OPENING_PLACE.match(text, s)
        if found is not None:
            code = _country_of_words(found.group(1), gazetteer)
            if code is not None:
                return code
    return None


def _trim_run(start: int, run: str) -> tuple[int, str]:
    """The outlet's part of a capitalised run: after a possessive ("Kenya's Daily Nation"), from an
    inner "The" ("Meanwhile The Citizen"), without an opening word of the sentence ("In", "But")."""
    words = run.split(" ")
    keep = 0
    for i, w in enumerate(words):
        if w.endswith(("'s", "\u2019s")):
            keep = i + 1
        elif w == "The" and i > 0:
            keep = i
    while keep < len(words) and (words[keep] in _CALENDAR_NOT_THE or words[keep] in _OPENERS):
        keep += 1
    if keep >= len(words):
        return start, ""
    offset = sum(len(w) + 1 for w in words[:keep])
    return start + offset, " ".join(words[keep:])


def _hits(text: str, view: Any) -> list[tuple[int, int, str]]:
    """(start, end, word) of every press word or press noun: from the Doc's token view when given (its
    trigger-word index), else by a regular expression."""
    if view is None:
        return [(m.start(), m.end(), m.group(0)) for m in _PRESS_HIT.finditer(text)]
    words, starts, ends = view.text, view.start, view.end
    # the lower-cased forms from the Doc's trigger-word index, then the word as written
    return [(starts[i], ends[i], words[i]) for i in view.positions(_HIT_WORDS_LOWER) if words[i] in _HIT_WORDS]


def _candidates(text: str, view: Any = None) -> dict[tuple[int, int], str]:
    """Every span that names an outlet by its form, with the words that place it (an apposition).

    The name patterns are tried only in a window around a press word or press noun, so that an
    article with no press costs one look-up per token.
    """
    found: dict[tuple[int, int], str] = {}
    seen: set[tuple[int, int]] = set()
    for hit_start, hit_end, word in _hits(text, view):
        ws = max(0, hit_start - _WINDOW)
        we = min(len(text), hit_end + _WINDOW)
        if (ws, we) in seen:
            continue
        seen.add((ws, we))
        window = text[ws:we]
        if word in _NOUN_WORDS:  # a press noun: a name after, before or apposed to it
            for pattern in (_NOUN_THEN_NAME, _NAME_THEN_NOUN, _NAME_APPOSED):
                for m in pattern.finditer(window):
                    name = m.group(1)
                    words = name.split()
                    if words[0] in _CALENDAR and len(words) == 1 or any(w in _NOT_PRESS or w in _CALENDAR_NOT_THE
                                                                       for w in words):
                        continue
                    found.setdefault((ws + m.start(1), ws + m.end(1)), m.group(2) if pattern is _NAME_APPOSED else "")
        if word[:1].isupper() and word not in _NOUN_WORDS:
            for m in _NAME_RUN.finditer(window):
                if not (m.start() <= hit_start - ws < m.end()):
                    continue
                start, name = _trim_run(m.start(), m.group(0))
                if name and _press_named(name):
                    found[(ws + start, ws + m.end())] = ""
    return found


def add_press_outlets(text: str, clusters: list["Cluster"], gazetteer: Gazetteer,
                      linker_for: Any = None, view: Any = None) -> list["Cluster"]:
    """Add an organisation actor for each outlet that acts somewhere in ``text`` (see module doc).

    A country, capital or demonym mention inside an outlet's name ("Kyiv Independent") is the
    outlet's, not a mention of that country. ``linker`` answers the country in focus (optional).
    """
    from .build import Cluster

    candidates = _candidates(text, view)
    if not candidates:
        return clusters
    taken = {span for c in clusters if c.kind in ("person", "organization", "group") for span in c.mentions}
    outlets: dict[str, Cluster] = {}
    spans_of: dict[str, list[tuple[int, int]]] = {}
    for (s, e), apposed in sorted(candidates.items()):
        if any(ts < e and s < te for ts, te in taken):
            continue
        name = _clean(text[s:e])
        bare = name[4:] if name.startswith("The ") else name
        key = bare.lower()
        known = gazetteer.proper.get(bare) or gazetteer.proper.get(name)
        if known is not None and known.category != NON_ACTOR:
            continue  # a known name: the gazetteer's own entry speaks for it ("Kyiv Post" is listed only
            # so that its city is no mention of Ukraine: as an outlet it may act)
        spans_of.setdefault(key, []).append((s, e))
        if key not in outlets:
            outlets[key] = Cluster(kind="organization", name=name, key=f"press:{key}")
            outlets[key].extra["own_voice"] = "media"
            outlets[key].extra["apposed"] = apposed
    added: list[Cluster] = []
    for key, c in outlets.items():
        spans = spans_of[key]
        # later bare mentions of the same name ("the Nation" after "Daily Nation" is not this, but
        # "Citizen" after "The Citizen" and the full name again are)
        bare = c.name[4:] if c.name.startswith("The ") else c.name
        for m in re.finditer(rf"(?<![\w-]){re.escape(bare)}(?![\w-])", text):
            span = (m.start(), m.end())
            if not any(s <= span[0] and span[1] <= e for s, e in spans) \
                    and not any(ts < span[1] and span[0] < te for ts, te in taken):
                spans.append(span)
        last_word = bare.split()[-1]
        if len(bare.split()) > 1 and last_word in PRESS_WORDS and last_word not in ("News", "Daily", "Times"):
            for m in re.finditer(rf"\bthe {re.escape(last_word)}\b", text):  # "According to the Nation"
                span = (m.start() + 4, m.end())
                if not any(s <= span[0] < e for s, e in spans):
                    spans.append(span)
        if not any(_acts_at(text, s, e) for s, e in spans):
            continue
        spans.sort()
        c.mentions.extend(spans)
        c.strong = True
        first = spans[0][0]
        apposed = c.extra.pop("apposed", "")
        c.country = (_country_before(text, first, gazetteer)
                     or _country_of_words(apposed, gazetteer)
                     or _country_of_words(bare, gazetteer)
                     or _opening_place(text, first, gazetteer))
        added.append(c)
    if not added:
        return clusters
    # a country word inside an outlet's name is the outlet's ("Kyiv Independent", "Jakarta Post")
    inside = [(s, e) for c in added for s, e in c.mentions]
    for c in clusters:
        if c.kind == "country":
            c.mentions = [(s, e) for s, e in c.mentions if not any(a <= s and e <= b for a, b in inside)]
    _add_outlet_anaphors(text, added, clusters)
    if linker_for is not None and any(c.country is None for c in added):
        _countries_from_focus(text, clusters + added, [c for c in added if c.country is None], linker_for)
    return clusters + added


#: "the state-run Daily News", "the official Radio X": state media are the country's in focus, whoever it is.
_STATE_MEDIA = re.compile(r"\b(?:state(?:-run|-owned|-controlled| media| news| television| broadcaster)?|official)"
                          r"\s{1,3}(?:\w{1,20}\s{1,3}){0,2}$",
                          re.I)


def _countries_from_focus(text: str, clusters: list["Cluster"], unplaced: list["Cluster"], linker_for: Any) -> None:
    """An outlet with no country of its own takes the country of the actor in focus when that is another
    outlet (a press review goes country by country: "Kenya's Daily Nation leads … The paper quotes …
    The Standard, in an editorial, …") or when it is state media ("the state-owned Daily News")."""
    linker = linker_for(clusters)
    for c in unplaced:
        first = min(c.mentions)[0]
        found = linker.actor(linker.focus(first, 3))
        if found is None or found.country is None:
            continue
        state = _STATE_MEDIA.search(text[max(0, first - 40):first]) is not None
        if state or (found.kind == "organization" and found.extra.get("own_voice") == "media"):
            c.country = found.country
            c.extra["focus_country"] = True  # a guess the speaker may correct (channels.py)


def _add_outlet_anaphors(text: str, outlets: list["Cluster"], others: list["Cluster"]) -> None:
    """ "The paper quotes …": the outlet named last before it, unless a body whose name holds the
    noun is named in between ("told broadcaster IRIB … The International Atomic Energy Agency said
    … the agency's inspectors": the agency is the IAEA)."""
    firsts = sorted((min(c.mentions)[0], n) for n, c in enumerate(outlets))
    for m in _OUTLET_ANAPHOR.finditer(text):
        at = m.start()
        before = [n for s, n in firsts if s < at]
        if not before:
            continue
        owner = max(before, key=lambda n: max(s for s, _ in outlets[n].mentions if s < at))
        last = max(s for s, _ in outlets[owner].mentions if s < at)
        noun = m.group(0).split()[-1].lower()
        if any(c.kind == "organization" and noun in c.name.lower().split() and any(last < s < at for s, _ in c.mentions)
               for c in others):
            continue
        span = (m.start() + 4, m.end())
        outlets[owner].mentions.append(span)
