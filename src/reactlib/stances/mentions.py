"""Actor mentions seen as noun-phrase heads over the tokens of an article.

The actor extractor gives character spans per actor. Stance rules need more: that
"Turkish Foreign Minister Mevlut Cavusoglu" is *one* phrase whose head is the
minister (not Turkey, though "Turkish" may be a mention of Turkey too), whether a
phrase stands where a subject stands or after a preposition, and who "he" or "it"
is when the linker does not say. This module builds those views once per article.
"""

from __future__ import annotations

import bisect
from itertools import compress
from typing import Iterable, Sequence

from attrs import frozen

from ..actors.gazetteer import default_gazetteer
from ..linking import shared_linker
from ..tokens import token_view
from ..types import Article

#: Words that may sit between an adjective or a title and the name it belongs to
#: ("Turkish Foreign Minister Mevlut Cavusoglu", "Russia's top diplomat Sergei Lavrov").
TITLE_WORDS = frozenset("""
president vice prime minister ministers foreign defense defence interior secretary general
spokesman spokeswoman spokesperson presidential counterpart leader chief head deputy envoy
ambassador top diplomat senior official officials commander king queen crown prince
chancellor premier state of the 's ’s - former acting special representative high
commissioner army military national security adviser advisor governor mayor senator
""".split())

PREPOSITIONS = frozenset("""
for with to against of on at by from in over into toward towards about between among amid
during after before across near inside within without like upon via versus under behind through throughout
""".split())
DETERMINERS = frozenset("the a an its his her their our your my this that these those both all "
                        "some any each".split())
QUOTE_MARKS = frozenset('"“”‘’\'«»„‟‹›')
SUBJECT_PRONOUNS = {"he": "person", "she": "person", "it": "thing", "they": "any",
                    "we": "self", "i": "self"}


@frozen
class Group:
    """A run of adjacent mentions forming one noun phrase; ``actor`` is its head."""

    start: int          # first token index
    end: int            # token index after the last
    actor: str
    kind: str
    possessive: bool    # followed by 's


class MentionIndex:
    """Mention groups of one article, addressable by token index."""

    def __init__(self, article: Article, doc) -> None:
        self.article = article
        self.doc = doc
        view = token_view(doc, article.text)
        self._text, self._lower, self._is_space = view.text, view.lower, view.is_space
        self._sent_start = view.sent_start
        self.linker = shared_linker(article, doc)
        self.kinds = {a.id: a.kind for a in article.actors}
        self.countries = {a.id: a.country for a in article.actors}
        self._tok_starts = view.start
        self.groups: list[Group] = self._build_groups()
        self._group_starts = [g.start for g in self.groups]
        # the group holding each token (groups never overlap), so that group_at, asked for
        # nearly every word a rule looks at, is one list look-up instead of a bisection
        self._group_of: list[Group | None] = [None] * len(self._lower)
        for g in self.groups:
            self._group_of[g.start:g.end] = [g] * (g.end - g.start)

    # -- token helpers ---------------------------------------------------------------

    def token_at(self, char: int) -> int:
        """Index of the token that contains (or begins after) character ``char``."""
        i = bisect.bisect_right(self._tok_starts, char) - 1
        return max(i, 0)

    def token_end(self, char_end: int) -> int:
        """Index after the last token that begins before ``char_end``."""
        return bisect.bisect_left(self._tok_starts, char_end)

    def _gap_is_title(self, a: int, b: int) -> bool:
        text, lower, is_space = self._text, self._lower, self._is_space
        for k in range(*slice(a, b).indices(len(text))):
            if is_space[k]:
                return False
            word = text[k]
            if word == "-" and self.spaced(k):
                return False  # "Canada - Britain's partners -": a dash of punctuation, not a hyphen
            if lower[k] in TITLE_WORDS or (word[:1].isupper() and word.isalpha()):
                continue
            return False
        return True

    def spaced(self, k: int) -> bool:
        """Whether token ``k`` has a space on each side (a dash of punctuation, not a hyphen)."""
        raw = self.article.text
        a = self._tok_starts[k]
        b = a + len(self._text[k])
        return 0 < a and b < len(raw) and raw[a - 1].isspace() and raw[b].isspace()

    def _of_owner(self, start: int, gap_start: int, gap_end: int) -> bool:
        """"the government of General X": a lower-case noun mention followed by "of" names its owner
        after it; the two are separate phrases ("Secretary of State X" stays one)."""
        first = self._text[start] if start < len(self._text) else ""
        return gap_start < gap_end and self._lower[gap_start] == "of" and first[:1].islower()

    def _person_of_owner(self, cur: list[tuple[int, int, str]]) -> tuple[int, int, str] | None:
        """"Nelson Chamisa of the Citizens Coalition": a named person followed by "of" and the body
        they belong to speaks for it; the person, not the body after "of", heads the phrase."""
        first = min(cur, key=lambda m: (m[0], -m[1]))
        if self.kinds.get(first[2]) != "person":
            return None
        k = first[1]
        if k >= len(self._lower) or self._lower[k] != "of":
            return None
        if any(m[0] < first[1] and m[2] != first[2] for m in cur if m is not first):
            return None  # another mention overlaps the person's: not a plain "X of Y"
        return first

    def _build_groups(self) -> list[Group]:
        spans = []
        for actor in self.article.actors:
            for s, e in actor.mentions:
                ts, te = self.token_at(s), self.token_end(e)
                if te > ts:
                    spans.append((ts, te, actor.id))
        spans.extend(self._capital_spans(spans))
        spans.sort(key=lambda x: (x[0], -x[1]))
        groups: list[Group] = []
        cur: list[tuple[int, int, str]] = []
        lower, n = self._lower, len(self._lower)

        def flush() -> None:
            if not cur:
                return
            if len(cur) == 1:  # most groups: one mention, its own head (no "X of Y" to weigh)
                head = cur[0]
                start = head[0]
            else:
                head = max(cur, key=lambda m: (m[1], m[1] - m[0]))
                head = self._person_of_owner(cur) or head
                start = min(m[0] for m in cur)
            end = cur_end
            poss = end < n and lower[end] in ("'s", "’s", "'")
            groups.append(Group(start, end, head[2], self.kinds.get(head[2], "group"), poss))
            cur.clear()

        cur_end = 0  # the furthest end in ``cur``, kept as spans join rather than recomputed
        for span in spans:
            if cur:
                if span[0] < cur_end or (self._gap_is_title(cur_end, span[0])
                                         and not self._of_owner(cur[0][0], cur_end, span[0])):
                    cur.append(span)
                    cur_end = max(cur_end, span[1])
                    continue
                flush()
            cur.append(span)
            cur_end = span[1]
        flush()
        return groups

    def _capital_spans(self, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """Capitals the actor extractor left unlinked ("condemnation from Tokyo, Seoul and
        Washington"), for countries the article already has as actors.

        Only a lone capitalised word that the gazetteer knows as a capital or seat of
        government counts (not "Washington Post"), and only one country actor may have
        that country code."""
        by_country: dict[str, list[str]] = {}
        for a in self.article.actors:
            if a.kind == "country" and a.country:
                by_country.setdefault(a.country, []).append(a.id)
        if not by_country:
            return []
        covered = set()
        for ts, te, _ in spans:
            covered.update(range(ts, te))
        proper = default_gazetteer().proper
        out = []
        text, sent_start = self._text, self._sent_start
        n = len(text)
        # only the tokens the gazetteer knows (one C-level dict look-up each, no Python step per token)
        for i in compress(range(n), map(proper.__contains__, text)):
            word = text[i]
            if not word[:1].isupper() or i in covered or not word.isalpha():
                continue
            entry = proper[word]
            if entry is None or entry.kind != "country" or entry.category not in ("capital", "seat"):
                continue
            ids = by_country.get(entry.country or "", [])
            if len(ids) != 1:
                continue
            if any(0 <= k < n and text[k][:1].isupper() and text[k].isalpha()
                   and not sent_start[k] for k in (i - 1, i + 1)):
                continue  # part of a longer name
            out.append((i, i + 1, ids[0]))
        return out

    # -- queries -------------------------------------------------------------------------

    def groups_between(self, a: int, b: int) -> list[Group]:
        """Groups lying wholly inside tokens [a, b), in text order."""
        i = bisect.bisect_left(self._group_starts, a)
        out = []
        n = len(self.groups)
        while i < n:  # by index: slicing the list would copy its whole tail on every call
            g = self.groups[i]
            if g.start >= b:
                break
            if g.end <= b:
                out.append(g)
            i += 1
        return out

    def group_at(self, i: int) -> Group | None:
        return self._group_of[i] if 0 <= i < len(self._group_of) else None

    def group_starting(self, i: int) -> Group | None:
        """The group that begins at token ``i``, or None."""
        g = self.group_at(i)
        return g if g is not None and g.start == i else None

    def previous_word(self, i: int, floor: int = 0) -> int | None:
        """Index of the nearest token before ``i`` that is not a determiner, quote mark or space."""
        j = i - 1
        text, lower, is_space = self._text, self._lower, self._is_space
        while j >= floor:
            if not (is_space[j] or text[j] in QUOTE_MARKS or lower[j] in DETERMINERS):
                return j
            j -= 1
        return None

    def after_preposition(self, i: int, floor: int = 0) -> bool:
        j = self.previous_word(i, floor)
        return j is not None and self._lower[j] in PREPOSITIONS

    def resolve_pronoun(self, i: int, floor: int, skip: Sequence[tuple[int, int]] = ()) -> str | None:
        """The actor a subject pronoun at token ``i`` stands for.

        The linker decides when it knows; otherwise the nearest earlier group of a
        compatible kind (a person for he/she, anything but a person for it), within
        the paragraph-sized window from ``floor``, skipping quoted stretches in ``skip``.
        """
        start = self._tok_starts[i]
        linked = self.linker.resolve(start, start + len(self._text[i]))
        if linked:
            return linked
        want = SUBJECT_PRONOUNS.get(self._lower[i])
        if want is None or want == "self":
            return None
        j = bisect.bisect_left(self._group_starts, i) - 1
        fallback = None
        while j >= 0 and self.groups[j].start >= floor:
            g = self.groups[j]
            j -= 1
            if any(s <= g.start < e for s, e in skip):
                continue
            if want == "person" and g.kind != "person":
                continue
            if want == "thing" and g.kind == "person":
                continue
            if not self.after_preposition(g.start):
                return g.actor
            fallback = fallback or g.actor
        return fallback

    def actors_in(self, groups: Iterable[Group]) -> list[str]:
        out: list[str] = []
        for g in groups:
            if g.actor not in out:
                out.append(g.actor)
        return out
