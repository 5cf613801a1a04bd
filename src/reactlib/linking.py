"""Linking a mention in the text to the actor it denotes.

The quote and stance extractors find *where* a speaker or target is mentioned
("Erdogan", "He", "the foreign ministry", "the German foreign minister"); this
module says *who* that is, using the actors the actor extractor found. The actor
extractor uses the same class for its own anaphora, so both agree.

How a span is resolved (:meth:`ActorLinker.resolve`), first rule that answers wins:

0. a possessive pronoun before a mouthpiece noun ("its spokesman", "his office", "her
   lawyer", "their campaign"): the pronoun's owner, who speaks through it (see
   :meth:`ActorLinker.possessive_owner`);
1. it overlaps a known mention: that mention's actor (the one overlapping most, but a
   person named last in the span wins over the organisation or country in his title);
2. a personal pronoun: *he/him/his/she/her* → the nearest preceding person, *it/its*
   → the nearest country or organisation, *they/them/their* → the nearest group,
   organisation or country. "Nearest" walks back sentence by sentence (at most
   :data:`LOOKBACK` sentences) and, inside a sentence, prefers the *first* compatible
   mention, which in news prose is nearly always the subject. Mentions inside
   quotation marks are skipped unless the pronoun is inside the same quotation;
3. a role phrase ("the German foreign minister", "the president", "Turkey's
   defence minister"): the person whose role ends with that title, of that country
   or organisation when one is named, else preferring the country in focus; the
   nearest preceding holder wins;
4. "the bloc", "the alliance": the nearest organisation without a country;
   an institution or government noun with no country ("the ministry", "the
   foreign ministry", "the government"): the country in focus — or that country's
   matching institution when it is an actor;
5. a country, demonym or capital inside the span ("the Turkish government"): that
   country's actor; an anonymous-source head ("the source"): the nearest anonymous
   person;
6. otherwise None.

All look-ups are bounded (sentence look-back, span length), so no text makes the
linker loop or take more than linear time per query.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import Any, Callable

from .group_anaphors import is_group_by_kind
from .types import Actor, Article

#: How many sentences back an antecedent or the country in focus is looked for.
LOOKBACK = 6
#: Most mentions one antecedent search examines, so a sentence of thousands of mentions
#: cannot make each pronoun cost a pass over all of them.
MAX_SCAN = 300
#: How far (characters) after "X's" the possessed head may start ("North Korea's official news agency").
POSSESSED_HEAD_CHARS = 30
#: How many mentions before a span :meth:`ActorLinker.mentions_in` looks at for one reaching into it.
OVERLAP_LOOKBACK = 8
#: Longest span (characters) :meth:`ActorLinker.resolve` parses for roles and countries.
MAX_RESOLVE_CHARS = 200

#: Nouns that, after "the", stand for the organisation in focus ("the bloc's secretariat said").
ORG_ANAPHORS = frozenset({"bloc", "alliance", "organisation", "organization", "grouping"})
_MALE = frozenset({"he", "him", "his", "himself"})
_MALE_FEMALE = _MALE | frozenset({"she", "her", "hers", "herself"})
_IT = frozenset({"it", "its", "itself"})
_OBJECT = frozenset({"him", "them"})
_THEY = frozenset({"they", "them", "their", "theirs", "themselves"})
_SKIP_WORDS = frozenset({"the", "a", "an", "its", "his", "her", "their", "our", "this", "that"})
_POSSESSIVES = frozenset({"its", "his", "her", "their"})
#: Nouns through which an owner speaks: "its spokesman said" is the owner speaking. Only
#: mouthpieces, not relatives or rivals ("his wife", "her deputy" speak for themselves).
MOUTHPIECES = frozenset({
    "spokesman", "spokeswoman", "spokesperson", "spokesmen", "spokeswomen", "spokespeople",
    "spokespersons", "office", "offices", "campaign", "camp", "lawyer", "lawyers", "attorney",
    "attorneys", "solicitor", "solicitors", "counsel", "aide", "aides", "representative",
    "representatives", "secretary", "service", "team", "staff", "publicist", "agent",
    "headquarters", "embassy", "mission", "delegation", "envoy", "statement"})
#: Longest possessive phrase (words) read as "owner's mouthpiece": "her press office", "his
#: campaign chief spokesman"; longer phrases name something else.
MAX_POSSESSIVE_WORDS = 5
#: How far (characters) after the comma of a fronted "According to his campaign," the
#: main clause's subject may start for the pronoun to point forward to it.
CATAPHORA_WINDOW = 60
#: Documents that speak for whoever issued them: "the statement said", "the communique read".
DOCUMENTS = frozenset({"statement", "communique", "communiqu\u00e9", "readout", "letter", "note", "release",
                       "declaration", "memo", "notice", "bulletin", "post"})
#: How many sentences back the issuer of "the statement" is looked for.
DOCUMENT_LOOKBACK = 3
_ANONYMOUS_HEADS = frozenset({"source", "sources", "official", "officials", "diplomat", "aide", "adviser",
                              "insider", "spokesman", "spokeswoman", "spokesperson", "officer"})


_SHARED_KEY = "reactlib.actor_linker"


def shared_linker(article: Article, doc: Any) -> "ActorLinker":
    """The ActorLinker of ``article``'s actors over ``doc``, made once and shared by the stages
    after the actor extractor (quotes, stances) through ``doc.user_data``.

    A linker reads only the text, the actors and the Doc, so a later stage whose Article
    carries the very same actors (the same tuple: records are frozen) gets the one made
    before it; new actors, or a Doc without ``user_data``, get a new linker."""
    data = getattr(doc, "user_data", None)
    if not isinstance(data, dict):
        return ActorLinker(article, doc)
    hit = data.get(_SHARED_KEY)
    if hit is not None and hit[0] is article.actors and hit[1] is article.text and hit[2].doc is doc:
        return hit[2]
    linker = ActorLinker(article, doc)
    data[_SHARED_KEY] = (article.actors, article.text, linker)
    return linker


def _words(text: str) -> list[str]:
    out = []
    for raw in text.replace("\u2019", "'").split():
        w = raw.strip(".,;:!?\"()[]\u201c\u201d")
        if w.endswith("'s"):
            w = w[:-2]
        if w:
            out.append(w)
    return out


class ActorLinker:
    """Answers "which actor is mentioned at text[start:end]?" for one article.

    :param article: an Article whose ``actors`` are filled in.
    :param doc: its spaCy Doc (optional): its sentence boundaries are used when present.
    :param gazetteer: the actor gazetteer (default: the built-in one).
    """

    def __init__(self, article: Article, doc: Any = None, gazetteer: Any = None) -> None:
        self.article = article
        self.doc = doc
        self._gazetteer = gazetteer
        spans = sorted((s, e, a.id) for a in article.actors for s, e in a.mentions)
        self._starts = [s for s, _, _ in spans]
        self._spans = spans
        self._by_id = {a.id: a for a in article.actors}
        self._sentences = shared_sentence_index(article.text, doc)
        self._quotes = shared_quote_index(article.text)
        #: :meth:`opening_place_country` by sentence start: every speaker, role and institution
        #: of one sentence asks about the same opening
        self._opening_places: dict[int, str | None] = {}

    # -- the original, overlap-based API ------------------------------------------------

    def mentions_in(self, start: int, end: int) -> list[tuple[int, int, str]]:
        """Known mentions (start, end, actor id) that overlap text[start:end], in text order."""
        i = bisect.bisect_left(self._starts, start)
        # step back over mentions that start before ``start`` but reach into the span; a long mention
        # ("France, Britain and Germany") may hold shorter ones, so look a few mentions further back
        j = i
        k = i - 1
        while k >= 0 and i - k <= OVERLAP_LOOKBACK:
            if self._spans[k][1] > start:
                j = k
            k -= 1
        out = []
        for s, e, actor_id in self._spans[j:]:
            if s >= end:
                break
            if e > start:
                out.append((s, e, actor_id))
        return out

    def actor_at(self, start: int, end: int) -> str | None:
        """The actor whose mention overlaps text[start:end] the most, or None.

        A person named at the end of the span wins over the organisations and countries of his
        title: "Organization of American States Secretary General Luis Almagro" is Almagro.
        """
        found = self.mentions_in(start, end)
        if len(found) > 1:
            s, e, last = found[-1]
            last_actor = self._by_id.get(last)
            if last_actor is not None and last_actor.kind == "person" and e <= end \
                    and not self.article.text[e:end].strip(" ,.;:'\u2019s"):
                return last
        best, best_overlap = None, 0
        for s, e, actor_id in found:
            overlap = min(e, end) - max(s, start)
            if overlap > best_overlap:
                best, best_overlap = actor_id, overlap
        return best

    def actor(self, actor_id: str | None) -> Actor | None:
        """The actor with this id, or None."""
        return self._by_id.get(actor_id) if actor_id is not None else None

    # -- resolution ------------------------------------------------------------------------

    @property
    def gazetteer(self) -> Any:
        if self._gazetteer is None:
            self._gazetteer = default_gazetteer()
        return self._gazetteer

    def resolve(self, start: int, end: int) -> str | None:
        """The actor that text[start:end] denotes (a name, a pronoun, a role, "the ministry"), or None.

        See the module docstring for the rules, in order.
        """
        text = self.article.text
        start, end = max(0, start), min(len(text), end)
        if start >= end:
            return None
        owner = self.possessive_owner(start, end)
        if owner is not None:
            return owner
        known = self.actor_at(start, end)
        if known is not None:
            return known
        if end - start > MAX_RESOLVE_CHARS:
            return None
        words = _words(text[start:end])
        if not words:
            return None
        lower = [w.lower() for w in words]
        if len(lower) == 1 and lower[0] in _MALE_FEMALE | _IT | _THEY:
            # an object pronoun is not its own clause's subject: "Roux met him" is not Roux
            accept = _pronoun_accepts(lower[0])
            skip = self._subject_of_sentence(start, accept) if lower[0] in _OBJECT else None
            forward = self._cataphor(start, accept) if lower[0] in _POSSESSIVES else None
            if forward is not None:
                return forward
            return self.antecedent(start, lambda a: a.id != skip and accept(a))
        content = [w for w in lower if w not in _SKIP_WORDS]
        country, organization = self._country_in(words)
        role = self._longest_lexicon(content, ("role",))
        place = self.opening_place_country(start) if country is None and organization is None else None
        if role is not None and place is not None:
            # "In Santiago, the president told reporters": the president of the place's country
            holder = self.role_holder(role, start, country=place)
            if holder is not None:
                return holder
        if role is not None:
            holder = self.role_holder(role, start, country=country, organization=organization)
            if holder is not None or not (content and content[-1] in _ANONYMOUS_HEADS):
                # a role phrase names a person: never the country in its title
                return holder
        if len(content) == 1 and lower[0] == "the" and role is None and country is None:
            named = self.named_body(start, _recognize.BODY_MEMBERS.get(content[0], content[0]))
            if named is not None:  # "the commission" after "the Electoral Commission of Zambia"
                return named
        if role is None and country is None and organization is None and is_group_by_kind(words):
            # "the aid group", "the charity": the organisation or group named before
            found = self.antecedent(start, lambda a: a.kind in ("organization", "group"))
            if found is not None:
                return found
        institution = self._longest_lexicon(content, ("institution", "anaphor", "government"))
        if institution in ORG_ANAPHORS and role is None and country is None and len(content) == 1:
            # "the bloc", "the alliance": the organisation in focus, never a country
            return self.antecedent(start, lambda a: a.kind == "organization" and a.country is None)
        if institution is not None and role is None:
            code = (country or self._owner_after(end) or place
                    or (self.host_country(start) if organization is None else None)  # only when needed
                    or self.country_in_focus(start))
            if code is None and self._focus_is_stateless(start):
                # "Amnesty accused Egypt of torture. The government denied it": a body with no country
                # has no government; the state it spoke of does
                code = self._nearest_country(start)
            if code is not None:
                return self._institution_or_country(code, institution)
        if content and content[-1] in _ANONYMOUS_HEADS:
            found = self.antecedent(start, lambda a: a.kind == "person" and a.anonymous)
            if found is not None:
                return found
        if country is not None:
            return self.country_actor(country)
        if organization is not None:
            return next((a.id for a in self.article.actors if a.name == organization), None)
        if len(content) == 1 and content[0] in DOCUMENTS and lower[0] in ("the", "this", "that"):
            # "the statement said": the issuer, who is the subject of the sentences before
            return self.document_issuer(start)
        return None

    def pronoun_before(self, position: int, pronoun: str) -> str | None:
        """The antecedent of ``pronoun`` looked for only before ``position`` ("Washington remained
        committed …, it added": the speaker is no actor of its own report, so the search starts at the
        sentence's start)."""
        return self.antecedent(position, _pronoun_accepts(pronoun.lower()))

    def named_body(self, position: int, noun: str) -> str | None:
        """The organisation named last before ``position`` whose name holds ``noun`` as a word: "the
        court" is the Constitutional Court, "the commission" the Electoral Commission of Zambia."""
        word = noun.capitalize()
        # a named body is distinctive: looked for over the whole text before, not only a few sentences
        i = bisect.bisect_left(self._starts, position) - 1
        stop = max(-1, i - MAX_SCAN)
        while i > stop:
            s, _, actor_id = self._spans[i]
            actor = self._by_id[actor_id]
            if actor.kind == "organization" and word in actor.name.split() and self._quotes.quote_of(s) is None:
                return actor_id
            i -= 1
        return None

    def document_issuer(self, position: int) -> str | None:
        """Who issued "the statement" read at ``position``: the actor in focus there (the subject of
        the nearest sentence before it with one, "Ghana's foreign ministry issued a statement"), when
        that is a country, an organisation, a group or a named person; None when nobody is in focus."""
        found = self.actor(self.focus(position, lookback=DOCUMENT_LOOKBACK))
        if found is None or (found.kind == "person" and found.anonymous):
            return None
        return found.id

    def possessive_owner(self, start: int, end: int) -> str | None:
        """The owner of "its spokesman", "his office", "their lawyer": who speaks through them.

        The phrase must start with a possessive pronoun and end with a mouthpiece noun
        (:data:`MOUTHPIECES`), with no known mention after the pronoun ("his lawyer Ana
        Ruiz" is Ruiz). The pronoun then resolves as rule 2 does, by agreement: *its* an
        organisation or country, *his/her* a person, *their* a group, organisation or
        country. One exception reads forward: in a fronted "According to his campaign,
        Senator Rey was unhurt" the pronoun points to the main clause's subject just
        after the comma (cataphora), when that subject agrees.
        """
        text = self.article.text
        if end - start > MAX_RESOLVE_CHARS:
            return None
        words = [w.lower() for w in _words(text[start:end])]
        if not (2 <= len(words) <= MAX_POSSESSIVE_WORDS) or words[0] not in _POSSESSIVES \
                or words[-1] not in MOUTHPIECES:
            return None
        pronoun_end = start + len(text[start:end]) - len(text[start:end].lstrip())
        pronoun_end += len(words[0])
        if self.mentions_in(pronoun_end, end):
            return None
        accept = _pronoun_accepts(words[0])
        forward = self._cataphor(start, accept)
        if forward is not None:
            return forward
        return self.antecedent(start, accept)

    def _cataphor(self, start: int, accept: Callable[[Actor], bool]) -> str | None:
        """The subject after a sentence-initial "According to his campaign," when it agrees.

        ``start`` is where the possessive pronoun starts. In that fronted phrase the
        pronoun points forward to the main clause's subject, the first mention after the
        comma (within :data:`CATAPHORA_WINDOW` characters).
        """
        text = self.article.text
        sent = self._sentences.index(start)
        before = " ".join(text[self._sentences.starts[sent]:start].split()).strip(" \"'\u201c").lower()
        if before != "according to":
            return None
        comma = start
        while comma < len(text) and comma - start < CATAPHORA_WINDOW and (text[comma].isalnum() or text[comma] in " -'\u2019"):
            comma += 1
        if comma >= len(text) or text[comma] != ",":
            return None
        i = bisect.bisect_left(self._starts, comma)
        if i >= len(self._spans) or self._spans[i][0] - comma > CATAPHORA_WINDOW:
            return None
        s, _, actor_id = self._spans[i]
        if self._sentences.index(s) != sent or not accept(self._by_id[actor_id]):
            return None
        return actor_id

    def antecedent(self, position: int, accept: Callable[[Actor], bool], *,
                   skip_adjectives: bool = False) -> str | None:
        """The nearest preceding actor ``accept`` takes, preferring the first mention of a sentence.

        :param skip_adjectives: ignore mentions that are a bare demonym ("Syrian"), which
            name a country without making it the subject.
        """
        quote = self._quotes.quote_of(position)
        sent = self._sentences.index(position)
        starts = self._sentences.starts
        budget = MAX_SCAN
        for k in range(sent, max(-1, sent - LOOKBACK), -1):
            s0 = starts[k]
            limit = position if k == sent else (starts[k + 1] if k + 1 < len(starts) else len(self.article.text))
            i = bisect.bisect_left(self._starts, s0)
            while i < len(self._spans) and self._spans[i][0] < limit:
                budget -= 1
                if budget < 0:
                    return None
                s, _, actor_id = self._spans[i]
                i += 1
                q = self._quotes.quote_of(s)
                if q is not None and q != quote:
                    continue
                actor = self._by_id[actor_id]
                if skip_adjectives and self._is_adjective(s, self._spans[i - 1][1]):
                    continue
                if accept(actor):
                    return self._head_after_possessor(i - 1, limit, accept) or actor_id
        return None

    def _head_after_possessor(self, k: int, limit: int, accept: Callable[[Actor], bool]) -> str | None:
        """"North Korea's official news agency said …, which it described": the possessor's head (the
        agency), when it follows the possessive within a few words and ``accept`` takes it too."""
        s, e, actor_id = self._spans[k]
        text = self.article.text
        if text[e:e + 2] not in ("'s", "\u2019s"):
            return None
        for s2, e2, other in self._spans[k + 1:k + 4]:
            if s2 >= limit or s2 - e > POSSESSED_HEAD_CHARS:
                break
            if other != actor_id and accept(self._by_id[other]):
                return other
        return None

    def focus(self, position: int, lookback: int = LOOKBACK) -> str | None:
        """The actor in focus at ``position``: the subject of the nearest sentence that has one.

        The subject is the first actor mentioned in a sentence, outside quotations and
        before ``position``. Sentences with no actor are passed over; the first subject
        found is the answer, so when a sentence is about an organisation with no country
        ("ECOWAS threatened …") the focus has moved away from any country.
        """
        quote = self._quotes.quote_of(position)
        sent = self._sentences.index(position)
        starts = self._sentences.starts
        for k in range(sent, max(-1, sent - lookback), -1):
            limit = position if k == sent else (starts[k + 1] if k + 1 < len(starts) else len(self.article.text))
            i = bisect.bisect_left(self._starts, starts[k])
            stop = min(len(self._spans), i + MAX_SCAN)
            while i < stop and self._spans[i][0] < limit:
                s, e, actor_id = self._spans[i]
                i += 1
                q = self._quotes.quote_of(s)
                if (q is not None and q != quote) or self._is_adjective(s, e):
                    continue
                return actor_id
        return None

    def opening_place_country(self, position: int) -> str | None:
        """ISO alpha-3 of the place a sentence opens on ("In Quito, the foreign ministry said …"), or None.

        A report that moves to a capital or a major city before its subject ("In Beijing, …", "From
        Nairobi, …") is telling whose government, ministry or president speaks next, whatever the
        sentences before were about. Only capitals and seats of power of the gazetteer and the cities
        of ``cities.tsv``; cities that stand for an international body ("Brussels") decide nothing.
        """
        start, _ = self.sentence_bounds(position)
        known = self._opening_places
        if start not in known:
            known[start] = place_opening_country(self.article.text, start, self.gazetteer)
        return known[start]

    def _owner_after(self, end: int) -> str | None:
        """"the government of Co-Presidents Daniel Ortega and …", "the government of Peru": the country of
        the actor named right after "of" (its title between), or None."""
        text = self.article.text
        m = _OF_OWNER.match(text, end)
        if m is None:
            return None
        found = self.mentions_in(m.end(), m.end() + _OWNER_CHARS)
        if not found or found[0][0] - m.end() > _OWNER_CHARS:
            return None
        s, _, actor_id = found[0]
        if not _OWNER_TITLE.fullmatch(text[m.end():s]):
            return None
        actor = self._by_id[actor_id]
        return actor.country if actor.kind in ("person", "country") else None

    def _focus_is_stateless(self, position: int) -> bool:
        """Is the actor in focus an organisation or group with no country (the UN, Amnesty, a bloc)?"""
        found = self.actor(self.focus(position))
        return found is not None and found.kind in ("organization", "group") and found.country is None

    def _nearest_country(self, position: int) -> str | None:
        """The country of the nearest preceding actor that has one (a country, its junta, its leader;
        the subject of a sentence first)."""
        found = self.actor(self.antecedent(position, lambda a: a.country is not None))
        return found.country if found is not None else None

    def host_country(self, position: int) -> str | None:
        """ISO alpha-3 of the country a mission named earlier in the sentence serves in ("The US embassy
        in Tashkent urged the authorities …": the authorities are Uzbekistan's), or None.

        A diplomat or embassy speaks to and about its host's government; the sender is named by its
        own country word, never by "the authorities" or "the government".
        """
        start, _ = self.sentence_bounds(position)
        return mission_host_country(self.article.text, start, position, self.gazetteer)

    def located_country(self, position: int) -> str | None:
        """The place's country that decides "the government" at ``position``: the place its sentence opens
        on (:meth:`opening_place_country`), else the host of a mission named before it (:meth:`host_country`)."""
        return self.opening_place_country(position) or self.host_country(position)

    def sentence_bounds(self, position: int) -> tuple[int, int]:
        """(start, end) offsets of the sentence ``position`` falls in."""
        starts = self._sentences.starts
        k = self._sentences.index(position)
        return starts[k], starts[k + 1] if k + 1 < len(starts) else len(self.article.text)

    def country_in_focus(self, position: int, lookback: int = LOOKBACK) -> str | None:
        """ISO alpha-3 of the actor in focus at ``position`` (see :meth:`focus`), or None."""
        actor = self.actor(self.focus(position, lookback))
        return actor.country if actor is not None else None

    def country_actor(self, code: str) -> str | None:
        """The country actor with this alpha-3 code, or None."""
        for a in self.article.actors:
            if a.kind == "country" and a.country == code:
                return a.id
        return None

    def role_holder(self, role: str, position: int, *, country: str | None = None,
                    organization: str | None = None) -> str | None:
        """The person holding ``role`` ("foreign minister") mentioned last before ``position``.

        When nobody holding it was named before, the one person named later with that role and the
        country the phrase names ("Poland's prime minister", "the Chilean foreign minister") or, when it
        names none, the country in focus ("Chad closed its border. The foreign minister said …") is the
        answer: a lead often says "Poland's prime minister blamed …" and names him only a paragraph
        below. Two such people later (a minister replaced) leave it unresolved.
        """
        role = role.lower()
        focus_country = None if (country or organization) else self.country_in_focus(position)
        best: tuple[int, int, str] | None = None
        later: list[str] = []
        for a in self.article.actors:
            if a.kind != "person" or not a.role or a.anonymous:
                continue
            if not _role_fits(a.role.lower(), role, generic=country is not None or organization is not None):
                continue
            if country is not None and a.country != country:
                continue
            if organization is not None and a.organization != organization:
                continue
            before = [s for s, _ in a.mentions if s < position]
            if not before:
                if a.mentions and (country is not None or organization is not None
                                   or (focus_country is not None and a.country == focus_country)):
                    later.append(a.id)
                continue
            rank = (1 if focus_country is not None and a.country == focus_country else 0, max(before), a.id)
            if best is None or rank[:2] > best[:2]:
                best = rank
        if best is None and len(later) == 1:
            return later[0]
        return best[2] if best else None

    # -- helpers ----------------------------------------------------------------------------

    def _subject_of_sentence(self, position: int, accept: Callable[[Actor], bool]) -> str | None:
        """The first actor ``accept`` takes mentioned (outside quotations) in the sentence of ``position``, before it."""
        sent = self._sentences.index(position)
        i = bisect.bisect_left(self._starts, self._sentences.starts[sent])
        stop = min(len(self._spans), i + MAX_SCAN)
        while i < stop and self._spans[i][0] < position:
            s, _, actor_id = self._spans[i]
            if self._quotes.quote_of(s) is None and accept(self._by_id[actor_id]):
                return actor_id
            i += 1
        return None

    def _is_adjective(self, start: int, end: int) -> bool:
        entry = self.gazetteer.proper.get(self.article.text[start:end])
        return entry is not None and entry.category in (DEMONYM, DEMONYM_PLURAL)

    def _institution_or_country(self, code: str, noun: str) -> str | None:
        for a in self.article.actors:
            if a.kind == "organization" and a.country == code and a.extra.get("institution") == noun:
                return a.id
        return self.country_actor(code)

    def _country_in(self, words: list[str]) -> tuple[str | None, str | None]:
        proper = self.gazetteer.proper
        i = 0
        while i < len(words):
            for n in range(min(5, len(words) - i), 0, -1):
                entry = proper.get(" ".join(words[i:i + n]))
                if entry is not None and entry.kind in ("country", "organization", "group"):
                    if entry.kind == "country":
                        return entry.country, None
                    return entry.country, entry.name
            i += 1
        return None, None

    def _longest_lexicon(self, words: list[str], categories: tuple[str, ...]) -> str | None:
        lexicon = self.gazetteer.lexicon
        best = None
        for i in range(len(words)):
            for n in range(min(6, len(words) - i), 0, -1):
                phrase = " ".join(words[i:i + n])
                category = lexicon.get(phrase)
                if category in categories or ("anaphor" in categories and phrase + "#anaphor" in lexicon):
                    if best is None or len(phrase) > len(best):
                        best = phrase
                    break
        return best


def place_opening_country(text: str, sentence_start: int, gazetteer: Any) -> str | None:
    """ISO alpha-3 of the capital, seat or city the sentence at ``sentence_start`` opens on ("In Quito, "),
    or None (see :meth:`ActorLinker.opening_place_country`)."""
    opening = _OPENING_PLACE.match(text, sentence_start, sentence_start + MAX_RESOLVE_CHARS)
    if opening is None:
        return None
    place = opening.group(1)
    if place in _body_seats():
        return None
    entry = gazetteer.proper.get(place)
    if entry is not None and entry.kind == "country" and entry.category in (CAPITAL, SEAT):
        return entry.country
    return city_countries().get(place)


def mission_host_country(text: str, sentence_start: int, position: int, gazetteer: Any) -> str | None:
    """ISO alpha-3 of where a mission named between ``sentence_start`` and ``position`` serves ("the US
    embassy in Tashkent"), or None (see :meth:`ActorLinker.host_country`)."""
    window = text[max(sentence_start, position - MAX_RESOLVE_CHARS * 2):position]
    found = None
    for m in _MISSION_IN.finditer(window):
        found = m.group(1)
    if found is None:
        return None
    entry = gazetteer.proper.get(found)
    if entry is not None and entry.kind == "country" and entry.category in (CAPITAL, COUNTRY_NAME):
        return entry.country
    return city_countries().get(found)


def _pronoun_accepts(word: str) -> Callable[[Actor], bool]:
    if word in _MALE_FEMALE:
        # agreement only where a title showed gender ("Mrs.", "spokeswoman"); unknown agrees with both
        clash = "female" if word in _MALE else "male"
        return lambda a: a.kind == "person" and a.extra.get("gender") != clash
    if word in _IT:
        return lambda a: a.kind in ("country", "organization")
    return lambda a: a.kind in ("group", "organization", "country")


#: Titles the press uses for one office: "the Israeli premier" is the prime minister, "Tokyo's top
#: diplomat" the foreign minister.
_SAME_OFFICE = {
    "premier": "prime minister",
    "top diplomat": "foreign minister", "chief diplomat": "foreign minister",
    "minister of foreign affairs": "foreign minister", "foreign affairs minister": "foreign minister",
    "foreign secretary": "foreign minister", "secretary of state": "foreign minister",
    "external affairs minister": "foreign minister", "minister of external affairs": "foreign minister",
    "defense minister": "defence minister", "defence secretary": "defence minister",
    "defense secretary": "defence minister", "secretary of defense": "defence minister",
    "minister of defence": "defence minister", "minister of defense": "defence minister",
    "secretary general": "secretary-general",
    "home minister": "interior minister", "home secretary": "interior minister",
    "minister of the interior": "interior minister", "minister of interior": "interior minister",
    "minister of home affairs": "interior minister", "home affairs minister": "interior minister",
    "finance secretary": "finance minister", "chancellor of the exchequer": "finance minister",
}
#: "minister of finance", "minister for trade": the "<portfolio> minister" the press also writes.
_MINISTER_OF = re.compile(r"(?:^|\s)minister (?:of|for) (?:the )?([a-z]+)$")
#: Titles that stand for the top office of a state ("the Ghanaian head of state": its president).
_HEAD_TITLES = frozenset({"head of state", "head of government", "head of the government"})
#: "the UN chief", "the Kremlin leader": the head of that organisation or government.
_GENERIC_HEADS = frozenset({"chief", "leader", "head"})
_TOP_OFFICES = ("president", "prime minister", "secretary-general", "secretary general", "king", "emir",
                "supreme leader", "chancellor", "leader", "chairperson", "chairman", "chairwoman", "pope")


@lru_cache(maxsize=4096)
def _office(role: str) -> str:
    """The office ``role`` names, in the table's words ("minister of defence": "defence minister").

    Remembered by role: :func:`_role_fits` asks it of every person's role for every role phrase
    resolved, and each answer walks the whole table."""
    for title, office in _SAME_OFFICE.items():
        if role == title or role.endswith(" " + title):
            return office
    portfolio = _MINISTER_OF.search(role)
    if portfolio is not None:
        return f"{portfolio.group(1)} minister"
    return role


@lru_cache(maxsize=8192)
def _role_fits(held: str, role: str, *, generic: bool = True) -> bool:
    """Does a person holding ``held`` ("turkish foreign minister") answer to ``role`` ("top diplomat")?

    Remembered (a pure test of two strings): each role phrase of an article is tried against every
    person's role.

    :param generic: may "chief", "leader" or "head" stand for the top office? Only when the phrase
        names whose ("the UN chief", "the Kremlin leader"): "the rebel leader" is not the president.
    """
    if held == role or held.endswith(" " + role):
        return True
    office = _office(role)
    if office != role or _office(held) != held:
        held_office = _office(held)
        return held_office == office or held_office.endswith(" " + office)
    return generic and (role in _GENERIC_HEADS or role in _HEAD_TITLES) \
        and any(held == t or held.endswith(" " + t) for t in _TOP_OFFICES)


#: A sentence opening on a place: "In Quito, ", "- From Nairobi, ", "Back in Lima, ".
_OPENING_PLACE = re.compile(r"[\s\-\u2013\u2014\u2022*\"\u201c]{0,6}(?:Back |Meanwhile,? |Elsewhere,? )?(?:In|From) "
                            r"((?:the )?[A-Z][\w'.\u2019-]*(?: (?:(?:es|de|del|da|do|di|la|el|al) )?[A-Z][\w'.\u2019-]*){0,3}),")


#: " of " after an institution noun, then its owner ("the government of President X").
_OF_OWNER = re.compile(r" of (?:the )?")
#: What may stand between "of" and the owner's mention: a capitalised title ("Co-Presidents").
_OWNER_TITLE = re.compile(r"(?:[A-Z][\w-]{0,30}\s{1,3}){0,3}")
_OWNER_CHARS = 40
#: A diplomatic mission and where it serves: "embassy in Tashkent", "ambassador to Hungary".
_MISSION_IN = re.compile(r"\b(?:[Ee]mbass(?:y|ies)|[Cc]onsulate|[Aa]mbassador|[Ee]nvoy|[Cc]harg[e\u00e9] d'affaires|"
                         r"[Hh]igh [Cc]ommission(?:er)?) (?:in|to) ((?:the )?[A-Z][\w'.\u2019-]*(?: [A-Z][\w'.\u2019-]*){0,2})")


# Imported last: the actor modules import this one (``ORG_ANAPHORS``, ``ActorLinker``), so they are
# bound once here rather than by an import statement on every call; ``recognize`` as a module,
# its names read at call time.
from .actors.gazetteer import CAPITAL, COUNTRY_NAME, DEMONYM, DEMONYM_PLURAL, SEAT, default_gazetteer  # noqa: E402
from .actors.placed import city_countries  # noqa: E402
from .actors.seats import body_seats as _body_seats  # noqa: E402
from .actors.textspans import shared_quote_index, shared_sentence_index  # noqa: E402
from .actors import recognize as _recognize  # noqa: E402
