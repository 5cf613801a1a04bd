"""Idioms built on a unit of time, which the counting rules would miss or misread.

- "hour by hour", "day by day", "day after day": a unit repeated around "by" or "after" is a
  pace, something done once per unit, so TimeML's SET of one unit (``PT1H``, ``P1D``).
- "within the hour": "the hour" is the length of one hour from now (DURATION ``PT1H``), not
  the hour on the clock; "within" is a signal and stays out, as "for" does in "for decades".
- "two nights", "three straight nights": a night is no ISO 8601 unit; a count of nights is a
  count of days (DURATION ``P2D``), as a stay of "two nights" lasts two days.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import lexicon as L
from .candidate import Candidate
from .values import duration

if TYPE_CHECKING:  # pragma: no cover
    from .patterns import Scanner

#: Units that make a pace when repeated around "by" ("hour by hour"); "second by second"
#: is too rare to risk "a second by ...", "weekend" no pace.
PACE_UNITS = frozenset({"minute", "hour", "day", "week", "month", "year"})
#: Words a repeated unit is joined by to make a pace: "day by day", "day after day".
PACE_JOINS = frozenset({"by", "after"})
#: Words before "day after day" that make it a count ("the day after day one"), not a pace.
COUNTING_BEFORE = frozenset({"the", "a", "an", "one", "that", "this", "each", "every"})
#: Adjectives between a count and "nights" ("three straight nights").
NIGHT_COUNT_ADJECTIVES = frozenset({"straight", "consecutive", "successive", "more", "further", "sleepless"})


def rule_unit_by_unit(s: Scanner, i: int) -> Candidate | None:
    """``hour by hour``, ``day by day``, ``day after day``, ``year after year``: a SET of one unit."""
    word = s.w(i)
    if word not in PACE_UNITS or s.w(i + 1) not in PACE_JOINS or s.w(i + 2) != word:
        return None
    if s.w(i + 1) == "after" and (s.w(i - 1) in COUNTING_BEFORE or s.number(i - 1) is not None
                                  or s.number(i + 3) is not None):
        return None  # "the day after day one", "a week after week 3": one unit after another, counted
    if s.w(i + 3) == "-" and s.touch(i + 3):
        return None  # "a day-by-day-..." compound glued on to the next word
    unit, is_time = L.UNITS[word]
    return Candidate(i, i + 3, "SET", ("value", duration(1, unit, is_time)))


def rule_within_the_hour(s: Scanner, i: int) -> Candidate | None:
    """``within the hour``: one hour's length (the extent is "the hour")."""
    if s.w(i) != "the" or s.w(i + 1) != "hour" or s.w(i - 1) != "within":
        return None
    if s.w(i + 2) in ("of", "-"):
        return None  # "within the hour of prayer": an hour named, not a length
    return Candidate(i, i + 2, "DURATION", ("value", duration(1, "H", True)))


def rule_nights(s: Scanner, i: int) -> Candidate | None:
    """``two nights``, ``three straight nights``, ``a few nights``: a length in days."""
    counted = s.number(i)
    if counted is None:
        return None
    amount, j, is_article = counted
    if is_article:
        return None  # "a night of violence": one night is left to the part-of-day rules
    if isinstance(amount, float) or (isinstance(amount, int) and amount < 2):
        return None
    if s.w(j) in NIGHT_COUNT_ADJECTIVES and amount != "X":
        j += 1
    if s.w(j) != "nights" or s.w(j + 1) == "ago":
        return None  # "two nights ago" is a day, not a length
    return Candidate(i, j + 1, "DURATION", ("value", duration(amount, "D", False)))
