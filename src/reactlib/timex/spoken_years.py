"""Years written out in words, as in broadcast transcripts: "nineteen ninety-one",
"nineteen eighty", "nineteen oh five", "twenty twelve".

TimeML annotates such a year like its digits (DATE ``1991``). A century word ("nineteen",
"eighteen", "twenty") must be followed by a tens or teens word, or by "oh" and a unit, so
that counts ("nineteen people", "twenty twenty-year-olds" aside) are left alone.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import lexicon as L
from .candidate import Candidate

if TYPE_CHECKING:  # pragma: no cover
    from .patterns import Scanner

#: The first half of a year read aloud: its century.
CENTURIES = {"seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20}
UNITS_1_9 = {w: n for w, n in L.NUMBER_WORDS.items() if isinstance(n, int) and 1 <= n <= 9 and w not in ("a", "an")}
TEENS_10_19 = {w: n for w, n in L.NUMBER_WORDS.items() if isinstance(n, int) and 10 <= n <= 19}
TENS_20_90 = {w: L.NUMBER_WORDS[w] for w in L.TENS}
#: Words after the year that make the words a count, not a year ("nineteen ninety-one votes" is rare,
#: "nineteen twenty-year-olds" is a count).
NOT_AFTER = frozenset({"-", "percent", "per", "%"}) | frozenset(L.UNITS)


def _second_half(s: Scanner, j: int) -> tuple[int, int] | None:
    """The last two digits read at ``j`` ("ninety-one", "eighty", "twelve", "oh five") and the index after."""
    word = s.w(j)
    if word in TEENS_10_19:
        return TEENS_10_19[word], j + 1
    if word in TENS_20_90:
        tens = TENS_20_90[word]
        if s.w(j + 1) == "-" and s.touch(j + 1) and s.touch(j + 2) and s.w(j + 2) in UNITS_1_9:
            return tens + UNITS_1_9[s.w(j + 2)], j + 3
        return tens, j + 1
    if word in ("oh", "o") and s.w(j + 1) in UNITS_1_9:
        return UNITS_1_9[s.w(j + 1)], j + 2
    return None


def rule_spoken_year(s: Scanner, i: int) -> Candidate | None:
    """``nineteen ninety-one`` -> DATE 1991."""
    century = CENTURIES.get(s.w(i))
    if century is None or s.w(i - 1) in L.NUMBER_WORDS or (s.w(i - 1) == "-" and s.touch(i)):
        return None
    got = _second_half(s, i + 1)
    if got is None:
        return None
    rest, j = got
    if century == 20 and rest < 10:
        return None
    if s.w(j) in NOT_AFTER or s.w(j) in L.NUMBER_WORDS:
        return None
    return Candidate(i, j, "DATE", ("year", century * 100 + rest))
