"""Years and centuries of an era: "480 BC", "52 B.C.", "AD 476", "the 3rd century BCE".

TIMEX3 inherits TIMEX2's value for a year before the common era: the year's digits with a
``BC`` prefix ("190 BC" is ``BC0190``, "the 2nd century BC" ``BC01``), as HeidelTime writes it;
there is no year zero and no minus sign. "AD" and "CE" only confirm the common era, so "AD 476"
is ``0476``. The marker is part of the extent, and it must be written in capitals, so "40 ad
spots" is no year.
"""

from __future__ import annotations

from .candidate import Candidate

#: Era markers written as one word, by their written (upper-case) form: whether each is before
#: the common era.
ERA_WORDS = {"BC": True, "BCE": True, "AD": False, "CE": False}
#: The same markers written with full stops ("B.C.", "B.C.E.", "A.D.", "C.E."): their letters.
DOTTED_ERAS = {("B", "C", "E"): True, ("B", "C"): True, ("A", "D"): False, ("C", "E"): False}
_LONGEST_DOTTED = max(map(len, DOTTED_ERAS))
#: The lower-cased first token of every marker: after a number, only these let the era rule try.
ERA_ABBREVIATION_STARTS = frozenset(w.lower() for w in ERA_WORDS) | {letters[0].lower() for letters in DOTTED_ERAS}


def era_at(s, j: int) -> tuple[bool, int] | None:
    """The era marker at token ``j`` of scanner ``s``: (whether it is BC, index after), or None."""
    if not 0 <= j < s.n:
        return None
    text = s.t.text[j]
    if text in ERA_WORDS:
        return ERA_WORDS[text], j + 1
    letters: list[str] = []
    k = j
    best = None
    while len(letters) < _LONGEST_DOTTED and k + 1 < s.n and len(s.t.text[k]) == 1 and s.t.text[k].isupper() \
            and s.w(k + 1) == "." and s.touch(k + 1) and (k == j or s.touch(k)):
        letters.append(s.t.text[k])
        k += 2
        if tuple(letters) in DOTTED_ERAS:
            best = DOTTED_ERAS[tuple(letters)], k
    return best


def _glued(s, k: int) -> bool:
    """Whether token ``k`` is stuck to the token before it as one number or word ("B480",
    "1,480", "476,000"), not a number beside a bracket or a full stop ("(480 BC)", "AD 476.")."""
    if not s.touch(k):
        return False
    before, here = s.w(k - 1), s.w(k)
    if before.isalnum() and here.isalnum():
        return True
    if before in (",", ".") and here.isdigit():
        return s.touch(k - 1) and s.w(k - 2).isdigit()
    return here in (",", ".") and s.touch(k + 1) and s.w(k + 1).isdigit()


def era_value(bc: bool, digits: str) -> str:
    """A year's or century's value in an era: ``BC0480`` / ``0476``, ``BC02`` / ``08``."""
    return f"BC{digits}" if bc else digits


def rule_era_year(s, i: int) -> Candidate | None:
    """``480 BC``, ``52 B.C.``, ``812 AD``, ``640 CE`` (a number of one to four digits before an
    era marker) and ``AD 476`` / ``A.D. 410`` (the marker first, as Latin usage writes it)."""
    if s.t.text[i] in ("AD", "A"):
        # "AD 476", "A.D. 410": the common-era marker first (a lone capital "A" only as "A.D.")
        era = era_at(s, i)
        if era is None or era[0]:
            return None
        k = era[1]
        year = s.digits(k, 1, 4)
        if year and not s.touch(k) and not _glued(s, k + 1):
            return Candidate(i, k + 1, "DATE", ("value", era_value(False, f"{year:04d}")))
        return None
    year = s.digits(i, 1, 4)
    if not year or _glued(s, i) or s.touch(i + 1):
        return None
    era = era_at(s, i + 1)
    if era is None:
        return None
    bc, end = era
    return Candidate(i, end, "DATE", ("value", era_value(bc, f"{year:04d}")))


def era_year_shift(value: str, n: int) -> str | None:
    """The year ``n`` years from a year written before the common era (``BC0753`` + 3 is
    ``BC0750``; ``BC0002`` + 5 is ``0004``: there is no year zero), or None when ``value`` is
    no such year or the result falls off the four-digit calendar.

    Why: "three years later" after "753 BC" counts from that year, not from the article's."""
    if not _is_bc(value, 4):
        return None
    year = 1 - int(value[2:]) + n  # astronomical numbering: 1 BC is 0, 2 BC is -1
    if year <= 0:
        return era_value(True, f"{1 - year:04d}") if 1 - year <= 9999 else None
    return f"{year:04d}" if year <= 9999 else None


def era_century_shift(value: str, n: int) -> str | None:
    """The century ``n`` centuries from one before the common era (``BC04``, the 5th century
    BC, + 1 is ``BC03``; ``BC00`` + 1 is ``00``, the 1st century AD), or None."""
    if not _is_bc(value, 2):
        return None
    century = -int(value[2:]) - 1 + n  # BC00 (the 1st century BC) is -1, 00 (the 1st AD) is 0
    if century < 0:
        return era_value(True, f"{-century - 1:02d}") if -century - 1 <= 99 else None
    return f"{century:02d}" if century <= 99 else None


def before_common_era(value: str) -> bool:
    """Whether ``value`` is a year (``BC0753``) or a century (``BC04``) before the common era.

    Why: such a value has no granularity of its own, yet later counting ("three years later")
    still counts from it."""
    return _is_bc(value, 4) or _is_bc(value, 2)


def _is_bc(value: str, width: int) -> bool:
    """Whether ``value`` is ``BC`` followed by ``width`` digits."""
    return len(value) == 2 + width and value.startswith("BC") and value[2:].isdigit()
