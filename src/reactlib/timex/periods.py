"""Recognition rules for stretches named by their place in a longer one: "midweek", "mid-week",
and business news's "the year-earlier period", "the year-ago quarter".

Kept out of :mod:`.patterns` (already long); the rules take the same ``(scanner, i)`` and
return the same :class:`.candidate.Candidate`, and :mod:`.patterns` lists them with its own.
"""

from __future__ import annotations

from . import lexicon as L
from .candidate import Candidate
from .values import duration

#: Nouns after "the year-earlier" / "the year-ago" that name the period itself ("the
#: year-earlier quarter"); with any other noun ("year-earlier profit") only the adjective
#: is the time expression.
PERIOD_NOUNS = frozenset({"period", "quarter", "month", "half", "week", "year", "season", "months", "quarters"})
#: Words after "midweek" that keep it a time ("met midweek to ..."), not an adjective ("midweek fixtures").
AFTER_MIDWEEK = frozenset({
    "to", "and", "or", "but", "as", "when", "after", "before", "with", "in", "on", "at", "for", "the", "a",
    "an", "that", "if", "while", "amid", "despite", "ahead", "following", "over", "by", "from", "than",
})


def rule_midweek(s, i: int) -> Candidate | None:
    """``midweek``, ``mid-week``: the middle of the week under discussion (TIMEX3 ``mod`` MID)."""
    if s.w(i) == "midweek":
        end = i + 1
    elif s.w(i) == "mid" and s.w(i + 1) == "-" and s.w(i + 2) == "week" and s.touch(i + 1) and s.touch(i + 2):
        end = i + 3
    else:
        return None
    nxt = s.w(end)
    if nxt == "-" and s.touch(end):
        return None  # "midweek-only fares"
    if nxt.isalpha() and nxt not in AFTER_MIDWEEK and not s.cap(end):
        return None  # "midweek fixtures", "a mid-week rally": an adjective
    return Candidate(i, end, "DATE", ("midweek",), "MID")


def rule_year_earlier(s, i: int) -> Candidate | None:
    """``the year-earlier period``, ``the year-ago quarter``, ``year-earlier`` (before another
    noun): the same period a year before the one under discussion, as "a year earlier" is."""
    start = i
    if s.w(i) == "the":
        i += 1
    if not (s.w(i) == "year" and s.w(i + 1) == "-" and s.w(i + 2) in ("earlier", "ago")
            and s.touch(i + 1) and s.touch(i + 2)):
        return None
    end = i + 3
    if s.w(end) == "-" and s.touch(end):
        return None  # "year-ago-level"
    meaning = ("later", "Y", 1, -1)
    if s.w(end) in PERIOD_NOUNS:
        return Candidate(start, end + 1, "DATE", meaning)
    if not s.w(end).isalpha():
        return None  # "from a year-ago." : no noun, not the adjective
    return Candidate(i, end, "DATE", meaning)


#: Plural units that "the ... ahead" / "the ... to come" make a stretch still to come.
AHEAD_UNITS = frozenset({"days", "weeks", "months", "years", "decades", "hours"})


def rule_units_ahead(s, i: int) -> Candidate | None:
    """``the days ahead``, ``the weeks to come``: an unnumbered stretch to come, as "the
    coming days" is (``PXD``)."""
    if s.w(i) != "the" or s.w(i + 1) not in AHEAD_UNITS:
        return None
    unit, is_time = L.UNITS[s.w(i + 1)]
    if s.w(i + 2) == "ahead" and s.w(i + 3) != "of":  # not "the days ahead of the vote": before an event
        end = i + 3
    elif s.w(i + 2) == "to" and s.w(i + 3) == "come":
        end = i + 4
    else:
        return None
    return Candidate(i, end, "DURATION", ("value", duration("X", unit, is_time)))


def rule_unit_end(s, i: int) -> Candidate | None:
    """``year's end``, ``the month's end``: the end of the one under discussion, as "year-end" is."""
    start = i
    if s.w(i) == "the":
        i += 1
    if s.w(i) not in ("year", "month", "week") or not (s.w(i + 1) == "'" and s.w(i + 2) == "s"
                                                       and s.touch(i + 1) and s.touch(i + 2)):
        return None
    if s.w(i + 3) != "end" or (s.w(i + 4) == "-" and s.touch(i + 4)):
        return None
    return Candidate(start, i + 4, "DATE", ("unit_shift", L.UNITS[s.w(i)][0], 0), "END")


def rule_digit_quarter(s, i: int) -> Candidate | None:
    """``1Q 2024``, ``2Q``, ``3Q23``: business news's quarter written number first (as ``Q3``)."""
    n = s.digits(i, 1, 1)
    if n is None or not 1 <= n <= 4 or s.w(i + 1) != "q" or not s.touch(i + 1) or not s.t.text[i + 1] == "Q":
        return None
    if s.touch(i) and s.w(i - 1).isalnum():
        return None  # "A1Q": a code
    j = i + 2
    if s.touch(j) and s.digits(j, 2, 2) is not None and not (s.touch(j + 1) and s.w(j + 1).isalnum()):
        return Candidate(i, j + 1, "DATE", ("quarter", n, 2000 + s.digits(j, 2, 2), None))  # "3Q23"
    if s.touch(j) and s.w(j).isalnum():
        return None
    year = s.year(j)
    if year is not None:
        return Candidate(i, j + 1, "DATE", ("quarter", n, year[0], None))
    return Candidate(i, j, "DATE", ("quarter", n, None, None))


def rule_quarter_century(s, i: int) -> Candidate | None:
    """``a quarter century``, ``a quarter-century``, ``a quarter of a century``: 25 years."""
    if s.w(i) != "a" or s.w(i + 1) != "quarter":
        return None
    j = i + 2
    if s.w(j) == "-" and s.touch(j) and s.touch(j + 1):
        j += 1
    elif s.w(j) == "of" and s.w(j + 1) == "a":
        j += 2
    if s.w(j) != "century":
        return None
    return Candidate(i, j + 1, "DURATION", ("value", "P25Y"))
