"""Organisations the gazetteer does not know, recognised by the shape of their names.

Why: every country has bodies no list can hold ("US Indo-Pacific Command", "Joint
Chiefs of Staff", "Korean Central News Agency", "United Nations Assistance Mission in
Afghanistan (UNAMA)", "the ruling Georgian Dream party"). Their names share a shape:
a run of capitalised words ending in an organisation noun (Command, Agency, Council…),
or followed by an acronym in brackets, or by a lower-case "party"/"movement". Such a
run is one organisation, even when it contains a demonym ("Korean") or the name of a
known body ("Security Council" inside "National Security Council").

Every scan is bounded (:data:`MAX_NAME_TOKENS`), so the cost stays linear.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from .apposed import APOSTROPHE_S
from .companies import described_body
from .gazetteer import CAPITAL, COUNTRY_NAME, DEMONYM, DEMONYM_PLURAL, GROUP_NAME
from ..linking import ORG_ANAPHORS  # "the bloc's Council": the nouns standing for a body named before

if TYPE_CHECKING:
    from .recognize import Recognizer

MAX_NAME_TOKENS = 12
#: What :func:`_country_inside` answers for a name containing an international organisation.
INTERNATIONAL = "<international>"
#: Nouns that end an organisation's name.
ORG_HEADS = frozenset("""
Agency Command Council Commission Committee Staff Party Movement Front Service Guard Guards Forces Army Navy Court
Bank Assembly Parliament Mission Authority Organization Organisation Union League Institute Observatory Corporation
Company Foundation Fund Programme Program Network Coalition Bureau Directorate Tribunal Centre Center Brigade
Brigades Corps Secretariat Office Ministry Department Congress Senate Cabinet Board Police Intelligence Duma Knesset
Rada Majlis Bundestag Sejm Government
University College Academy Chamber School Society Association Federation Confederation Alliance Institution
Relief Initiative Trust Forum Group Brotherhood Legion Clan Cartel Syndicate Force Jury
""".split())
#: Last words of company names ("Norvik Mining", "Bluewing Airlines", "Orsa Logistics Ltd"): a run of two or
#: more capitalised words ending so is a company. Words that are also surnames (Power, Gold, Steel) are left out.
COMPANY_HEADS = frozenset("""
Ltd Limited Inc Incorporated Corp Plc PLC LLC Holdings Mining Minerals Energy Airlines Airways Petroleum Oil
Resources Logistics Technologies Telecom Telecommunications Pharmaceuticals Industries Shipping Motors
Insurance Metals Chemicals Ventures Enterprises Petrochemicals Refining Exploration
Lines Maritime Aviation Freight Telecoms
""".split())
#: Heads of a government's own departments (see :func:`_head_then_complement`).
_DEPARTMENT_HEADS = frozenset({"Ministry", "Department", "Office", "Secretariat", "Directorate"})
#: Last words of names of structures and places, which an acronym in brackets does not make a body.
THING_HEADS = frozenset({"Dam", "Bridge", "Airport", "Canal", "Pipeline", "Tunnel", "Reservoir", "Plant", "Station",
                         "Stadium", "Square", "Highway", "Road", "Corridor", "Field", "Mine", "Port", "Harbour",
                         "Harbor", "Terminal", "Railway", "Island", "Islands", "River", "Lake", "Valley", "Strait",
                         "Reactor", "Refinery", "Crossing", "Checkpoint", "Base", "Airbase"})
#: Lower-case nouns after a capitalised name that make it a party or movement ("the Georgian Dream party").
PARTY_NOUNS = frozenset({"party", "movement", "coalition", "alliance", "bloc", "gang", "militia"})
#: Of those, the nouns of armed groups ("the Grand Ravine gang").
ARMED_NOUNS = frozenset({"gang", "militia"})
#: Lower-case nouns that end a name made only of unknown capitalised words ("the Multinational
#: Security Support mission"); the noun is part of the name.
NAMED_NOUNS = frozenset({"mission", "operation"})
#: Lower-case nouns after a run that may make it a body's name (:func:`named_org_at`).
_NAME_ENDING_NOUNS = PARTY_NOUNS | NAMED_NOUNS
#: Words whose possessive is part of a body's name ("Mongolian People's Party", "People's Assembly").
_POSSESSIVE_NAME_WORDS = frozenset({"People", "Peoples", "Workers", "Women", "Citizens", "Farmers"})
_CONNECTORS = frozenset({"of", "for", "on", "and", "de", "du", "des", "al", "the", "in"})
_STOP = frozenset("""
The A An He She It They We I You His Her Its Their Our My Your But And Or In On At For With By From To Of This That
These Those After Before As If When While Meanwhile However Also Yet So Then There Here Who What Which Where Why How
Sunday Monday Tuesday Wednesday Thursday Friday Saturday January February March April May June July August
September October November December Mr Mrs Ms Dr Sir Today Yesterday Last Next According Asked
""".split())
#: Words that make an unknown named body an armed or political group rather than an organisation.
_GROUP_WORDS = frozenset({"Taliban", "Jihad", "Mujahideen", "Brigade", "Brigades", "Liberation", "Militia",
                          "Ansar", "Jaish", "Lashkar", "Tehreek", "Tehrik", "Brotherhood", "Legion", "Clan", "Cartel",
                          "Syndicate"})
#: First words of a body's name that make it no one country's: "the European Rowing Union", "the
#: International Cocoa Council" (unless a country is named in it: "International University of Japan").
_SUPRANATIONAL_WORDS = frozenset({"European", "African", "Asian", "International", "Global", "Pan-African",
                                  "Inter-American", "Intergovernmental", "Multinational"})
#: Regions of several countries that own a body named "… of <region>" (no one country's).
_REGIONS = frozenset(f"{side} {land}" for side in ("Central", "West", "East", "North", "South", "Southern",
                                                   "Western", "Eastern", "Northern", "Southeast", "South East")
                     for land in ("Africa", "Asia", "Europe", "America")) | {"Africa", "Asia", "Europe", "the Americas",
                                                                          "Americas", "the Sahel", "Sahel"}
#: Heads of an armed body's name that make it a group when no country is named in or before it.
_ARMED_HEADS = frozenset({"Army", "Forces"})
#: Nouns standing for an organisation named before ("the bloc's Council of Ministers").
_BLOC_NOUNS = ORG_ANAPHORS | {"union", "community"}
#: Words after a plural opening a body's name: "Physicians for Human Rights", "Doctors Without Borders".
_CAUSE_WORDS = frozenset({"for", "without", "against"})
#: A body's acronym: capitals, maybe one hyphenated part of capitals (a party's "MDP-KF").
_ACRONYM_SHAPE = re.compile(r"[A-Z]{2,8}(?:-[A-Z]{1,4})?")
#: All-capital words that stand before "said" but name no body (:func:`acronym_body`).
_NOT_BODIES = frozenset({"CEO", "OK", "TV", "AM", "PM", "GMT", "UTC", "AP", "AFP", "II", "III", "IV", "VI", "VII",
                         "VIII", "IX", "XI", "XII", "MP", "MPS", "PHD", "DJ", "MC", "NB", "PS", "ID", "IT", "HQ", "VIP",
                         "EST", "EDT", "CET", "CEST", "BST", "PST", "PDT", "CST", "CDT", "IST", "MSK", "EAT", "WAT",
                         "CAT", "SAST", "KG", "KM", "MW", "GW", "GDP", "HIV", "AIDS", "COVID", "SMS", "URL", "SUV",
                         "ATM", "UAV", "DNA", "LGBT", "LGBTQ", "PR", "CCTV", "AI", "VPN", "ICU", "IED"})


@lru_cache(maxsize=8192)
def _capitalised(word: str) -> bool:
    """Can ``word`` be part of a body's name? Remembered by word: the rules ask of every capitalised
    token, often several times."""
    return word[:1].isupper() and any(c.isalpha() for c in word) and word not in _STOP


@lru_cache(maxsize=8192)
def _name_word(word: str) -> bool:
    """A word of a body's name: capitalised, letters only apart from apostrophes, dots and hyphens
    (remembered by word, as :func:`_span` asks of each word of every capitalised run)."""
    return _capitalised(word) and word.replace("'", "").replace(".", "").replace("-", "").isalpha()


def _span(rec: "Recognizer", i: int) -> int:
    """End of the run of capitalised words (with inner connectors and hyphen joins) starting at ``i``."""
    words, doc, n = rec.words, rec.doc, rec.n
    j = i
    limit = min(n, i + MAX_NAME_TOKENS)
    while j < limit:
        w = words[j]
        if not rec.used[j] and _name_word(w):
            j += 1
            continue
        # "Indo-Pacific", "Tehreek-e-Taliban": a hyphen with no space joins, whatever the case after it
        if j > i and w == "-" and not doc[j - 1].whitespace_ and j + 1 < limit and not doc[j].whitespace_ \
                and words[j + 1].isalpha():
            j += 2
            continue
        if j > i and w in APOSTROPHE_S and words[j - 1] in _POSSESSIVE_NAME_WORDS and j + 1 < limit \
                and _capitalised(words[j + 1]) and not rec.used[j + 1]:
            j += 1  # "Pakistan People's Party", "People's National Assembly": the possessive is the name's
            continue
        if j > i and w in _CONNECTORS and j + 1 < limit and _capitalised(words[j + 1]) and not rec.used[j + 1]:
            j += 1
            continue
        if j > i and w in ("of", "for", "on") and j + 2 < limit and words[j + 1] == "the" \
                and (words[j - 1] in ORG_HEADS or _has_head(words, i, j)) \
                and _capitalised(words[j + 2]) and not rec.used[j + 2]:
            # "University of the Philippines", "National Council for the Safeguard of the Homeland"
            j += 2
            continue
        break
    while j > i and (words[j - 1] in _CONNECTORS or words[j - 1] == "-"):
        j -= 1
    return j


def _voice_of_country(rec: "Recognizer", s: int, e: int) -> bool:
    """"the Ministry of Foreign Affairs of Peru": a country's voice institution, then its country; left to
    the title rules, which make it the country speaking (as "Peru's foreign ministry")."""
    lex = rec._lex(s, ("institution", "anaphor"))
    if lex is None or lex[2] not in _recognize._VOICE_INSTITUTIONS or lex[0] >= e or rec.lowers[lex[0]] != "of":
        return False
    k = lex[0] + 1
    if k < e and rec.lowers[k] == "the":
        k += 1
    hit = rec.layers.proper.get(k)
    return hit is not None and hit[0] == e and hit[2].kind == "country"


def _company_name(rec: "Recognizer", s: int, e: int) -> bool:
    """"Norvik Mining", "Tasman Copper Holdings": two or more capitalised words, no connector, ending in a
    corporate word. A connector ("Ministry of Energy") makes it a department's name, left to the title rules."""
    return e - s >= 2 and rec.words[e - 1] in COMPANY_HEADS \
        and not any(rec.lowers[k] in _CONNECTORS or rec.words[k] in _DEPARTMENT_HEADS for k in range(s, e))


def _has_head(words: list[str], i: int, j: int) -> bool:
    """Does the run ``i`` … ``j - 1`` already hold an organisation noun ("National Council for …")?"""
    return any(words[k] in ORG_HEADS for k in range(i, j))


def _head_then_complement(rec: "Recognizer", s: int, e: int) -> bool:
    """An organisation noun inside the run followed by "for"/"of" ("State Committee for National Security",
    "Ministry of Emergency Situations"): the whole run is the body's name."""
    # a run may open with its head ("University of the Philippines"), but not a government department:
    # "Ministry of Water and Energy" is the country speaking, left to the title rules as before
    first = s if rec.words[s] not in _DEPARTMENT_HEADS else s + 1
    return any(rec.words[k] in ORG_HEADS and rec.lowers[k + 1] in ("for", "of", "on") for k in range(first, e - 1))


def _cause_name(rec: "Recognizer", s: int, e: int) -> bool:
    """"Physicians for Human Rights", "Lawyers Without Borders": a plural noun, "for/without/against" and
    capitalised words. People's names hold no such word; a body of people for a cause does."""
    first = rec.words[s]
    return e - s >= 3 and len(first) > 3 and first.endswith("s") and not first.endswith("ss") \
        and rec.lowers[s + 1] in _CAUSE_WORDS and s not in rec.layers.lexicon and s not in rec.layers.proper


def acronym_body(word: str) -> bool:
    """Is ``word`` shaped like a body's acronym ("KLPF", "ZANOC", a party's "MDP-KF")? Two to eight
    capitals, with at most one hyphenated part of one to four capitals, none of a few all-capital words
    that are no body (CEO, OK, TV, time zones, Roman numerals)."""
    return _ACRONYM_SHAPE.fullmatch(word) is not None and word not in _NOT_BODIES


def acronym_run(rec: "Recognizer", i: int, end: int) -> str | None:
    """The acronym the tokens ``i`` … ``end - 1`` spell with no space inside ("MDP", "-", "KF" is "MDP-KF"),
    or None when they are no acronym of a body (:func:`acronym_body`)."""
    if end - i not in (1, 3) or any(rec.doc[k].whitespace_ for k in range(i, end - 1)):
        return None
    word = "".join(rec.words[i:end])
    return word if acronym_body(word) else None


#: Words after "the ACRONYM" that make it the subject of a clause ("the VSB has detained").
#: ("is"/"was" are left out: "the GERD was a source of cooperation" speaks of a thing.)
_SUBJECT_AUXILIARIES = frozenset({"has", "have", "had", "will", "would", "plans"})


def _names_a_thing(text: str, acronym: str) -> bool:
    """Is the acronym given in brackets after the name of a structure or place ("Renaissance Dam (GERD)")?"""
    found = re.search(r"(\w+)\s*\(" + re.escape(acronym) + r"\)", text)
    return found is not None and found.group(1) in THING_HEADS


def acronym_acts(rec: "Recognizer", i: int, end: int, reporting_verbs: frozenset[str]) -> bool:
    """Does the acronym at ``i`` … ``end - 1`` stand where a body acts or speaks? Before a reporting verb
    ("MDP-KF said"); after "the" before a past-tense verb or an auxiliary ("the VSB detained", "the TRZ
    has"); or after "according to" ("according to the QRF"). A bare acronym anywhere else (a headline,
    a unit, a model name) is left alone."""
    nxt = rec.lowers[end] if end < rec.n else ""
    before = i - 1 if i > 0 and rec.lowers[i - 1] == "the" else i
    acts = (nxt in reporting_verbs
            or (before >= 2 and rec.lowers[before - 2] == "according" and rec.lowers[before - 1] == "to")
            or (before < i and (nxt in _SUBJECT_AUXILIARIES
                                or (len(nxt) > 4 and nxt.isalpha() and nxt.endswith("ed")))))
    # the word tests first: the bracket test searches the whole text, so it runs only when they pass
    return acts and not _names_a_thing(rec.text, "".join(rec.words[i:end]))


def add_acronym_body(rec: "Recognizer", i: int, end: int | None = None, country: str | None = None,
                     description: tuple[int, int] | None = None) -> None:
    """An acronym the gazetteer does not know standing as the subject of a reporting verb ("the KLPF
    said", "MDP-KF said"): an organisation of that name, of the country in context (``needs_country``,
    as an unknown named body). Every other free use of the same acronym in the article is its mention.

    With ``country`` (from a description in commas, ``companies.described_acronym``) the body has that
    country, and a country named inside the description tokens ``description`` is no actor of its own."""
    end = i + 1 if end is None else end
    if description is not None:
        first, last = rec._span_chars(*description)
        rec.mentions[:] = [m for m in rec.mentions if not (m.kind == "country" and first <= m.start and m.end <= last)]
    word = "".join(rec.words[i:end])
    key = f"named:{word.lower()}"
    for found in re.finditer(r"(?<![\w-])" + re.escape(word) + r"(?![\w-])", rec.text):
        span = rec.doc.char_span(found.start(), found.end())
        if span is None or any(rec.used[k] for k in range(span.start, span.end)):
            continue
        m = rec._add(span.start, span.end, kind="organization", name=word, country=country, key=key)
        m.extra["needs_country"] = country is None
    register_name(rec, word, ("organization", None, key))


def _acronym_after(rec: "Recognizer", e: int) -> int:
    """End of ``(ACRONYM)`` right after ``e``, or ``e`` when there is none."""
    words = rec.words
    if e + 2 < rec.n and words[e] == "(" and words[e + 2] == ")":
        w = words[e + 1]
        if 2 <= len(w) <= 8 and w.isalpha() and w.isupper():
            return e + 3
    return e


def _all_known(rec: "Recognizer", s: int, e: int) -> bool:
    """Is every token of the run a gazetteer phrase or a lexicon word (a title, "Foreign Office")?"""
    k = s
    while k < e:
        hit = rec.layers.proper.get(k)
        if hit is not None:
            k = hit[0]
            continue
        lex = rec.layers.lexicon.get(k)
        if lex:
            k = max(x[0] for x in lex)
            continue
        if rec.words[k] in ("-", "'s", "\u2019s"):
            if k > s and rec.words[k - 1] in _POSSESSIVE_NAME_WORDS:
                return False  # "People's National Assembly": "People's" makes it a name, not two lexicon words
            k += 1
            continue
        return False
    return True


def supranational_name(words: list[str]) -> bool:
    """Does a body's name say it is of no one country: "European …", "International …", "… of West Africa"?
    (Shared by the unknown-name rule here and the named-body rule of the recogniser.)"""
    return bool(words) and words[0] in _SUPRANATIONAL_WORDS or _of_region(words)


def _of_region(words: list[str]) -> bool:
    """Does the name end "of <a region of several countries>" ("… of West Africa", "… of the Sahel")?"""
    name = " ".join(words)
    return any(name.endswith(f" of {region}") for region in _REGIONS)


def _country_inside(rec: "Recognizer", s: int, e: int) -> tuple[str | None, bool]:
    """(country named or implied by a demonym inside the run, or :data:`INTERNATIONAL`; is a known group inside).

    With an organisation noun in the run, only a country before the last one counts: "US Indo-Pacific
    Command" is American, the "United Nations Assistance Mission in Afghanistan" is not Afghan. A known
    international organisation inside ("United Nations …") means no country.
    """
    country, group = None, False
    if _of_region(rec.words[s:e]):
        return INTERNATIONAL, group  # "Economic and Monetary Community of Central Africa": many countries
    if rec.words[s] in _SUPRANATIONAL_WORDS and not any(k in rec.layers.proper for k in range(s + 1, e)):
        return INTERNATIONAL, group  # "the European Space Agency", "the International Cocoa Council"
    heads = [k for k in range(s, e) if rec.words[k] in ORG_HEADS]
    owner_after = None
    if heads:
        # "University of the Philippines", "Armed Forces of Ukraine": the country after "of" owns the body
        k = heads[-1] + 1
        if k < e and rec.lowers[k] == "of":
            k += 2 if k + 1 < e and rec.lowers[k + 1] == "the" else 1
            hit = rec.layers.proper.get(k)
            if hit is not None and hit[0] == e and hit[2].category == COUNTRY_NAME:
                owner_after = hit[2].country
        e = heads[-1]
    k = s
    while k < e:
        hit = rec.layers.proper.get(k)
        if hit is None:
            k += 1
            continue
        entry = hit[2]
        if entry.category in (COUNTRY_NAME, DEMONYM, DEMONYM_PLURAL, CAPITAL) and country is None:
            country = entry.country  # "Cairo University": a capital names the country too
        if entry.category == GROUP_NAME or entry.kind == "group":
            group = True
        elif entry.kind == "organization" and entry.country is None:
            return INTERNATIONAL, group
        k = hit[0]
    return country or owner_after, group


def _country_before(rec: "Recognizer", s: int) -> tuple[int, int, Any] | None:
    """``Country's [official|state|state-run]`` right before ``s``: (start, end, entry) of the country."""
    k = s - 1
    skipped = 0
    while k >= 0 and skipped < 2 and rec.lowers[k] in ("official", "state", "state-run", "ruling", "main"):
        k -= 1
        skipped += 1
    if k < 1 or rec.words[k] not in ("'s", "\u2019s"):
        return None
    for start in range(max(0, k - 3), k):
        hit = rec.layers.proper.get(start)
        if hit is not None and hit[0] == k and hit[2].category in (COUNTRY_NAME, CAPITAL):
            return start, k, hit[2]  # "Taipei's Institute for …": a capital's possessive names the country too
    return None


#: Armed and security services that, written as a proper name after a demonym ("Sudanese Armed Forces",
#: "Philippine Coast Guard", "Indian Army"), are a body of their own; in lower case ("the Indian army")
#: they are the country acting.
FORCE_NOUNS = frozenset({"armed forces", "army", "navy", "air force", "coast guard", "police", "national guard",
                         "border guard", "defence forces", "defense forces", "marines", "defence force",
                         "defense force", "military forces", "military"})


def _named_force(rec: "Recognizer", s: int, e: int) -> bool:
    """Is ``s:e`` a demonym or country name and a capitalised armed service ("Sudanese Armed Forces")?"""
    hit = rec.layers.proper.get(s)
    if hit is None or hit[2].category not in (COUNTRY_NAME, DEMONYM):
        return False
    k = hit[0]
    lex = rec.layers.lexicon.get(k)
    return bool(lex) and any(end == e and phrase in FORCE_NOUNS for end, _, phrase in lex) \
        and all(w[:1].isupper() for w in rec.words[k:e])


def org_name_starts(rec: "Recognizer", i: int) -> bool:
    """Does an organisation's name (capitalised run ending in an organisation noun) start at ``i``?

    Lets a title stop short: in "Chile's official Andean Press Agency", "Andean" is no person.
    """
    if i >= rec.n or not _capitalised(rec.words[i]):
        return False
    e = _span(rec, i)
    return e - i >= 2 and (rec.words[e - 1] in ORG_HEADS or _head_then_complement(rec, i, e)) \
        and not _all_known(rec, i, e)


def body_name_follows(rec: "Recognizer", i: int) -> bool:
    """Does a capitalised run ending in an organisation noun and then a comma start at ``i``
    ("Bolivian Electoral Tribunal, ")? Known words allowed: a title "of the <Demonym> …" stops there."""
    if i >= rec.n or not _capitalised(rec.words[i]):
        return False
    e = _span(rec, i)
    return e - i >= 2 and (rec.words[e - 1] in ORG_HEADS or _head_then_complement(rec, i, e)) \
        and e < rec.n and rec.words[e] == ","


def later_mention_at(rec: "Recognizer", i: int) -> int:
    """A name or acronym recognised earlier ("Georgian Dream", "UNAMA") used again at ``i``; end token or 0."""
    w = rec.words[i]
    if not rec.named_orgs or w not in rec.named_first_words:
        return 0
    text = rec.text
    start = rec.view.start[i]
    for name in sorted(rec.named_first_words[w], key=len, reverse=True):
        if not text.startswith(name, start):
            continue
        span = rec.doc.char_span(start, start + len(name))
        if span is None or any(rec.used[k] for k in range(span.start, span.end)):
            continue
        kind, country, key = rec.named_orgs[name]
        canonical = next(n for n, v in rec.named_orgs.items() if v[2] == key)
        rec._add(span.start, span.end, kind=kind, name=canonical, country=country, key=key)
        return span.end
    return 0


def register_name(rec: "Recognizer", name: str, value: tuple[str, str | None, str]) -> None:
    """Remember a name or acronym of a body for its later uses in the article (:func:`later_mention_at`)."""
    rec.named_orgs.setdefault(name, value)
    rec.named_first_words.setdefault(name.split()[0], [])
    if name not in rec.named_first_words[name.split()[0]]:
        rec.named_first_words[name.split()[0]].append(name)


def named_org_at(rec: "Recognizer", i: int) -> int:
    """Recognise an unknown named organisation starting at token ``i``; the end token, or 0."""
    if rec.used[i] or not _capitalised(rec.words[i]):
        return 0
    if i > 0 and not rec.used[i - 1] and _capitalised(rec.words[i - 1]) and not rec.view.sent_start[i - 1]:
        return 0  # not the start of the run
    e = _span(rec, i)
    if e <= i:
        return 0
    company = _company_name(rec, i, e)
    if ORG_HEADS.isdisjoint(rec.words[i:e]) and not (e < rec.n and rec.lowers[e] in _NAME_ENDING_NOUNS) \
            and _acronym_after(rec, e) == e and not _cause_name(rec, i, e) and not company:
        # the common case, settled early: a run with no organisation noun, no party noun or mission after it,
        # no acronym in brackets and no cause ("Physicians for …") is no body by any test below
        return 0
    if _voice_of_country(rec, i, e):
        return 0
    if all(w.isupper() for w in rec.words[i:e] if w.isalpha()) and _acronym_after(rec, e) > e:
        return 0  # "ROME (AP) —": a dateline's city and wire, not a body and its acronym
    if rec.words[e - 1] not in ORG_HEADS and _acronym_after(rec, e) == e and not company:
        # "the Rift Research Institute in Nairobi": the name ends at its noun, the place follows
        cut = next((k for k in range(e - 2, i, -1) if rec.words[k] in ORG_HEADS and rec.lowers[k + 1] in ("in", "at")),
                   None)
        if cut is not None:
            e = cut + 1
    end = _acronym_after(rec, e)
    head = rec.words[e - 1]
    party = end == e and e < rec.n and rec.lowers[e] in PARTY_NOUNS and _capitalised(rec.words[e - 1])
    if not party and end == e and e < rec.n and rec.lowers[e] in NAMED_NOUNS and e - i >= 2 \
            and all(w.isalpha() and w[:1].isupper() for w in rec.words[i:e]) \
            and not any(k in rec.layers.proper for k in range(i, e)):
        party = True  # "the Multinational Security Support mission": a name of its own words only
    if head in THING_HEADS and head not in ORG_HEADS and not party:
        return 0  # "the Grand Ethiopian Renaissance Dam (GERD)": a structure or place, never a speaker
    if i > 0 and rec.lowers[i - 1] in ("its", "their", "his", "her"):
        return 0  # "its Peace and Security Council": an organ of the actor in focus, not a new actor
    if i > 1 and rec.words[i - 1] in ("'s", "\u2019s") and rec.lowers[i - 2] in _BLOC_NOUNS:
        return 0  # "the bloc's Council of Ministers": likewise, an organ of the bloc named before
    if end == e and not party and e < rec.n and rec._lex(e, ("role",)) is not None:
        return 0  # "African Union Commission chairperson …": part of a person's title
    if end == e and head not in ORG_HEADS and not party and not _head_then_complement(rec, i, e) \
            and not _cause_name(rec, i, e) and not company:
        return 0
    if e - i < 2 and end == e and not party:
        return 0  # a lone "Command" or "Council" is no name
    if _all_known(rec, i, e) and not _named_force(rec, i, e):
        return 0  # "Foreign Office", "European Council", "UN Security Council": the gazetteer's and chain's
    name = rec.view.span_text(i, e + 1) if party and rec.lowers[e] in ARMED_NOUNS | NAMED_NOUNS \
        else rec.view.span_text(i, e)
    inner_country, has_group = _country_inside(rec, i, e)
    before = _country_before(rec, i)
    international = inner_country == INTERNATIONAL
    country = before[2].country if before is not None else (None if international else inner_country)
    if company and country is None and end == e:
        # "Zeta Logistics, a Kenyan shipping firm,": the description says whose company it is
        described = described_body(rec, i, e)
        country = described[0] if described is not None else None
    kind = "group" if has_group or any(w in _GROUP_WORDS for w in rec.words[i:e]) \
        or (party and rec.lowers[e] in ARMED_NOUNS) \
        or (head in _ARMED_HEADS and inner_country is None and before is None) else "organization"
    # "the Arakan Army", "the Kachin Independence Army", "the Azawad Defence Forces": an army or forces named
    # after no country are an armed group ("the Indian Army", "Israel Defense Forces" are a state's: see
    # _named_force and _country_inside)
    if before is not None and not rec.used[before[0]]:
        rec._add(before[0], before[1], kind="country", name=before[2].name, country=before[2].country,
                 key=f"country:{before[2].country}")
    stop = e + 1 if party else e
    key = f"named:{name.lower()}"
    m = rec._add(i, stop, kind=kind, name=name, country=country, key=key)
    if kind == "organization" and country is not None and (head in ("Party", "Movement") or (party and rec.lowers[e] in PARTY_NOUNS)):
        m.extra["own_voice"] = "party"  # a party speaks for itself, not for its country (stances keep it apart)
    if country is None and not international and not (party and rec.lowers[e] in NAMED_NOUNS) and not company:
        # a mission or operation is seldom one country's; nor is a company the country in focus's: an
        # airline or shipper in a story datelined elsewhere is of its own country, which only its
        # description says ("Piraeus-based …", based_bodies.py)
        m.extra["needs_country"] = True
    if end > e:
        rec._add(e + 1, e + 2, kind=kind, name=name, country=country, key=key)
        for k in (e, e + 2):
            rec.used[k] = 1
    register_name(rec, name, (kind, country, key))
    if end > e:
        register_name(rec, rec.words[e + 1], (kind, country, key))
    return max(end, stop)


# Imported last, as a module: ``recognize`` imports this one, and its names are read at call
# time (an import statement inside a function costs more than the function's own test).
from . import recognize as _recognize  # noqa: E402
