"""Combining the tagger's quotes with the rule-based ones.

Five ways, chosen with ``REACTLIB_ATTRIBUTION_MERGE`` (or ``merge=`` on
:class:`~reactlib_attribution.plugin.AttributionPlugin`):

- ``model``: the tagger's quotes, plus every rule-based quote whose span overlaps none of them;
- ``replace``: the tagger's quotes only;
- ``add``: the rule-based quotes, plus every tagger quote that overlaps none of them;
- ``hybrid`` (the default: best content and attribution F1 on PolNeAR dev, and cue and
  source F1 within 0.015 of the best; see docs/attribution-model.md): as ``model``, but where a rule-based quote covers the same words, its cue
  replaces the tagger's (the rules are the more precise on the cues they know; the
  tagger's sources are kept, they are the more exact), and a rule-based ``direct`` quote
  wins over a tagger quote inside it or across its edge (the quotation marks bound a
  direct quote better than the tagger does);
- ``union``: the tagger's quotes, plus every rule-based quote not over the same words as
  one of them (at least half of the union of the spans shared).

Whatever the mode, a tagger quote without a cue or speaker takes them from a rule-based
quote over the same words (the rules know reporting verbs and speakers the tagger may
have missed, e.g. a cue inside a quotation, which the tagger cannot mark). Given the
article's text, a quotation interrupted by its own attribution and left in two pieces
becomes one quote, as PolNeAR marks it (:mod:`reactlib_attribution.joined`).
"""

from __future__ import annotations

from typing import Sequence

import attrs
from reactlib import Quote

from .joined import join_interrupted

MODES = ("model", "replace", "add", "hybrid", "union")
DEFAULT_MODE = "hybrid"


def _overlap(a: Quote, b: Quote) -> int:
    return max(0, min(a.end, b.end) - max(a.start, b.start))


def _same_words(a: Quote, b: Quote) -> bool:
    """At least half of the union of the two spans is shared."""
    union = max(a.end, b.end) - min(a.start, b.start)
    return union > 0 and _overlap(a, b) / union >= 0.5


def _yields_to_direct(model_quote: Quote, rule: Quote) -> bool:
    """A rule-based direct quote overlaps ``model_quote`` without lying inside it."""
    return (rule.kind == "direct" and _overlap(model_quote, rule) > 0
            and not (model_quote.start <= rule.start and rule.end <= model_quote.end))


def borrow(model_quote: Quote, rules: Sequence[Quote], prefer_rules: bool = False) -> Quote:
    """``model_quote`` with the cue and speaker of a rule-based quote over the same words,
    where it has none (and, with ``prefer_rules``, the rule's cue even where it has one:
    the rules' cues are the more exact, the tagger's sources are, on PolNeAR train and dev)."""
    if not prefer_rules and model_quote.cue_start is not None and model_quote.speaker_start is not None:
        return model_quote
    for rule in rules:
        if not _same_words(model_quote, rule):
            continue
        changes = {}
        if (model_quote.cue_start is None or prefer_rules) and rule.cue_start is not None:
            changes.update(cue=rule.cue, cue_start=rule.cue_start, cue_end=rule.cue_end)
        if model_quote.speaker_start is None and rule.speaker_start is not None:
            changes.update(speaker=rule.speaker, speaker_start=rule.speaker_start, speaker_end=rule.speaker_end)
        if model_quote.speaker is None and rule.speaker is not None and "speaker_start" not in changes \
                and rule.speaker_start == model_quote.speaker_start:
            changes.update(speaker=rule.speaker)
        if model_quote.channel is None and rule.channel is not None:
            changes.update(channel=rule.channel)
        return attrs.evolve(model_quote, **changes) if changes else model_quote
    return model_quote


def merge(rules: Sequence[Quote], model: Sequence[Quote], mode: str = DEFAULT_MODE,
          text: str | None = None) -> list[Quote]:
    """The quotes of the article after combining, in text order, renumbered q1, q2, …

    :param text: the article; given, a quotation interrupted by its own attribution and
        left in two pieces is joined into one quote (:mod:`reactlib_attribution.joined`).
    """
    model = [borrow(q, rules, prefer_rules=mode == "hybrid") for q in model]
    if mode == "replace":
        out = list(model)
    elif mode == "add":
        out = list(rules) + [q for q in model if not any(_overlap(q, r) for r in rules)]
    elif mode == "union":
        out = list(model) + [r for r in rules if not any(_same_words(r, q) for q in model)]
    else:
        if mode == "hybrid":
            model = [q for q in model if not any(_yields_to_direct(q, r) for r in rules)]
        out = list(model) + [r for r in rules if not any(_overlap(r, q) for q in model)]
    out.sort(key=lambda q: (q.start, q.end))
    if text is not None:
        out = join_interrupted(text, out)
    return [attrs.evolve(q, id=f"q{n}") for n, q in enumerate(out, start=1)]
