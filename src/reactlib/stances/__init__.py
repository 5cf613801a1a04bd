"""Stances: who supports, condemns, calls on or talks with whom, about what.

The built-in stance extractor (:mod:`reactlib.extractors.stances`) is a thin plugin
over this package:

- :mod:`.lexicon` — the cue words and the frame each one uses (reactlib's own data);
- :mod:`.matcher` — a linear scan of the tokens for those cues;
- :mod:`.mentions` — actor mentions as noun-phrase heads, subject position, pronouns;
- :mod:`.finder` — holder, target and issue of each cue;
- :mod:`.deps` — holder and target from a dependency parse, when the pipeline has one;
- :mod:`.culprits` — implied targets: who staged the event, who made the rejected charge;
- :mod:`.evaluative` — praise carried by approving words ("his shrewd position");
- :mod:`.negation` — "did not condemn", "refused to back", "may support";
- :mod:`.issues` — the controlled vocabulary of issues (ceasefire, negotiations, …);
- :mod:`.merge` — one stance per position when narrative and quotes repeat it.
"""

from __future__ import annotations

from ..types import Article, Stance
from .finder import Found, StanceFinder
from .issues import ISSUES, normalise_issue
from .merge import merge
from .negation import polarity_before

__all__ = ["ISSUES", "Found", "StanceFinder", "find_stances", "normalise_issue", "polarity_before"]


def find_stances(article: Article, doc) -> tuple[Stance, ...]:
    """Every stance in ``article`` (whose actors and quotes are already found).

    :param doc: the spaCy ``Doc`` of ``article.text``.
    """
    if not article.actors or len(doc) == 0:
        return ()
    actors = {a.id: a for a in article.actors}
    found = merge(StanceFinder(article, doc).run(), actors)
    return tuple(
        Stance(holder=f.holder, type=f.type, start=f.start, end=f.end, target=f.target, issue=f.issue,
               quote=f.quote, issue_text=f.issue_text, extra=f.extra)
        for f in found)
