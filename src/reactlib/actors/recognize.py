"""Finding actor mentions in a Doc with gazetteer phrases and token rules.

No statistical model: every mention comes from a rule a reader can check.

- **Titles**: ``[modifier] role [Name]`` — "Turkish Defense Minister Hulusi Akar",
  "Russia's foreign minister Sergei Lavrov", "European Council president Charles
  Michel", "UN Secretary-General Antonio Guterres"; ``role Name of Country``
  ("President Aliyev of Azerbaijan"); appositions ``Name, [the] [modifier] role``
  ("Maas, Germany's foreign minister,").
- **Reporting subjects**: a run of two or more capitalised name words right before
  a reporting verb ("Jane Doe said").
- **Countries**: names, capitals (not after a locative preposition: "in Moscow" is a
  place), seats of power ("the Kremlin"), and demonyms before a government noun
  ("Turkish officials"). A bare demonym ("the Turkish people" aside) is a *weak*
  mention: it counts only if the country is also named.
- **Institutions** of a country ("the Russian foreign ministry") are organisations
  with that country; **groups** are collective phrases ("the international
  community") and group nouns, with a country when a demonym says ("Armenian
  separatists"); **anonymous sources** ("a Turkish diplomatic source") are persons.
- **Anaphors** ("the German foreign minister", "the ministry", "he") are collected
  here and resolved later by :class:`reactlib.linking.ActorLinker`.

When the Doc carries entities from a trained pipeline, PERSON entities next to a
reporting verb or title are taken as names too (extra evidence; rules come first).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from itertools import compress, repeat
from operator import getitem
from typing import Any

from attrs import define, field

from .gazetteer import (CAPITAL, COUNTRY_NAME, DEMONYM, DEMONYM_PLURAL, GROUP_NAME, NON_ACTOR, ORGAN, ORGANIZATION,
                        PERSON_NAME, SEAT, Entry, Gazetteer, anaphor_nouns)
from .matching import Layers
from .holders import office_holders
from .posts import post_described_speaker
from .orgnames import (acronym_acts, acronym_body, acronym_run, add_acronym_body, body_name_follows, later_mention_at, named_org_at, org_name_starts,
                       register_name, supranational_name)
from .speaking import SPEAKING_GROUPS, place_country, speaks
from .briefings import briefing_place
from .companies import described_acronym, described_body
from .portfolios import portfolio_ministry, portfolio_title
from .apposed import description_before, possessed_name
from .roundup_names import heads_roundup_line
from .person_country import definite_person_description
from .coalitions import find_coalitions
from .context import DOMESTIC_GROUPS
from .communities import find_communities
from .descriptive import find_descriptive
from .led import find_led_bodies
from .rulers import RULING_BODIES, ruling_extra, ruling_key
from .seats import SEAT_CITY, resolve_body_seats
from ..linking import ORG_ANAPHORS  # "the bloc": an organisation, not a state; its officials are its own
from ..tokens import token_view, trigger_words

#: Possessives that make a title a post of the person named before ("Her sports minister, X,").
_PERSON_OWNERS = frozenset({"his", "her"})
REPORTING_VERBS = frozenset("""
said says say told tweeted wrote added stated declared warned urged stressed noted insisted announced posted
argued claimed called condemned denounced welcomed accused criticized criticised rejected demanded appealed vowed
pledged threatened expressed responded replied asserted affirmed reiterated commented explained confirmed denied
echoed praised hailed blamed voiced lamented regretted cautioned emphasised emphasized underlined
""".split())

#: Words that may stand between the determiner and the head of an anonymous source.
_LOCATIVE = frozenset({"in", "at", "near", "outside", "from", "to", "into", "across", "around", "toward", "towards",
                       "inside", "via"})
_ROLE_ADJECTIVES = frozenset({"former", "deputy", "acting", "interim", "outgoing", "incoming", "new", "senior", "top",
                              "then", "late", "current", "vice", "first", "chief", "assistant", "junior",
                              # "Hamas political chief …", "ousted President …", "transitional leader …"
                              "political", "spiritual", "transitional", "caretaker", "ousted", "deposed", "detained",
                              "jailed", "exiled", "embattled", "longtime", "veteran", "powerful", "self-declared",
                              "regional", "executive"})
#: Adjectives that rank a country's group without changing it ("Malawi's main opposition").
_RANK_ADJECTIVES = frozenset({"main", "largest", "biggest", "leading", "principal"})
_NAME_PARTICLES = frozenset({"al", "el", "bin", "ibn", "bint", "de", "da", "di", "del", "della", "van", "von", "der",
                             "den", "la", "le", "du", "dos", "das", "ben", "abu", "ter", "zu"})
_NOT_NAMES = frozenset("""
The A An He She It They We I You His Her Its Their Our My Your But And Or In On At For With By From To Of This That
These Those After Before As If When While Meanwhile However Also Yet So Then There Here Who What Which Where Why How
Sunday Monday Tuesday Wednesday Thursday Friday Saturday January February March April May June July August
September October November December Mr Mrs Ms Dr Sir Today Yesterday Tomorrow Earlier Later Last Next According
Under Over Despite Since Until During Both Some Many Most Several Such Each Every No Not Not All Any One Two Three
Military Government Ministry Council Group Union Party Army Police Parliament Congress Senate State States
Command Committee Commission Agency Office Department Court Front Forces Navy Organization Organisation
Association Institute Observatory Company Corporation Bank University News Times Post Television Radio Agency
Authority Assembly Coalition Alliance Movement Brigade Brigades Battalion Guard Guards Service Services
Centre Center Foundation Fund Programme Program Mission Embassy Airlines Airways Press Herald Journal
Fleet Flotilla Sea Seas Ocean Strait Straits Canal River Lake Island Islands Peninsula Mountains Valley Desert
Province Region District County Square Street Avenue Airport Port Harbour Harbor Bridge Dam Hospital Museum
Stadium Palace Hotel Cathedral Mosque Church Temple Year Eve Day Festival Summit Olympics Cup Games
International Crescent Cross Watch Borders
""".split())
#: Words for a place's feature that end no person's name but may end a body's ("Blue Harbour", "Green Valley"):
#: a name run stops before them, and a body description after them still names the run and them.
_FEATURE_WORDS = frozenset("""Harbour Harbor Valley Bridge Port River Lake Island Islands Mountain Mountains Desert
Sea Bay Crescent Cross Hill Hills Coast Field Fields Gate Garden Gardens Springs Forest""".split())
#: Lower-case heads of a description that make the described a body, not a person
#: ("Amnesty International, a rights group, said").
_BODY_NOUNS = frozenset("""
group organisation organization company firm agency body union party network coalition association
monitor watchdog charity ngo movement alliance institute foundation bank newspaper broadcaster daily
outlet channel website platform council committee commission federation club team
""".split())
#: The function words, days, months and honorifics of :data:`_NOT_NAMES`; the rest are organisation words.
_STOP_WORDS = frozenset("""
The A An He She It They We I You His Her Its Their Our My Your But And Or In On At For With By From To Of This That
These Those After Before As If When While Meanwhile However Also Yet So Then There Here Who What Which Where Why How
Sunday Monday Tuesday Wednesday Thursday Friday Saturday January February March April May June July August
September October November December Mr Mrs Ms Dr Sir Today Yesterday Tomorrow Earlier Later Last Next According
Under Over Despite Since Until During Both Some Many Most Several Such Each Every No Not All Any One Two Three
""".split())
_DETERMINERS = frozenset({"the", "a", "an"})
#: Collective phrases that name one group with another phrase: the smugglers of a migrant story are
#: also "the traffickers" and "people smugglers" (round 5).
SAME_GROUP = {w: "smugglers" for w in ("traffickers", "people smugglers", "people traffickers", "human traffickers",
                                       "migrant smugglers", "smuggling gangs", "trafficking gangs")}
#: Words in an unnamed source's phrase that make it an official of the government in focus (round 5).
_GOVERNMENT_SOURCE_WORDS = frozenset({"government", "ministry", "administration", "cabinet", "presidency",
                                      # "A spokesperson added": of the actor in focus (round 6)
                                      "spokesperson", "spokesman", "spokeswoman"})
#: Source words that name the government in focus without naming its country ("an administration official").
_OWN_GOVERNMENT = frozenset({"administration", "government", "cabinet", "presidency"})
#: Words between "a" and an unnamed source's head that name no country ("a senior Western diplomat").
_SOURCE_ADJECTIVES = frozenset({"administration", "cabinet", "presidency", "senior", "western", "gulf", "arab", "european", "african", "asian", "regional",
                                "foreign", "high-ranking", "top", "local", "former", "retired", "security",
                                "intelligence", "military", "government", "diplomatic"})
#: Nouns of "Russia's state nuclear company Rosatom".
_COMPANY_NOUNS = frozenset({"company", "operator", "firm", "corporation", "giant", "utility", "monopoly", "producer",
                            "airline", "carrier", "broadcaster", "agency", "conglomerate", "group", "insurer"})
#: Adjectives that say which government ("the federal government in Mogadishu").
_GOVERNMENT_ADJECTIVES = frozenset({"federal", "central", "national", "transitional", "interim", "caretaker",
                                    "provisional", "military", "civilian", "regional"})
#: Who governs: "the authorities in Conakry" are Guinea's; "the people in Paris" are no actor.
_RULERS = frozenset({"authorities", "government", "officials", "administration", "leadership", "regime",
                     "military", "army", "police", "junta"})
#: Head nouns of named bodies that, after "the", stand for the body named last with that word in its name.
_BODY_HEAD_NOUNS = frozenset({"commission", "council", "committee", "agency", "tribunal", "court", "authority",
                              "institute", "university", "chamber", "bank", "party", "movement", "coalition",
                              "federation", "association", "foundation", "observatory", "bureau", "directorate"})
#: Members who speak for their body: "the judges said" after "the Constitutional Court" is the court.
BODY_MEMBERS = {"judges": "court", "justices": "court", "commissioners": "commission"}
#: "34-year-old" (with any dash) at the start of a description: its subject is a person.
_AGED = re.compile(r"\d{1,3}[-\u2010\u2011\u2013 ]year[-\u2010\u2011\u2013 ]old\b")
#: Words before a run of name words that make it a place or someone talked about, not a speaker.
_PLACE_BEFORE = frozenset({"in", "at", "near", "from", "into", "outside", "inside", "across", "towards", "toward"})
#: "the town of El Fasher": nouns of places whose name follows "of".
_PLACE_NOUNS = frozenset({"town", "city", "village", "province", "region", "district", "state", "port", "island",
                          "county", "municipality", "capital", "area", "camp", "neighbourhood", "neighborhood"})
#: Prepositions after the head noun of a description ("a researcher at the institute").
_DESCRIPTION_LINKS = frozenset({"at", "of", "for", "from", "in", "with", "near", "on"})
#: Institutions a country keeps abroad: "its embassy in London" is not Britain's.
_POSTS_ABROAD = frozenset({"embassy", "mission", "consulate", "delegation"})
#: Plural nouns of people that do not end in "s" ("Indian and Nepali fishermen").
_PEOPLE_NOUNS = frozenset({"people", "men", "women", "children", "fishermen", "police", "personnel", "staff",
                           "crew", "crews", "militia", "youth", "clergy"})
#: Words before a news outlet that make it the channel of someone's words ("told the BBC").
_CHANNEL_WORDS = frozenset({"told", "tell", "telling", "to", "with", "in", "on", "via"})
#: Words before a parliament that make it the place of speaking ("addressing the Knesset").
#: (the channel words included: "a statement to the Bundestag").
_VENUE_WORDS = _CHANNEL_WORDS | {"before", "addressing", "addressed", "address", "inside", "at"}
#: People a government sends or speaks through: "envoys from Brussels" are the EU's (Recognizer._sent_from).
_EMISSARIES = frozenset({"officials", "envoys", "diplomats", "negotiators", "delegates", "delegation",
                         "delegations", "representatives", "emissaries", "mediators", "ministers"})
#: "criticism from Berlin", "the offer from Seoul": after a noun of something said or proposed, a
#: capital after "from" is the government that said it, not a place.
_VOICED_NOUNS = frozenset({"criticism", "condemnation", "rebuke", "rebukes", "praise", "support", "backing",
                           "demand", "demands", "offer", "offers", "proposal", "proposals", "request", "requests",
                           "pressure", "call", "calls", "appeal", "appeals", "accusations", "accusation", "claims",
                           "allegations", "warning", "warnings", "threat", "threats", "protest", "protests",
                           "objections", "backlash", "response", "reaction", "message", "invitation",
                           "congratulations", "condolences", "ultimatum", "complaint", "complaints"})
#: "<place>-based": the place is where something is, not an actor.
_PLACE_SUFFIXES = frozenset({"based", "headquartered", "born", "bound", "flagged", "registered", "listed"})
#: Title words that are also words of names, kept when a name goes on after them ("Hassan Sheikh Mohamud").
_INNER_NAME_TITLES = frozenset({"Sheikh", "Shaikh", "Sheik"})
#: Prepositions that bring in the place a title's field covers: "head of operations for Yemen".
_SCOPE_PLACE_PREPOSITIONS = frozenset({"for", "in", "on"})
#: Title words that are also common family names: after a given name, and with no name word
#: after them, they end that name ("Amy Pope said") instead of starting a title ("Pope Leo").
_SURNAME_TITLES = frozenset({"Pope", "King", "Bishop", "Judge", "Major", "Prince", "Marshal", "Cardinal", "Dean",
                             "Abbott", "Knight", "Sheriff", "Baron", "Earl", "Chancellor"})
#: Nouns of "the <noun>'s <title>", besides the anaphor nouns, that stand for the actor in focus.
_OWNER_NOUNS = frozenset({"country", "nation", "department", "agency", "group", "movement", "party", "army",
                          "military", "junta", "body", "organisation", "organization", "alliance", "bloc"})
_INDEFINITE = frozenset({"a", "an", "one"})
#: "the ministry", "its foreign ministry": the actor in focus speaking through an institution
_ANAPHOR_DETERMINERS = frozenset({"the", "its"})
_PRONOUNS = frozenset({"he", "she", "him", "his", "her", "himself", "herself"})
#: Group words that also modify a party's name ("the opposition Democratic Party"): then no group.
_MODIFIER_GROUPS = frozenset({"opposition"})
#: ", the main " before a group word: it opens an apposition to the name just before.
_APPOSED_OPENING = re.compile(r"[,(]\s{0,3}(?:the|a|an)?\s{0,3}(?:[A-Za-z-]{1,30}\s{1,3}){0,3}$")
_PARTY_NOUNS = frozenset({"party", "parties", "coalition", "bloc", "movement"})
#: Group nouns that are an actor with no modifier or place: every group of a state's own politics
#: (context.DOMESTIC_GROUPS, one list for both rules), and armed groups and juntas.
_STANDALONE_GROUPS = DOMESTIC_GROUPS | {"militants", "jihadists", "junta", "military junta", "ruling junta"}
#: Institutions through which a country itself speaks: "Colombia's foreign ministry said" is Colombia
#: speaking. Other institutions (a court, a parliament, an election commission) are actors of their own.
_VOICE_INSTITUTIONS = frozenset({
    "foreign ministry", "ministry of foreign affairs", "foreign affairs ministry", "foreign office",
    "defence ministry", "defense ministry", "ministry of defence", "ministry of defense", "interior ministry",
    "ministry of interior", "state department", "department of state", "defense department", "defence department",
    "presidency", "embassy", "mission", "external affairs ministry", "ministry of external affairs",
    "department of foreign affairs", "department of foreign affairs and trade", "ministry for foreign affairs",
    # the police, like the army, is the state acting: "repelled by Somali police"
    "police",
    "prime minister's office", "prime minister\u2019s office", "president's office", "president\u2019s office",
    "presidential office", "office of the president", "office of the prime minister", "presidential palace"})
#: Nouns after a bare title that make the title a modifier, not a person ("candidate status").
_TITLE_AS_MODIFIER = frozenset({"status", "post", "position", "role", "race", "bid", "candidacy", "term", "seat",
                                "job", "election", "elections", "nomination", "hopefuls", "title", "office"})
#: Adjectives that, before an institution noun, single out one body: "the central election commission".
_BODY_ADJECTIVES = frozenset({"central", "national", "supreme", "constitutional", "federal", "electoral",
                              "independent", "high"})
_APOSTROPHE_S = frozenset({"'s", "\u2019s", "'", "\u2019"})
_MAX_NAME_TOKENS = 5
#: Most modifiers and title words one chain takes ("Former Deputy Foreign Minister" is four),
#: so a run of thousands of country names costs linear time, not quadratic.
_MAX_CHAIN = 6


#: verbs after "Name, a <description>," that report what befell a person ("was arrested", "has been missing")
_STATE_VERBS = frozenset({"was", "is", "has", "had", "remains", "remained"})


@define
class Mention:
    """One raw mention before mentions are grouped into actors."""

    start: int
    end: int
    kind: str  # person | country | organization | group | anaphor
    name: str
    country: str | None = None
    role: str | None = None
    organization: str | None = None
    anonymous: bool = False
    weak: bool = False
    key: str = ""
    #: for anaphors: "role", "institution", "pronoun"; for institutions the canonical noun
    detail: str | None = None
    sentence_start: bool = False
    extra: dict = field(factory=dict)


#: the lower-case words at which :meth:`Recognizer._at` may find something (pronouns, "former
#: minister", "the country's …"), in one set for the scan of :meth:`Recognizer._candidates`
#: (registered with the shared trigger index: their positions are found once per Doc)
_CANDIDATE_WORDS = trigger_words(_PRONOUNS | _ROLE_ADJECTIVES | _OWNER_NOUNS | _BODY_HEAD_NOUNS
                                 | frozenset(BODY_MEMBERS))
#: ``word[:1]``: the first character, or "" for an empty word
_FIRST_CHAR = slice(0, 1)


@lru_cache(maxsize=8192)
def _name_shaped(word: str) -> bool:
    """Capitalised, with a letter, not a function word or organisation word, not overlong: may be a name
    word (:meth:`Recognizer._name_like_at`). Remembered by word, as every capitalised token asks."""
    return word[:1].isupper() and any(c.isalpha() for c in word) and word not in _NOT_NAMES and len(word) <= 30


@lru_cache(maxsize=8192)
def _name_letters(word: str) -> bool:
    """Letters, apostrophes, dots and hyphens only ("O'Brien", "Jean-Yves", "J.")."""
    return all(c.isalpha() or c in "'\u2019.-" for c in word)


def _title(text: str) -> str:
    return " ".join(w if (w.isupper() or not w.islower()) else w.capitalize() for w in text.split())


class Recognizer:
    """Runs the rules over one Doc. Create one per article."""

    def __init__(self, doc: Any, layers: Layers, gazetteer: Gazetteer, text: str | None = None) -> None:
        self.doc = doc
        #: the article's text (``Doc.text`` rebuilds it from every token, so it is asked for once)
        self.text = doc.text if text is None else text
        self.layers = layers
        self.gaz = gazetteer
        self.n = len(doc)
        self.covered = layers.proper_covering()
        self.used = bytearray(self.n)  # tokens already part of a mention
        self.mentions: list[Mention] = []
        self.anaphor_nouns = anaphor_nouns(gazetteer)
        self._last_title_role: tuple[int, str] | None = None  # (sentence start token, role)
        #: names and acronyms of organisations recognised by shape -> (kind, country, key)
        self.named_orgs: dict[str, tuple[str, str | None, str]] = {}
        self.named_first_words: dict[str, list[str]] = {}
        # Plain Python lists of what the rules read, from the Doc's shared token view
        # (:mod:`reactlib.tokens`): spaCy Token objects are costly to create.
        view = token_view(doc, self.text)
        self.view = view
        self.words = view.text
        self.lowers = view.lower
        self.sentence_of = view.sentence_index
        # only a capitalised word can be a name word: the full test runs on those alone. They are
        # found without a Python step per token (``map`` of C functions), and kept for _candidates
        #: the tokens whose first character is a capital, in order
        self._capitalised = list(compress(range(self.n), map(str.isupper, map(getitem, self.words,
                                                                               repeat(_FIRST_CHAR)))))
        #: the name-like tokens, in order: scans for names jump from one to the next (a subset of
        #: the capitalised ones, so only those are visited, not every token)
        self._name_like_list = [i for i in self._capitalised if self._name_like_at(i)]
        name_like = bytearray(self.n)
        for i in self._name_like_list:
            name_like[i] = 1
        self._name_like = name_like

    # -- token tests ------------------------------------------------------------------

    def _lex(self, i: int, categories: tuple[str, ...]) -> tuple[int, str, str] | None:
        for end, category, phrase in self.layers.lexicon.get(i, ()):
            if category in categories:
                return end, category, phrase
        return None

    def _lex_any(self, i: int) -> bool:
        return i in self.layers.lexicon

    def is_name_token(self, i: int) -> bool:
        """Can token ``i`` be part of a person's name (capitalised, not a known word, not taken)?"""
        return i < self.n and not self.used[i] and bool(self._name_like[i])

    def _name_like_at(self, i: int) -> bool:
        text = self.words[i]
        if not _name_shaped(text) or self.view.like_num[i]:
            return False
        if i in self.covered:
            entry = self.layers.proper[self.covered[i]][2]
            return entry.category == PERSON_NAME or self._capital_as_given_name(i, entry)
        if self._lex_any(i):
            return False
        return _name_letters(text)

    def _capital_as_given_name(self, i: int, entry: Entry) -> bool:
        """"Health Cabinet Secretary Aden Warsame": a one-word capital right after a title and right before
        a capitalised surname the gazetteer does not know is the person's given name, not the city."""
        if entry.category != CAPITAL or self.covered[i] != i or self.layers.proper[i][0] != i + 1 \
                or i + 1 >= self.n or i + 1 in self.covered or self._lex_any(i + 1):
            return False
        nxt = self.words[i + 1]
        if not (_name_shaped(nxt) and _name_letters(nxt)) or nxt.isupper():
            return False
        return any(end == i and category == "role"
                   for k in range(max(0, i - 3), i) for end, category, _ in self.layers.lexicon.get(k, ()))

    def name_run(self, i: int) -> int:
        """End (exclusive) of the run of name tokens starting at ``i``; ``i`` if none."""
        hit = self.layers.proper.get(i)
        if hit is not None and hit[2].category == PERSON_NAME and not any(self.used[i:hit[0]]):
            return hit[0]  # a known name is whole, particles and all ("Ursula von der Leyen")
        j = i
        count = 0
        while j < self.n and count < _MAX_NAME_TOKENS:
            if self.is_name_token(j):
                j += 1
                count += 1
                continue
            # "Jean-Yves", "al-Assad", "bin Salman": joiners inside a name
            if count and self.words[j] == "-" and not self.doc[j - 1].whitespace_ and j + 1 < self.n \
                    and self.is_name_token(j + 1):
                j += 1
                continue
            # "Choi Sang-mok", "Moon Jae-in": a given name of two syllables joined by a hyphen, the second
            # in lower case; only after a family name, and never an English word ("Trump-era")
            if count >= 2 and self.words[j] == "-" and not self.doc[j - 1].whitespace_ and j + 1 < self.n \
                    and not self.doc[j].whitespace_ and _syllable(self.words[j + 1]) and len(self.words[j - 1]) <= 5:
                j += 2
                count += 1
                break
            # "Hassan Sheikh Mohamud": a title word that is also a name word, inside a name
            if count and self.words[j] in _INNER_NAME_TITLES and j + 1 < self.n and self.is_name_token(j + 1):
                j += 1
                continue
            # "Amy Pope said", "Helen Bishop,": a title word that is also a family name, ending a name
            if count and self.words[j] in _SURNAME_TITLES and not (j + 1 < self.n and self.is_name_token(j + 1)):
                return j + 1
            if self.lowers[j] in _NAME_PARTICLES:
                # "bin Salman", "van der Berg", "de la Cruz": one to three particles, then a name word
                k = j
                while k < self.n and k - j < 3 and self.lowers[k] in _NAME_PARTICLES:
                    k += 1
                if k < self.n and (self.is_name_token(k) or (self.words[k] == "-" and self.is_name_token(k + 1))):
                    j = k
                    continue
            break
        while j > i and not self.is_name_token(j - 1) and not (
                j - i >= 3 and self.words[j - 2] == "-" and _syllable(self.words[j - 1])):
            j -= 1  # never end on a joiner or particle
        return j

    def _span_chars(self, s: int, e: int) -> tuple[int, int]:
        return self.view.start[s], self.view.end[e - 1]

    def _add(self, s: int, e: int, **kwargs: Any) -> Mention:
        start, end = self._span_chars(s, e)
        mention = Mention(start=start, end=end, sentence_start=self.view.sent_start[s], **kwargs)
        self.mentions.append(mention)
        for k in range(s, e):
            self.used[k] = 1
        return mention

    # -- the title chain --------------------------------------------------------------

    def _modifier(self, i: int) -> tuple[int, Entry] | None:
        """A proper phrase that can modify a title (country, demonym, capital, organisation) at ``i``."""
        hit = self.layers.proper.get(i)
        if hit is None or self.used[i]:
            return None
        end, _, entry = hit
        if entry.category in (COUNTRY_NAME, DEMONYM, CAPITAL, SEAT, ORGANIZATION, ORGAN, GROUP_NAME):
            if end < self.n and self.words[end] in _APOSTROPHE_S:
                end += 1
            return end, entry
        return None

    def chain(self, i: int) -> dict[str, Any] | None:
        """Parse ``[modifier]* [role-adjective]* role-or-noun+`` at ``i``.

        Returns the parts found, or None when ``i`` starts nothing of the kind.
        """
        j = i
        mods: list[tuple[int, int, Entry]] = []
        parts: list[tuple[int, int, str, str]] = []  # (start, end, category, phrase)
        focus = False
        owner = ""
        if i > 0 and self.lowers[i - 1] == "the" and i + 2 < self.n and self.words[i + 1] in _APOSTROPHE_S \
                and (self.lowers[i] in _OWNER_NOUNS or self.lowers[i] in self.anaphor_nouns
                     or (self.lowers[i] in _BODY_HEAD_NOUNS and self._body_named(self.lowers[i], self.view.start[i]))) \
                and (self._lex(i + 2, ("role", "institution")) or self.lowers[i + 2] in _ROLE_ADJECTIVES):
            # "the country's electoral commission": the country in focus; "the department's spokeswoman":
            # its owner is the actor in focus, whose title follows
            focus, j = self.lowers[i] in ("country", "nation"), i + 2
            owner = self.lowers[i]
        elif i not in self.layers.proper and i not in self.layers.lexicon and self.lowers[i] not in _ROLE_ADJECTIVES:
            return None  # no modifier, title word or role adjective opens here: the loop below would find no part
        while j < self.n and not self.used[j] and len(mods) + len(parts) < _MAX_CHAIN:
            if not parts:
                mod = self._modifier(j)
                if mod is not None:
                    mods.append((j, mod[0], mod[1]))
                    j = mod[0]
                    continue
            lex = self._lex(j, ("role", "institution", "honorific", "anonymous", "government", "group", "collective",
                                "anaphor"))
            if lex is not None:
                # a government/group noun ends the chain; roles may follow institutions
                parts.append((j, lex[0], lex[1], lex[2]))
                j = lex[0]
                if lex[1] in ("government", "group", "collective", "anaphor"):
                    break
                continue
            if self.lowers[j] in _ROLE_ADJECTIVES and self._lex(j + 1, ("role", "institution", "anonymous")):
                parts.append((j, j + 1, "adjective", self.lowers[j]))
                j += 1
                continue
            if mods and self.lowers[j] in _RANK_ADJECTIVES and self._lex(j + 1, ("group",)):
                j += 1  # "Malawi's main opposition party": the rank says nothing of whose group it is
                continue
            break
        if not parts:
            return None
        return {"start": i, "end": j, "mods": mods, "parts": parts, "focus": focus, "owner": owner}

    # -- rules --------------------------------------------------------------------------

    def run(self) -> list[Mention]:
        self._reporting_subjects_from_entities()
        find_communities(self)  # "Kosovo Serbs", "ethnic Albanians in …", "Rohingya refugees" (communities.py)
        find_descriptive(self)  # "a Western diplomat", "the junta", "State Committee for …" (descriptive.py)
        find_led_bodies(self)  # "the Saudi-led coalition" (led.py)
        i = 0
        for c in self._candidates():
            if c < i or self.used[c]:
                continue
            nxt = self._at(c)
            i = nxt if nxt > c else c + 1
        self._reporting_subjects()
        find_coalitions(self, REPORTING_VERBS)  # "France, Britain and Germany said" (coalitions.py)
        for m in self.mentions:
            if m.anonymous and m.kind == "person" and m.country is None and m.organization is None \
                    and not _GOVERNMENT_SOURCE_WORDS.isdisjoint(m.name.lower().split()):
                # "a government source", "a ministry spokeswoman": of the government in focus (build.py)
                m.extra["needs_country"] = True
        self.mentions.sort(key=lambda m: (m.start, m.end))
        resolve_body_seats(self.mentions, self.gaz)  # "Brussels condemned …" is the EU (seats.py)
        return self.mentions

    def _candidates(self) -> list[int]:
        """Tokens where :meth:`_at` can find something, in order; it passes over every other token.

        Every rule of :meth:`_at` starts at a pronoun, a capitalised word (names, named organisations,
        later mentions), a gazetteer phrase, a lexicon word or a role adjective ("former minister").
        Listing these first spares a call per lower-case word.
        """
        # the capitalised tokens (found in __init__), the start words (from the Doc's trigger-word
        # index) and the gazetteer's start tokens: no step per token of the article
        marked = self.layers.proper.keys() | self.layers.lexicon.keys()
        marked.update(self._capitalised)
        marked.update(self.view.positions(_CANDIDATE_WORDS))
        return sorted(marked)

    def _at(self, i: int) -> int:
        if (self.lowers[i] in _BODY_HEAD_NOUNS or self.lowers[i] in BODY_MEMBERS) and i > 0 \
                and self.lowers[i - 1] == "the" and not self.used[i - 1] \
                and (i + 1 >= self.n or self.words[i + 1] not in _APOSTROPHE_S) \
                and (i + 1 >= self.n or not self.words[i + 1][:1].isalpha() or self.words[i + 1].islower()) \
                and self._body_named(BODY_MEMBERS.get(self.lowers[i], self.lowers[i]), self.view.start[i]) is not None:
            # "the commission said" after "the Electoral Commission of Zambia": that body (linking.named_body)
            self._add(i - 1, i + 1, kind="anaphor", name=self.view.span_text(i - 1, i + 1), detail="institution")
            return i + 1
        if self.lowers[i] in _PRONOUNS:
            self._add(i, i + 1, kind="anaphor", name=self.words[i], detail="pronoun")
            return i + 1
        named = later_mention_at(self, i) or named_org_at(self, i)
        if named:
            return named
        ministry = portfolio_ministry(self, i) if self.words[i] == "Ministry" else None
        if ministry is not None and not self.used[i - 1]:
            # "the Ministry of Water Resources and Irrigation said": the country in focus (portfolios.py)
            self._add(i - 1, ministry, kind="anaphor", name=self.view.span_text(i - 1, ministry),
                      detail="institution")
            return ministry
        chain = self.chain(i)
        if chain is not None:
            done = self._from_chain(chain)
            if done:
                return done
        hit = self.layers.proper.get(i)
        if hit is not None:
            return self._proper(i, *hit)
        return i + 1

    def _proper(self, i: int, end: int, phrase: str, entry: Entry) -> int:
        cat = entry.category
        if cat == ORGAN and i > 0 and (self.words[i - 1] in _APOSTROPHE_S or self.lowers[i - 1] in ("his", "her")
                                       or self._demonym_before(i)):
            # "Russia's Security Council", "the Russian Security Council", "his Security Council": a national
            # body of that name, not the UN organ
            name = self.view.span_text(i, end)
            owner = self.layers.proper.get(self.covered.get(i - 2 if self.words[i - 1] in _APOSTROPHE_S else i - 1, -1))
            code = owner[2].country if owner is not None and owner[2].kind == "country" else None
            m = self._add(i, end, kind="organization", name=name, country=code,
                          key=f"inst:{code}:{name.lower()}" if code else f"named:{name.lower()}", detail=name.lower())
            if code is None:
                m.extra["needs_country"] = True
            return end
        if cat == ORGAN and i > 0 and not self.used[i - 1] and self.words[i - 1][:1].isupper() \
                and self.words[i - 1].isalpha() and i - 1 not in self.covered and not self.doc[i - 1].is_sent_start \
                and self.lowers[i - 1] != "the":
            # "National Security Council" is not the UN's Security Council: the organ's name is the tail
            # of a longer proper name. A capitalised "The" is no part of a name: the sentence opens after a
            # dateline's dash, which the sentence splitter does not see ("GENEVA, May 2 - The UN human rights office")
            return end
        if cat == NON_ACTOR or (end + 1 < self.n and self.words[end] == "-" and self.lowers[end + 1] in _PLACE_SUFFIXES
                                and cat in (COUNTRY_NAME, CAPITAL, SEAT, DEMONYM)):
            # "The Hague-based court", "a Geneva-based group": a place, not the country acting
            for k in range(i, end + 2 if cat != NON_ACTOR else end):
                self.used[k] = 1
            return end + 2 if cat != NON_ACTOR else end
        if cat in (COUNTRY_NAME, SEAT):
            self._add(i, end, kind="country", name=entry.name, country=entry.country, key=f"country:{entry.country}")
        elif cat == CAPITAL:
            prev = self.lowers[i - 1] if i > 0 else ""
            if prev == "the" and i > 1:  # "in The Hague"
                prev = self.lowers[i - 2]
            if prev not in _LOCATIVE or self._sent_from(i):
                # the city is kept so that a body's seat ("Brussels") can be re-labelled once the
                # whole article is read (seats.py)
                self._add(i, end, kind="country", name=entry.name, country=entry.country,
                          key=f"country:{entry.country}", extra={SEAT_CITY: phrase})
        elif cat in (DEMONYM, DEMONYM_PLURAL):
            self._add(i, end, kind="country", name=entry.name, country=entry.country, key=f"country:{entry.country}",
                      weak=not (self._coordinated_before_government(end) or self._in_demonym_list(i, end)))
        elif cat == ORGANIZATION and (entry.own_voice == "media" and self._word_before(i, _CHANNEL_WORDS)
                                      or entry.own_voice == "parliament" and self._word_before(i, _VENUE_WORDS)):
            # "told the BBC", "in an interview with Le Monde": a channel; "a statement to the Bundestag",
            # "addressing the Knesset": a venue; no actor
            for k in range(i, end):
                self.used[k] = 1
        elif cat in (ORGANIZATION, ORGAN):
            m = self._add(i, end, kind=entry.kind, name=entry.name, country=entry.country, key=f"org:{entry.name}",
                          extra={"parent": entry.parent} if entry.parent else {})
            if cat == ORGAN:
                m.extra["organ"] = self.view.span_text(i, end)
            elif entry.kind in ("organization", "group"):
                return self._local_acronym(end, entry.kind, entry.name, entry.country, f"org:{entry.name}")
        elif cat == GROUP_NAME:
            self._add(i, end, kind="group", name=entry.name, country=entry.country, key=f"org:{entry.name}")
        elif cat == PERSON_NAME:
            self._add(i, end, kind="person", name=entry.name, country=entry.country, role=entry.role,
                      organization=entry.organization, key=f"person:{entry.name}")
        return end

    def _local_acronym(self, end: int, kind: str, name: str, country: str | None, key: str) -> int:
        """"Reporters Without Borders (RSF)": the acronym in brackets after a known name is that body's
        in this article, even where the gazetteer gives it to another (the Rapid Support Forces).
        Later uses of it are found by :func:`~reactlib.actors.orgnames.later_mention_at`."""
        if end + 2 >= self.n or self.words[end] != "(" or self.words[end + 2] != ")" or self.used[end + 1]:
            return end
        acronym = self.words[end + 1]
        if not (2 <= len(acronym) <= 8 and acronym.isalpha() and acronym.isupper()):
            return end
        self._add(end + 1, end + 2, kind=kind, name=name, country=country, key=key)
        self.used[end] = self.used[end + 2] = 1
        register_name(self, name, (kind, country, key))
        register_name(self, acronym, (kind, country, key))
        return end + 3

    def _word_before(self, i: int, words: frozenset[str]) -> bool:
        """Does one of ``words`` stand right before token ``i``, an article aside ("told the BBC")?"""
        k = i - 1
        if k >= 0 and self.lowers[k] in ("the", "a", "an"):
            k -= 1
        return k >= 0 and self.lowers[k] in words

    def _sent_from(self, i: int) -> bool:
        """"envoys from Brussels", "diplomats from Paris and Berlin": people a government sends;
        "criticism from Berlin", "the offer from Seoul": what a government said or proposed.

        After "from", a capital is usually a place ("flights from Paris"); after a plural noun
        for officials, envoys or negotiators it names whom they represent.
        """
        return i >= 2 and self.lowers[i - 1] == "from" and (
            self.lowers[i - 2] in _EMISSARIES and not self.used[i - 2] or self.lowers[i - 2] in _VOICED_NOUNS)

    def _demonym_before(self, i: int) -> bool:
        """Does a demonym end right before token ``i`` ("Russian Security Council")?"""
        start = self.covered.get(i - 1)
        return start is not None and self.layers.proper[start][2].category == DEMONYM

    def _coordinated_before_government(self, k: int) -> bool:
        """Is the demonym ending at ``k`` one of a list before a government noun ("Burkinabe and Malian
        officials", "Kenyan, Ugandan and Rwandan troops")? Then it names its country's people acting."""
        for _ in range(4):
            if k >= self.n or self.lowers[k] not in ("and", ",", "or"):
                return False
            hit = self.layers.proper.get(k + 1)
            if hit is None or hit[2].category != DEMONYM:
                return False
            k = hit[0]
            if self._lex(k, ("government",)) is not None:
                return True
        return False

    def _in_demonym_list(self, i: int, end: int) -> bool:
        """Is the demonym at tokens [i, end) one of a list of demonyms before a plural noun ("Nepalese and
        Indian cleaners", "Egyptian, Sudanese and Eritrean migrants")? Then the article names the
        peoples of several countries side by side, and each country is an actor of the story, as
        the country of a compound subject is ("Danish and Norwegian warships joined").
        """
        joined = 0
        k = i - 1  # backwards: ", Sudanese" / "and Indian" after another demonym
        while k >= 1 and self.lowers[k] in ("and", ",", "or") and joined < 4:
            start = self.covered.get(k - 1)
            if start is None or self.layers.proper[start][2].category != DEMONYM:
                break
            joined += 1
            k = start - 1
        k = end  # forwards: the rest of the list
        while k + 1 < self.n and self.lowers[k] in ("and", ",", "or") and joined < 8:
            hit = self.layers.proper.get(k + 1)
            if hit is None or hit[2].category != DEMONYM:
                break
            joined += 1
            k = hit[0]
        if not joined or k >= self.n:
            return False
        noun = self.lowers[k]
        return noun.isalpha() and self.words[k].islower() and (noun.endswith("s") or noun in _PEOPLE_NOUNS) \
            and not noun.endswith("ss") and self._lex(k, ("government",)) is None

    def _mod_mentions(self, mods: list[tuple[int, int, Entry]], *,
                      titled: bool = False) -> tuple[str | None, str | None]:
        """Add the modifiers' own mentions; return (country, organization) they give.

        :param titled: the modifiers are part of a person's title; then a demonym
            ("Nigerian President …") is a full mention of its country, not a weak one.
        """
        country = organization = None
        for s, e, entry in mods:
            core_end = e - 1 if self.words[e - 1] in _APOSTROPHE_S else e
            if entry.kind == "country":
                country = country or entry.country
                self._add(s, core_end, kind="country", name=entry.name, country=entry.country,
                          key=f"country:{entry.country}",
                          weak=not titled and entry.category in (DEMONYM, DEMONYM_PLURAL))
            elif entry.kind in ("organization", "group"):
                organization = organization or entry.name
                country = country or entry.country
                self._add(s, core_end, kind=entry.kind, name=entry.name, country=entry.country,
                          key=f"org:{entry.name}")
        return country, organization

    def _det_before(self, i: int) -> str:
        return self.lowers[i - 1] if i > 0 else ""

    def _person_owner(self, s: int) -> str | None:
        """"his"/"her" owning the title at ``s``, maybe past one lower-case word ("Her sports minister"), else None.

        Why: a leader's minister is of the leader's government, whatever country the sentence names next.
        """
        det = self._det_before(s)
        if det not in _PERSON_OWNERS and s > 1 and self.words[s - 1].isalpha() and self.words[s - 1].islower():
            det = self._det_before(s - 1)
        return det if det in _PERSON_OWNERS else None

    def _from_chain(self, chain: dict[str, Any]) -> int:
        s, e, mods, parts = chain["start"], chain["end"], chain["mods"], chain["parts"]
        cats = [p[2] for p in parts]
        head_cat = cats[-1]
        head_phrase = parts[-1][3]
        doc = self.doc
        first_part = parts[0][0]
        role_text = self.view.span_text(first_part, e)
        det = self._det_before(s)
        # pro-/anti- before a demonym: "pro-Russian separatists" are not Russia's
        prefixed = s >= 2 and self.words[s - 1] == "-" and self.lowers[s - 2] in ("pro", "anti")
        if prefixed:
            mods = []
            s = s - 2
            det = self._det_before(s)

        if head_cat == "government" and len(parts) == 1 and len(mods) > 1 and mods[-1][2].kind == "group" \
                and not prefixed:
            # "Afghanistan's Taliban authorities", "Yemen's Houthi administration": the movement that rules
            # there speaks, not the country (which stays named by its possessive)
            self._mod_mentions(mods[:-1])
            ms, _, movement = mods[-1]
            self._add(ms, e, kind=movement.kind, name=movement.name, country=movement.country,
                      key=f"org:{movement.name}")  # "Taliban authorities" is the movement's mention
            for k in range(s, e):
                self.used[k] = 1
            return e
        ruling = (head_phrase in _RULERS or (head_phrase in _VOICE_INSTITUTIONS and head_phrase not in _POSTS_ABROAD)) \
            and not mods and len(parts) == 1
        if ruling and det in _GOVERNMENT_ADJECTIVES and s > 1 \
                and self._det_before(s - 1) in _ANAPHOR_DETERMINERS and not self.used[s - 1]:
            # "the federal government in Mogadishu": the adjective says which government; the
            # determiner before it decides, as for "the government in …"
            s, det = s - 1, self._det_before(s - 1)
        if ruling and (det in _ANAPHOR_DETERMINERS or self.view.sent_start[s]) \
                and e + 1 < self.n and self.lowers[e] == "in":
            hit = self.layers.proper.get(e + 1)
            if hit is not None and hit[2].category in (CAPITAL, COUNTRY_NAME) and not self.used[e + 1]:
                # "the authorities in Conakry", "the foreign ministry in Santiago": that country's
                # government, wherever the focus is
                extra = {"institution": self.view.span_text(first_part, e)}
                if hit[2].category == CAPITAL:
                    extra[SEAT_CITY] = self.view.span_text(e + 1, hit[0])
                self._add(s, hit[0], kind="country", name=hit[2].name, country=hit[2].country,
                          key=f"country:{hit[2].country}", extra=extra)
                return hit[0]
        if head_cat == "collective":
            name = " ".join(self.view.span_text(first_part, e).split())
            name = name[4:] if name.lower().startswith("the ") else name
            name = SAME_GROUP.get(name.lower(), name)  # "traffickers" after "smugglers": one group
            self._add(first_part, e, kind="group", name=name, key=f"group:{name.lower()}")
            return e
        org_mods = [m for m in mods if m[2].kind in ("organization", "group")]
        if head_cat in ("group", "government") and org_mods and not prefixed and len(mods) == 1:
            # "Hamas fighters", "NATO forces": the organisation itself acting
            self._mod_mentions(mods)
            for k in range(s, e):
                self.used[k] = 1
            return e
        if head_cat == "group" and head_phrase in RULING_BODIES and not prefixed \
                and all(m[2].kind == "country" for m in mods):
            return self._ruling_body(s, e, mods)
        if head_cat == "group" and head_phrase in _MODIFIER_GROUPS and e < self.n \
                and (self.words[e][:1].isupper() or self.lowers[e] in _PARTY_NOUNS
                     and _APPOSED_OPENING.search(self.view.full_text, max(0, self.view.start[s] - 40), self.view.start[s])):
            # "the opposition Democratic Party alleged", "The MSP, the main opposition party, said": the named
            # party acts ("Malawi's main opposition party said" stays the country's opposition)
            return 0
        if head_cat == "group":
            country = None
            if mods and not prefixed:
                country = next((m[2].country for m in mods if m[2].kind == "country"), None)
            if not mods and not prefixed and head_phrase in SPEAKING_GROUPS:
                # "witnesses said", "residents of Goma told": an unnamed group that speaks
                if not speaks(self, s, e):
                    return 0
                country = place_country(self, e)[1]
                if s > 0 and self.lowers[s - 1] == "local" and not self.used[s - 1]:
                    # "Local business owners said": "local" tells them from the same group elsewhere
                    s, prefixed = s - 1, True
            elif not mods and not prefixed and head_phrase not in _STANDALONE_GROUPS:
                return 0
            name = self.view.span_text(s, e) if (mods or prefixed) else head_phrase
            if name.lower().startswith("the "):
                name = name[4:]
            name = name.replace("'s ", " ").replace("\u2019s ", " ")  # "Myanmar's junta": "Myanmar junta"
            self._add(s, e, kind="group", name=name, country=country, key=f"group:{name.lower()}|{country}")
            return e
        if head_cat == "government":
            country_mods = [m for m in mods if m[2].kind == "country"]
            if not mods and det in _ANAPHOR_DETERMINERS and len(parts) == 1 and head_phrase in self.anaphor_nouns:
                self._add(s, e, kind="anaphor", name=self.view.span_text(s, e), detail="institution")
                return e
            if not country_mods or len(parts) != 1:
                return 0
            if self.words[first_part][:1].isupper() and org_name_starts(self, first_part):
                return 0  # "Kyrgyzstan's State Committee for National Security": a body's name follows
            code = country_mods[0][2].country
            company = (self._state_company(e) or self._state_company_before(s, e)) if head_phrase == "state" else None
            if company is not None:
                # "Russia's state nuclear company Rosatom": the company is an organisation of that country
                c_start, c_end = company
                m0, m1 = country_mods[0][0], country_mods[0][1]
                self._add(m0, m1 - 1 if self.words[m1 - 1] in _APOSTROPHE_S else m1, kind="country",
                          name=country_mods[0][2].name, country=code, key=f"country:{code}")
                hit = self.layers.proper.get(c_start)
                name = hit[2].name if hit is not None and hit[0] == c_end else self.view.span_text(c_start, c_end)
                company_mention = self._add(c_start, c_end, kind="organization", name=name, country=code, key=f"org:{name}")
                company_mention.extra["own_voice"] = "company"  # a company is not its state's voice
                for k in range(s, c_end):
                    self.used[k] = 1
                return c_end
            extra = {}
            if country_mods[0][2].category == CAPITAL:  # "Brussels officials": the seat may be a body's (seats.py)
                m0, m1 = country_mods[0][0], country_mods[0][1]
                extra[SEAT_CITY] = self.view.span_text(m0, m1 - 1 if self.words[m1 - 1] in _APOSTROPHE_S else m1)
            self._add(s, e, kind="country", name=country_mods[0][2].name, country=code, key=f"country:{code}",
                      extra=extra)
            return e
        has_role = any(c in ("role", "honorific") for c in cats)
        if has_role and e + 1 < self.n and self.words[e] in _APOSTROPHE_S and self.lowers[e + 1] == "office" \
                and any(m[2].kind == "country" for m in mods):
            # "Azerbaijan's Prosecutor General's Office said": the office of a country's post speaks for it
            own = next(m for m in mods if m[2].kind == "country")
            self._add(s, e + 2, kind="country", name=own[2].name, country=own[2].country,
                      key=f"country:{own[2].country}", extra={"institution": self.view.span_text(first_part, e + 2)})
            return e + 2
        if head_cat == "anaphor" and not has_role:
            if det in _ANAPHOR_DETERMINERS and not mods and len(parts) == 1:
                self._add(s, e, kind="anaphor", name=self.view.span_text(s, e), detail="institution")
                return e
            return 0
        if head_cat == "institution" and not has_role:
            country_mods = [m for m in mods if m[2].kind == "country"]
            if country_mods:
                code = country_mods[0][2].country
                canon = _title(self.view.span_text(first_part, e))
                if head_phrase in _VOICE_INSTITUTIONS:
                    # "Colombia's foreign ministry": the country speaking (the scorer's and readers' view)
                    self._add(s, e, kind="country", name=country_mods[0][2].name, country=code,
                              key=f"country:{code}", extra={"institution": canon})
                    return e
                adjective = self.gaz.demonym_of.get(code, country_mods[0][2].name)
                m0, m1 = country_mods[0][0], country_mods[0][1]
                if country_mods[0][2].category == CAPITAL:  # "the Gaza health ministry" keeps its place name
                    adjective = doc[m0:m1 - 1 if self.words[m1 - 1] in _APOSTROPHE_S else m1].text
                elif country_mods[0][2].category == COUNTRY_NAME and self.words[m1 - 1] not in _APOSTROPHE_S:
                    # "the Solomon Islands Electoral Commission": a country name used as an adjective is
                    # kept as written (the demonym may be a noun for people: "Solomon Islander")
                    adjective = self.view.span_text(m0, m1)
                name = f"{adjective} {canon}"
                written = self.words[first_part:e]
                if self.words[m1 - 1] in _APOSTROPHE_S and len(written) >= 2 \
                        and all(w[:1].isupper() for w in written if w.isalpha()):
                    name = self.view.span_text(first_part, e)  # "Zambia's Constitutional Court": its own name
                self._add(s, e, kind="organization", name=name, country=code, key=f"inst:{code}:{canon.lower()}",
                          detail=canon.lower())
                return e
            if det in _ANAPHOR_DETERMINERS and not mods and head_phrase in self.anaphor_nouns:
                self._add(s, e, kind="anaphor", name=self.view.span_text(s, e), detail="institution")
                return e
            if det == "the" and not mods and len(parts) == 1 and " " not in head_phrase \
                    and self._body_named(head_phrase, self.view.start[s]) is not None:
                # "the commission said" after "the Electoral Commission of Zambia": that body (linking.py)
                self._add(s, e, kind="anaphor", name=self.view.span_text(s, e), detail="institution")
                return e
            office_of = head_phrase.replace("\u2019", "'").partition("'s office")[0]
            if not mods and office_of != head_phrase.replace("\u2019", "'") and self.gaz.lexicon.get(office_of) == "role":
                # "the prime minister's office said": the office holder speaking, as "the prime minister"
                self._add(s, e, kind="anaphor", name=self.view.span_text(s, e), role=office_of, detail="role")
                return e
            if chain["focus"] and not mods and head_phrase not in _VOICE_INSTITUTIONS:
                # "the country's electoral commission": a body of the country the sentence is about
                name = self.view.span_text(first_part, e)
                m = self._add(first_part, e, kind="organization", name=name, key=f"named:{name.lower()}",
                              detail=head_phrase)
                m.extra["needs_country"] = m.extra["country_anaphor"] = True
                return e
            body = self._named_body(s, e, first_part, mods, head_phrase)
            if body:
                return body
            return 0
        if not has_role and head_cat != "anonymous":
            return 0
        # a title: look for the name after it, or "of Country" after the name
        name_end = self._surname_like_country(e, self.name_run(e))
        role = role_text if not all(c == "honorific" for c in cats) else None
        # an organisation or seat of power is part of the title: "European Council president", "Kremlin spokesman"
        named_by = [self.view.span_text(m0, m1 - 1 if self.words[m1 - 1] in _APOSTROPHE_S else m1)  # "the EU's": "EU"
                    for m0, m1, entry in mods if entry.kind != "country" or entry.category == SEAT]
        if role and named_by:
            role = f"{named_by[-1]} {role}"
        if role and _is_counterpart(head_phrase) and self._last_title_role:
            sent_i, previous_role = self._last_title_role
            if sent_i == self.sentence_of[s]:
                role = previous_role
        if name_end > e and org_name_starts(self, e):
            return 0  # "Chile's official Andean Press Agency": an organisation follows, not a name
        if name_end > e:
            country, organization = self._mod_mentions(mods, titled=True)
            of_end = name_end
            if country is None and organization is None and name_end + 1 < self.n \
                    and self.lowers[name_end] == "of":
                k = name_end + 1
                if self.lowers[k] == "the":
                    k += 1
                mod = self._modifier(k)
                if mod is not None and mod[1].kind in ("country", "organization"):
                    country, organization = self._mod_mentions([(k, mod[0], mod[1])])
                    of_end = mod[0]
            name = self.view.span_text(e, name_end)
            extra: dict[str, Any] = {"title_start": self.view.start[s], "gender": _gender(role_text)}
            if country is None and organization is None:
                country, organization = self._owning_body(chain["owner"], s)
            if (det in ("its", "their") or chain["owner"]) and country is None and organization is None:
                extra["speaker_position"] = True  # "its foreign minister Jane Roe", "the group's spokesman …"
                extra["owner_title"] = chain["owner"] or det
            if self._speaker_position(s, name_end):
                extra["speaker_position"] = True
                extra["title_opens"] = self._opens_sentence(s) or self._after_quote(s)
                if country is None and organization is None:
                    place = self._opening_place(s) or briefing_place(self, name_end)
                    if place:
                        extra["place_country"] = place
            self._add(e, name_end, kind="person", name=name, country=country, role=role,
                      organization=organization, key=f"person:{name}", extra=extra)
            if role and not _is_counterpart(role.lower()):
                self._last_title_role = (self.sentence_of[s], role)
            for k in range(s, e):
                self.used[k] = 1
            return of_end
        # "ambassador to the UN, Jane Roe,": a complement between the title and the name
        complement = self._complement(e) if has_role else None
        if complement is not None and self.lowers[e] == "of" and complement[2].category == DEMONYM \
                and body_name_follows(self, complement[0]):
            return 0  # "The Speaker of the Ugandan Parliament, Anita Among": the body's title (heads.py)
        if complement is not None:
            c_start, c_end, c_entry = complement
            after = self._apposition_after(c_end)
            if after is None and self.name_run(c_end) - c_end >= 2:
                after = (c_end, self.name_run(c_end))
            own = self.lowers[e] == "of"  # "the Emir of Kuwait": his own country, not one he is sent to
            if after is not None:
                if own:
                    country, organization = self._mod_mentions([*mods, (c_start, c_end, c_entry)], titled=True)
                    role_full = role or self.view.span_text(first_part, e)
                else:
                    country, organization = self._mod_mentions(mods, titled=True)
                    self._mod_mentions([(c_start, c_end, c_entry)])  # "the UN" is mentioned, but is not his
                    role_full = self.view.span_text(first_part, c_end)
                name = doc[after[0]:after[1]].text
                self._add(after[0], after[1], kind="person", name=name, country=country, role=role_full,
                          organization=organization, key=f"person:{name}")
                for k in range(s, c_end):
                    self.used[k] = 1
                return after[1]
            if own:  # "Tamim, the Emir of Qatar, said", "the president of Ghana said": the title goes on
                mods = [*mods, (c_start, c_end, c_entry)]
                e = c_end
        # no name after: an apposition, an anonymous source or a role anaphor
        apposed = self._apposition(s, det) or self._apposition_after(e)
        if apposed is None and has_role:
            # "the EU's special representative for the South Caucasus, Magdalena Grono,": the title's
            # scope stands between the title and the name
            scope_end = self._scope_end(e)
            if scope_end > e:
                apposed = self._apposition_after(scope_end)
                if apposed is not None:
                    for k in range(e, scope_end):
                        self.used[k] = 1
        country = next((m[2].country for m in mods if m[2].kind == "country"), None)
        organization = next((m[2].name for m in mods if m[2].kind in ("organization", "group")), None)
        if country is None and organization is not None:  # "an al-Shabaab spokesman": the movement's country
            country = next((m[2].country for m in mods if m[2].kind in ("organization", "group")), None)
        known = self._person_before(s, det) if apposed is None and role else None
        if known is not None:
            # "Antony Blinken, the US secretary of state,": a name already found takes the title
            country, organization = self._mod_mentions(mods, titled=True)
            owner = self._owner_mention(e) if country is None and organization is None else None
            if owner is not None:
                e, country, organization = owner
            known.role = known.role or role
            known.country = known.country or country
            known.organization = known.organization or organization
            if role and not _is_counterpart(role.lower()):
                self._last_title_role = (self.sentence_of[s], role)
            for k in range(s, e):
                self.used[k] = 1
            return e
        if apposed is not None:
            a_start, a_end = apposed
            country, organization = self._mod_mentions(mods, titled=True)
            owner = self._owner_mention(e) if country is None and organization is None else None
            if owner is not None:  # "Jane Roe, a spokeswoman for the UN refugee agency,"
                e, country, organization = owner
            name = self.view.span_text(a_start, a_end)
            extra: dict[str, Any] = {}
            if country is None and organization is None:
                country, organization = self._owning_body(chain["owner"], s)
            person_owner = self._person_owner(s)
            if (det in ("its", "their") or chain["owner"] or person_owner) and country is None and organization is None:
                # "Its foreign minister, Olivier Nduhungirehe,": the title of the actor in focus; "Her sports
                # minister, Luis Quispe,": of the leader named before
                extra = {"title_start": doc[s].idx, "speaker_position": True,
                         "owner_title": chain["owner"] or person_owner or det}
            self._add(a_start, a_end, kind="person", name=name, country=country, role=role,
                      organization=organization, key=f"person:{name}", extra=extra)
            if role and not _is_counterpart(role.lower()):
                self._last_title_role = (self.sentence_of[s], role)
            for k in range(s, e):
                self.used[k] = 1
            return e
        if country is None:
            # "a senior State Department official": a seat of power inside the title gives the country
            country = next((hit[2].country for k in range(first_part, e)
                            if (hit := self.layers.proper.get(k)) is not None and hit[2].category == SEAT), None)
        anonymous_head = head_cat == "anonymous" or head_phrase in ("spokesman", "spokeswoman", "spokesperson",
                                                                    "official", "aide", "adviser", "advisor")
        if anonymous_head and e + 1 < self.n and self.lowers[e] == "of" and self.words[e + 1].isalpha() \
                and self.words[e + 1].islower() and self.lowers[e + 1] not in _DETERMINERS:
            return e  # "a source of cooperation", "a source of pride": a thing, not an informant
        if anonymous_head and det in _INDEFINITE and country is None and organization is None:
            institution = self._institution_after(e)
            if institution is not None:
                # "a spokesperson for the ministry said": the institution in focus speaking, as "the
                # ministry said" does; its words are the mention the linker resolves
                i0, i1 = institution
                self._add(i0, i1, kind="anaphor", name=self.view.span_text(i0, i1), detail="institution")
                for k in range(s, i0):
                    self.used[k] = 1
                return i1
        if anonymous_head and det in _INDEFINITE:
            start = s
            owner = self._owner_after(e) if country is None and organization is None else None
            if owner is not None:  # "a spokesman for the African Union Commission"
                e, country, organization = owner
            # lower-case adjectives between the article and the chain: "a senior US official"
            name = self.view.span_text(start, e)
            role_words = " ".join(self.view.span_text(p[0], p[1]) for p in parts)
            self._add(start, e, kind="person", name=name, country=country, role=role_words.lower(),
                      organization=organization, anonymous=True, key=f"anon:{name.lower()}",
                      extra={"gender": _gender(name)})
            return e
        if anonymous_head and det not in _DETERMINERS and s > 1 and self.doc[s - 1].is_alpha \
                and self.doc[s - 1].is_lower and self._det_before(s - 1) in _INDEFINITE:
            name = self.view.span_text(s - 1, e)
            self._add(s - 1, e, kind="person", name=name, country=country,
                      role=" ".join(self.view.span_text(p[0], p[1]) for p in parts).lower(), organization=organization,
                      anonymous=True, key=f"anon:{name.lower()}")
            return e
        if anonymous_head and det not in _DETERMINERS and s > 1:
            # "a senior Western diplomat", "a senior Gulf diplomat": regional words name no country
            k = s
            while k > 0 and s - k < 3 and not self.used[k - 1] and self.lowers[k - 1] in _SOURCE_ADJECTIVES:
                k -= 1
            if k < s and self._det_before(k) in _INDEFINITE:
                name = self.view.span_text(k, e)
                m = self._add(k, e, kind="person", name=name, country=country,
                              role=" ".join(self.view.span_text(p[0], p[1]) for p in parts).lower(), organization=organization,
                              anonymous=True, key=f"anon:{name.lower()}")
                if country is None and organization is None and any(self.lowers[t] in _OWN_GOVERNMENT
                                                                     for t in range(k, s)):
                    # "a senior administration official": of the government in focus (build.py fills it in)
                    m.extra["needs_country"] = True
                return e
        if e < self.n and self.lowers[e] in _TITLE_AS_MODIFIER:
            return e  # "EU candidate status", "the prime minister post": a title used as a modifier
        if has_role and (det == "the" or mods) and role:
            m = self._add(s, e, kind="anaphor", name=self.view.span_text(s, e), country=country, organization=organization,
                          role=role, detail="role")
            own = next((mod for mod in mods if mod[2].kind == "country"), None)
            if own is not None:  # the country's own words, kept should the role stand for nobody
                core_end = own[1] - 1 if self.words[own[1] - 1] in _APOSTROPHE_S else own[1]
                m.extra["country_span"] = self._span_chars(own[0], core_end)
                if own[2].category == CAPITAL:
                    # "Beijing's envoy": the government its capital stands for ("the Pentagon's press
                    # secretary", a seat of power in the title, stays an unnamed person)
                    m.extra["seat_owner"] = True
            return e
        return 0

    def _ruling_body(self, s: int, e: int, mods: list) -> int:
        """"the junta", "Chad's transitional council", "the ruling council in Khartoum": an organisation
        of the country it rules (rulers.py); that country from the possessor, the place after it, or
        later the focus."""
        country = mods[0][2].country if mods else None
        end = e
        if country is None:
            end, country = place_country(self, e)
        name = self.view.span_text(s, e)
        if name.lower().startswith("the "):
            name = name[4:]
        name = name.replace("'s ", " ").replace("\u2019s ", " ")  # "Myanmar's junta": "Myanmar junta"
        head_start = mods[-1][1] if mods else s
        if all(w[:1].isupper() for w in self.words[head_start:e] if w.isalpha()) and self.lowers[head_start] != "the":
            name = self.view.span_text(head_start, e)  # "Sudan's Sovereign Council": the body's own name
        if mods:
            self._mod_mentions(mods, titled=True)
            first = mods[-1][1]
        else:
            first = s
        self._add(first, e, kind="organization", name=name, country=country, key=ruling_key(country),
                  extra=ruling_extra(country))
        for k in range(s, end):
            self.used[k] = 1
        return end

    def _named_body(self, s: int, e: int, first_part: int, mods: list, head_phrase: str) -> int:
        """"the National Security Council", "the central election commission": a body of the country in focus.

        Only a multi-word name (capitalised, or with a specifying adjective before it) names one body;
        "the court" or "the police" alone is left alone. The country is filled in later from context.
        """
        if mods or head_phrase in _VOICE_INSTITUTIONS:
            return 0
        start = first_part
        if start > 0 and self.lowers[start - 1] in _BODY_ADJECTIVES and not self.used[start - 1]:
            start -= 1
        words = self.words[start:e]
        capitalised = all(w[:1].isupper() for w in words if w.isalpha())
        specific = words[0].lower() in _BODY_ADJECTIVES or words[0].lower() == "election"  # "the electoral tribunal"
        if len(words) < 2 or not (capitalised or start < first_part or specific):
            return 0
        if start == 0 or self.lowers[start - 1] not in ("the", "its", "of"):
            return 0
        name = self.view.span_text(start, e)
        m = self._add(start, e, kind="organization", name=name, key=f"named:{name.lower()}", detail=head_phrase)
        # "the Economic Community of Central Africa", "the European Space Agency": no one country's
        m.extra["needs_country"] = not supranational_name(words)
        return e

    def _state_company(self, e: int) -> tuple[int, int] | None:
        """``state[-run] <lower-case words> <company noun> <Name>`` after "Russia's": the name's span."""
        k = e
        if k + 1 < self.n and self.words[k] == "-" and self.lowers[k + 1] in ("run", "owned", "controlled"):
            k += 2
        j = k
        while j < self.n and j - k < 4 and self.words[j].isalpha() and self.words[j].islower():
            j += 1
        if j == k or self.lowers[j - 1] not in _COMPANY_NOUNS:
            return None
        start = j
        while j < self.n and j - start < 4 and self.words[j][:1].isupper() \
                and self.words[j].replace("-", "").isalpha() and self.words[j] not in _STOP_WORDS:
            j += 1
        return (start, j) if j > start else None

    def _state_company_before(self, s: int, e: int) -> tuple[int, int] | None:
        """"Turkmengaz, the Turkmen state gas company, said": the name in front of the apposition.

        The description must close with a comma (the whole apposition) and the name must stand
        alone before it, at the start of the sentence or after punctuation, and not be taken.
        """
        k = e
        j = k
        while j < self.n and j - k < 4 and self.words[j].isalpha() and self.words[j].islower():
            j += 1
        if j == k or self.lowers[j - 1] not in _COMPANY_NOUNS or j >= self.n or self.words[j] != ",":
            return None
        if s > 0 and self.lowers[s - 1] in ("the", "a", "an"):
            s -= 1
        if s < 2 or self.words[s - 1] != ",":
            return None
        end = s - 1
        start = end
        while start > 0 and end - start < 4 and self.words[start - 1][:1].isupper() \
                and self.words[start - 1].replace("-", "").isalpha() and self.words[start - 1] not in _NOT_NAMES:
            start -= 1
        if start == end or any(self.used[t] for t in range(start, end)):
            return None
        if start > 0 and not (self.view.sent_start[start] or self.doc[start - 1].is_punct
                              or self.lowers[start - 1] in REPORTING_VERBS):
            return None
        return start, end

    def _scope_end(self, e: int, openers: tuple[str, ...] = ("for", "on", "of")) -> int:
        """End of ``for/on/of [the] <Capitalised words>`` after a title ("for the South Caucasus",
        "the mayor of Kharkiv"), when a comma follows; else ``e``. The scope may also be a field
        and then a place ("head of operations for Yemen", "director of programmes in Sudan")."""
        if e + 2 >= self.n or self.lowers[e] not in openers:
            return e
        k = e + 1
        if self.lowers[k] == "the":
            k += 1
        start = k
        while k < self.n and k - start < 6 and (self.words[k][:1].isupper() or self.lowers[k] in ("and", "of", "-")):
            k += 1
        if k == start and self.lowers[e] == "of" and self.words[k].isalpha() and self.words[k].islower() \
                and k + 2 < self.n:
            # "head of operations for Yemen,", "head of operations,": a field (one lower-case word),
            # then the place it covers, if any
            if self.words[k + 1] == ",":
                return k + 1
            if self.lowers[k + 1] in _SCOPE_PLACE_PREPOSITIONS:
                place_end = self._scope_end(k + 1, tuple(_SCOPE_PLACE_PREPOSITIONS))
                return place_end if place_end > k + 1 else e
        return k if k > start and k < self.n and self.words[k] == "," else e

    def _owner_after(self, e: int) -> tuple[int, str | None, str | None] | None:
        """``for/of [the] <country or organisation> [institution]`` after an unnamed source's head:
        whom he speaks for ("a spokesman for the Nigerian foreign ministry"): (end, country, organization)."""
        if e + 1 >= self.n or self.lowers[e] not in ("for", "of"):
            return None
        k = e + 1
        if self.lowers[k] == "the":
            k += 1
        mod = self._modifier(k)
        if mod is None or mod[1].kind not in ("country", "organization", "group") \
                or self.words[mod[0] - 1] in _APOSTROPHE_S:
            return None
        end, entry = mod
        lex = self._lex(end, ("institution", "government"))
        if lex is not None:
            end = lex[0]
        elif entry.category in (DEMONYM, DEMONYM_PLURAL):
            return None  # "a spokesman for Turkish interests"
        if entry.kind == "country":
            return end, entry.country, None
        return end, entry.country, entry.name

    def _body_named(self, noun: str, position: int) -> Mention | None:
        """The last organisation mention before ``position`` whose name holds ``noun`` as a word."""
        word = noun.capitalize()
        return next((m for m in reversed(self.mentions)
                     if m.kind == "organization" and m.end <= position and word in m.name.split()), None)

    def _owning_body(self, owner: str, s: int) -> tuple[str | None, str | None]:
        """"the commission's chairperson, Judith Mwale": (country, name) of the body named before."""
        if owner not in _BODY_HEAD_NOUNS:
            return None, None
        body = self._body_named(owner, self.view.start[s])
        return (body.country, body.name) if body is not None else (None, None)

    def _institution_after(self, e: int) -> tuple[int, int] | None:
        """``for/of the <institution noun>`` after a source's head ("a spokesman for the foreign ministry"):
        the span of "the <noun>", when the noun alone stands for the actor in focus."""
        if e + 2 >= self.n or self.lowers[e] not in ("for", "of") or self.lowers[e + 1] not in ("the", "its"):
            return None
        lex = self._lex(e + 2, ("anaphor", "institution", "government"))
        if lex is None or lex[2] in ORG_ANAPHORS or (lex[2] not in self.anaphor_nouns
                                                       and lex[2] not in _VOICE_INSTITUTIONS):
            return None  # "a senior official of the bloc" is the bloc's own anonymous official
        if lex[0] < self.n and self._lex(lex[0], ("role", "institution")) is not None:
            return None  # "a spokesman for the ministry's press office": a longer phrase
        return e + 1, lex[0]

    def _owner_mention(self, e: int) -> tuple[int, str | None, str | None] | None:
        """:meth:`_owner_after` for a named person's title: the owner is mentioned in its own right."""
        owner = self._owner_after(e)
        if owner is not None:
            k = e + 2 if self.lowers[e + 1] == "the" else e + 1
            mod = self._modifier(k)
            if mod is not None:
                self._mod_mentions([(k, mod[0], mod[1])], titled=True)
        return owner

    def _complement(self, e: int) -> tuple[int, int, Entry] | None:
        """``to/at/in/of [the] <country or organisation>`` right after a title: (start, end, entry)."""
        if e + 1 >= self.n or self.lowers[e] not in ("to", "at", "in", "of"):
            return None
        k = e + 1
        if self.lowers[k] == "the":
            k += 1
        hit = self.layers.proper.get(k)
        if hit is None or hit[2].kind not in ("country", "organization") or self.used[k]:
            return None
        return k, hit[0], hit[2]

    def _apposition_after(self, e: int) -> tuple[int, int] | None:
        """``<title>, Name,`` ("The French foreign minister, Jean Roux, said"): the name after the comma."""
        if e + 1 >= self.n or self.words[e] != ",":
            return None
        k = e + 1
        while k < self.n and self._lex(k, ("role", "honorific")) is not None:  # ", General Jane Roe,"
            k = self._lex(k, ("role", "honorific"))[0]  # type: ignore[index]
        end = self.name_run(k)
        needed = 1 if k > e + 1 else 2
        if end - k < needed or self._word_count(k, end) < needed:
            return None
        e = k - 1
        after = self.lowers[end] if end < self.n else ""
        if after in (",", ".", ";") or after in REPORTING_VERBS:
            return e + 1, end
        return None

    def _opens_sentence(self, i: int) -> bool:
        """Does token ``i`` open its sentence, alone or after an article ("A spokesman added …")?"""
        if self.view.sent_start[i]:
            return True
        # "Foreign Adviser Jane Roe said": up to two capitalised modifiers the title did not keep, no place
        # or nation among them, open the sentence before it
        k = i
        while k > 0 and i - k < 2 and self.words[k - 1][:1].isupper() and self.words[k - 1].isalpha() \
                and self.layers.proper.get(k - 1) is None:
            k -= 1
            if self.view.sent_start[k]:
                return True
        return i > 0 and self.lowers[i - 1] in ("a", "an", "the") and bool(self.view.sent_start[i - 1])

    def _after_quote(self, i: int) -> bool:
        """Does token ``i`` follow a closing quotation (with or without a comma before it)?"""
        doc = self.doc
        if i > 0 and doc[i - 1].is_quote:
            return True
        return i > 1 and doc[i - 1].text == "," and doc[i - 2].is_quote

    def _opening_place(self, s: int) -> str | None:
        """"In Beijing, foreign ministry spokeswoman …": the country of the capital the sentence opens
        with, right before the title — where wires put a speaker's home."""
        if s < 4 or self.words[s - 1] != ",":
            return None
        start = self.covered.get(s - 2)
        if start is None or start < 1 or self.lowers[start - 1] != "in" or not self.view.sent_start[start - 1]:
            return None
        entry = self.layers.proper[start][2]
        return entry.country if entry.category == CAPITAL else None

    def _speaker_position(self, s: int, name_end: int) -> bool:
        """Is the titled name where a speaker stands: opening its sentence, after a quotation, or before a reporting verb?"""
        doc = self.doc
        if self.view.sent_start[s] or (s > 0 and doc[s - 1].is_quote):
            return True
        if s > 1 and self.words[s - 1] == "," and doc[s - 2].is_quote:
            return True
        return name_end < self.n and self.lowers[name_end] in REPORTING_VERBS

    def _person_before(self, s: int, det: str) -> Mention | None:
        """``Name, [the] <title>`` where the name is already a person mention (a known office holder)."""
        k = s - 1 if det in _DETERMINERS else s
        if k < 2 or self.words[k - 1] != "," or not self.used[k - 2]:
            return None
        end = self.view.end[k - 2]
        for m in reversed(self.mentions):
            if m.end == end:
                return m if m.kind == "person" and not m.anonymous else None
            if m.end < end:
                return None
        return None

    def _apposition(self, s: int, det: str) -> tuple[int, int] | None:
        """``Name, [the] <title>``: the name before the comma, if any."""
        k = s - 1 if det in _DETERMINERS else s
        if k < 2 or self.words[k - 1] != ",":
            return None
        end = k - 1
        start = end
        if self.words[end - 1] in _SURNAME_TITLES and self.is_name_token(end - 2):
            start = end - 1  # "Amy Pope, the head of …": a title word as the family name
        while start > 0 and end - start < _MAX_NAME_TOKENS + 3 and (
                self.is_name_token(start - 1) or self.lowers[start - 1] in _NAME_PARTICLES
                or (self.words[start - 1] == "-" and start > 1 and not self.doc[start - 2].whitespace_)):
            start -= 1  # "Hamid bin Rashid al-Nuaimi, an adviser …": particles and hyphens inside the name
        while start < end and not self.is_name_token(start):
            start += 1
        if start == end or self.name_run(start) != end:
            return None
        return start, end

    def _first_names(self) -> dict[str, str]:
        """First word -> the one full name (two or more words, found as a person) opening with it.

        '"We had no chance," Karim said' after "Karim Haddad, a fisherman, said": reporters call
        ordinary people by their first name too. A first word two full names share names nobody.
        """
        found: dict[str, set[str]] = {}
        for m in self.mentions:  # only where a lone name stands in a speaker's slot: seldom
            if m.kind == "person" and not m.anonymous and " " in m.name:
                found.setdefault(m.name.split()[0], set()).add(m.name)
        return {w: next(iter(names)) for w, names in found.items()
                if len(names) == 1 and w[:1].isupper() and w.isalpha()}

    def _full_names(self) -> dict[str, str]:
        """Last word -> the first run of two or more name words ending in it, anywhere in the text."""
        out: dict[str, str] = {}
        for i, end in self._name_runs():
            if end - i >= 2 and self._word_count(i, end) >= 2 and not self.view.sent_start[i]:
                portfolio = portfolio_title(self, i, end)  # "Minister of Health Ana Ruiz": not "Health"
                out.setdefault(self.words[end - 1], self.view.span_text(portfolio[0] if portfolio else i, end))
        return out

    def _name_runs(self):
        """(start, end) of every maximal run of name words, left to right (lazily, so rules
        that add mentions between two runs are seen by the next one)."""
        i = 0
        name_like = self._name_like_list
        while i < self.n:
            k = bisect_left(name_like, i)  # a token that is not name-like is never a name token
            if k == len(name_like):
                return
            i = name_like[k]
            if not self.is_name_token(i) or (i > 0 and self.is_name_token(i - 1)):
                i += 1
                continue
            end = self.name_run(i)
            yield i, end
            i = max(end, i + 1)

    def _reporting_subjects(self) -> None:
        """"Jane Doe said": two or more name words right before a reporting verb, or after "said".

        A lone surname before a reporting verb ("Doe said") is a person too when the
        text also writes the full name ("Jane Doe") somewhere.
        """
        full_names: dict[str, str] | None = None
        for i, end in self._name_runs():
            if acronym_run(self, i, end) and i not in self.covered and i not in self.layers.proper \
                    and office_holders().canonical(self.words[i]) is None:  # an acronym no one knows
                described = described_acronym(self, end)
                if described is not None:
                    # "The VSB, the security service of Moldova, said": a body, of the description's country
                    add_acronym_body(self, i, end, country=described[0], description=described[1:])
                    continue
                if acronym_acts(self, i, end, REPORTING_VERBS):
                    # "the KLPF said", "MDP-KF warned": an unknown acronym that speaks is a body (orgnames.py)
                    add_acronym_body(self, i, end)
                    continue
            if end - i == 1 and end < self.n and self.lowers[end] in REPORTING_VERBS:
                if full_names is None:
                    full_names = self._full_names()
                full = full_names.get(self.words[i]) or self._first_names().get(self.words[i])
                if full is not None:
                    self._add(i, end, kind="person", name=full, key=f"person:{full}")
                elif self._after_quote(i) and not self.words[i].isupper():
                    # '"…," Okafor said': a lone name in the speaker's slot right after a quotation
                    self._add(i, end, kind="person", name=self.words[i], key=f"person:{self.words[i]}")
            named_end = end
            while named_end < self.n and named_end - end < 2 and self.words[named_end] in _FEATURE_WORDS:
                named_end += 1  # "Blue Harbour, a Manila-based charity,": a place word ends the body's name
            body = described_body(self, i, named_end) if named_end < self.n and self.words[named_end] == "," else None
            if body is not None and not any(self.used[k] for k in range(i, named_end)):
                # "Zeta Logistics, a Kenyan shipping firm, said" (companies.py)
                name = self.view.span_text(i, named_end)
                self._add(i, named_end, kind="organization", name=name, country=body[0], key=f"org:{name}")
                continue
            portfolio = portfolio_title(self, i, end) if end - i >= 2 else None
            if portfolio is not None:
                # "Minister of Water Resources and Irrigation Hani Sewilam" (portfolios.py)
                k, title, role, country = portfolio
                extra = {"title_start": self.view.start[title], "gender": None}
                if country is None:  # the ministry of that portfolio may say whose minister this is
                    extra["portfolio"] = role.split(" ", 2)[-1]
                if self._speaker_position(title, end):
                    extra["speaker_position"] = True
                    extra["title_opens"] = self.view.sent_start[title] or self._after_quote(title)
                name = self.view.span_text(k, end)
                self._add(k, end, kind="person", name=name, key=f"person:{name}", role=role, country=country,
                          extra=extra)
                continue
            if end - i >= 2 and self._word_count(i, end) >= 2 and not self._tail_of_body_name(i):
                owner = possessed_name(self, i, end, REPORTING_VERBS)
                if owner is not None:
                    # "CNN's Maria Oduya, reporting from Khartoum, said": the owner's person (apposed.py)
                    name = self.view.span_text(i, end)
                    self._add(i, end, kind="person", name=name, key=f"person:{name}", country=owner[0],
                              organization=owner[1])
                    continue
                body = self._body_after_of(end)
                if body is not None:
                    # "Miriam Osei of Amnesty International said": a person speaking for that body
                    name = self.view.span_text(i, end)
                    self._add(i, end, kind="person", name=name, key=f"person:{name}", country=body.country,
                              organization=body.name)
                    continue
                aged = self._past_age(end)  # "Kwame Boateng, 61, said": the age stands between
                after = self.lowers[aged + 1 if aged > end else end] if end < self.n else ""
                before = self.lowers[i - 1] if i > 0 else ""
                if before in _PLACE_BEFORE or (before == "of" and i > 1 and self.lowers[i - 2] in _PLACE_NOUNS):
                    continue  # "families in the town of El Fasher said": a place, not the speaker
                if after in REPORTING_VERBS or (before in REPORTING_VERBS and (
                        end >= self.n or self.doc[end].is_punct)) or (
                        before == "to" and i > 1 and self.lowers[i - 2] == "according") or (
                        self._described_speaker(aged) or self._relative_aside(aged)
                        or post_described_speaker(self, aged, REPORTING_VERBS)
                        or heads_roundup_line(self, i, end)):
                    name = self.view.span_text(i, end)
                    self._add(i, end, kind="person", name=name, key=f"person:{name}")
                    continue
                if self._aged_description(end) or aged > end:
                    # "Lena Roth, a 34-year-old freelance reporter, was arrested", "Ruben Vardanyan, 57, …":
                    # an age says a person
                    name = self.view.span_text(i, end)
                    self._add(i, end, kind="person", name=name, key=f"person:{name}")
                    continue
                notes = description_before(self, i, end, REPORTING_VERBS)
                if notes is not None:
                    # "Her mother, Sabine Roth, appealed …", "Its envoy for the Balkans, Ingrid Solheim," (apposed.py)
                    name = self.view.span_text(i, end)
                    role = notes.pop("role", None)
                    country = notes.pop("country", None)
                    self._add(i, end, kind="person", name=name, key=f"person:{name}", role=role, country=country,
                              extra=notes)

    def _body_after_of(self, end: int) -> Mention | None:
        """"<Name> of [the] <organisation or group> said/told": the body's mention, else None. A place after
        "of" ("Ali Hassan of Mosul") is no body."""
        if end + 2 >= self.n or self.lowers[end] != "of":
            return None
        k = end + 2 if self.lowers[end + 1] == "the" else end + 1
        if k >= self.n or not self.used[k]:
            return None
        at = self.view.start[k]
        body = next((m for m in self.mentions if m.start == at and m.kind in ("organization", "group")), None)
        if body is None:
            return None
        t = k
        while t < self.n and self.view.start[t] < body.end:
            t += 1
        return body if t < self.n and self.lowers[t] in REPORTING_VERBS else None

    def _surname_like_country(self, e: int, name_end: int) -> int:
        """"Prime Minister Luis Montenegro's office": a given name after a title, then a one-word country
        name closing the phrase (a possessive, a reporting verb, a comma or a full stop) is a surname."""
        if name_end != e + 1 or name_end + 1 >= self.n:
            return name_end
        hit = self.layers.proper.get(name_end)
        if hit is None or hit[0] != name_end + 1 or hit[2].category != COUNTRY_NAME or self.used[name_end]:
            return name_end
        after = self.words[name_end + 1]
        if after in _APOSTROPHE_S or after in (",", ".") or self.lowers[name_end + 1] in REPORTING_VERBS:
            return name_end + 1
        return name_end

    def _relative_aside(self, end: int) -> bool:
        """"Olena Shevchuk, who runs a shelter in Kharkiv, said": a relative clause about a person between
        the name and a reporting verb (not "…, which …": a body)."""
        if end + 3 >= self.n or self.words[end] != "," or self.lowers[end + 1] not in ("who", "whose"):
            return False
        for k in range(end + 2, min(end + 25, self.n - 1)):
            if self.words[k] == ",":
                return self.lowers[k + 1] in REPORTING_VERBS
            if self.words[k] in (".", ";", ":", "\"", "\u201c", "\u201d"):
                return False
        return False

    def _aged_description(self, end: int) -> bool:
        """Is the name ending at ``end`` followed by ", a 34-year-old …" (an age in its apposition)?"""
        if end + 2 >= self.n or self.words[end] != "," or self.lowers[end + 1] not in ("a", "an"):
            return False
        start = self.view.start[end + 2]
        return _AGED.match(self.text, start) is not None

    def _past_age(self, end: int) -> int:
        """After a name ending at ``end``: the second comma of ", 54," (an age in apposition); else ``end``."""
        if end + 3 < self.n and self.words[end] == "," and self.view.like_num[end + 1] \
                and self.words[end + 2] == "," and self.words[end + 1].isdigit() and len(self.words[end + 1]) <= 3:
            return end + 2
        return end

    def _described_speaker(self, end: int) -> bool:
        """"Ruth Sela, a local teacher, said": a name, then "a/an" + a short lower-case description
        ending in a person noun, then a comma and a reporting verb.

        Reporters introduce ordinary people (residents, campaigners, witnesses) this way with no
        title from the lexicon; without this rule they are lost. A description ending in an
        organisation noun ("Amnesty International, a rights group, said") is a body, not a person.
        """
        # "Lars Dahl, the harbour master, said": a definite description too, if all in lower case
        if end + 3 >= self.n or self.words[end] != "," or self.lowers[end + 1] not in ("a", "an", "the"):
            return False
        for k in range(end + 2, min(end + 16, self.n - 1)):
            if self.words[k] == ",":
                head = k - 1  # "a welder from Ostrava": the head noun stands before "from <Place>"
                while head > end + 2 and self.words[head][:1].isupper():
                    head -= 1
                if head < k - 1 and self.lowers[head] in ("from", "in", "of", "near", "at"):
                    head -= 1
                # "a researcher at the institute": the head stands before the first preposition
                link = next((t for t in range(end + 3, k) if self.lowers[t] in _DESCRIPTION_LINKS), None)
                if link is not None and link - 1 > end + 1:
                    head = link - 1
                    while head > end + 2 and self.lowers[head].endswith("ed"):
                        head -= 1  # "a charity based in Beirut": the noun before the participle
                # "Aiko Tanaka, a Japanese aid worker, has been missing": a state verb after the
                # indefinite description says a person too (round 5)
                verb = self.lowers[k + 1] in REPORTING_VERBS or (
                    (self.lowers[end + 1] in ("a", "an") or definite_person_description(self.words[end + 2:k], self.gaz))
                    and self.lowers[k + 1] in _STATE_VERBS)
                return (head > end + 1 and verb
                        and self.words[head].islower() and self.lowers[head] not in _BODY_NOUNS)
            if self.doc[k].is_punct and self.words[k] != "-":
                return False
        return False

    def _tail_of_body_name(self, i: int) -> bool:
        """Does the run at ``i`` continue an organisation's name ("Inter-Services Public Relations said")?

        The word before is capitalised, inside the sentence, and one of the organisation words that
        are never part of a person's name (Services, Council, Ministry…).
        """
        if i == 0 or self.view.sent_start[i]:
            return False
        prev = self.words[i - 1]
        return prev[:1].isupper() and prev in _NOT_NAMES and prev not in _STOP_WORDS

    def _word_count(self, s: int, e: int) -> int:
        # from the token view's words: no spaCy Span and Token objects per call
        words = self.words
        return sum(1 for k in range(s, min(e, self.n)) if words[k][:1].isupper())

    def _reporting_subjects_from_entities(self) -> None:
        """With a trained NER, PERSON entities before a reporting verb are names (extra evidence)."""
        if not self.doc.ents:  # no trained NER, or nothing found (cheaper than has_annotation)
            return
        for ent in self.doc.ents:
            if ent.label_ != "PERSON" or any(self.used[k] for k in range(ent.start, ent.end)) \
                    or acronym_body(ent.text):
                continue  # "MDP-KF said": an acronym is a body's, never a person's name (orgnames.py)
            after = self.lowers[ent.end] if ent.end < self.n else ""
            if after in REPORTING_VERBS and all(self.is_name_token(k) or self.doc[k].is_punct
                                                for k in range(ent.start, ent.end)):
                self._add(ent.start, ent.end, kind="person", name=ent.text, key=f"person:{ent.text}")


_FEMALE = ("mrs", "ms", "miss", "madam", "dame", "lady", "queen", "woman", "wife", "princess", "empress")
_MALE = ("mr", "sir", "lord", "king", "prince", "emperor", "man", "sultan", "emir", "sheikh", "ayatollah")


def _gender(title: str) -> str | None:
    """Grammatical gender a title shows ("Mrs.", "spokeswoman", "King"), for pronoun agreement."""
    words = [w.strip(".").lower() for w in title.split()]
    if any(w in _FEMALE or w.endswith("woman") for w in words):
        return "female"
    if any(w in _MALE or (w.endswith("man") and not w.endswith("woman")) for w in words):
        return "male"
    return None


#: Lower-case words after a hyphen that are English, not the second syllable of a given name.
_NOT_SYLLABLES = frozenset({"era", "led", "run", "born", "based", "style", "backed", "like", "made", "free", "held",
                            "type", "wing", "era's", "elect", "owned", "linked", "level", "year", "day", "old"})


def _syllable(word: str) -> bool:
    """A romanised syllable of a given name ("mok", "in", "hye", "myung")?"""
    return 1 < len(word) <= 6 and word.isalpha() and word.islower() and word not in _NOT_SYLLABLES


def _is_counterpart(role: str) -> bool:
    return role.lower().endswith("counterpart")


def recognize(doc: Any, layers: Layers, gazetteer: Gazetteer) -> list[Mention]:
    """All raw mentions in ``doc``, in text order."""
    return Recognizer(doc, layers, gazetteer).run()
