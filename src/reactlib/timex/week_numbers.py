"""Numbered calendar weeks: "week 5 of 2021", "calendar week 12", "epidemiological week 30".

TimeML writes a week of the year as its ISO number (DATE ``2021-W05``). A bare "week 5" is
left alone: news uses it far more often for the fifth week of something else ("in week 5 of
the strike", "week 3 of the season"), which is no calendar week. So the number must be tied
to the calendar, by a year after it or by a qualifier before "week" that names the calendar.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .candidate import Candidate
from .values import week_number

if TYPE_CHECKING:  # pragma: no cover
    from .patterns import Scanner

#: Words before "week" that make its number a week of the calendar year ("calendar week 12").
CALENDAR_QUALIFIERS = frozenset({"calendar", "iso", "epidemiological", "epidemiologic", "epi"})
#: The highest ISO week number.
LAST_WEEK_NUMBER = 53
#: Signs after a number that make it part of a range, a fraction or a share ("week 12-14",
#: "2020/21", "12%"), not a week or a year of its own.
JOINED_AFTER = frozenset({"-", "/", "%"})


def _year_after(s: Scanner, j: int) -> tuple[int, int] | None:
    """A four-digit year at ``j``, after "of" or a comma or nothing: (year, index after)."""
    k = j + 1 if s.w(j) in ("of", ",", "in") else j
    year = s.digits(k, 4, 4)
    if year is None or s.w(k + 1) in JOINED_AFTER or s.w(k + 1) == "percent":
        return None
    return year, k + 1


def rule_week_number(s: Scanner, i: int) -> Candidate | None:
    """``week 5 of 2021`` -> DATE 2021-W05; ``calendar week 12`` -> that week of the anchor's year."""
    qualified = s.w(i) in CALENDAR_QUALIFIERS
    at = i + 1 if qualified else i  # the word "week"
    if s.w(at) != "week":
        return None
    n = s.digits(at + 1, 1, 2)
    if n is None or not 1 <= n <= LAST_WEEK_NUMBER:
        return None
    year = _year_after(s, at + 2)
    if year is not None:
        return Candidate(i, year[1], "DATE", ("value", week_number(year[0], n)))
    if qualified and s.w(at + 2) not in JOINED_AFTER:
        return Candidate(i, at + 2, "DATE", ("week_number", n))
    return None
