"""From raw mentions to one Actor per real entity.

Steps, each a small function:

1. :func:`cluster` groups mentions by key; persons merge on the surname
   ("President Erdogan" with "Recep Tayyip Erdogan").
2. :func:`add_name_mentions` finds the later bare surnames and full names.
3. :func:`assign_known_offices` gives a person the office-holder table knows the
   country or organisation of that office at the article's date;
   :func:`assign_focus_countries` gives other titled persons without a country in the
   title a country from context (subject of the previous sentence, main country, focus).
4. :func:`resolve_anaphors` links pronouns, role phrases and "the ministry" with
   :class:`reactlib.linking.ActorLinker`, the same linker later extractors use.
5. :func:`finish` drops countries only ever mentioned by a bare adjective, removes
   overlapping mentions and numbers actors a1, a2, … in order of first mention.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import compress
from typing import Any, NamedTuple

from attrs import define, field

from ..linking import ActorLinker
from ..tokens import token_view
from ..types import Actor
from .dateline import DATELINE_GUESS
from .gazetteer import CAPITAL, COUNTRY_NAME, SEAT, Gazetteer
from .holders import office_holders
from .recognize import REPORTING_VERBS, Mention
from .textspans import QuoteIndex, quoted_spans


#: Sentences (this one and the one before) in which an untitled speaker's country is looked for.
FOCUS_LOOKBACK = 2
#: A main country needs this many mentions …
MAIN_MIN_MENTIONS = 3
#: … and this many times the mentions of the next country.
MAIN_LEAD = 1.5


#: "<speaker> said [that] ": what follows is the speaker's report (see :func:`assign_focus_countries`).
_SAID_THAT = re.compile(r",? (?:said|says|told reporters|stressed|insisted|added) (?:that |on \w+ that )?")
#: "said through a spokeswoman": the words right before a title its sentence's subject speaks through.
_THROUGH = re.compile(r"\bthrough (?:a|an|its|the|his|her) $")
#: The country word after "said" (:func:`assign_focus_countries`), then what it will or is ready to do.
_COUNTRY_WORD_THEN = re.compile(r"(?:the )?[A-Z][\w'.-]*(?: [A-Z][\w'.-]*)* ")
_COMMITMENT = re.compile(r"(?:would|will|could|can|intends|intended|plans|planned|wants|wanted|"
                         r"(?:is|was|remains|remained|stands|stood) (?:ready|committed|prepared|willing|open))\b")

#: Working notes on a cluster that are not part of the output.
_INTERNAL = frozenset({"title_opens", "office_known", "needs_country", "any_title", "country_anaphor",
                       "place_country", "owner_title", DATELINE_GUESS})


@define
class Cluster:
    """An actor under construction."""

    kind: str
    name: str
    key: str
    country: str | None = None
    role: str | None = None
    organization: str | None = None
    anonymous: bool = False
    strong: bool = False
    mentions: list[tuple[int, int]] = field(factory=list)
    names: list[str] = field(factory=list)
    extra: dict = field(factory=dict)
    first_title: int | None = None

    def read_as_body(self) -> None:
        """A "person" the recogniser made of a body's name ("the Mombasa-based Coastal Hope said",
        "Shipping line Baltic Star said") becomes an organisation; what only a person has (a gender,
        a place they are from) goes with the misreading (shared by based_bodies.py and category_names.py)."""
        self.kind = "organization"
        self.extra.pop("gender", None)
        self.extra.pop("place_country_own", None)

    def add(self, m: Mention) -> None:
        self.mentions.append((m.start, m.end))
        self.strong = self.strong or not m.weak
        self.country = self.country or m.country
        self.role = self.role or m.role
        self.organization = self.organization or m.organization
        if m.kind == "person":
            self.names.append(m.name)
            if len(m.name) > len(self.name):
                self.name = m.name
            if self.first_title is None and m.extra.get("speaker_position"):
                self.first_title = m.extra["title_start"]
                if m.extra.get("place_country"):
                    self.extra["place_country"] = m.extra["place_country"]
                if m.extra.get("owner_title"):
                    self.extra["owner_title"] = m.extra["owner_title"]
            if m.extra.get("title_start") is not None:
                self.extra.setdefault("any_title", m.extra["title_start"])
        if m.kind == "person" and m.extra.get("title_opens") and self.first_title == m.extra.get("title_start"):
            self.extra["title_opens"] = True
        if m.kind == "person" and m.extra.get("gender") and "gender" not in self.extra:
            self.extra["gender"] = m.extra["gender"]
        if "organ" in m.extra:
            self.extra.setdefault("organs", [])
            if m.extra["organ"] not in self.extra["organs"]:
                self.extra["organs"].append(m.extra["organ"])
        if m.extra.get("parent"):
            self.extra["parent"] = m.extra["parent"]
        if m.extra.get("portfolio"):
            self.extra["portfolio"] = m.extra["portfolio"]
        if m.extra.get("own_voice"):
            self.extra["own_voice"] = m.extra["own_voice"]
        if m.extra.get("needs_country") and self.first_title is None:
            self.first_title = m.start
            self.extra["needs_country"] = True
            if m.extra.get("country_anaphor"):
                self.extra["country_anaphor"] = True
        if m.kind == "country" and m.extra.get("institution"):
            self.extra.setdefault("institutions", [])
            if m.extra["institution"] not in self.extra["institutions"]:
                self.extra["institutions"].append(m.extra["institution"])
        if m.kind == "organization" and m.detail:
            self.extra["institution"] = m.detail


def new_named_person(text: str, name: str, span: tuple[int, int], taken: list[tuple[int, int]],
                     country: str | None = None) -> Cluster:
    """A person the recogniser missed, named ``name`` at ``span``, with the later mentions of the
    surname that no span of ``taken`` covers (shared by the aide and described-witness rules)."""
    person = Cluster(kind="person", name=name, key=f"person:{name}", country=country, strong=True)
    person.names.append(name)
    person.mentions.append(span)
    surname = name.split()[-1]
    person.mentions.extend((u.start(), u.end()) for u in re.finditer(rf"\b{re.escape(surname)}\b", text)
                           if u.start() > span[1] and not any(s <= u.start() < e for s, e in taken))
    return person


def cluster_at(clusters: list[Cluster], start: int, end: int, kinds: tuple[str, ...]) -> Cluster | None:
    """The first cluster of one of ``kinds`` with a mention overlapping ``start``-``end``: the actor a
    pattern's span already names, if any (shared by the principal-spokesman and based-member rules)."""
    for c in clusters:
        if c.kind in kinds and any(s < end and start < e for s, e in c.mentions):
            return c
    return None


#: Words after a name that are no part of the family name ("John G. Roberts Jr.").
_NAME_SUFFIXES = frozenset({"Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"})
#: Particles of a family name ("Bill de Blasio", "Lula da Silva", "Hugo de Jonge", "von der Leyen"): a
#: name that is only particles and a family name ("De Blasio", "Da Silva") gives no first name.
_SURNAME_PARTICLES = frozenset({"de", "da", "do", "dos", "das", "di", "del", "della", "van", "von", "der",
                                "den", "le", "la", "du", "ter", "ten", "al", "el", "dela"})


@lru_cache(maxsize=4096)
def _name_words(name: str) -> tuple[str, ...]:
    parts = name.split()
    while len(parts) > 1 and parts[-1] in _NAME_SUFFIXES:
        parts.pop()
    return tuple(parts)


def _surname(name: str) -> str:
    """The family name: the last word (a "Jr." aside), or the first of a name written family name first
    ("Kim Jong Un")."""
    parts = _name_words(name)
    if not parts:
        return name
    return parts[0] if office_holders().family_first(name) else parts[-1]


def _given(name: str) -> list[str]:
    """The given names, without the particles of the family name ("Bill de Blasio": Bill; "De Blasio": none)."""
    parts = _name_words(name)
    if office_holders().family_first(name):
        return list(parts[1:])
    given = list(parts[:-1])
    while given and given[-1].lower() in _SURNAME_PARTICLES:
        given.pop()
    return given


#: Particles of an Arabic patronymic name: "Tamim bin Hamad Al Thani" is Tamim, son of Hamad.
_PATRONYMIC = frozenset({"bin", "bint", "ibn"})
_PATRONYMIC_HINT = re.compile(r" (?:bin|bint|ibn) ")


@lru_cache(maxsize=4096)
def _patronymic(name: str) -> tuple[str, str] | None:
    """(given name, father's name) of a name built with bin/bint/ibn, else None.

    Such a person is called by the given name ("Sheikh Tamim", "Prince Faisal"), never by the last
    word, and the name may be cut after the father's ("Faisal bin Farhan" for "Faisal bin Farhan Al
    Saud"), so the surname rule cannot tell these forms are one person.
    """
    parts = name.split()
    for i in range(1, len(parts) - 1):
        if parts[i] in _PATRONYMIC:
            return parts[0], parts[i + 1]
    return None


def _same_patronymic(a: str, b: str) -> bool | None:
    """Do two names denote one person by the patronymic rule? None when neither is such a name."""
    if not (_PATRONYMIC_HINT.search(a) or _PATRONYMIC_HINT.search(b)):
        return None
    pa, pb = _patronymic(a), _patronymic(b)
    if pa is None and pb is None:
        return None
    if pa is not None and pb is not None:
        return pa == pb
    full, other = (pa, b) if pa is not None else (pb, a)
    return other == full[0]


def _same_person(cluster: Cluster, name: str) -> bool:
    holders = office_holders()
    known_a, known_b = holders.canonical(cluster.name), holders.canonical(name)
    if known_a is not None and known_b is not None:
        return known_a == known_b
    by_patronymic = _same_patronymic(cluster.name, name)
    if by_patronymic is not None:
        return by_patronymic
    if _surname(cluster.name) != _surname(name):
        return False
    a, b = _given(cluster.name), _given(name)
    return not a or not b or a[0] == b[0] or _double_family_name(a, b)


def _double_family_name(a: list[str], b: list[str]) -> bool:
    """Is one name the other's last words ("Atanga Nji" of "Paul Atanga Nji")?

    Why: a person with a double family name is called by both words ("Vargas Llosa said"), so the word
    before the surname is no given name to compare; the shorter form is the full name's tail.
    """
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return len(short) < len(long_) and long_[len(long_) - len(short):] == short


def cluster(mentions: list[Mention]) -> tuple[list[Cluster], list[Mention]]:
    """(clusters, anaphor mentions left for the linker)."""
    clusters: list[Cluster] = []
    by_key: dict[str, Cluster] = {}
    persons: list[Cluster] = []
    anaphors: list[Mention] = []
    for m in mentions:
        if m.kind == "anaphor":
            anaphors.append(m)
            continue
        if m.kind == "person" and not m.anonymous:
            target = next((c for c in reversed(persons) if _same_person(c, m.name)), None)
            if target is None:
                target = Cluster(kind="person", name=m.name, key=m.key)
                persons.append(target)
                clusters.append(target)
            target.add(m)
            continue
        target = by_key.get(m.key)
        if target is None:
            target = Cluster(kind=m.kind, name=m.name, key=m.key, anonymous=m.anonymous)
            by_key[m.key] = target
            clusters.append(target)
        target.add(m)
    return clusters, anaphors


def add_name_mentions(clusters: list[Cluster], doc: Any, taken: bytearray, text: str | None = None) -> None:
    """Every later full name or bare surname of a known person is a mention of that person."""
    persons = [c for c in clusters if c.kind == "person" and not c.anonymous]
    if not persons:
        return
    by_surname: dict[str, list[Cluster]] = {}
    holders = office_holders()
    for c in persons:
        keys = {_surname(name) for name in {c.name, *c.names}}
        keys |= {p[0] for p in map(_patronymic, {c.name, *c.names}) if p is not None}  # "Tamim said"
        canonical = holders.canonical(c.name)
        if canonical is not None:  # "Lula" for Luiz Inacio Lula da Silva
            keys |= {alias for alias in (w.strip(".,") for n in c.names for w in n.split())
                     if alias.casefold() in holders.single_aliases(canonical)}
            keys |= {w for w in canonical.split() if w.casefold() in holders.single_aliases(canonical)}
            # every spelling of the surname the table knows ("Araqchi" for Abbas Araghchi); a name two
            # people share goes, as any shared surname, to the one introduced last before it
            keys |= {f for f in holders.single_alias_forms(canonical) if f[:1].isupper()}
        for key in keys:
            by_surname.setdefault(key, [])
            if c not in by_surname[key]:
                by_surname[key].append(c)
    text = doc.text if text is None else text
    first_at = {id(c): min(c.mentions)[0] if c.mentions else len(text) for c in persons}
    token_starts: dict[int, int] | None = None
    # the shared token view's lists, not a spaCy Token per token (see reactlib.tokens)
    view = token_view(doc, text)
    # the tokens that are some person's name key, found by C-level look-ups (no Python step per token)
    for i in compress(range(len(view.text)), map(by_surname.__contains__, view.text)):
        word = view.text[i]
        if taken[i] or not word[:1].isupper():
            continue
        idx, end = view.start[i], view.end[i]
        candidates = by_surname[word]
        # the person with this surname introduced last before here; else the first one
        before = [c for c in candidates if first_at[id(c)] < idx]
        chosen = max(before, key=lambda c: first_at[id(c)]) if before else candidates[0]
        start_tok = i
        for name in sorted({chosen.name, *chosen.names}, key=len, reverse=True):
            first = name.split()
            if len(first) > 1:
                begin = end - len(name)
                if begin >= 0 and text[begin:end] == name:
                    if token_starts is None:
                        token_starts = {start: k for k, start in enumerate(view.start)}
                    if begin not in token_starts:
                        continue
                    if not any(taken[k] for k in range(token_starts[begin], i)):
                        start_tok = token_starts[begin]
                        break
        while start_tok == i and i > 0 and not taken[i - 1] and view.lower[i - 1] in _SURNAME_PARTICLES \
                and any(f" {view.lower[i - 1]} {word}" in f" {n.lower()}" for n in {chosen.name, *chosen.names}):
            start_tok = i - 1  # "Da Silva", "De Jonge": the particle belongs to the mention
        chosen.mentions.append((view.start[start_tok], end))
        for k in range(start_tok, i + 1):
            taken[k] = 1


class DraftActor(NamedTuple):
    """A cluster as :class:`~reactlib.linking.ActorLinker` reads it while actors are still being built.

    The same fields and values as the :class:`~reactlib.types.Actor` it will become, without
    the record's checks: a linker is made several times per article, and checking every
    draft cost more than the linking. The final actors are checked (:func:`finish`).
    """

    id: str
    name: str
    kind: str
    country: str | None
    role: str | None
    mentions: tuple[tuple[int, int], ...]
    organization: str | None
    anonymous: bool
    extra: dict[str, Any]


class DraftArticle(NamedTuple):
    """The text and draft actors c0, c1, … a linker needs (in place of an Article)."""

    text: str
    actors: tuple[DraftActor, ...]


def _article(text: str, clusters: list[Cluster]) -> Any:
    actors = []
    for n, c in enumerate(clusters):
        actors.append(DraftActor(f"c{n}", c.name, c.kind, c.country, c.role, tuple(_clean_mentions(c)),
                                 c.organization, c.anonymous, _public_extra(c)))
    return DraftArticle(text, tuple(actors))


def _actor(actor_id: str, c: Cluster) -> Actor:
    clean = _clean_mentions(c)
    extra = _public_extra(c)
    return Actor(id=actor_id, name=c.name, kind=c.kind, country=c.country, role=c.role, mentions=clean,
                 organization=c.organization, anonymous=c.anonymous, extra=extra)


def _clean_mentions(c: Cluster) -> list[tuple[int, int]]:
    """The cluster's mentions in order, of two overlapping ones the longer."""
    mentions = sorted(set(c.mentions))
    clean: list[tuple[int, int]] = []
    for s, e in mentions:
        if clean and s < clean[-1][1]:
            if e - s > clean[-1][1] - clean[-1][0]:
                clean[-1] = (s, e)
            continue
        clean.append((s, e))
    return clean


def _public_extra(c: Cluster) -> dict[str, Any]:
    return {k: v for k, v in c.extra.items() if v and k not in _INTERNAL}


def main_country(clusters: list[Cluster]) -> str | None:
    """The country the article is about: clearly the most mentioned one (with its people and bodies), else None.

    "Clearly": at least :data:`MAIN_MIN_MENTIONS` mentions and :data:`MAIN_LEAD` times the runner-up,
    so a story about two countries in conflict has no main country.
    """
    # its people and bodies count too: "Guinean opposition leader Keita … Keita … Keita" is about Guinea
    tally: dict[str, int] = {}
    for c in clusters:
        if c.country and c.strong and not c.anonymous:
            # a body of a country counts once: a story about an agency ("Russian military intelligence"
            # named five times) is not thereby about its country
            tally[c.country] = tally.get(c.country, 0) + (1 if c.kind == "organization" else len(c.mentions))
    counts = sorted(((n, code) for code, n in tally.items()), reverse=True)
    if not counts or counts[0][0] < MAIN_MIN_MENTIONS:
        return None
    if len(counts) > 1 and counts[0][0] < MAIN_LEAD * counts[1][0]:
        return None
    return counts[0][1]


#: Leaders whose bare title ("President Jane Roe", no country word) marks the article's home country.
_HEAD_ROLES = frozenset({"president", "prime minister", "premier", "chancellor", "king", "queen", "emir", "sultan"})
#: A title opening its sentence (or paragraph), then a comma right before the name: "The Minister for …, ".
_TITLE_OPENS_APPOSED = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))((?:The |the )?[A-Z][^,.;:\"\u201c\u201d\n]{2,100}, )$")
#: The head word of a capitalised title ("The Minister for …", "The Director of …").
_TITLE_WORD = re.compile(r"\b(?:Minister|Secretary|Commissioner|Director|Chief|Head|Governor|Ambassador|"
                         r"Spokes(?:man|woman|person)|Chair(?:man|woman|person)?|President)\b")
#: A reporting verb right before a title: "Kenya's foreign ministry said Deputy Minister …".
_REPORTED_BY = re.compile(r"\b(?:said|says|announced|confirmed|reported)(?: that)? $")


def home_country(clusters: list[Cluster]) -> str | None:
    """The country of the one head of state or government the article names by a bare title, else None.

    Why: a local report ("Prime Minister James Doe declared a state of emergency …") names its own
    leader with no country word, while foreign leaders get one ("New Zealand's Foreign Minister").
    When such a story also mentions several donor or neighbour countries, no country is clearly the
    most mentioned, but the leader named bare still says whose story it is. Two countries' leaders
    named that way decide nothing. Used only where the main country would be (see
    :func:`assign_focus_countries`).
    """
    countries = {c.country for c in clusters
                 if c.kind == "person" and c.extra.get("office_known") and c.country and c.organization is None
                 and (c.role or "").lower() in _HEAD_ROLES}
    return countries.pop() if len(countries) == 1 else None


def assign_known_offices(clusters: list[Cluster], year: int | None) -> None:
    """A person the office-holder table knows takes that office's country or organisation at the article's date.

    Only where the title said neither: "Turkish President …" stays Turkish whatever the table says.
    """
    holders = office_holders()
    for c in clusters:
        if c.kind != "person" or c.anonymous or c.country is not None or c.organization is not None:
            continue
        for name in sorted({c.name, *c.names}, key=lambda n: (-len(n), n)):
            tenure = holders.tenure(name, year, c.role)
            if tenure is not None:
                c.country, c.organization = tenure.country, tenure.organization
                c.extra["office_known"] = True
                break


#: Bare nouns for an armed movement ("the rebels said") that stand for the one the article names.
_ARMED_GROUP_NOUNS = frozenset({"rebels", "rebel", "insurgents", "militants", "fighters", "jihadists",
                                "guerrillas", "militia", "militiamen", "paramilitaries"})


def merge_generic_groups(clusters: list[Cluster], gazetteer: Gazetteer) -> list[Cluster]:
    """"The rebels" in an article about the M23 are the M23: each bare armed-group noun joins the named
    armed movement mentioned last before it (the gazetteer's, or one found by its name's shape).
    Without one before it, the noun stays a group of its own.
    """
    armed = [c for c in clusters if c.kind == "group" and c.mentions and (
        (c.key.startswith("org:") and (e := gazetteer.proper.get(c.name)) is not None and e.kind == "group")
        or c.key.startswith("named:"))]
    if not armed:
        return clusters
    firsts = sorted((min(c.mentions)[0], n) for n, c in enumerate(armed))
    kept = []
    for c in clusters:
        if c.kind != "group" or not c.key.startswith("group:") or c.name.lower() not in _ARMED_GROUP_NOUNS \
                or not c.key.endswith("|None"):
            kept.append(c)
            continue
        rest = []
        for s, e in c.mentions:
            before = [n for first, n in firsts if first < s]
            if before:
                armed[before[-1]].mentions.append((s, e))
            else:
                rest.append((s, e))
        if rest:
            c.mentions = rest
            kept.append(c)
    return kept


def assign_governing_kinds(clusters: list[Cluster], gazetteer: Gazetteer, year: int | None) -> None:
    """An armed movement that governs a country at the article's date is an organisation, not a group.

    The gazetteer says from which year (``governs_from``: the Taliban from 2021); an article with no
    date is read as current. Gazetteer organisations that do not speak for their country (parties,
    companies) get their ``own_voice`` mark here too.
    """
    for c in clusters:
        entry = gazetteer.proper.get(c.name)
        if entry is not None and entry.own_voice and c.kind == "organization":
            c.extra["own_voice"] = entry.own_voice  # a party or company of the gazetteer (see Entry)
        if c.kind != "group":
            continue
        if entry is not None and entry.governs_from is not None and (year is None or year >= entry.governs_from):
            c.kind = "organization"
            c.extra["own_voice"] = "governing movement"  # governs, but is not the state's voice in stances


def assign_focus_countries(text: str, clusters: list[Cluster], doc: Any) -> None:
    """A titled person introduced without a country, and not in the office table, gets a country by context.

    In order: the country that is the subject of the previous sentence when the title opens a new
    sentence ("Kenya condemned the attack. Foreign Minister Jane Doe said …"); the article's main
    country (:func:`main_country`; "President Salome Zourabichvili" in a story about Georgia); the
    country in focus (subject of this or the previous sentence). Never simply the country named last.
    """
    _assign_aides(text, clusters)
    pending = [c for c in clusters if c.kind == "person" and c.country is None and c.organization is None
               and c.role and c.first_title is not None and not c.extra.get("office_known")]
    bodies = [c for c in clusters if c.extra.get("needs_country") and c.country is None and c.first_title is not None]
    main = main_country(clusters)
    # no clear main country: the country whose leader the article names by a bare title (home_country)
    home = main or home_country(clusters)
    reported = [c for c in clusters if c.kind == "person" and c.country is None and c.organization is None
                and c.role and c.first_title is None and "any_title" in c.extra and not c.extra.get("office_known")
                and _REPORTED_BY.search(text, max(0, c.extra["any_title"] - 40), c.extra["any_title"])]
    # "The Minister for Trade, Jane Roe, announced …": a title opening the sentence before the apposed name
    # (the title's words may not have been kept as a role: "The Minister for Trade and the Environment, …");
    # each with where its title opens
    apposed = [(c, c.mentions[0][0] - len(m.group(1))) for c in clusters
               if c.kind == "person" and c.country is None and c.organization is None
               and c.mentions and not c.extra.get("office_known") and not c.anonymous
               and not (c.role and c.first_title is not None)
               and (m := _TITLE_OPENS_APPOSED.search(text, max(0, c.mentions[0][0] - 120), c.mentions[0][0]))
               and (c.role.lower() in m.group(1).lower() if c.role else _TITLE_WORD.search(m.group(1)))]
    if pending or bodies or reported or apposed:
        linker = ActorLinker(_article(text, clusters), doc)
    for c, opening in apposed:
        focus = linker.actor(linker.focus(opening, lookback=FOCUS_LOOKBACK))
        if focus is not None and focus.kind == "country" and focus.country:
            c.country = focus.country
        else:
            c.country = home
    for c in reported:
        # "Kenya's foreign ministry said Deputy Minister Jane Roe had summoned …": the country reports on its own
        focus = linker.actor(linker.focus(c.extra["any_title"], lookback=1))
        if focus is not None and focus.kind == "country" and focus.country:
            c.country = focus.country
    for c in bodies:
        # "the National Security Council": the body of the country the sentence is about
        # from where its mention starts: "A spokesman added …" is not its own focus
        start = min([c.first_title] + [s for s, _ in c.mentions if s <= c.first_title])
        focus = linker.actor(linker.focus(start, lookback=FOCUS_LOOKBACK))
        if c.kind == "group" and main is not None:  # an armed group found by its name: the story's country
            c.country = main
        else:
            # a national body of a story with no main country: the home country before the focus (a
            # donor's sentence before "The National Disaster Centre said" does not make it the donor's)
            c.country = (c.kind == "organization" and main is None and home) or (focus.country if focus is not None and focus.country else None) \
                or home
        if c.country is None:  # "the electoral tribunal said counting in Bolivia …": the sentence's one country
            c.country = _sole_country_of_sentence(linker, clusters, c.first_title)
        if c.country is None and c.extra.get("country_anaphor"):
            # "the country's electoral commission": the country named last before it
            named = linker.actor(linker.antecedent(c.first_title, lambda a: a.kind == "country"))
            c.country = named.country if named is not None else None
    country_at = {s: c.country for c in clusters if c.kind == "country" for s, _ in c.mentions}

    def own_government(c: Cluster, commitment: bool = False) -> str | None:
        """The country a speaker reports on right after "said" ("said Brussels would"); with ``commitment``,
        only what it will or is ready to do (a witness saying "Israel had bombed …" is no Israeli)."""
        for _, end in c.mentions:
            m = _SAID_THAT.match(text, end)
            if m is not None and m.end() in country_at:
                if commitment:
                    after = _COUNTRY_WORD_THEN.match(text, m.end())
                    if after is None or not _COMMITMENT.match(text, after.end()):
                        continue
                return country_at[m.end()]
        return None

    for c in clusters:
        # titled but not where a speaker stands ("Soldiers led by Colonel Abdul Kamara"): the main country only
        if c.kind == "person" and c.country is None and c.organization is None and c.role \
                and c.first_title is None and "any_title" in c.extra and not c.extra.get("office_known"):
            c.country = home
        # "Renel Destina said": an untitled named person in a story about one country is most likely of it,
        # unless he reports what a country does ("Ruth Okello said Uganda had …"): he speaks for that one
        if c.kind == "person" and not c.role and not c.anonymous and c.country is None and c.organization is None \
                and not c.extra.get("office_known"):
            c.country = own_government(c, commitment=True) or main
        # "the opposition", "coup leaders": a domestic group with no country is the main country's
        if c.kind == "group" and c.country is None and c.key.endswith("|None") and "-" not in c.name:
            c.country = main
    for c in pending:
        if c.country is not None:  # a bare title placed above as a body of the country in focus
            continue
        focus = linker.actor(linker.focus(c.first_title, lookback=FOCUS_LOOKBACK)) \
            if not c.extra.get("owner_title") else _owner_focus(linker, c.first_title, c.extra["owner_title"])
        if c.extra.get("place_country"):  # "In Beijing, foreign ministry spokeswoman …"
            c.country = c.extra["place_country"]
        elif _THROUGH.search(text, max(0, c.first_title - 30), c.first_title) and focus is not None \
                and focus.kind == "country":
            # "Laos said through a foreign ministry spokeswoman that …": the subject speaks through its person
            c.country = focus.country
        elif c.extra.get("owner_title") and focus is not None and (focus.country or focus.kind != "country"):
            # "Its foreign minister, …", "the group's spokesman …": the owner is the actor in focus (its
            # country as assigned so far: a national body may have been placed above)
            c.country = focus.country or clusters[int(focus.id[1:])].country
            if focus.kind not in ("country", "person"):
                c.organization = focus.name
        elif own_government(c) is not None:
            # "Foreign Minister Maxime Prevot said Brussels would back …": a speaker reporting what his
            # capital or country will do speaks for it
            c.country = own_government(c)
        elif c.extra.get("title_opens") and focus is not None and focus.kind == "country":
            c.country = focus.country
        elif main is not None:
            c.country = main
        else:
            # the focus as assigned so far: a titled person earlier in this loop has a country now
            # ("Gen. Marc Ondo was named leader. Lt. Col. Paul Essono said …")
            focus_id = linker.focus(c.first_title, lookback=FOCUS_LOOKBACK)
            c.country = (clusters[int(focus_id[1:])].country if focus_id else None) or home
        if c.country is None and c.organization is None:
            # last resort: the one country its own sentence names ("Opposition candidate Maria Lopez
            # claimed victory in Bolivia's run-off")
            c.country = _sole_country_of_sentence(linker, clusters, c.first_title)


#: "President X's spokesman, " right before a name: the owner's possessive, then a lower-case post.
_AIDE_BEFORE = re.compile(r"(?:'s|\u2019s) (?:[a-z-]+ ){0,3}[a-z-]+, $")


def _assign_aides(text: str, clusters: list[Cluster]) -> None:
    """"President Shavkat Mirziyoyev's spokesman, Sherzod Asadov,": a person whose post belongs to a named
    person with a country shares that country (and organisation), before any guess from context."""
    owner_at = {e: c for c in clusters if c.kind == "person" and (c.country or c.organization)
                for _, e in c.mentions}
    for c in clusters:
        if c.kind != "person" or c.country is not None or c.organization is not None:
            continue
        for s, _ in c.mentions:
            m = _AIDE_BEFORE.search(text, max(0, s - 60), s)
            owner = owner_at.get(m.start()) if m is not None else None
            if owner is not None and owner is not c:
                c.country, c.organization = owner.country, owner.organization
                break


#: What "the <noun>'s <title>" may belong to ("the group's spokesman" is no country's).
_OWNER_KINDS = {"country": ("country",), "nation": ("country",), "group": ("group", "organization"),
                "movement": ("group", "organization"), "party": ("organization", "group"),
                "junta": ("group", "country"), "alliance": ("organization",), "bloc": ("organization",),
                # "Her sports minister, X,": the leader named before, whose government it is
                "his": ("person",), "her": ("person",)}


def _sole_country_of_sentence(linker: ActorLinker, clusters: list[Cluster], position: int) -> str | None:
    start, end = linker.sentence_bounds(position)
    found = {c.country for c in clusters if c.kind == "country" and c.strong
             for s, _ in c.mentions if start <= s < end}
    return found.pop() if len(found) == 1 else None


def _owner_focus(linker: ActorLinker, position: int, owner: str) -> Any:
    """The actor a fronted "its"/"their"/"the group's" title belongs to: the nearest fitting actor before
    it (a person only for "his"/"her": "Her sports minister" is the leader's named before)."""
    kinds = _OWNER_KINDS.get(owner, ("country", "organization", "group"))
    return linker.actor(linker.antecedent(position, lambda a: a.kind in kinds))


def resolve_anaphors(text: str, clusters: list[Cluster], anaphors: list[Mention], doc: Any,
                     gazetteer: Gazetteer) -> None:
    """Attach pronouns (outside quotations), role phrases and "the ministry" to actors."""
    quotes = QuoteIndex(quoted_spans(text))
    linker = ActorLinker(_article(text, clusters), doc, gazetteer)
    index = {f"c{n}": c for n, c in enumerate(clusters)}
    for m in anaphors:
        if m.detail == "pronoun" and quotes.inside(m.start):
            continue
        found = linker.resolve(m.start, m.end)
        if found is not None:
            index[found].mentions.append((m.start, m.end))
            continue
        placed = linker.located_country(m.start) if m.detail == "institution" else None
        if placed is not None and _acts(text, m.start, m.end):
            # "In Quito, the foreign ministry said …": the place's country speaks, named or not before;
            # "the US embassy in Tashkent urged the authorities": the host's government is urged
            key = f"country:{placed}"
            owner = next((c for c in clusters if c.key == key), None)
            if owner is None:
                owner = Cluster(kind="country", name=gazetteer.countries.get(placed, placed), key=key,
                                country=placed)
                clusters.append(owner)
            owner.mentions.append((m.start, m.end))
            owner.strong = True
            linker = ActorLinker(_article(text, clusters), doc, gazetteer)
            index = {f"c{n}": cl for n, cl in enumerate(clusters)}
            continue
        if m.detail == "role" and m.country and "country_span" in m.extra \
                and (not _role_acts(text, m) or m.extra.get("seat_owner")):
            # "an attack wounded Chile's head of mission": nobody to report on, but Chile is named;
            # "Beijing's envoy said": an unnamed official of a seat of power speaks for its government
            if m.extra.get("seat_owner") and _role_acts(text, m):
                m.extra["country_span"] = (m.start, m.end)
            key = f"country:{m.country}"
            owner = next((c for c in clusters if c.key == key), None)
            if owner is None:
                owner = Cluster(kind="country", name=gazetteer.countries.get(m.country, m.country), key=key,
                                country=m.country)
                clusters.append(owner)
            owner.mentions.append(m.extra["country_span"])
            said = gazetteer.proper.get(text[m.extra["country_span"][0]:m.extra["country_span"][1]])
            owner.strong = owner.strong or bool(m.extra.get("seat_owner")) or (
                said is not None and said.category in (COUNTRY_NAME, CAPITAL, SEAT))
            linker = ActorLinker(_article(text, clusters), doc, gazetteer)
            index = {f"c{n}": cl for n, cl in enumerate(clusters)}
            continue
        if m.detail == "role" and m.country and m.role and _INSTITUTION_END.search(m.role) and m.role[:1].isupper():
            # "Mongolia's General Election Commission": a body's name read as a title ("General …")
            key = f"named:{m.role.lower()}"
            body = next((c for c in clusters if c.key == key), None)
            if body is None:
                body = Cluster(kind="organization", name=m.role, key=key, country=m.country, strong=True)
                clusters.append(body)
            body.mentions.append((m.start, m.end))
            short = _ACRONYM_AFTER.match(text, m.end)
            if short is not None:  # "(GEC)" right after it: the acronym's actor is this body
                for other in [c for c in clusters if c.kind == "organization" and c.name == short.group(1)]:
                    body.mentions.extend(other.mentions)
                    clusters.remove(other)
            linker = ActorLinker(_article(text, clusters), doc, gazetteer)
            index = {f"c{n}": cl for n, cl in enumerate(clusters)}
            continue
        if m.detail == "role" and (m.country or m.organization) and m.role and _role_acts(text, m):
            if m.organization:  # the organisation is already in the role: "United Nations chief"
                name = m.role if m.organization in m.role or m.role.split()[0].isupper() else m.name
            else:
                adjective = gazetteer.demonym_of.get(m.country or "")
                words = m.role.split()
                if any(" ".join(words[:k]) in gazetteer.proper for k in (1, 2, 3)):
                    adjective = None  # the seat of power is in the role already: "Pentagon press secretary"
                    name = m.role
                else:
                    name = f"{adjective} {m.role}" if adjective else m.name
            c = Cluster(kind="person", name=name, key=f"role:{name.lower()}", country=m.country, role=m.role,
                        organization=m.organization, strong=True, mentions=[(m.start, m.end)])
            c.extra["unnamed"] = True
            clusters.append(c)
            linker = ActorLinker(_article(text, clusters), doc, gazetteer)
            index = {f"c{n}": cl for n, cl in enumerate(clusters)}


#: The last word of a body's name: a "title" ending so is a body ("General Election Commission").
_INSTITUTION_END = re.compile(r"\b(?:Commission|Council|Committee|Assembly|Court|Tribunal|Office|Ministry|Agency|"
                              r"Authority|Service|Bank|Party|Secretariat|Directorate|Bureau|Inspectorate)$")


_ACRONYM_AFTER = re.compile(r"\s{0,3}\(([A-Z][A-Z0-9&-]{1,9})\)")


#: Words that may stand between a group and its verb ("West African leaders on Thursday condemned").
_BETWEEN = frozenset({"on", "have", "has", "had", "also", "will", "would", "swiftly", "quickly", "jointly",
                      "sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "later",
                      "earlier", "then", "too", "all", "both"})
#: Words before a group that make it the object of a stance ("called on the international community").
_BEFORE = frozenset({"on", "the", "to", "upon"})


def _word_list(text: str) -> list[str]:
    return [w.strip(".,;:!?\"'()\u201c\u201d\u2019").lower() for w in text.split()]


def _acts(text: str, start: int, end: int) -> bool:
    """Is the mention the subject of a reporting/stance verb, or its direct object ("urged the West")?

    Between the subject and its verb may stand a relative clause ("Western governments, which have
    invested heavily, urged …") and a second subject ("Western governments and the African Union on
    Thursday welcomed …").
    """
    tail = text[end:end + 200]
    if tail.startswith((", which ", ", who ")):
        close = tail.find(",", 2)
        tail = tail[close + 1:] if close > 0 else ""
    raw = tail[:100].split()[:9]
    after = _word_list(" ".join(raw))
    joined = False
    subject_pending = False  # after "and", a second subject must come before the verb
    second = 0  # words of that second subject ("and Western powers", "and the African Union")
    for w, r in zip(after, raw):
        if w in REPORTING_VERBS:
            return not subject_pending
        if w == "and" and not joined:
            joined = subject_pending = True
            continue
        if joined and second < 4 and w not in _BETWEEN and not r.endswith(",") \
                and (subject_pending or r[:1].isupper() or w == "the" or second):
            subject_pending = subject_pending and w == "the"
            second += 1
            continue
        if w not in _BETWEEN or subject_pending:
            break
    before = _word_list(text[max(0, start - 40):start])[-3:]
    for w in reversed(before):
        if w in REPORTING_VERBS:
            return True
        if w not in _BEFORE:
            break
    return False


#: Words before a role phrase that make it the object of something, not someone reported on.
_OBJECT_BEFORE = frozenset({"of", "for", "against", "by", "from", "at", "into", "on", "killed", "wounded",
                            "injured", "detained", "arrested", "kidnapped", "expelled", "summoned", "replaced",
                            "sacked", "fired", "dismissed", "appointed", "named",
                            # "ordered Chile's ambassador home", "to recall Peru's ambassador": an envoy moved
                            "ordered", "recall", "recalled", "recalling", "withdrew", "withdraw", "expel",
                            "expelling", "summon", "summoning"})


def _role_acts(text: str, m: Mention) -> bool:
    """May a role phrase with no holder in the text stand for a person of its own?

    Not where it is only the object of a deed or a preposition: "an attack wounded Chile's head
    of mission", "the resignation of the Peruvian defence minister" report on nobody who acts.
    A reporting or stance verb makes it act whatever stands before it ("urged the Chadian president").
    """
    if _acts(text, m.start, m.end):
        return True
    before = _word_list(text[max(0, m.start - 30):m.start])
    before = [w for w in before if w not in ("the", "a", "an")][-1:]
    return not before or before[-1] not in _OBJECT_BEFORE


def _keep_group(text: str, c: Cluster, quotes: QuoteIndex) -> bool:
    """A group is an actor when it appears outside quotations; a collective ("the West",
    "Western governments") only when it also acts there: subject or object of a reporting or stance verb.
    """
    outside = [(s, e) for s, e in c.mentions if not quotes.inside(s)]
    if not outside:
        return False
    if c.key.startswith("group:") and "|" not in c.key:
        return any(_acts(text, s, e) for s, e in outside)
    return True


def finish(text: str, clusters: list[Cluster]) -> list[Actor]:
    """The final actors: weak-only countries and idle groups dropped, ids in order of first mention."""
    quotes = QuoteIndex(quoted_spans(text))
    kept = [c for c in clusters if c.strong and c.mentions and (c.kind != "group" or _keep_group(text, c, quotes))]
    kept.sort(key=lambda c: (min(c.mentions), c.key))
    return [_actor(f"a{n + 1}", c) for n, c in enumerate(kept)]
