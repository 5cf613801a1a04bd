"""Linking a mention in the text to the actor it denotes.

The quote and stance extractors find *where* a speaker or target is mentioned
("Erdogan", "He", "the foreign ministry"); this module says *who* that is, using
the actors the actor extractor found. Minimal version: a span that overlaps a
known mention of an actor resolves to that actor.
"""

from __future__ import annotations

import bisect
from typing import Any

from .types import Actor, Article


class ActorLinker:
    """Answers "which actor is mentioned at text[start:end]?" for one article."""

    def __init__(self, article: Article, doc: Any = None) -> None:
        self.article = article
        self.doc = doc
        spans = sorted((s, e, a.id) for a in article.actors for s, e in a.mentions)
        self._starts = [s for s, _, _ in spans]
        self._spans = spans

    def mentions_in(self, start: int, end: int) -> list[tuple[int, int, str]]:
        """Known mentions (start, end, actor id) that overlap text[start:end], in text order."""
        i = bisect.bisect_left(self._starts, start)
        # step back over mentions that start before ``start`` but reach into the span
        j = i
        while j > 0 and self._spans[j - 1][1] > start:
            j -= 1
        out = []
        for s, e, actor_id in self._spans[j:]:
            if s >= end:
                break
            if e > start:
                out.append((s, e, actor_id))
        return out

    def actor_at(self, start: int, end: int) -> str | None:
        """The actor whose mention overlaps text[start:end] the most, or None."""
        best, best_overlap = None, 0
        for s, e, actor_id in self.mentions_in(start, end):
            overlap = min(e, end) - max(s, start)
            if overlap > best_overlap:
                best, best_overlap = actor_id, overlap
        return best

    def resolve(self, start: int, end: int) -> str | None:
        """The actor that text[start:end] denotes (a name, a pronoun, a role), or None."""
        return self.actor_at(start, end)

    def actor(self, actor_id: str | None) -> Actor | None:
        return self.article.actor(actor_id)
