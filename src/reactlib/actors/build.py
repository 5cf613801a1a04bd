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

from typing import Any, NamedTuple

from attrs import define, field

from ..linking import ActorLinker
from ..tokens import token_view
from ..types import Actor
from .gazetteer import Gazetteer
from .holders import office_holders
from .recognize import REPORTING_VERBS, Mention
from .textspans import QuoteIndex, quoted_spans


#: Sentences (this one and the one before) in which an untitled speaker's country is looked for.
FOCUS_LOOKBACK = 2
#: A main country needs this many mentions …
MAIN_MIN_MENTIONS = 3
#: … and this many times the mentions of the next country.
MAIN_LEAD = 1.5


#: Working notes on a cluster that are not part of the output.
_INTERNAL = frozenset({"title_opens", "office_known", "needs_country", "any_title"})


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
        if m.extra.get("needs_country") and self.first_title is None:
            self.first_title = m.start
            self.extra["needs_country"] = True
        if m.kind == "country" and m.extra.get("institution"):
            self.extra.setdefault("institutions", [])
            if m.extra["institution"] not in self.extra["institutions"]:
                self.extra["institutions"].append(m.extra["institution"])
        if m.kind == "organization" and m.detail:
            self.extra["institution"] = m.detail


def _surname(name: str) -> str:
    """The family name: the last word, or the first of a name written family name first ("Kim Jong Un")."""
    parts = name.split()
    if not parts:
        return name
    return parts[0] if office_holders().family_first(name) else parts[-1]


def _given(name: str) -> list[str]:
    parts = name.split()
    return parts[1:] if office_holders().family_first(name) else parts[:-1]


def _same_person(cluster: Cluster, name: str) -> bool:
    holders = office_holders()
    known_a, known_b = holders.canonical(cluster.name), holders.canonical(name)
    if known_a is not None and known_b is not None:
        return known_a == known_b
    if _surname(cluster.name) != _surname(name):
        return False
    a, b = _given(cluster.name), _given(name)
    return not a or not b or a[0] == b[0]


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
        canonical = holders.canonical(c.name)
        if canonical is not None:  # "Lula" for Luiz Inacio Lula da Silva
            keys |= {alias for alias in (w.strip(".,") for n in c.names for w in n.split())
                     if alias.casefold() in holders.single_aliases(canonical)}
            keys |= {w for w in canonical.split() if w.casefold() in holders.single_aliases(canonical)}
        for key in keys:
            by_surname.setdefault(key, [])
            if c not in by_surname[key]:
                by_surname[key].append(c)
    text = doc.text if text is None else text
    first_at = {id(c): min(c.mentions)[0] if c.mentions else len(text) for c in persons}
    token_starts: dict[int, int] | None = None
    # the shared token view's lists, not a spaCy Token per token (see reactlib.tokens)
    view = token_view(doc, text)
    for i, word in enumerate(view.text):
        if taken[i] or word not in by_surname or not word[:1].isupper():
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
    """The country the article is about: clearly the most mentioned one, else None.

    "Clearly": at least :data:`MAIN_MIN_MENTIONS` mentions and :data:`MAIN_LEAD` times the runner-up,
    so a story about two countries in conflict has no main country.
    """
    counts = sorted(((len(c.mentions), c.country) for c in clusters if c.kind == "country" and c.country),
                    reverse=True)
    if not counts or counts[0][0] < MAIN_MIN_MENTIONS:
        return None
    if len(counts) > 1 and counts[0][0] < MAIN_LEAD * counts[1][0]:
        return None
    return counts[0][1]


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


def assign_focus_countries(text: str, clusters: list[Cluster], doc: Any) -> None:
    """A titled person introduced without a country, and not in the office table, gets a country by context.

    In order: the country that is the subject of the previous sentence when the title opens a new
    sentence ("Kenya condemned the attack. Foreign Minister Jane Doe said …"); the article's main
    country (:func:`main_country`; "President Salome Zourabichvili" in a story about Georgia); the
    country in focus (subject of this or the previous sentence). Never simply the country named last.
    """
    pending = [c for c in clusters if c.kind == "person" and c.country is None and c.organization is None
               and c.role and c.first_title is not None and not c.extra.get("office_known")]
    bodies = [c for c in clusters if c.extra.get("needs_country") and c.country is None and c.first_title is not None]
    main = main_country(clusters)
    if pending or bodies:
        linker = ActorLinker(_article(text, clusters), doc)
    for c in bodies:
        # "the National Security Council": the body of the country the sentence is about
        focus = linker.actor(linker.focus(c.first_title, lookback=FOCUS_LOOKBACK))
        c.country = (focus.country if focus is not None and focus.country else None) or main
    for c in clusters:
        # titled but not where a speaker stands ("Soldiers led by Colonel Abdul Kamara"): the main country only
        if c.kind == "person" and c.country is None and c.organization is None and c.role \
                and c.first_title is None and "any_title" in c.extra and not c.extra.get("office_known"):
            c.country = main
        # "the opposition", "coup leaders": a domestic group with no country is the main country's
        if c.kind == "group" and c.country is None and c.key.endswith("|None") and "-" not in c.name:
            c.country = main
    for c in pending:
        focus = linker.actor(linker.focus(c.first_title, lookback=FOCUS_LOOKBACK))
        if c.extra.get("title_opens") and focus is not None and focus.kind == "country":
            c.country = focus.country
        elif main is not None:
            c.country = main
        else:
            c.country = linker.country_in_focus(c.first_title, lookback=FOCUS_LOOKBACK)


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
        if m.detail == "role" and (m.country or m.organization) and m.role:
            if m.organization:  # the organisation is already in the role: "United Nations chief"
                name = m.role if m.organization in m.role or m.role.split()[0].isupper() else m.name
            else:
                adjective = gazetteer.demonym_of.get(m.country or "")
                name = f"{adjective} {m.role}" if adjective else m.name
            c = Cluster(kind="person", name=name, key=f"role:{name.lower()}", country=m.country, role=m.role,
                        organization=m.organization, strong=True, mentions=[(m.start, m.end)])
            c.extra["unnamed"] = True
            clusters.append(c)
            linker = ActorLinker(_article(text, clusters), doc, gazetteer)
            index = {f"c{n}": cl for n, cl in enumerate(clusters)}


#: Words that may stand between a group and its verb ("West African leaders on Thursday condemned").
_BETWEEN = frozenset({"on", "have", "has", "had", "also", "will", "would", "swiftly", "quickly", "jointly",
                      "sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "later",
                      "earlier", "then", "too", "all", "both"})
#: Words before a group that make it the object of a stance ("called on the international community").
_BEFORE = frozenset({"on", "the", "to", "upon"})


def _word_list(text: str) -> list[str]:
    return [w.strip(".,;:!?\"'()\u201c\u201d\u2019").lower() for w in text.split()]


def _acts(text: str, start: int, end: int) -> bool:
    """Is the mention the subject of a reporting/stance verb, or its direct object ("urged the West")?"""
    after = _word_list(text[end:end + 80])[:5]
    for w in after:
        if w in REPORTING_VERBS:
            return True
        if w not in _BETWEEN:
            break
    before = _word_list(text[max(0, start - 40):start])[-3:]
    for w in reversed(before):
        if w in REPORTING_VERBS:
            return True
        if w not in _BEFORE:
            break
    return False


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
