"""From raw mentions to one Actor per real entity.

Steps, each a small function:

1. :func:`cluster` groups mentions by key; persons merge on the surname
   ("President Erdogan" with "Recep Tayyip Erdogan").
2. :func:`add_name_mentions` finds the later bare surnames and full names.
3. :func:`assign_focus_countries` gives a titled person without a country in the
   title ("Foreign Minister Heiko Maas") the country in focus where he is introduced.
4. :func:`resolve_anaphors` links pronouns, role phrases and "the ministry" with
   :class:`reactlib.linking.ActorLinker`, the same linker later extractors use.
5. :func:`finish` drops countries only ever mentioned by a bare adjective, removes
   overlapping mentions and numbers actors a1, a2, … in order of first mention.
"""

from __future__ import annotations

from typing import Any

from attrs import define, field

from ..linking import ActorLinker
from ..types import Actor, Article
from .gazetteer import Gazetteer
from .recognize import Mention
from .textspans import QuoteIndex, quoted_spans


#: Sentences (this one and the one before) in which an untitled speaker's country is looked for.
FOCUS_LOOKBACK = 2


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
        if m.kind == "person" and m.extra.get("gender") and "gender" not in self.extra:
            self.extra["gender"] = m.extra["gender"]
        if "organ" in m.extra:
            self.extra.setdefault("organs", [])
            if m.extra["organ"] not in self.extra["organs"]:
                self.extra["organs"].append(m.extra["organ"])
        if m.extra.get("parent"):
            self.extra["parent"] = m.extra["parent"]
        if m.kind == "organization" and m.detail:
            self.extra["institution"] = m.detail


def _surname(name: str) -> str:
    parts = name.split()
    return parts[-1] if parts else name


def _same_person(cluster: Cluster, name: str) -> bool:
    a, b = cluster.name.split(), name.split()
    if not a or not b or a[-1] != b[-1]:
        return False
    return len(a) == 1 or len(b) == 1 or a[0] == b[0]


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


def add_name_mentions(clusters: list[Cluster], doc: Any, taken: bytearray) -> None:
    """Every later full name or bare surname of a known person is a mention of that person."""
    persons = [c for c in clusters if c.kind == "person" and not c.anonymous]
    if not persons:
        return
    by_surname: dict[str, list[Cluster]] = {}
    for c in persons:
        for name in {c.name, *c.names}:
            by_surname.setdefault(_surname(name), [])
            if c not in by_surname[_surname(name)]:
                by_surname[_surname(name)].append(c)
    text = doc.text
    first_at = {id(c): min(c.mentions)[0] if c.mentions else len(text) for c in persons}
    token_starts: dict[int, int] | None = None
    for tok in doc:
        if taken[tok.i] or tok.text not in by_surname or not tok.text[:1].isupper():
            continue
        candidates = by_surname[tok.text]
        # the person with this surname introduced last before here; else the first one
        before = [c for c in candidates if first_at[id(c)] < tok.idx]
        chosen = max(before, key=lambda c: first_at[id(c)]) if before else candidates[0]
        start_tok = tok.i
        for name in sorted({chosen.name, *chosen.names}, key=len, reverse=True):
            first = name.split()
            if len(first) > 1:
                begin = tok.idx + len(tok.text) - len(name)
                if begin >= 0 and text[begin:tok.idx + len(tok.text)] == name:
                    if token_starts is None:
                        token_starts = {t.idx: t.i for t in doc}
                    if begin not in token_starts:
                        continue
                    if not any(taken[k] for k in range(token_starts[begin], tok.i)):
                        start_tok = token_starts[begin]
                        break
        span = doc[start_tok:tok.i + 1]
        chosen.mentions.append((span.start_char, span.end_char))
        for k in range(start_tok, tok.i + 1):
            taken[k] = 1


def _article(text: str, clusters: list[Cluster]) -> Article:
    actors = []
    for n, c in enumerate(clusters):
        actors.append(_actor(f"c{n}", c))
    return Article(text=text, actors=actors)


def _actor(actor_id: str, c: Cluster) -> Actor:
    mentions = sorted(set(c.mentions))
    clean: list[tuple[int, int]] = []
    for s, e in mentions:
        if clean and s < clean[-1][1]:
            if e - s > clean[-1][1] - clean[-1][0]:
                clean[-1] = (s, e)
            continue
        clean.append((s, e))
    extra = {k: v for k, v in c.extra.items() if v}
    return Actor(id=actor_id, name=c.name, kind=c.kind, country=c.country, role=c.role, mentions=clean,
                 organization=c.organization, anonymous=c.anonymous, extra=extra)


def assign_focus_countries(text: str, clusters: list[Cluster], doc: Any) -> None:
    """A titled person introduced without a country takes the country in focus there."""
    pending = [c for c in clusters if c.kind == "person" and c.country is None and c.organization is None
               and c.role and c.first_title is not None]
    if not pending:
        return
    linker = ActorLinker(_article(text, clusters), doc)
    for c in pending:
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


def finish(text: str, clusters: list[Cluster]) -> list[Actor]:
    """The final actors: weak-only countries dropped, ids in order of first mention."""
    kept = [c for c in clusters if c.strong and c.mentions]
    kept.sort(key=lambda c: (min(c.mentions), c.key))
    return [_actor(f"a{n + 1}", c) for n, c in enumerate(kept)]
