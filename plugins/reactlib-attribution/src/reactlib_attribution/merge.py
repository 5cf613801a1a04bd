"""Combining the tagger's quotes with the rule-based ones.

Five ways, chosen with ``REACTLIB_ATTRIBUTION_MERGE`` (or ``merge=`` on
:class:`~reactlib_attribution.plugin.AttributionPlugin`):

- ``model``: the tagger's quotes, plus every rule-based quote whose span overlaps none of them;
- ``replace``: the tagger's quotes only;
- ``add``: the rule-based quotes, plus every tagger quote that overlaps none of them;
- ``hybrid`` (the default: best content and attribution F1 on PolNeAR dev, and cue and
  source F1 within 0.015 of the best; see docs/attribution-model.md): as ``model``, but where a rule-based quote covers the same words, its cue
  replaces the tagger's (the rules are the more precise on the cues they know; the
  tagger's sources are kept, they are the more exact) unless the tagger's cue holds the
  rule's with its modifiers ("said Friday", "now insists": PolNeAR's cues), and a rule-based ``direct`` quote
  wins over a tagger quote inside it or across its edge (the quotation marks bound a
  direct quote better than the tagger does);
- ``union``: the tagger's quotes, plus every rule-based quote not over the same words as
  one of them (at least half of the union of the spans shared).

Whatever the mode, a tagger quote without a cue or speaker takes them from a rule-based
quote over the same words (the rules know reporting verbs and speakers the tagger may
have missed, e.g. a cue inside a quotation, which the tagger cannot mark), or else from a
rule-based quote inside it whose cue or speaker lies inside it too (the attribution
inside a quotation the tagger marked whole, :func:`borrow_inside`; not in ``union`` and
``add``, which keep that rule quote with its attribution). Given the
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


def borrow(model_quote: Quote, rules: Sequence[Quote], prefer_rules: bool = False, inside: bool = True) -> Quote:
    """``model_quote`` with the cue and speaker of a rule-based quote over the same words,
    where it has none (and, with ``prefer_rules``, the rule's cue even where it has one:
    the rules' cues are the more exact, the tagger's sources are, on PolNeAR train and dev);
    then, with ``inside``, where it still has none, those of a rule-based quote inside it
    (:func:`borrow_inside`)."""
    quote = _borrow_same_words(model_quote, rules, prefer_rules)
    return borrow_inside(quote, rules) if inside else quote


def borrow_inside(model_quote: Quote, rules: Sequence[Quote]) -> Quote:
    """``model_quote`` with the cue and speaker it lacks taken from a rule-based quote that lies
    inside it, where that cue or speaker lies inside it too.

    The tagger's spans never overlap, so a content it marks across its own attribution
    (``"…," the harbour master told us, "…"``, one content as PolNeAR marks it) can hold
    no cue or source of its own; the rules find the pieces and the attribution between
    them. A rule quote inside whose cue or speaker lies outside the tagger's content lends
    nothing: those words attribute the piece, not the whole.
    """
    if model_quote.cue_start is not None and model_quote.speaker_start is not None:
        return model_quote

    def inside(start: int | None, end: int | None) -> bool:
        return start is not None and end is not None and model_quote.start <= start and end <= model_quote.end

    for rule in rules:
        if not (model_quote.start <= rule.start and rule.end <= model_quote.end) or _same_words(model_quote, rule):
            continue
        changes = {}
        if model_quote.cue_start is None and inside(rule.cue_start, rule.cue_end):
            changes.update(cue=rule.cue, cue_start=rule.cue_start, cue_end=rule.cue_end)
        if model_quote.speaker_start is None and inside(rule.speaker_start, rule.speaker_end):
            changes.update(speaker=rule.speaker, speaker_start=rule.speaker_start, speaker_end=rule.speaker_end)
        if changes:
            if model_quote.channel is None and rule.channel is not None:
                changes.update(channel=rule.channel)
            return attrs.evolve(model_quote, **changes)
    return model_quote


def _holds_cue_of(model_quote: Quote, rule: Quote) -> bool:
    """The tagger's cue holds the rule's: the same reporting verb with its modifiers ("said
    Friday", "now insists", "further wrote"), which is how PolNeAR marks a cue."""
    return (model_quote.cue_start is not None and rule.cue_start is not None
            and model_quote.cue_start <= rule.cue_start and rule.cue_end <= model_quote.cue_end)


def _borrow_same_words(model_quote: Quote, rules: Sequence[Quote], prefer_rules: bool) -> Quote:
    if not prefer_rules and model_quote.cue_start is not None and model_quote.speaker_start is not None:
        return model_quote
    for rule in rules:
        if not _same_words(model_quote, rule):
            continue
        changes = {}
        if (model_quote.cue_start is None or (prefer_rules and not _holds_cue_of(model_quote, rule))) \
                and rule.cue_start is not None:
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
    # in "union" and "add" the rule quotes inside a tagger quote stay, with their own attribution
    model = [borrow(q, rules, prefer_rules=mode == "hybrid", inside=mode in ("hybrid", "model", "replace"))
             for q in model]
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
