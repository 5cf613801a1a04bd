"""Spans of time whose extent TimeML draws around a quantifier or an article:
"an additional year", "a further month", "another two years" (the quantifier is part of
the expression), and "over the years", "through the decades" (a vague stretch: DURATION
``PXY``; the preposition stays out, as for "for decades").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import lexicon as L
from .candidate import Candidate
from .values import duration

if TYPE_CHECKING:  # pragma: no cover
    from .patterns import Scanner

#: Adjectives after "a"/"an" that add a span to one already there: "an additional year".
ADDING = frozenset({"additional", "extra", "further"})
#: Units that are no plain span after "another" or "an extra" ("another quarter of the budget").
NOT_ADDED_UNITS = frozenset({"quarter", "quarters", "second", "seconds", "weekend", "weekends"})
#: Prepositions before "the years" that make it a stretch of time gone through.
THROUGH = frozenset({"over", "through", "throughout", "across"})


def _unit(s: Scanner, j: int, plural: bool) -> tuple[str, bool] | None:
    """The unit at ``j`` (singular or ``plural``) as (code, is_time), unless it is glued on
    by a hyphen to the word after it ("another year-long study")."""
    word = s.w(j)
    if word not in L.UNITS or word in NOT_ADDED_UNITS or (word in L.PLURAL_UNITS) != plural \
            or (s.w(j + 1) == "-" and s.touch(j + 1)):
        return None
    return L.UNITS[word]


def rule_added_span(s: Scanner, i: int) -> Candidate | None:
    """``an additional year``, ``a further month``, ``another year``, ``another two years``."""
    word = s.w(i)
    if word in ("a", "an") and s.w(i + 1) in ADDING:
        got = _unit(s, i + 2, plural=False)
        return None if got is None else Candidate(i, i + 3, "DURATION", ("value", duration(1, *got)))
    if word != "another":
        return None
    got = _unit(s, i + 1, plural=False)
    if got is not None:
        return Candidate(i, i + 2, "DURATION", ("value", duration(1, *got)))
    counted = s.number(i + 1)
    if counted is None or counted[2]:
        return None
    amount, j = counted[0], counted[1]
    got = _unit(s, j, plural=True)
    return None if got is None else Candidate(i, j + 1, "DURATION", ("value", duration(amount, *got)))


def rule_over_the_units(s: Scanner, i: int) -> Candidate | None:
    """``over the years``, ``through the decades``: a vague stretch (``PXY``)."""
    if s.w(i) != "the" or s.w(i - 1) not in THROUGH:
        return None
    got = _unit(s, i + 1, plural=True)
    nxt = s.w(i + 2)
    if got is None or nxt.isdigit() or nxt in L.NUMBER_WORDS:
        return None
    return Candidate(i, i + 2, "DURATION", ("value", duration("X", *got)))
