"""The recogniser: where time expressions are and what they mean before anchoring.

A hand-written grammar over :mod:`.tokens`: at each token that can begin a time
expression every rule is tried and the longest match wins, then the scan moves on
past it, so expressions never overlap and the scan is linear in the text. A rule
returns the tokens it covers, the TIMEX3 type and a *meaning*: a small tuple that
:mod:`.normalize` turns into a value once the anchor and the clause tense are known
(``("weekday", 7, None, None)`` is "Sunday": which Sunday depends on both).

Extents follow the TimeML guidelines: prepositions stay out ("on Sunday" ->
"Sunday"), determiners and modifiers that change the value stay in ("the 1990s",
"the past three years", "late last year", "more than two years").
"""

from __future__ import annotations

from itertools import compress
from operator import itemgetter

from . import lexicon as L
from .candidate import Candidate
from .eras import ERA_ABBREVIATION_STARTS, era_at, era_value, rule_era_year
from .periods import (AHEAD_UNITS, rule_digit_quarter, rule_midweek, rule_quarter_century, rule_unit_end,
                      rule_units_ahead, rule_year_earlier)
from .spoken_years import CENTURIES as SPOKEN_CENTURIES, rule_spoken_year
from .tokens import Tokens
from .unit_idioms import PACE_UNITS, rule_nights, rule_unit_by_unit, rule_within_the_hour
from .week_numbers import CALENDAR_QUALIFIERS, rule_week_number
from .values import duration as _dur
from .vague_spans import ADDING, rule_added_span, rule_over_the_units

__all__ = ["Candidate", "Scanner", "recognise", "rules_for"]


YEAR_MIN, YEAR_MAX = 1000, 2099
MONTH_CONTEXT = frozenset({
    "in", "since", "until", "till", "by", "from", "through", "throughout", "during", "of", "early",
    "mid", "late", "last", "next", "this", "before", "after", "between", "end", "beginning",
    "start", "middle", "-", "until", "last", "every", "each", "coming", "past", "previous",
})
BARE_UNIT_CONTEXT = frozenset({
    "for", "in", "within", "over", "after", "than", "took", "take", "takes", "lasted", "last",
    "spent", "spend", "spending", "lasting",
})
OLD_YEAR_CONTEXT = frozenset({"in", "since", "by", "until", "till", "of", "from", "before", "after",
                              "during", "between", "circa", "c", "year", "-"})
#: Nouns of an accord, a law or a historic event that a year between "the" and them dates:
#: "the 1884 convention", "the 1648 peace", "the 1857 uprising" (not "the 1500 police officers").
HISTORIC_NOUNS = frozenset({
    "convention", "conventions", "treaty", "treaties", "accord", "accords", "agreement", "pact", "peace",
    "constitution", "charter", "declaration", "protocol", "act", "law", "code", "statute", "decree", "edict",
    "revolution", "war", "uprising", "rebellion", "revolt", "mutiny", "massacre", "earthquake", "famine",
    "partition", "census", "conference", "congress", "settlement", "border", "boundary", "independence",
    "annexation", "expedition", "exhibition", "election", "referendum",
})
FUNCTION_WORDS = frozenset({
    "and", "or", "but", "as", "is", "was", "will", "of", "in", "to", "for", "with", "that", "the", "at",
    "on", "when", "where", "has", "had", "it", "they", "he", "she", "we", "i", "you", "there", "this",
    "these", "those", "have", "would", "could", "should", "can", "may", "might", "are", "were", "not",
})
DATE_KINDS = frozenset({
    "date", "in_year", "monthday", "month", "month_shift", "year", "decade", "century", "weekday", "deictic",
    "unit_shift", "season", "quarter", "half", "holiday", "weekend", "ref_day",
})


#: A quantity's modifier said of a point counted back ("more than two years ago"): TIMEX3's point mods.
AGO_MODS = {"MORE_THAN": "BEFORE", "LESS_THAN": "AFTER", "EQUAL_OR_MORE": "ON_OR_BEFORE", "EQUAL_OR_LESS": "ON_OR_AFTER"}


#: The quantity modifiers by their last word, so a candidate looks up only those that can end before it;
#: longest first, so "no more than" is tried before "more than".
MODIFIERS_BY_LAST_WORD: dict[str, list] = {}
for _words, _code in sorted(L.DURATION_MODIFIERS.items(), key=lambda item: -len(item[0])):
    MODIFIERS_BY_LAST_WORD.setdefault(_words[-1], []).append((_words, _code))


class Scanner:
    """One pass over the tokens of one text."""

    def __init__(self, tokens: Tokens) -> None:
        self.t = tokens
        self.n = len(tokens)

    # -- small helpers -------------------------------------------------------------

    def w(self, i: int) -> str:
        return self.t.lower[i] if 0 <= i < self.n else ""

    def touch(self, i: int) -> bool:
        return 0 <= i < self.n and self.t.touches(i)

    def cap(self, i: int) -> bool:
        return 0 <= i < self.n and self.t.is_cap(i)

    def digits(self, i: int, lo: int = 1, hi: int = 4) -> int | None:
        word = self.w(i)
        if word.isdigit() and word.isascii() and lo <= len(word) <= hi:
            return int(word)
        return None

    def possessive(self, i: int) -> int:
        """Index after ``'s`` at ``i`` (touching), or ``i`` if there is none."""
        if self.w(i) == "'" and self.w(i + 1) == "s" and self.touch(i) and self.touch(i + 1):
            return i + 2
        return i

    def phrase(self, i: int, words: tuple[str, ...]) -> int | None:
        """Index after ``words`` starting at ``i`` (``"year's"`` matches ``year ' s``), or None."""
        for word in words:
            if word.endswith("'s"):
                if self.w(i) != word[:-2]:
                    return None
                j = self.possessive(i + 1)
                if j == i + 1:
                    return None
                i = j
            else:
                if self.w(i) != word:
                    return None
                i += 1
        return i

    # -- numbers -------------------------------------------------------------------

    def number(self, i: int) -> tuple[float | int | str, int, bool] | None:
        """An amount at ``i``: (value or "X", index after, whether it was an article);
        "two and a half" is 2.5."""
        got = self._number(i)
        if got is not None and got[1] < self.n and self.t.lower[got[1]] == "and" and isinstance(got[0], int) \
                and not got[2] and self.w(got[1] + 1) in ("a", "one") and self.w(got[1] + 2) == "half":
            return got[0] + 0.5, got[1] + 3, False
        return got

    def _number(self, i: int) -> tuple[float | int | str, int, bool] | None:
        word = self.w(i)
        if word.isdigit() and word.isascii() and len(word) <= 4:
            if self.w(i + 1) == "." and self.touch(i + 1) and self.digits(i + 2) is not None and self.touch(i + 2):
                return float(f"{word}.{self.w(i + 2)}"), i + 3, False
            return int(word), i + 1, False
        if word in ("a", "three") and self.w(i + 1) in ("quarter", "quarters") and self.w(i + 2) == "of" \
                and self.w(i + 3) in ("a", "an") and self.w(i + 4) == "hour":
            return (0.25 if word == "a" else 0.75), i + 4, False  # "a quarter of an hour"
        if word in ("a", "an"):
            if self.w(i + 1) in ("few", "couple"):
                j = i + 2 + (self.w(i + 2) == "of")
                return ("X" if self.w(i + 1) == "few" else 2), j, False
            if self.w(i + 1) == "dozen":
                return 12, i + 2, False
            return 1, i + 1, True
        if word == "half":
            j = i + 1 + (self.w(i + 1) in ("a", "an"))
            return 0.5, j, False
        if word == "couple" and self.w(i + 1) == "of":
            return 2, i + 2, False
        if word in L.VAGUE_NUMBERS:
            return "X", i + 1 + (self.w(i + 1) == "of" and word in ("dozens", "hundreds", "thousands")), False
        if word in L.TENS:
            value = L.NUMBER_WORDS[word]
            j = i + 1
            k = j + 1 if self.w(j) == "-" and self.touch(j) else j
            nxt = self.w(k)
            if nxt in L.NUMBER_WORDS and isinstance(L.NUMBER_WORDS[nxt], int) and L.NUMBER_WORDS[nxt] < 10 \
                    and nxt not in ("a", "an"):
                return value + L.NUMBER_WORDS[nxt], k + 1, False
            return value, j, False
        if word in L.NUMBER_WORDS and word not in ("hundred", "dozen"):
            return L.NUMBER_WORDS[word], i + 1, False
        return None

    def day_number(self, i: int) -> tuple[int, int] | None:
        """A day of the month (``27``, ``27th``) at ``i``: (day, index after)."""
        value = self.digits(i, 1, 2)
        if value is None or not 1 <= value <= 31:
            return None
        j = i + 1
        if self.w(j) in L.ORDINAL_SUFFIXES and self.touch(j):
            j += 1
        return value, j

    def year(self, i: int) -> tuple[int, int] | None:
        """A four-digit year at ``i``: (year, index after)."""
        value = self.digits(i, 4, 4)
        if value is None or not YEAR_MIN <= value <= YEAR_MAX:
            return None
        return value, i + 1

    def month_name(self, i: int) -> tuple[int, int, bool] | None:
        """A month name at ``i``: (month, index after, whether it is ambiguous alone)."""
        word = self.w(i)
        if not self.cap(i):
            return None
        if word in L.MONTHS:
            return L.MONTHS[word], i + 1, word in L.AMBIGUOUS_MONTHS
        if word in L.MONTH_ABBREVIATIONS:
            if self.w(i + 1) == "." and self.touch(i + 1):
                return L.MONTH_ABBREVIATIONS[word], i + 2, True
            return L.MONTH_ABBREVIATIONS[word], i + 1, True
        return None

    # -- the scan ------------------------------------------------------------------

    def scan(self) -> list[Candidate]:
        found: list[Candidate] = []
        i = 0
        # Only the tokens that can begin an expression are visited (a few percent of
        # the text), each with only the rules that can begin with its word.
        lower = self.t.lower
        for k, rules in _starts(lower):
            if k < i:
                continue  # inside the expression found last
            i = k
            rules = _by_next_word(rules, lower[k], self.w(k + 1))
            best = self._best(i, rules) if rules else None
            if best is None:
                i += 1
                continue
            best = self.extend_left(best, found[-1].last if found else 0)
            if self.hyphenated_on(best):
                i = best.last
                continue
            found.append(best)
            i = best.last
            tail = self.range_tail(best)
            if tail is not None:
                found.append(tail)
                i = tail.last
        return found

    def range_tail(self, cand: Candidate) -> Candidate | None:
        """The second day of "March 21-23", "March 3 and 4", "Feb. 26-27, 2023": a DATE of
        its own (TimeML marks each end of a range), in the first day's month."""
        meaning = cand.meaning
        if meaning[0] not in ("monthday", "date") or meaning[0] == "date" and meaning[3] is None:
            return None
        m, d = (meaning[1], meaning[2]) if meaning[0] == "monthday" else (meaning[2], meaning[3])
        if self.digits(cand.last - 1, 1, 2) != d and self.digits(cand.last - 2, 1, 2) != d:
            return None  # the day is not the last thing written ("Sept. 3, 2019")
        second = _second_day(self, cand.last, d)
        if second is None or self.month_name(second[1]) is not None:
            return None
        d2, end = second
        year = _year_after(self, end)
        if year is not None:
            return Candidate(cand.last + 1, year[1], "DATE", ("range_day", m, d2, year[0]))
        return Candidate(cand.last + 1, end, "DATE", ("range_day", m, d2, None))

    def best_at(self, i: int) -> Candidate | None:
        """The longest expression beginning at token ``i`` (the first rule wins a tie)."""
        return self._best(i, rules_for(self.t.lower[i], self.w(i + 1)))

    def _best(self, i: int, rules: tuple) -> Candidate | None:
        best = None
        for rule in rules:
            cand = rule(self, i)
            if cand is not None and (best is None or cand.last > best.last):
                best = cand
        return best

    def hyphenated_on(self, cand: Candidate) -> bool:
        """A word glued on by a hyphen makes a time into an adjective of something else ("1990s-era")."""
        j = cand.last
        return (self.w(j) == "-" and self.touch(j) and self.touch(j + 1) and self.w(j + 1).isalpha()
                and self.w(j + 1) not in ("long", "old")
                and not (cand.meaning[0] in ("date", "monthday") and self.month_name(j + 1) is not None))
        # a range across months ("Dec. 30-Jan. 2", "June 28-July 2") is two dates, not an adjective

    def extend_left(self, cand: Candidate, floor: int) -> Candidate:
        """Take in modifiers before a core expression: "late", "mid-", "the end of", "more than"."""
        first, mod = cand.first, cand.mod
        kind = cand.meaning[0]
        if kind in SAME_TIME_SHIFTS and first - 2 >= floor and self.w(first - 2) == "this" \
                and self.w(first - 1) == "time" and not self.cap(first - 1):
            # "this time last year", "this time tomorrow", "this time a year ago": the same point
            # in the other unit, one expression (its value the shifted unit's)
            return cand._replace(first=first - 2)
        if cand.type == "DURATION" or kind in ("value", "ago", "later", "clock", "clock_on", "day_part"):
            # "about two years", "more than a decade ago", "around 10 p.m.", "around midday" (an approximate time only)
            for words, code in MODIFIERS_BY_LAST_WORD.get(self.w(first - 1), ()):
                if kind in ("clock", "clock_on", "day_part") and code != "APPROX":
                    continue
                k = first - len(words)
                if len(words) == 1 and words[0] in ("over", "under") and self.w(k - 1) not in L.OVER_AS_MORE_THAN_AFTER:
                    continue  # "over two days, talks ...": during, not more than
                if k >= floor and tuple(self.w(x) for x in range(k, first)) == words:
                    if kind == "ago":  # "more than a decade ago" is before the point a decade back
                        code = AGO_MODS.get(code, code)
                    return cand._replace(first=k, mod=code)
            return cand
        if kind not in DATE_KINDS:
            return cand
        # "mid-March", "mid-2016"
        if first - 2 >= floor and self.w(first - 1) == "-" and self.w(first - 2) == "mid" \
                and self.touch(first) and self.touch(first - 1):
            if kind in ("decade", "century") and first - 3 >= floor and self.w(first - 3) == "the":
                return cand._replace(first=first - 3, mod="MID")  # "the mid-1990s", as "the late 1990s"
            return cand._replace(first=first - 2, mod="MID")
        prev = self.w(first - 1)
        late_on = _late_on_weekday(self, cand, floor)
        if late_on is not None:
            return late_on
        if first - 1 >= floor and prev in L.DATE_MODIFIERS:
            if prev in ("earlier", "later") and self.w(first) not in ("this", "last", "next", "that", "today",
                                                                      "tonight", "yesterday", "tomorrow") \
                    and not (kind == "weekday" and self.w(first) in L.WEEKDAYS):
                return cand  # "earlier Tuesday" (wire copy's "earlier today") keeps "earlier"
            first -= 1
            if prev in ("early", "late") and first - 1 >= floor and self.w(first - 1) == "the":
                first -= 1  # "the late 1990s"
            return cand._replace(first=first, mod=L.DATE_MODIFIERS[prev] or mod)
        # "the end of 2019", "the beginning of March"
        if first - 3 >= floor and self.w(first - 1) == "of" and self.w(first - 2) in L.EDGE_PHRASES \
                and self.w(first - 3) == "the":
            return cand._replace(first=first - 3, mod=_edge_mod(self.w(first - 2), "CE" if kind == "century" else ""))
        return cand


#: Meanings "this time" can stand before as one expression ("this time next week").
SAME_TIME_SHIFTS = frozenset({"unit_shift", "deictic", "ago"})
#: Degree words before "late on"/"early on" that make it the lateness of something else
#: ("too late on Tuesday to ..."), not the time of day.
DEGREE_BEFORE_LATE = frozenset({"too", "so", "as", "how", "very", "rather", "quite", "fairly"})


def _late_on_weekday(s: Scanner, cand: Candidate, floor: int) -> Candidate | None:
    """"late on Tuesday", "early on Tuesday", "late on Monday night": the modifier with "on"
    between it and the weekday is part of the expression (extent and mod), as in "late Tuesday".

    The value stays the day (DATE), or the part of the day when one is written: the development
    sets disagree on whether "late on Tuesday" is that night (three newer sets: TIME ``TNI``) or
    the day (eleven annotations in older sets: DATE), and the day is the reading most of them
    take; the extent is taken in either way, since TimeML draws it round the modifier."""
    first = cand.first
    if cand.meaning[0] != "weekday" or first - 2 < floor or s.w(first - 1) != "on" \
            or s.w(first - 2) not in ("late", "early"):
        return None
    if s.w(first - 3) in DEGREE_BEFORE_LATE:
        return None  # "too late on Tuesday to ...": lateness of something else, not the time of day
    if cand.meaning[2] is not None:
        return None  # "early on Tuesday, Sept. 29" : the dated form keeps its own extent
    return cand._replace(first=first - 2, mod=L.DATE_MODIFIERS[s.w(first - 2)])


# -- rules: each takes (scanner, i) and returns a Candidate or None ----------------------


def rule_iso(s: Scanner, i: int) -> Candidate | None:
    """``2020-09-27``, ``2020/09/27``, ``9/27/2020``."""
    y = s.digits(i, 4, 4)
    if y is not None and s.w(i + 1) in ("-", "/") and all(s.touch(i + k) for k in (1, 2, 3, 4)) \
            and s.w(i + 3) == s.w(i + 1):
        m, d = s.digits(i + 2, 2, 2), s.digits(i + 4, 2, 2)
        if m and d and 1 <= m <= 12 and 1 <= d <= 31:
            return Candidate(i, i + 5, "DATE", ("date", y, m, d))
    m = s.digits(i, 1, 2)
    if m == 9 and s.w(i) == "9" and s.w(i + 1) == "/" and s.w(i + 2) == "11" and s.touch(i + 1) and s.touch(i + 2) \
            and not (s.w(i + 3) in ("/", "-") and s.touch(i + 3)) and not (s.w(i - 1) in ("/", "-") and s.touch(i)):
        return Candidate(i, i + 3, "DATE", ("date", 2001, 9, 11))  # "the 9/11 attacks"
    if m is not None and s.w(i + 1) == "/" and s.w(i + 3) == "/" and all(s.touch(i + k) for k in (1, 2, 3, 4)):
        d, y = s.digits(i + 2, 1, 2), s.digits(i + 4, 4, 4)
        if d and y and 1 <= m <= 12 and 1 <= d <= 31:
            return Candidate(i, i + 5, "DATE", ("date", y, m, d))
        if d and y and 12 < m <= 31 and 1 <= d <= 12:  # day first: 27/09/2020
            return Candidate(i, i + 5, "DATE", ("date", y, d, m))
    return None


def _year_shift_after(s: Scanner, k: int) -> tuple[int, int] | None:
    """``last year`` / ``this year`` / ``next year`` at ``k`` completing a date ("March last
    year", "Oct. 15 next year"): (shift, index after), or None."""
    shift = {"last": -1, "this": 0, "next": 1}.get(s.w(k))
    if shift is None or s.w(k + 1) != "year" or (s.w(k + 2) == "-" and s.touch(k + 2)) \
            or (s.w(k + 2) == "'" and s.w(k + 3) == "s"):
        return None  # "next year's budget" keeps "next year" for itself
    return shift, k + 2


#: Words joining two days of one month written once: "March 21-23", "3 and 4 March", "6 to 8 May".
DAY_JOINS = frozenset({"-", "\u2013", "and", "to", "through", "or", "until", "till"})


def _second_day(s: Scanner, k: int, first_day: int) -> tuple[int, int] | None:
    """The later day of a range or pair of days at ``k`` ("-23" after "March 21", "and 4" after
    "March 3"): (day, index after it), or None. A number that counts something ("March 3 and 4
    soldiers") or a clock ("-23:00") is no day."""
    join = s.w(k)
    if join not in DAY_JOINS:
        return None
    if join in ("-", "\u2013") and not (s.touch(k) and s.touch(k + 1)):
        return None
    day = s.day_number(k + 1)
    if day is None or day[0] <= first_day or s.digits(k + 1, 1, 2) is None:
        return None
    nxt = s.w(day[1])
    if nxt in L.UNITS or nxt in ("%", ":") or (s.touch(day[1]) and nxt.isalnum()) \
            or (nxt == "." and s.digits(day[1] + 1) is not None and s.touch(day[1] + 1)):
        return None
    if join not in ("-", "\u2013") and nxt.isalpha() and (nxt not in FUNCTION_WORDS or nxt == "of") \
            and not s.month_name(day[1] + (nxt == "of")):
        return None
    return day


def _closing_year(s: Scanner, k: int, first_month: int) -> int | None:
    """The year of a day whose range closes with a day of another month and a year ("Dec. 30"
    in "Dec. 30-Jan. 2, 2024" is 2023's): the closing year, or the one before when the range
    runs over the new year. None when no such closing day follows at ``k``."""
    join = s.w(k)
    if join not in ("-", "\u2013", "to", "through", "until", "till"):
        return None
    got = s.month_name(k + 1)
    if got is None:
        return None
    day = s.day_number(got[1])
    year = _year_after(s, day[1]) if day is not None else None
    if year is None:
        return None
    return year[0] - (first_month > got[0])


def _year_after(s: Scanner, k: int) -> tuple[int, int] | None:
    """A year at ``k``, or after a comma there: (year, index after)."""
    if s.w(k) == "," and s.year(k + 1):
        return s.year(k + 1)[0], k + 2
    return s.year(k)


def _month_core(s: Scanner, i: int, standalone: bool) -> Candidate | None:
    got = s.month_name(i)
    if got is None:
        return None
    m, j, ambiguous = got
    day = s.day_number(j)
    if day is not None and not (s.w(day[1]) in L.UNITS or s.w(day[1]) == "%"):
        d, k = day
        if s.w(k) == "," and s.year(k + 1):
            return Candidate(i, k + 2, "DATE", ("date", s.year(k + 1)[0], m, d))
        if s.year(k):
            return Candidate(i, k + 1, "DATE", ("date", s.year(k)[0], m, d))
        shifted = _year_shift_after(s, k)
        if shifted is not None:
            return Candidate(i, shifted[1], "DATE", ("in_year", m, d, shifted[0]))
        second = _second_day(s, k, d)
        if second is not None and not s.month_name(second[1]) and _year_after(s, second[1]):
            return Candidate(i, k, "DATE", ("date", _year_after(s, second[1])[0], m, d))  # "March 21-23, 2023"
        closing = _closing_year(s, k, m)
        if closing is not None:
            return Candidate(i, k, "DATE", ("date", closing, m, d))  # "Dec. 30-Jan. 2, 2024": 2023-12-30
        if (m, d) == (9, 11) and s.w(k) in ("attacks", "attack", "hijackers", "commission", "memorial", "anniversary"):
            return Candidate(i, k, "DATE", ("date", 2001, 9, 11))  # "the Sept. 11 attacks", as "9/11"
        return Candidate(i, k, "DATE", ("monthday", m, d))
    k = j + 1 if s.w(j) in (",", "of") else j
    year = s.year(k)
    if year is not None and not s.w(k + 1) in L.PLURAL_UNITS:
        return Candidate(i, k + 1, "DATE", ("date", year[0], m, None))
    shifted = _year_shift_after(s, j)
    if shifted is not None and s.w(i) not in L.MONTH_ABBREVIATIONS:
        return Candidate(i, shifted[1], "DATE", ("in_year", m, None, shifted[0]))  # "March last year"
    if not standalone:
        return None
    word = s.w(i)
    if word in L.MONTH_ABBREVIATIONS:
        return None
    prev = s.w(i - 1)
    if ambiguous and prev not in MONTH_CONTEXT and not (prev == "for" and word not in ("may", "march")) \
            and not _range_end(s, i) and not (prev == "the" and s.w(j) in L.EVENT_NOUNS):
        return None  # (but "the August vote": a month dating an event)
    if word == "may" and s.w(j) in ("be", "have", "not", "also", "well", "never", "yet", "soon", "still"):
        return None
    if prev == "in" and (s.w(i - 2) in ("annually", "yearly") or s.w(i - 2) == "year" and s.w(i - 3) in ("every", "each")):
        return Candidate(i, j, "DATE", ("value", f"XXXX-{m:02d}"))  # "held annually in August": any year's
    return Candidate(i, j, "DATE", ("month", m))


#: Words joining the two ends of a range or list of months ("between March and May", "the year to June").
RANGE_JOINS = frozenset({"and", "or", "to", "through", "until", "till"})


def _range_end(s: Scanner, i: int) -> bool:
    """Whether the month name at ``i`` closes a range or list begun by a month, a year or a
    stretch of time: "March and May", "from January to June", "the 12 months to June"."""
    if s.w(i - 1) not in RANGE_JOINS:
        return False
    before = s.w(i - 2)
    return (before in L.MONTHS and s.cap(i - 2)) or s.year(i - 2) is not None \
        or (s.w(i - 1) == "to" and before in ("year", "years", "months", "quarter", "weeks"))


def rule_month(s: Scanner, i: int) -> Candidate | None:
    """``September 27``, ``Sept. 27, 2020``, ``September 2020``, ``September`` (in date context)."""
    return _month_core(s, i, standalone=True)


def rule_day_month(s: Scanner, i: int) -> Candidate | None:
    """``27 September 2020``, ``the 27th of September``."""
    j = i + 1 if s.w(i) == "the" else i
    day = s.day_number(j)
    if day is None:
        return None
    d, k = day
    if s.w(k) == "of":
        k += 1
    got = s.month_name(k)
    if got is None and j == i:
        head = _range_head(s, i, d, k)
        if head is not None:
            return head
    if got is None:
        # "on the 14th": a day of the month under discussion (not "the 14th century")
        if j == i + 1 and k == j + 2 and s.w(i - 1) in ("on", "by", "until", "till", "since") \
                and not (s.w(k).isalpha() and s.w(k) not in FUNCTION_WORDS) and s.w(k) != "-":
            return Candidate(i, k, "DATE", ("ref_monthday", d))
        return None
    m, k, _ = got
    if s.w(k) == "," and s.year(k + 1):
        return Candidate(i, k + 2, "DATE", ("date", s.year(k + 1)[0], m, d))
    if s.year(k):
        return Candidate(i, k + 1, "DATE", ("date", s.year(k)[0], m, d))
    shifted = _year_shift_after(s, k)
    if shifted is not None:
        return Candidate(i, shifted[1], "DATE", ("in_year", m, d, shifted[0]))
    return Candidate(i, k, "DATE", ("monthday", m, d))


def _range_head(s: Scanner, i: int, d: int, k: int) -> Candidate | None:
    """The first day of "3-5 March", "6 and 7 March 2023": the month (and year) written once
    after the second day belong to both."""
    second = _second_day(s, k, d)
    if second is None:
        return None
    after = second[1] + (s.w(second[1]) == "of")
    got = s.month_name(after)
    if got is None or got[2] and s.w(after) in L.MONTH_ABBREVIATIONS and s.w(got[1] - 1) != ".":
        return None
    year = _year_after(s, got[1])
    return Candidate(i, k, "DATE", ("date", year[0], got[0], d) if year else ("monthday", got[0], d))


def rule_year(s: Scanner, i: int) -> Candidate | None:
    """``2016``; ``1990s``, ``the 1990s``, ``the '90s`` (decades)."""
    start = i
    if s.w(i) == "the":
        i += 1
    if s.w(i) == "'" and s.digits(i + 1, 2, 2) is not None and s.w(i + 2) == "s" and s.touch(i + 1) and s.touch(i + 2):
        tens = s.digits(i + 1, 2, 2)
        century = "19" if tens >= 20 else "20"
        return Candidate(start, i + 3, "DATE", ("decade", f"{century}{tens // 10}"))
    if start == i:
        short = _short_year(s, i)
        if short is not None:
            return short
    else:
        tens = s.digits(i, 2, 2)
        if tens is not None and tens % 10 == 0 and s.w(i + 1) == "s" and s.touch(i + 1) \
                and not (s.w(i + 2) == "-" and s.touch(i + 2)) and not s.cap(i + 2) \
                and not any(s.w(k) in MEASURED_IN_TENS for k in range(i - DECADE_WINDOW, i + DECADE_WINDOW)):
            # "the 80s" written without the apostrophe ("the 20s" is this century's, as "the '20s")
            century = "19" if tens >= 30 else "20"
            return Candidate(start, i + 2, "DATE", ("decade", f"{century}{tens // 10}"))
    got = s.year(i)
    if got is None:
        return None
    y, j = got
    if s.w(j) == "'" and s.w(j + 1) == "s" and s.touch(j) and s.touch(j + 1) and y % 10 == 0 and start != i:
        j += 1  # "the 1980's", written with an apostrophe ("2020's election" is the year's)
    if s.w(j) == "s" and s.touch(j):
        if y % 10:
            return None
        if y % 100 == 0 and y < 2000:
            return Candidate(start, j + 1, "DATE", ("century", str(y // 100)))  # "the 1800s"
        return Candidate(start, j + 1, "DATE", ("decade", str(y // 10)))
    if start != i:
        return None  # "the 2016 ..." : the year alone starts at the number
    if _year_in_a_name(s, i, j):
        return None
    prev, nxt = s.w(i - 1), s.w(j)
    if prev in L.NOT_YEAR_BEFORE and not (prev == "least" and s.w(i - 2) == "at" and s.w(i - 3) in YEAR_BEFORE_AT_LEAST) \
            and not _after_possessive(s, i) or nxt in L.MEASURE_WORDS and not _charge_after_year(s, i, j) \
            or nxt in ("%", "s"):
        return None
    if (prev in (".", ",", ":") and s.touch(i) and s.digits(i - 2) is not None) or \
            (nxt in (".", ",", ":") and s.touch(j) and s.digits(j + 1) is not None and s.touch(j + 1)):
        return None  # 1,990 or 20.16 or 20:16
    if nxt.isalpha() and nxt.endswith("s") and len(nxt) > 3 and not s.cap(j) and nxt not in L.UNITS \
            and not (prev in RANGE_JOINS and s.year(i - 2) is not None):
        return None  # "2000 troops" (but "from 2001 to 2021 troops stayed": a range's end)
    if s.digits(j) is not None and not s.touch(j):
        return None  # a run of numbers
    if y < 1900 and prev not in OLD_YEAR_CONTEXT and nxt not in ("ad", "bc", "bce", "ce") \
            and not (prev == "the" and y >= 1000 and nxt in HISTORIC_NOUNS and not _counts_a_compound(s, j + 1)):
        return None  # "1500 police officers": an early year needs a date preposition or a dated noun
    return Candidate(i, j, "DATE", ("year", y))


def _counts_a_compound(s: Scanner, k: int) -> bool:
    """Whether a plural noun at ``k`` makes the word before it a modifier, so the number before
    both counts them: "the 1500 war veterans", "the 1200 border guards"."""
    word = s.w(k)
    return word.isalpha() and len(word) > 3 and word.endswith("s") and not s.cap(k) \
        and word not in ("was", "has", "this", "thus", "whereas", "remains", "states", "says")


#: Date prepositions before a year that "of" may follow: "convicted in 2011 of bribery".
YEAR_BEFORE_OF = frozenset({"in", "since", "until", "by", "during"})
#: Words after "of" that make the number before it a count of a set: "in 1500 of the ballots".
PARTITIVE_AFTER_OF = frozenset({"the", "these", "those", "them", "which", "whom", "its", "their", "our",
                                "his", "her", "us", "you", "every", "each"})


def _charge_after_year(s: Scanner, i: int, j: int) -> bool:
    """Whether "of" at ``j``, after the year at ``i``, begins what the year's clause is about
    ("accused in 2019 of spying", "cleared in 2008 of all charges") rather than the set a
    number counts from ("in 1500 of the ballots")."""
    return s.w(j) == "of" and s.w(i - 1) in YEAR_BEFORE_OF and s.w(j + 1) not in PARTITIVE_AFTER_OF


def _after_possessive(s: Scanner, i: int) -> bool:
    """Whether a possessive ("the republic's", "Norway's") stands right before ``i``: a number
    there dates the noun after it by its year ("the republic's 2011 uprising"), as "the 2011
    uprising" does; the letter "s" alone before a number is a bill or a route ("S 2011")."""
    return s.w(i - 1) == "s" and s.w(i - 2) == "'" and s.touch(i - 1) and s.touch(i - 2)


#: Words glued before a year by a hyphen that keep it a time ("mid-2016", "pre-2008", "end-2024").
YEAR_PREFIXES = frozenset({"mid", "pre", "post", "early", "late", "end", "start", "fy", "year", "since", "by"})


#: Words ending an amount that "a year", "a day" after it make a rate of ("5 percent a year").
RATE_AMOUNT_WORDS = frozenset({"percent", "%", "million", "billion", "trillion", "thousand", "hundred", "dozen",
                               "bn", "cent", "pence",
                               # currencies whose plural is their singular ("3 billion yen a year")
                               "yen", "yuan", "renminbi", "krona", "krone", "euro", "rand", "baht", "ringgit",
                               "rupiah", "naira"})


def _year_in_a_name(s: Scanner, i: int, j: int) -> bool:
    """Whether the year at ``i`` (ending before ``j``) is part of a name: glued to letters after
    it ("Iron Shield-2019C"), or glued by a hyphen to a capitalised word that is no month nor
    time prefix ("Zapad-2021", "Euro-2012"). TimeML marks no time inside a proper name."""
    nxt = s.w(j)
    if s.touch(j) and nxt.isalpha() and nxt not in ("s", "ad", "bc", "bce", "ce"):
        return True
    if s.w(i - 1) == "-" and s.touch(i) and s.touch(i - 1) and s.cap(i - 2):
        word = s.w(i - 2)
        return word.isalpha() and word not in YEAR_PREFIXES and word not in L.MONTHS \
            and word not in L.MONTH_ABBREVIATIONS and word not in L.SEASONS
    return False


#: Prepositions before "at least" that make the number after it a year: "until at least 2027".
YEAR_BEFORE_AT_LEAST = frozenset({"until", "till", "through", "since", "from", "in", "by", "to"})


#: Words near "the 30s" that make it a measure in its tens, not a decade ("temperatures in the 30s").
MEASURED_IN_TENS = frozenset({"temperature", "temperatures", "degrees", "degree", "highs", "lows", "high", "low",
                              "fahrenheit", "celsius", "heat", "mph", "percent", "%", "age", "aged", "ages",
                              "scores", "score", "points", "yields", "yield", "polls", "polling", "approval"})
#: How many tokens either side of "the 30s" are searched for those words.
DECADE_WINDOW = 8


#: Words that follow a number that counts or measures, so "'98" or "1990-95" there is no year.
NOT_SHORT_YEAR_AFTER = frozenset({"%", "percent", "per", "points", "point", "votes", "s", "-", "'"})


def _short_year(s: Scanner, i: int) -> Candidate | None:
    """Two-digit years: ``'98`` (after a date preposition), and the end of ``1990-95``."""
    if s.w(i) == "'" and s.touch(i + 1) and not s.touch(i):
        yy = s.digits(i + 1, 2, 2)
        if yy is None or s.w(i + 2) in NOT_SHORT_YEAR_AFTER or s.w(i + 2) in L.UNITS or s.touch(i + 2):
            return None
        if s.w(i - 1) not in ("in", "since", "of", "by", "until", "till", "from", "before", "after", "during",
                              "class", "between", "and", "to", "summer", "spring", "fall", "autumn", "winter"):
            return None
        return Candidate(i, i + 2, "DATE", ("year", (1900 if yy >= 30 else 2000) + yy))
    yy = s.digits(i, 2, 2)
    if yy is not None and s.w(i - 1) in ("-", "/") and s.touch(i) and s.touch(i - 1) and s.year(i - 2) is not None \
            and s.w(i + 1) not in NOT_SHORT_YEAR_AFTER and not (s.touch(i + 1) and s.w(i + 1).isalnum()):
        first = s.year(i - 2)[0]
        y = first // 100 * 100 + yy
        if y > first:
            return Candidate(i, i + 1, "DATE", ("year", y))  # "1990-95"
    return None


def rule_weekday(s: Scanner, i: int) -> Candidate | None:
    """``Sunday``, ``Sunday morning``, ``Sunday, Sept. 27``, ``Sundays`` (a set)."""
    word = s.w(i)
    if not s.cap(i):
        return None
    if word in L.WEEKDAY_PLURALS:
        return Candidate(i, i + 1, "SET", ("value", f"XXXX-WXX-{L.WEEKDAY_PLURALS[word]}"))
    if word not in L.WEEKDAYS:
        return None
    if s.w(i - 1) in L.WEEKDAY_NAME_BEFORE and s.cap(i - 1):
        return None
    if s.w(i + 1) in L.WEEKDAY_NAME_AFTER and s.cap(i + 1):
        return None
    if s.w(i - 1) == "on" and s.w(i - 2) == "mail" and s.cap(i - 2):
        return None  # "the Mail on Sunday"
    wd = L.WEEKDAYS[word]
    j = i + 1
    k = j + 1 if s.w(j) == "," else j
    dated = _month_core(s, k, standalone=False) or rule_day_month(s, k)
    if dated is not None:
        return dated._replace(first=i)
    if s.w(j) in L.DAY_PART_PLURALS:
        # "Friday nights": a weekday with a plural part of the day recurs (a set)
        return Candidate(i, j + 1, "SET", ("value", f"XXXX-WXX-{wd}T{L.DAY_PART_PLURALS[s.w(j)]}"))
    if s.w(j) in L.DAY_PARTS:
        return Candidate(i, j + 1, "TIME", ("weekday", wd, None, L.DAY_PARTS[s.w(j)]))
    if s.w(j) in ("and", "or") and s.w(j + 1) in L.WEEKDAYS and s.cap(j + 1) and s.w(j + 2) in L.DAY_PART_PLURALS:
        # "Monday and Tuesday nights": the first day shares the plural part, and the set reading
        return Candidate(i, j, "SET", ("value", f"XXXX-WXX-{wd}T{L.DAY_PART_PLURALS[s.w(j + 2)]}"))
    if s.w(i - 1) == "a" and s.w(i - 2) == "on":
        return Candidate(i, j, "DATE", ("value", f"XXXX-WXX-{wd}"))  # "born on a Tuesday": no one Tuesday
    return Candidate(i, j, "DATE", ("weekday", wd, None, None))


def rule_deictic(s: Scanner, i: int) -> Candidate | None:
    """``today``, ``yesterday afternoon``, ``tonight``, ``last night``, ``this morning``, ``overnight``."""
    word = s.w(i)
    if word in L.DEICTIC_DAYS:
        if s.w(i - 1) == "usa":
            return None
        offset = L.DEICTIC_DAYS[word]
        if word == "tonight":
            return Candidate(i, i + 1, "TIME", ("deictic", 0, "NI"))
        if s.w(i + 1) in L.DAY_PARTS:
            return Candidate(i, i + 2, "TIME", ("deictic", offset, L.DAY_PARTS[s.w(i + 1)]))
        return Candidate(i, i + 1, "DATE", ("deictic", offset, None))
    if word == "the" and s.w(i + 1) == "day" and s.w(i + 2) in ("before", "after") \
            and s.w(i + 3) in ("yesterday", "tomorrow"):
        offset = -2 if s.w(i + 3) == "yesterday" else 2
        return Candidate(i, i + 4, "DATE", ("deictic", offset, None))
    if word in ("this", "last", "tomorrow", "yesterday") and s.w(i + 1) in L.DAY_PARTS:
        part = L.DAY_PARTS[s.w(i + 1)]
        offset = -1 if word in ("last", "yesterday") else (1 if word == "tomorrow" else 0)
        return Candidate(i, i + 2, "TIME", ("deictic", offset, part))
    if word == "overnight" and s.w(i + 1) in L.WEEKDAYS and s.cap(i + 1):
        # "overnight Saturday": the night of that day, whichever way the clause's tense points
        return Candidate(i, i + 2, "TIME", ("weekday", L.WEEKDAYS[s.w(i + 1)], None, "NI"))
    if word == "overnight" and not (s.w(i + 1) == "-" and s.touch(i + 1)):
        return Candidate(i, i + 1, "TIME", ("deictic", -1, "NI"))
    return None


#: Irregular past participles after "for the time being" that make "being" a verb.
PARTICIPLES_AFTER_BEING = frozenset({"set", "spent", "given", "taken", "put", "cut", "lost", "made", "kept", "wasted"})


def rule_reference(s: Scanner, i: int) -> Candidate | None:
    """``now``, ``currently``, ``recently``, ``the past``, ``the future``, ``these days``,
    ``for the time being``."""
    word = s.w(i)
    if word in L.REFERENCES:
        if word == "now" and (s.w(i + 1) == "that" or (s.w(i + 1) == "-" and s.touch(i + 1))):
            return None  # "now that ..." is a conjunction, "now-defunct" an adjective
        if word == "soon" and (s.w(i - 1) in ("as", "how", "too", "so") or s.w(i + 1) in ("after", "as", "afterwards", "thereafter", "-", ",")):
            return None  # "as soon as", "soon after the attack": a conjunction or relative to an event
        if word == "previously" and s.w(i - 1) in PREVIOUSLY_DETERMINERS:
            return None  # "a previously unknown group": it qualifies an adjective, not the clause
        if word == "recently" and s.w(i - 1) == "most" and _date_follows(s, i + 1):
            return None  # "three coups, most recently in 2014": it orders them; the date is the time
        return Candidate(i, i + 1, "DATE", ("ref", L.REFERENCES[word]))
    if word == "the" and s.w(i + 1) in L.THE_REFERENCES:
        nxt = s.w(i + 2)
        if nxt in L.UNITS or nxt.isdigit() or nxt in L.NUMBER_WORDS or nxt in L.VAGUE_NUMBERS:
            return None  # "the past three years" is a duration (rule_shift)
        if s.w(i + 1) == "future" and nxt == "of":
            return None  # "the future of the monarchy": its fate, not a time
        after_preposition = s.w(i - 1) in ("in", "into", "for", "from", "near", "distant", "foreseeable")
        if not after_preposition and nxt.isalpha() and nxt not in FUNCTION_WORDS and nxt not in VERBS_OF_TIMES:
            return None  # "the future president": an adjective ("what the future holds": the subject)
        return Candidate(i, i + 2, "DATE", ("ref", L.THE_REFERENCES[s.w(i + 1)]))
    if word == "the" and s.w(i + 1) in NEAR_OR_FAR and s.w(i + 2) in ("future", "past") \
            and s.w(i + 3) != "of" and not (s.w(i + 3).isalpha() and s.w(i + 3) not in FUNCTION_WORDS):
        # "in the near future", "the distant past": the adjective belongs to the reference
        return Candidate(i, i + 3, "DATE", ("ref", L.THE_REFERENCES[s.w(i + 2)]))
    if word == "these" and s.w(i + 1) == "days":
        return Candidate(i, i + 2, "DATE", ("ref", "PRESENT_REF"))
    if word == "current" and _current_is_now(s, i):
        return Candidate(i, i + 1, "DATE", ("ref", "PRESENT_REF"))  # "the current level", "its current leaders"
    if word == "present" and s.w(i - 1) == "at" and not s.w(i + 1).isalpha():
        return Candidate(i, i + 1, "DATE", ("ref", "PRESENT_REF"))  # "at present"
    if word == "the" and s.w(i + 1) == "moment" and s.w(i - 1) in ("at", "for") and s.w(i + 2) not in ("of", "when", "that"):
        return Candidate(i, i + 2, "DATE", ("ref", "PRESENT_REF"))  # "at the moment", "for the moment": now
    if word == "the" and s.w(i + 1) == "time" and s.w(i + 2) == "being" and s.w(i - 1) == "for" \
            and not (s.w(i + 3).endswith("ed") or s.w(i + 3) in PARTICIPLES_AFTER_BEING):
        # ("asked for the time being used ...": "being" is a verb there)
        return Candidate(i, i + 3, "DATE", ("ref", "PRESENT_REF"))  # "for the time being": as "for the moment"
    if word in ("recent", "coming") and s.w(i + 1) in L.STRETCH_UNITS:
        unit, is_time = L.UNITS[s.w(i + 1)]
        return Candidate(i, i + 2, "DURATION", ("value", _dur("X", unit, is_time)))
    return None


#: Verbs whose subject "the future" / "the past" is ("what the future holds", "the past weighs on").
VERBS_OF_TIMES = frozenset({"holds", "held", "looks", "looked", "brings", "brought", "lies", "lay", "belongs",
                            "belonged", "remains", "remained", "seems", "seemed", "weighs", "weighed", "haunts",
                            "haunted"})
#: Adjectives of nearness before "future" / "past" inside the reference ("the near future").
#: Not "foreseeable": "for the foreseeable future" is an idiom for "indefinitely", and TimeBank
#: leaves it unmarked.
NEAR_OR_FAR = frozenset({"near", "distant", "recent", "immediate", "remote"})


#: Prepositions that introduce the date after "most recently" ("most recently in 2014").
DATE_PREPOSITIONS = frozenset({"in", "on", "at", "during", "last", "this", "earlier", "early", "late", "mid"})


def _date_follows(s: Scanner, j: int) -> bool:
    """Whether a date begins at ``j`` (after a comma, a preposition): "in 2014", ", on Monday"."""
    if s.w(j) == ",":
        j += 1
    if s.w(j) in DATE_PREPOSITIONS:
        return True
    return s.year(j) is not None or s.month_name(j) is not None or s.w(j) in L.WEEKDAYS


#: Words before "current" that make it an attributive adjective ("the current rate").
CURRENT_DETERMINERS = frozenset({"the", "its", "their", "his", "her", "our", "my", "your", "whose", "from", "at"})
#: Words before "previously" that make it qualify an adjective ("a previously unknown group").
PREVIOUSLY_DETERMINERS = CURRENT_DETERMINERS | {"a", "an", "these", "those", "this", "that"}
#: Nouns after "current" that make a term, not a time: "current account", "current affairs".
NOT_CURRENT_NOUNS = frozenset({"account", "accounts", "affairs", "flow", "flows", "density", "source", "sources",
                               "draw", "limit", "loop", "meter", "transformer", "carrying", "assets", "liabilities"})


def _current_is_now(s: Scanner, i: int) -> bool:
    """Whether "current" at ``i`` is an adjective meaning "of the document time" (TimeML: a
    PRESENT_REF): after a determiner and before a noun or a number, not in a fixed term, and
    not before a unit ("the current quarter" is a whole expression of its own)."""
    nxt = s.w(i + 1)
    if s.w(i - 1) not in CURRENT_DETERMINERS or s.cap(i) and s.w(i - 1) not in ("the", "its", "their"):
        return False
    if not (nxt.isalpha() or nxt.isdigit()) or nxt in FUNCTION_WORDS or nxt in NOT_CURRENT_NOUNS:
        return False
    return nxt not in L.UNITS and nxt not in ("fiscal", "financial", "calendar", "academic", "school", "season")


#: Words between an amount and its unit that keep the duration whole: "five consecutive months".
COUNT_ADJECTIVES = frozenset({"consecutive", "straight", "successive", "more", "additional", "further", "full",
                              "working", "business", "calendar"})  # "five working days", "30 calendar days"


def _duration_unit(s: Scanner, j: int, amount, article: bool) -> tuple[str, bool, int] | None:
    """A unit at ``j`` (``years``, ``-year``) fit for ``amount``: (unit, is_time, index after)."""
    if s.w(j) in COUNT_ADJECTIVES and isinstance(amount, (int, float)) and not article \
            and s.w(j + 1) in L.PLURAL_UNITS:
        j += 1  # "five consecutive months", "three more years"
    hyphen = s.w(j) == "-" and s.touch(j) and s.touch(j + 1)
    k = j + 1 if hyphen else j
    word = s.w(k)
    if word not in L.UNITS or word in ("weekend", "weekends", "quarter"):
        return None
    if word == "quarters" and (not isinstance(amount, int) or hyphen or s.w(k + 1) == "of"):
        return None  # "two quarters" counts quarters; "three-quarters of the vote" is a fraction
    if word in ("second", "seconds") and (article or not isinstance(amount, (int, float))):
        return None  # "a second chance"
    plural = word in L.PLURAL_UNITS
    if amount == "X" and not plural:
        return None
    if isinstance(amount, (int, float)) and amount > 1 and not plural and not hyphen:
        return None
    unit, is_time = L.UNITS[word]
    k += 1
    # "40-year-old", "a two-year-long", "two years old"
    if s.w(k) == "-" and s.touch(k) and s.w(k + 1) in ("old", "long") and s.touch(k + 1):
        k += 2
    elif s.w(k) in ("old", "long") and plural:
        k += 1
    return unit, is_time, k


def _long_word(s: Scanner, i: int) -> Candidate | None:
    """``yearlong``, ``weeklong``, ``monthlong``, ``daylong``, ``hourlong``: one unit's length."""
    word = s.w(i)
    if word in L.LONG_WORDS and not (s.w(i - 1) == "-" and s.touch(i)):
        return Candidate(i, i + 1, "DURATION", ("value", L.LONG_WORDS[word]))
    return None


#: Singular units that make a length with "-long" and no number ("the decade-long war").
SINGLE_LONG_UNITS = frozenset({"hour", "day", "week", "month", "year", "decade", "century"})


def _single_unit_long(s: Scanner, i: int) -> Candidate | None:
    """``the decade-long war``, ``its month-long strike``: one unit's length written with
    "-long" after a determiner, as "yearlong" is ("a year-long" is read with its "a" as the
    number). A number or a hyphen before the unit ("two-year-long") is another rule's."""
    if not (s.w(i + 1) == "-" and s.touch(i + 1) and s.w(i + 2) == "long" and s.touch(i + 2)):
        return None
    before = s.w(i - 1)
    if (before == "-" and s.touch(i)) or before.isdigit() or before in L.NUMBER_WORDS or before in ("a", "an"):
        return None
    unit, is_time = L.UNITS[s.w(i)]
    return Candidate(i, i + 3, "DURATION", ("value", _dur(1, unit, is_time)))


def _characterises_a_day(s: Scanner, j: int) -> bool:
    """Whether the words at ``j`` (after "a day of") say what kind of day it was ("national
    mourning", "shame") rather than what filled it ("talks", "fighting")."""
    if s.w(j) in ("national", "public", "great", "deep", "real"):
        j += 1
    return s.w(j) in L.DAY_CHARACTERS


def rule_duration(s: Scanner, i: int) -> Candidate | None:
    """``three years``, ``40-year-old``, ``two-day``, ``a decade``, ``for decades`` (PXDE), ``two years ago``."""
    got = s.number(i)
    if got is not None:
        amount, j, article = got
        unit = _duration_unit(s, j, amount, article)
        if unit is None:
            return None
        code, is_time, k = unit
        if s.cap(i) and s.cap(k - 1 if s.w(k - 1) in L.UNITS else k - 3) and s.cap(k) and s.w(k).isalpha():
            return None  # "the Six-Day War", "Three Days Later" as a title: a name
        if article and j == i + 1 and s.w(k - 1) in ("long", "old") and s.w(k - 3) in L.PLURAL_UNITS:
            amount = "X"  # "a decades-old dispute": many decades, not one
        if amount == 1 and s.w(k) == "and" and s.w(k + 1) == "a" and s.w(k + 2) == "half" and s.w(k - 1) in L.UNITS:
            amount, k = 1.5, k + 3  # "a year and a half"
        # "30 minutes ago": a clock unit is told apart from the calendar one ("M" is month and minute)
        shift_code = "T" + code if is_time else code
        if s.w(k) == "ago":
            return Candidate(i, k + 1, "DATE", ("ago", shift_code, amount, -1))
        if article and j == i + 1 and s.w(k - 1) in ("long", "old") and s.w(k - 2) == "-" and s.touch(k - 2):
            # "a decade-long war": the article belongs to the noun, not to the duration
            return Candidate(j, k, "DURATION", ("value", _dur(amount, code, is_time)))
        if s.w(k) in ("later", "earlier") and code not in ("H", "M", "S") or \
                (is_time is False and s.w(k) in ("later", "earlier")):
            return Candidate(i, k + 1, "DATE", ("later", code, amount, 1 if s.w(k) == "later" else -1))
        if s.w(k) == "from" and s.w(k + 1) == "now":
            return Candidate(i, k + 2, "DATE", ("ago", shift_code, amount, 1))
        if article and s.w(i - 1) in ("once", "twice", "thrice", "times", "per"):
            return None
        if article and amount == 1 and k == j + 1 and s.w(k) not in ("before", "after", "early", "late") and (
                s.digits(i - 1) is not None or s.w(i - 1) in RATE_AMOUNT_WORDS or (
                s.w(i - 1).endswith("s") and s.w(i - 1).isalpha() and not s.cap(i - 1) and len(s.w(i - 1)) > 3)):
            # "500 tonnes a day", "5 percent a year", "$2 million a year": a rate
            return Candidate(i, k, "SET", ("value", _dur(1, code, is_time)))
        if article and amount == 1 and code == "D" and s.w(k) == "of" and _characterises_a_day(s, k + 1):
            return None  # "a day of mourning", "a day of shame": what the day was, not how long
        return Candidate(i, k, "DURATION", ("value", _dur(amount, code, is_time)))
    word = s.w(i)
    if word in L.LONG_WORDS:
        return _long_word(s, i)
    if word in SINGLE_LONG_UNITS:
        return _single_unit_long(s, i)
    if word in L.STRETCH_UNITS:
        unit, is_time = L.UNITS[word]
        if s.w(i + 1) == "ago":
            return Candidate(i, i + 2, "DATE", ("ref", "PAST_REF"))
        if s.w(i + 1) in ("later", "earlier"):
            if is_time:  # "hours later": the stretch, as "two hours later" is
                return Candidate(i, i + 1, "DURATION", ("value", _dur("X", unit, is_time)))
            # "days later", "weeks earlier": a vague time before or after now, by the clause's tense
            return Candidate(i, i + 2, "DATE", ("later", unit, "X", 1 if s.w(i + 1) == "later" else -1))
        if s.w(i + 1) == "-" and s.touch(i + 1) and s.w(i + 2) in ("long", "old") and s.touch(i + 2) \
                and (s.w(i - 1) not in NOT_BARE_BEFORE or s.w(i - 1) in DETERMINERS) and not s.w(i - 1).isdigit():
            # "hours-long talks", "the decades-long feud" (the article is the noun's)
            return Candidate(i, i + 3, "DURATION", ("value", _dur("X", unit, is_time)))  # "hours-long talks"
        if s.w(i + 1) in ("before", "after") and s.w(i - 1) not in NOT_BARE_BEFORE and not s.w(i - 1).isdigit() \
                and s.w(i - 1) not in L.NUMBER_WORDS:
            # "hours before the vote", "days after the attack": an unnumbered stretch, as "two days after" is
            return Candidate(i, i + 1, "DURATION", ("value", _dur("X", unit, is_time)))
        if s.w(i - 1) in BARE_UNIT_CONTEXT and not (s.w(i + 1) == "-" and s.touch(i + 1)):
            # "for decades": TimeML leaves the signal "for" out of the extent (issue 5:
            # "extents as the TimeML guidelines draw them"); overlap scoring still matches
            # an annotation that includes it.
            return Candidate(i, _either_unit_end(s, i + 1), "DURATION", ("value", _dur("X", unit, is_time)))
        if s.w(i + 1) == "of" and s.w(i - 1) not in NOT_BARE_BEFORE and not s.w(i - 1).isdigit() \
                and s.w(i + 2).isalpha() and s.w(i + 2) not in FUNCTION_WORDS:
            # "decades of conflict", "after months of talks": an unnumbered stretch
            return Candidate(i, i + 1, "DURATION", ("value", _dur("X", unit, is_time)))
    return None


#: Words allowed between "or" and the second unit of "days or even weeks".
EITHER_HEDGES = frozenset({"even", "perhaps", "possibly", "maybe"})


def _either_unit_end(s: Scanner, j: int) -> int:
    """The end of "weeks or months", "days or even weeks" from ``j`` just after the first
    unit: TimeML marks such a vague either-or stretch as one expression (valued by its
    first unit); ``j`` itself when no second plural unit follows."""
    if s.w(j) != "or":
        return j
    k = j + 2 if s.w(j + 1) in EITHER_HEDGES else j + 1
    if s.w(k) in L.STRETCH_UNITS \
            and not (s.w(k + 1) == "-" and s.touch(k + 1)):
        return k + 1
    return j


#: Determiners, which before "decades-long" belong to the noun after it.
DETERMINERS = frozenset({"the", "these", "those", "his", "her", "their", "its", "our", "my", "your"})
#: Words before "years of ..." that make it a noun phrase of its own ("the years of war").
NOT_BARE_BEFORE = DETERMINERS | {"of", "light", "man", "person", "-"}


#: Words after which "last" is the verb ("and last six weeks", "could last months"), not "the latest".
LAST_AS_VERB_AFTER = frozenset({"and", "to", "will", "would", "could", "can", "may", "might", "should", "must",
                                "'ll", "ll", "not", "which", "that", "only", "also", "still"})


#: Prepositions before "the next week" that make it a stretch of time rather than a week.
STRETCH_PREPOSITIONS = frozenset({"over", "within", "during", "throughout"})


def rule_shift(s: Scanner, i: int) -> Candidate | None:
    """``last week``, ``next Monday``, ``this year``, ``the past three years``, ``the next day``."""
    start = i
    the = s.w(i) == "the"
    if the:
        i += 1
    word = s.w(i)
    if word not in L.SHIFTS and word not in ("following", "preceding", "first", "same") \
            and not (the and word in ("final", "remaining")):
        return None
    if word == "same":
        if the and s.w(i + 1) == "day":
            return Candidate(start, i + 2, "DATE", ("ref_day", 0))
        if the and s.w(i + 1) in ("week", "month", "year") and not (s.w(i + 2) == "-" and s.touch(i + 2)):
            return Candidate(start, i + 2, "DATE", ("ref_shift", L.UNITS[s.w(i + 1)][0], 0))
        return None
    shift = L.SHIFTS.get(word, 1 if word == "following" else -1)
    j = i + 1
    nxt = s.w(j)
    if word == "last" and not the and s.w(i - 1) in LAST_AS_VERB_AFTER \
            and (nxt.isdigit() or nxt in L.NUMBER_WORDS or nxt in L.VAGUE_NUMBERS or nxt in L.PLURAL_UNITS):
        return None  # "(will begin on June 3) and last six weeks": the verb; rule_duration takes "six weeks"
    if word == "this" and nxt == "past" and not the and s.w(j + 1) in ("weekend", "week", "month", "year"):
        # "this past weekend" is the last one
        if s.w(j + 1) == "weekend":
            return Candidate(start, j + 2, "DATE", ("weekend", -1))
        return Candidate(start, j + 2, "DATE", ("unit_shift", L.UNITS[s.w(j + 1)][0], -1))
    # an amount: "the past three years", "the next two weeks", "the last few days"
    got = s.number(j) if nxt not in ("a", "an", "half") else None
    if got is not None and word != "this":
        amount, k, article = got
        unit = _duration_unit(s, k, amount, article)
        if unit is not None and s.w(k) in L.PLURAL_UNITS | {"-"} | set(L.UNITS):
            code, is_time, end = unit
            return Candidate(start, end, "DURATION", ("value", _dur(amount, code, is_time)))
    if word in ("first", "final", "remaining"):
        return None  # "the final three months" as "the last three months"; "the final days" is no length
    if nxt in L.WEEKDAYS and s.cap(j) and not the:
        day_shift = shift if word != "this" else 0
        if s.w(j + 1) in L.DAY_PARTS:  # "last Tuesday night"
            return Candidate(start, j + 2, "TIME", ("weekday", L.WEEKDAYS[nxt], day_shift, L.DAY_PARTS[s.w(j + 1)]))
        return Candidate(start, j + 1, "DATE", ("weekday", L.WEEKDAYS[nxt], day_shift, None))
    month = s.month_name(j)
    if month is not None and not the and word in ("last", "next", "this", "coming", "past"):
        return Candidate(start, month[1], "DATE", ("month_shift", month[0], shift))
    if nxt in L.SEASONS and (not the or word in ("coming", "past")) and s.w(start - 1) != "the":
        # ("the coming winter", "the past summer": the article's; "the last winter of the war",
        # "the next winter": a final or following one, not the article's)
        return Candidate(start, j + 1, "DATE", ("season", L.SEASONS[nxt], None, shift))
    if nxt in ("weekend",) and word in ("this", "last", "next", "coming", "past"):
        return Candidate(start, j + 1, "DATE", ("weekend", shift))
    if nxt == "fiscal" and s.w(j + 1) == "year" and word in ("this", "current", "last", "next", "previous", "coming"):
        return Candidate(start, j + 2, "DATE", ("unit_shift", "Y", shift))  # "the current fiscal year"
    if the and nxt in L.DAY_PARTS and word in ("next", "following", "previous", "preceding"):
        return Candidate(start, j + 1, "TIME", ("ref_part", L.DAY_PARTS[nxt], shift))  # "the next morning"
    if nxt in L.UNITS and nxt not in L.PLURAL_UNITS and nxt not in ("weekend", "fortnight", "quarter", "second"):
        unit, is_time = L.UNITS[nxt]
        if the and word == "next" and s.w(start - 1) in STRETCH_PREPOSITIONS and nxt in ("week", "month", "year"):
            # "over the next week": a stretch from now, as "over the past week" is one up to now
            return Candidate(start, j + 1, "DURATION", ("value", _dur(1, unit, is_time)))
        if the and word in ("following", "previous", "preceding", "next") and nxt in ("day", "week", "month", "year"):
            return Candidate(start, j + 1, "DATE", ("ref_shift", unit, shift))
        if the and word in ("following", "previous", "preceding") and nxt in ("decade", "century"):
            return Candidate(start, j + 1, "DATE", ("ref_shift", unit, shift))  # "the previous decade"
        if the or (word == "past" and not the):
            if word == "this" or word == "current":
                return Candidate(start, j + 1, "DATE", ("unit_shift", unit, 0))
            return Candidate(start, j + 1, "DURATION", ("value", _dur(1, unit, is_time)))
        if word in ("following", "preceding", "previous"):
            return Candidate(start, j + 1, "DATE", ("ref_shift", unit, shift))
        if is_time:
            return None
        return Candidate(start, j + 1, "DATE", ("unit_shift", unit, shift))
    if nxt == "quarter" and word in ("this", "last", "next", "current", "past", "previous"):
        return Candidate(start, j + 1, "DATE", ("quarter", None, None, shift))
    if nxt in L.PLURAL_UNITS and word in ("past", "last", "next", "coming", "previous") and the:
        unit, is_time = L.UNITS[nxt]
        if nxt not in ("weekends", "quarters"):
            return Candidate(start, j + 1, "DURATION", ("value", _dur("X", unit, is_time)))
    return None


def rule_that_day(s: Scanner, i: int) -> Candidate | None:
    """``that day``, ``that same day``, ``the weekend``, ``earlier in the day``."""
    if s.w(i) == "the" and s.w(i + 1) == "weekend" and not (s.w(i + 2) == "-" and s.touch(i + 2)):
        return Candidate(i, i + 2, "DATE", ("weekend", None))
    if s.w(i) in ("earlier", "later") and s.w(i + 1) == "in" and s.w(i + 2) == "the" \
            and s.w(i + 3) in ("day", "week", "month", "year"):
        unit = L.UNITS[s.w(i + 3)][0]
        return Candidate(i, i + 4, "DATE", ("ref_shift", unit, 0))
    if s.w(i) == "the" and s.w(i + 1) in ("day", "week", "month", "year") and s.w(i + 2) in ("before", "after") \
            and not (s.w(i + 3).isalnum() and s.w(i + 3) not in FUNCTION_WORDS and s.w(i + 3) not in ("yesterday", "tomorrow")):
        # "the day before", said without what it was before: the day before the last date mentioned
        unit = L.UNITS[s.w(i + 1)][0]
        if s.w(i + 3) in ("yesterday", "tomorrow"):
            return None  # rule_deictic
        if s.w(i + 3) in ("the", "a", "an", "his", "her", "their", "its"):
            return None  # "the day before the vote": anchored on an event, not a date
        return Candidate(i, i + 3, "DATE", ("ref_shift", unit, -1 if s.w(i + 2) == "before" else 1))
    if s.w(i) in ("year", "month") and s.w(i + 1) == "-" and s.w(i + 2) == "end" and s.touch(i + 1) and s.touch(i + 2):
        if s.w(i + 3) == "-" and s.touch(i + 3):
            return None  # "year-end-bonus"
        start = i - 1 if s.w(i - 1) in ("the", "this", "last", "next") else i
        if s.w(i - 1) == "the" and s.w(i + 3).isalpha() and s.w(i + 3) not in FUNCTION_WORDS:
            start = i  # "the year-end holiday": "the" belongs to the noun
        shift = {"last": -1, "next": 1}.get(s.w(i - 1), 0)
        unit = "Y" if s.w(i) == "year" else "M"
        return Candidate(start, i + 3, "DATE", ("unit_shift", unit, shift), "END")
    if s.w(i) == "that":
        j = i + 1 + (s.w(i + 1) == "same")
        if s.w(j) == "day":
            return Candidate(i, j + 1, "DATE", ("ref_day", 0))
        if s.w(j) in L.DAY_PARTS:
            return Candidate(i, j + 1, "TIME", ("ref_part", L.DAY_PARTS[s.w(j)]))  # "that night"
        if s.w(j) in ("week", "month", "year") and not (s.w(j + 1) == "-" and s.touch(j + 1)):
            return Candidate(i, j + 1, "DATE", ("ref_shift", L.UNITS[s.w(j)][0], 0))  # "that year": the one just named
    return None


def _month_span(s: Scanner, j: int) -> Candidate | None:
    """``the April-June quarter``, ``the July-December period``: a quarter or half named by its months."""
    first, last = s.month_name(j), None
    if first is None or s.w(first[1]) != "-" or not s.touch(first[1]):
        return None
    last = s.month_name(first[1] + 1)
    if last is None or not s.touch(first[1] + 1):
        return None
    m1, m2, k = first[0], last[0], last[1]
    if s.w(k) not in ("quarter", "period", "half"):
        return None
    if m2 - m1 == 2 and m1 % 3 == 1:
        return Candidate(j - 1, k + 1, "DATE", ("quarter", (m1 + 2) // 3, None, None))
    if m2 - m1 == 5 and m1 in (1, 7):
        return Candidate(j - 1, k + 1, "DATE", ("half", 1 if m1 == 1 else 2, None, None))
    return None


#: Prepositions before "the morning", "the night" that make it a time of the day under discussion.
PART_PREPOSITIONS = frozenset({"in", "during", "through", "throughout", "until", "till", "by", "into", "overnight"})
#: Prepositions that make "the quarter" a time ("profit for the quarter"), not a district.
UNIT_PREPOSITIONS = frozenset({"in", "for", "during", "over", "of", "through", "throughout", "from", "since",
                               "within", "across", "into", "until", "by"})


def _whole_month(meaning: tuple) -> bool:
    """Whether a month rule's meaning names a whole month ("October", "October 2026", "May next
    year"), not a day of it."""
    return meaning[0] == "month" or (meaning[0] == "date" and meaning[3] is None) \
        or (meaning[0] == "in_year" and meaning[2] is None)


#: Ordinals of "the first week of October" and the week they count (-1: the last).
WEEK_OF_MONTH = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": -1, "final": -1}


def rule_the_unit(s: Scanner, i: int) -> Candidate | None:
    """``the year``, ``the quarter``, ``the month``, ``the week``: the one under discussion
    ("profit for the quarter", "the year to June"); ``the year 2000``; and the other noun
    phrases "the" opens that name a stretch by its kind: ``the latest quarter``, ``the
    fiscal year``, ``the nineties``, ``the April-June quarter``, ``(in) the morning``."""
    if s.w(i) == "the" and s.w(i + 1) in ("latest", "most") and s.w(i + 2) in ("quarter", "recent"):
        # "the latest quarter", "the most recent quarter": the one last reported
        j = i + 2 + (s.w(i + 2) == "recent")
        if s.w(j) == "quarter" and not (s.w(j + 1) == "-" and s.touch(j + 1)):
            return Candidate(i, j + 1, "DATE", ("ref_unit", "Q"))
        return None
    if s.w(i) == "the" and s.w(i + 1) == "fiscal" and s.w(i + 2) == "year" and s.year(i + 3) is None:
        return Candidate(i, i + 3, "DATE", ("ref_unit", "Y"))  # "the fiscal year"
    if s.w(i) == "the" and s.w(i + 1) in L.DECADE_WORDS and not s.cap(i + 1):
        return Candidate(i, i + 2, "DATE", ("decade", f"19{L.DECADE_WORDS[s.w(i + 1)]}"))  # "the nineties"
    months = _month_span(s, i + 1) if s.w(i) == "the" else None
    if months is not None:
        return months
    if s.w(i) == "the" and s.w(i + 1) in WEEK_OF_MONTH and s.w(i + 2) == "week" and s.w(i + 3) == "of":
        # "the first week of October": the ISO week holding that month's 1st (8th, 15th, 22nd, last day)
        month = _month_core(s, i + 4, standalone=True)
        if month is not None and month.type == "DATE" and _whole_month(month.meaning):
            return Candidate(i, month.last, "DATE", ("week_of", WEEK_OF_MONTH[s.w(i + 1)], month.meaning))
        return None
    if s.w(i) == "the" and s.w(i + 1) in ("early", "small", "wee") and s.w(i + 2) == "hours":
        # "the early hours of Sunday": that day's first hours, its morning in TIMEX3 terms
        if s.w(i + 3) == "of":
            if s.w(i + 4) == "the" and s.w(i + 5) == "morning":
                return Candidate(i, i + 6, "TIME", ("ref_part", "MO"))
            day = _month_core(s, i + 4, standalone=False) or rule_day_month(s, i + 4) or rule_weekday(s, i + 4)
            if day is not None and day.type == "DATE" and (day.meaning[0] in ("monthday", "weekday")
                                                           or day.meaning[0] in ("date", "in_year") and day.meaning[3]):
                return Candidate(i, day.last, "TIME", ("part_of", "MO", day.meaning))
            if day is not None and day.type == "TIME" and day.meaning[0] == "weekday":
                return Candidate(i, day.last, "TIME", day.meaning)  # "the early hours of Sunday morning"
            return None
        return Candidate(i, i + 3, "TIME", ("ref_part", "MO"))
    if s.w(i) == "the" and s.w(i + 1) in L.DAY_PARTS and s.w(i + 2) == "of":
        # "the night of Oct. 7", "the morning of March 20": that part of a day written out
        day = _month_core(s, i + 3, standalone=False) or rule_day_month(s, i + 3) or rule_weekday(s, i + 3)
        if day is not None and day.type == "DATE" and (day.meaning[0] in ("monthday", "weekday")
                                                       or day.meaning[0] in ("date", "in_year") and day.meaning[3]):
            return Candidate(i, day.last, "TIME", ("part_of", L.DAY_PARTS[s.w(i + 1)], day.meaning))
        return None
    edge = s.w(i + 1) in ("early", "late") and s.w(i + 2) in L.DAY_PARTS  # "into the early morning"
    if s.w(i) == "the" and (s.w(i + 1) in L.DAY_PARTS or edge) and s.w(i - 1) in PART_PREPOSITIONS:
        j = i + 1 + edge
        nxt = s.w(j + 1)
        if not (nxt.isalpha() and nxt not in FUNCTION_WORDS) and not (nxt == "-" and s.touch(j + 1)):
            mod = ("START" if s.w(i + 1) == "early" else "END") if edge else None
            return Candidate(i, j + 1, "TIME", ("ref_part", L.DAY_PARTS[s.w(j)]), mod)  # "in the morning"
        return None
    if s.w(i) != "the" or s.w(i + 1) not in ("year", "quarter", "month", "week") or s.cap(i + 1):
        return None
    nxt = s.w(i + 2)
    if s.w(i + 1) == "year" and s.year(i + 2) is not None:
        return Candidate(i, i + 3, "DATE", ("year", s.year(i + 2)[0]))
    if (nxt == "-" and s.touch(i + 2)) or nxt in ("of", "before", "after", "earlier", "later", "ago", "since"):
        return None  # "the year-end", "the month of Ramadan", "the week before the vote"
    if s.w(i + 1) == "quarter" and s.w(i - 1) not in UNIT_PREPOSITIONS and nxt not in ("ended", "ending", "to", "'"):
        return None  # "police sealed off the quarter": a district
    return Candidate(i, i + 2, "DATE", ("ref_unit", L.UNITS[s.w(i + 1)][0]))


def rule_edge_of_unit(s: Scanner, i: int) -> Candidate | None:
    """``the end of the year``, ``the beginning of this month``."""
    if s.w(i) == "the" and s.w(i + 1) in L.EDGE_PHRASES and s.w(i + 2) == "of" \
            and s.w(i + 3) in ("the", "this", "next", "last") and s.w(i + 4) in ("year", "month", "week", "decade", "century"):
        unit = L.UNITS[s.w(i + 4)][0]
        shift = {"next": 1, "last": -1}.get(s.w(i + 3), 0)
        return Candidate(i, i + 5, "DATE", ("unit_shift", unit, shift), _edge_mod(s.w(i + 1), unit))
    return None


def _edge_mod(edge: str, unit: str) -> str:
    """The TIMEX3 mod of "the end/beginning/turn of" a unit. "The turn of the century" (and "of
    the 20th century") is where a century begins (2000, 1900), so START of it; "the turn of
    the year" is read from the year ending, END."""
    if edge == "turn" and unit == "CE":
        return "START"
    return L.EDGE_PHRASES[edge]


#: Prepositions and adverbs after "daily", "weekly" that show the adverb ("protest daily outside
#: the court"), not the adjective ("daily life").
ADVERB_FOLLOWERS = frozenset({
    "by", "from", "since", "until", "through", "during", "outside", "inside", "across", "around", "near",
    "along", "against", "amid", "over", "under", "before", "after", "into", "onto", "via", "without",
    "again", "too", "now", "there", "here", "so",
})


def _before_recurring_event(s: Scanner, j: int) -> bool:
    """Whether the words at ``j`` name an event that recurs ("briefing", "news conference"),
    so a frequency adjective before them gives its frequency (TimeML: a SET)."""
    if s.w(j) in L.EVENT_NOUN_MODIFIERS and s.w(j + 1) in L.RECURRING_EVENT_NOUNS:
        return True
    return s.w(j) in L.RECURRING_EVENT_NOUNS and not s.cap(j)


#: Determiners that open a noun phrase "daily" or "weekly" may end as a noun ("an independent daily").
NEWSPAPER_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "this", "that", "another"})
#: Endings of the adjectives that may stand between such a determiner and the noun.
ADJECTIVE_ENDINGS = ("est", "ent", "ant", "al", "ive", "ing", "ic", "ist", "ese", "ish", "an", "ary", "ous")
#: Frequency words that are also the noun for a newspaper.
NEWSPAPER_NOUNS = frozenset({"daily", "weekly", "monthly"})


def _names_a_newspaper(s: Scanner, i: int) -> bool:
    """Whether "daily" or "weekly" at ``i`` (with no noun after it) ends a noun phrase
    begun by a determiner or a possessive, through adjectives only: "the country's biggest
    daily", "an independent daily", "a pro-government weekly" name a newspaper, which TimeML
    does not mark; "officials meet daily" (a verb before it) keeps the frequency."""
    nxt = s.w(i + 1)
    if s.w(i) not in NEWSPAPER_NOUNS or (nxt.isalpha() and nxt not in FUNCTION_WORDS):
        return False  # "a daily briefing": the adjective before its noun
    k = i - 1
    for _ in range(4):
        word = s.w(k)
        if word in NEWSPAPER_DETERMINERS or (word == "s" and s.w(k - 1) in ("'", "\u2019") and s.touch(k)):
            return True
        glued = (s.touch(k + 1) and s.w(k + 1) == "-") or (word == "-" and s.touch(k)) \
            or (s.w(k - 1) == "-" and s.touch(k))
        if not (glued or (s.cap(k) and word.isalpha()) or (word.isalpha() and word.endswith(ADJECTIVE_ENDINGS))):
            return False
        k -= 1
    return False


def rule_set(s: Scanner, i: int) -> Candidate | None:
    """``every year``, ``each Sunday``, ``daily``, ``twice a year``, ``every two weeks``."""
    word = s.w(i)
    if word in L.FREQUENCY_ADVERBS:
        if s.cap(i) and s.cap(i + 1):
            return None  # "Daily Mail"
        if s.w(i + 1) == "-" and s.touch(i + 1):
            return None
        nxt = s.w(i + 1)
        if word.endswith("ly") and word != "annually" and nxt.isalpha() and nxt not in FUNCTION_WORDS \
                and nxt not in ADVERB_FOLLOWERS and not (nxt == "basis" and s.w(i - 1) == "a") \
                and not _before_recurring_event(s, i + 1):
            # ("on a daily basis" is the frequency, said with a noun)
            return None  # "daily life", "a weekly newspaper": an adjective, not a frequency
        if _names_a_newspaper(s, i):
            return None
        return Candidate(i, i + 1, "SET", ("value", L.FREQUENCY_ADVERBS[word]))
    if word in L.FREQUENCY_ADJECTIVES:
        if _before_recurring_event(s, i + 1) and not (s.cap(i) and s.cap(i + 1)):
            return Candidate(i, i + 1, "SET", ("value", L.FREQUENCY_ADJECTIVES[word]))  # "the annual meeting"
        return None
    if word in ("every", "each"):
        j = i + 1
        amount = 1
        if s.w(j) == "other":
            amount, j = 2, j + 1
        else:
            got = s.number(j)
            if got is not None and not got[2]:
                amount, j = got[0], got[1]
        nxt = s.w(j)
        if nxt in L.WEEKDAYS and s.w(j + 1) in L.DAY_PARTS:
            # "every Saturday afternoon": the part of the day belongs to the set
            return Candidate(i, j + 2, "SET", ("value", f"XXXX-WXX-{L.WEEKDAYS[nxt]}T{L.DAY_PARTS[s.w(j + 1)]}"))
        if nxt in L.WEEKDAYS:
            return Candidate(i, j + 1, "SET", ("value", f"XXXX-WXX-{L.WEEKDAYS[nxt]}"))
        if nxt in L.MONTHS and s.cap(j) and amount == 1:
            return Candidate(i, j + 1, "SET", ("value", f"XXXX-{L.MONTHS[nxt]:02d}"))  # "every August"
        if nxt in L.DAY_PARTS:
            return Candidate(i, j + 1, "SET", ("value", f"XXXX-XX-XXT{L.DAY_PARTS[nxt]}"))
        if nxt in L.SEASONS and amount == 1:
            return Candidate(i, j + 1, "SET", ("value", f"XXXX-{L.SEASONS[nxt]}"))  # "every spring"
        if nxt == "weekend" and amount == 1:
            return Candidate(i, j + 1, "SET", ("value", "XXXX-WXX-WE"))  # "each weekend"
        if nxt in L.UNITS and nxt not in ("weekend", "weekends", "quarter", "quarters"):
            unit, is_time = L.UNITS[nxt]
            return Candidate(i, j + 1, "SET", ("value", _dur(amount, unit, is_time)))
        return None
    counted = None if word in ("once", "twice", "thrice") else s.number(i)
    if counted is not None and s.w(counted[1]) != "times":
        counted = None  # "three times a year" counts; "three days" is rule_duration's
    if word in ("once", "twice", "thrice") or counted is not None:
        j = i + 1 if counted is None else counted[1] + 1
        if s.w(j) in ("a", "an", "per", "each", "every") and s.w(j + 1) == "weekend":
            return Candidate(i, j + 2, "SET", ("value", "XXXX-WXX-WE"))  # "twice every weekend"
        if s.w(j) in ("a", "an", "per", "each", "every") and s.w(j + 1) in L.UNITS:
            unit, is_time = L.UNITS[s.w(j + 1)]
            if s.w(j + 1) not in L.PLURAL_UNITS:
                return Candidate(i, j + 2, "SET", ("value", _dur(1, unit, is_time)))
        if s.w(j) in L.FREQUENCY_ADVERBS:  # "twice weekly"
            return Candidate(i, j + 1, "SET", ("value", L.FREQUENCY_ADVERBS[s.w(j)]))
    if word == "per" and s.w(i + 1) in L.UNITS and s.w(i + 1) not in L.PLURAL_UNITS \
            and s.w(i + 1) not in ("second", "quarter", "weekend"):
        unit, is_time = L.UNITS[s.w(i + 1)]
        return Candidate(i, i + 2, "SET", ("value", _dur(1, unit, is_time)))  # "$5 million per year"
    return None


#: Prepositions that make "dawn", "dusk" a time of day ("attacked at dawn"), not a figure ("the dawn of an era").
EDGE_PREPOSITIONS = frozenset({"at", "before", "after", "until", "till", "by", "from", "since", "around", "near"})


def rule_clock(s: Scanner, i: int) -> Candidate | None:
    """``8 a.m.``, ``8:30 pm``, ``20:00 GMT``, ``noon``, ``midnight``, ``5 o'clock``, ``(at) dawn``."""
    word = s.w(i)
    if word in L.DAY_EDGES:
        if s.w(i - 1) in EDGE_PREPOSITIONS and s.w(i + 1) not in ("of", "-", "'"):
            return Candidate(i, i + 1, "TIME", ("day_part", L.DAY_EDGES[word]))
        return None
    if word == "midday":  # TIMEX3's part of the day "MI"; "noon" is the clock's 12:00
        day = rule_weekday(s, i + 1) or rule_deictic(s, i + 1)
        if day is not None and day.meaning[0] in ("weekday", "deictic") and day.meaning[-1] is None:
            return Candidate(i, day.last, "TIME", ("part_of", "MI", day.meaning))  # "midday Thursday"
        return Candidate(i, i + 1, "TIME", ("day_part", "MI"))
    if word in ("noon", "midnight"):
        return _clock_on_day(s, i, i + 1, 24 if word == "midnight" else 12, 0)
    military = s.digits(i, 4, 4)
    if military is not None and len(s.w(i)) == 4 and military // 100 < 24 and military % 100 < 60 \
            and (s.w(i + 1) in L.TIME_ZONES or s.w(i + 1) == "local"):  # not "2014 Kyiv time": a year
        zone_end = _after_zone(s, i + 1)
        if zone_end > i + 1:
            return _clock_on_day(s, i, zone_end, military // 100, military % 100)  # "(0546 GMT)"
    hour = s.digits(i, 1, 2)
    if hour is None or hour > 24:
        return None
    j, minute = i + 1, 0
    explicit = False
    if s.w(j) in (":", ".") and s.touch(j) and s.digits(j + 1, 2, 2) is not None and s.touch(j + 1):
        minute = s.digits(j + 1, 2, 2)
        if minute > 59:
            return None
        j += 2
        explicit = s.w(j - 2) == ":"
    meridiem = None
    if s.w(j) in ("am", "pm"):
        meridiem, j = s.w(j), j + 1
    elif s.w(j) in ("a", "p") and s.w(j + 1) == "." and s.w(j + 2) == "m" and s.touch(j + 1) and s.touch(j + 2):
        meridiem = s.w(j) + "m"
        j += 3
        if s.w(j) == "." and s.touch(j):
            j += 1
    elif s.w(j) == "o" and s.w(j + 1) == "'" and s.w(j + 2) == "clock":
        j += 3
        explicit = True
    if meridiem:
        if hour > 12:
            return None
        hour = hour % 12 + (12 if meridiem == "pm" else 0)
    elif not explicit:
        return None
    return _clock_on_day(s, i, _after_zone(s, j), hour, minute)


def _after_zone(s: Scanner, j: int) -> int:
    """The index after a time zone at ``j`` ("GMT", "local time", "Moscow time"), else ``j``."""
    if s.w(j) in L.TIME_ZONES and s.t.text[j].isupper():
        return j + 1
    if s.w(j + 1) == "time" and (s.w(j) == "local" or s.cap(j) and s.w(j).isalpha() and s.w(j) not in L.WEEKDAYS
                                 and s.w(j) not in L.MONTHS):
        return j + 2  # "14:00 local time", "4:30 Moscow time"
    return j


def _clock_on_day(s: Scanner, i: int, j: int, hour: int, minute: int) -> Candidate:
    """A clock time, with the day right after it when there is one ("8 a.m. Sunday")."""
    day = rule_weekday(s, j) or rule_deictic(s, j)
    if day is not None and day.meaning[0] in ("weekday", "deictic") and day.meaning[-1] is None:
        return Candidate(i, day.last, "TIME", ("clock_on", hour, minute, day.meaning))
    return Candidate(i, j, "TIME", ("clock", hour, minute))


def rule_season(s: Scanner, i: int) -> Candidate | None:
    """``the summer of 2019``, ``summer 2019``, ``in the spring`` (season of the anchor year)."""
    start = i
    if s.w(i) == "the":
        i += 1
    word = s.w(i)
    if word not in L.SEASONS:
        return None
    code = L.SEASONS[word]
    j = i + 1
    k = j + 1 if s.w(j) == "of" else j
    year = s.year(k)
    if year is not None:
        return Candidate(start, k + 1, "DATE", ("season", code, year[0], None))
    if s.w(j) in ("of", "-") or word == "fall" and start == i:
        return None
    prev = s.w(start - 1)
    if prev in ("in", "during", "this", "by", "until", "since", "early", "late", "mid", "over", "through") \
            or (start != i and prev in ("in", "during", "by", "until", "since", "over", "through", "of")):
        return Candidate(start, j, "DATE", ("season", code, None, None))
    if start == i and prev in ("before", "after") and not s.cap(i) and not s.cap(j):
        # "run out before winter", "resume after summer" (not "before Autumn Leaves", a name)
        return Candidate(start, j, "DATE", ("season", code, None, None))
    if start != i and prev == "for" and (s.w(j) in FUNCTION_WORDS or not s.w(j).isalpha()):
        # "stocked up for the winter", "secure for the winter": the winter at hand, whichever
        # way a reported clause's tense points (shift 0: the nearest one)
        return Candidate(start, j, "DATE", ("season", code, None, 0))
    return None


#: Words that name a year's last quarter or half as "last" does: "the final quarter", "the latter half".
PERIOD_ORDINALS = frozenset({"final", "latter", "former"})


def rule_quarter(s: Scanner, i: int) -> Candidate | None:
    """``the first quarter``, ``the fourth quarter of 2012``, ``the second half of the year``, ``Q3``,
    ``third-quarter`` (as an adjective: "third-quarter profit"), ``the fiscal third quarter``."""
    start = i
    the = s.w(i) == "the"
    if the:
        i += 1
    if s.w(i) == "fiscal":
        i += 1
    word = s.w(i)
    if not the and word in ("q", "h") and s.cap(i) and s.touch(i + 1) and s.w(i + 1) in ("1", "2", "3", "4"):
        n, kind = int(s.w(i + 1)), ("quarter" if word == "q" else "half")
        if kind == "half" and n > 2 or (s.w(i - 1) == "-" and s.touch(i)):
            return None
        j = i + 2
        if s.touch(j) and s.w(j).isalnum():
            return None  # "Q35", "H2O"
        year = s.year(j)
        return Candidate(start, j + (year is not None), "DATE", (kind, n, year[0] if year else None, None))
    if word not in L.ORDINALS and word not in PERIOD_ORDINALS:
        return None
    n = L.ORDINALS.get(word, 4)
    hyphen = s.w(i + 1) == "-" and s.touch(i + 1) and s.touch(i + 2)
    kind = s.w(i + 2) if hyphen else s.w(i + 1)
    if kind not in ("quarter", "half"):
        return None
    if kind == "half":
        n = 2 if word in ("second", "last", "final", "latter") else 1 if word in ("first", "former") else 0
        if not n:
            return None  # "the third half": no half of a year
    elif word in ("latter", "former"):
        return None  # "the latter quarter" is no business quarter
    elif n > 4:
        return None
    j = i + 3 if hyphen else i + 2
    if hyphen:
        # "third-quarter profit": an adjective; the year may come first ("2012 third-quarter")
        nxt = s.w(j)
        if not nxt.isalpha() or nxt in FUNCTION_WORDS or (s.w(j) == "-" and s.touch(j)):
            return None
        return Candidate(start + the, j, "DATE", (kind, n, None, None))  # "the" belongs to the noun
    if not the:
        return None
    if s.w(j) == "of":
        year = s.year(j + 1)
        if year is not None:
            return Candidate(start, j + 2, "DATE", (kind, n, year[0], None))
        if s.w(j + 1) in ("the", "this") and s.w(j + 2) == "year":
            return Candidate(start, j + 3, "DATE", (kind, n, None, 0))
        if s.w(j + 1) in ("last", "next") and s.w(j + 2) == "year":
            return Candidate(start, j + 3, "DATE", (kind, n, None, -1 if s.w(j + 1) == "last" else 1))
        if s.w(j + 1) in ("fiscal",) and s.year(j + 2):
            return Candidate(start, j + 3, "DATE", (kind, n, s.year(j + 2)[0], None))
        return None  # "the first half of the match", "the second quarter of a century"
    if s.w(j) == "," and s.year(j + 1):
        return Candidate(start, j + 2, "DATE", (kind, n, s.year(j + 1)[0], None))
    if s.w(j) == "-" and s.touch(j):
        return None
    if _in_a_game(s, start, j):
        return None  # "scored in the second half", "trailed in the fourth quarter": a game's, not a year's
    return Candidate(start, j, "DATE", (kind, n, None, None))


#: Words that put "the second half" or "the fourth quarter" in a game.
GAME_WORDS = frozenset({
    "scored", "scoring", "goal", "goals", "penalty", "match", "game", "striker", "header", "touchdown",
    "touchdowns", "innings", "inning", "halftime", "kicked", "equaliser", "equalizer", "referee", "midfielder",
    "defender", "goalkeeper", "quarterback", "trailed", "rebounds", "assists", "minute", "substitute", "fixture",
})
#: How many tokens before and after a bare "the second half" are searched for a game.
GAME_WINDOW = 15


def _in_a_game(s: Scanner, first: int, last: int) -> bool:
    return any(s.w(k) in GAME_WORDS for k in range(max(0, first - GAME_WINDOW), min(s.n, last + GAME_WINDOW)))


def rule_fiscal(s: Scanner, i: int) -> Candidate | None:
    """``fiscal 2012``, ``fiscal year 2012``, ``the 2012 fiscal year``: the year itself."""
    start = i
    if s.w(i) == "the":
        i += 1
    if s.w(i) == "fiscal":
        j = i + 1 + (s.w(i + 1) == "year")
        year = s.year(j)
        if year is not None:
            return Candidate(start, _split_year_end(s, j + 1, year[0]), "DATE", ("year", year[0]))
        return None
    if s.w(i) == "fy" and start == i and s.t.text[i] == "FY":  # "FY2025", "FY25", "FY 2025"
        year = s.year(i + 1)
        if year is None and s.touch(i + 1) and s.digits(i + 1, 2, 2) is not None:
            year = (2000 + s.digits(i + 1, 2, 2), i + 2)
        if year is not None:
            end = _split_year_end(s, year[1], year[0])
            if not (s.touch(end) and s.w(end).isalnum()):
                return Candidate(i, end, "DATE", ("year", year[0]))
        return None
    year = s.year(i)
    if year is not None and start != i and s.w(i + 1) == "fiscal" and s.w(i + 2) == "year":
        return Candidate(start, i + 3, "DATE", ("year", year[0]))
    return None


def _split_year_end(s: Scanner, j: int, year: int) -> int:
    """The end of a fiscal year written across two calendar years ("fiscal 2021-22", "FY2021/22",
    "fiscal year 2021-2022"): one fiscal year, so one expression (its value the year it opens,
    as "fiscal 2021"), not a second DATE "22". ``j`` is the token after the first year."""
    if s.w(j) not in ("-", "\u2013", "/") or not s.touch(j) or not s.touch(j + 1):
        return j
    if s.digits(j + 1, 2, 2) == (year + 1) % 100 or s.digits(j + 1, 4, 4) == year + 1:
        return j + 2
    return j


#: Words between "the" and a century's ordinal that mark a part of it: "the late 19th century".
CENTURY_PARTS = {"early": "START", "late": "END", "mid": "MID"}


def rule_century(s: Scanner, i: int) -> Candidate | None:
    """``the 20th century``, ``the nineteenth century``, ``the late 19th century`` (mod END),
    ``the mid-20th century``."""
    if s.w(i) != "the":
        return None
    j = i + 1
    mod = CENTURY_PARTS.get(s.w(j))
    if mod is not None:
        j += 1
        if s.w(j - 1) == "mid":
            if not (s.w(j) == "-" and s.touch(j) and s.touch(j + 1)):
                return None
            j += 1
    n = None
    num = s.digits(j, 1, 2)
    if num is not None and s.w(j + 1) in L.ORDINAL_SUFFIXES and s.touch(j + 1):
        n, j = num, j + 2
    elif s.w(j) in L.ORDINALS and s.w(j) != "last":
        n, j = L.ORDINALS[s.w(j)], j + 1
    if n is None or s.w(j) != "century":
        return None
    era = era_at(s, j + 1)  # "the 3rd century BC": BC02
    if era is not None:
        return Candidate(i, era[1], "DATE", ("value", era_value(era[0], f"{n - 1:02d}")), mod)
    return Candidate(i, j + 1, "DATE", ("century", f"{n - 1:02d}"), mod)


#: The holidays' names by their first word, fixed ones first, each table in its order (so the
#: first of two equally long names still wins): a word is compared with its own few names only.
HOLIDAYS_BY_FIRST_WORD: dict[str, list] = {}
for _table in (L.FIXED_HOLIDAYS, L.MOVABLE_HOLIDAYS):
    for _words, _meaning in _table.items():
        assert not _words[0].endswith("'s")  # Scanner.phrase would match it at another word
        HOLIDAYS_BY_FIRST_WORD.setdefault(_words[0], []).append((_words, _meaning))


def rule_holiday(s: Scanner, i: int) -> Candidate | None:
    """``Christmas``, ``New Year's Eve``, ``Easter Monday``, ``Good Friday``, ``the Fourth of July``,
    ``Thanksgiving``, ``Labor Day``: holidays whose date is fixed or computable.

    A holiday's words followed by another capitalised word are a name ("the Good Friday
    Agreement", "Christmas Island", "the Easter Rising"), not a date.
    """
    start = i
    if s.w(i) == "independence" and s.w(i + 1) == "day" and s.cap(i) and s.cap(i + 1):
        if s.cap(i + 2) and s.w(i + 2).isalpha():
            return None  # "Independence Day Resurgence", "Independence Day Parade Committee": a name
        date = _independence_of(s, i)
        if date is None:  # a country's day, but not one we can tell: the day stays unknown
            if s.w(i - 1) in ("a", "an", "own", "their", "its"):
                return None  # "declared an Independence Day of their own": a kind of day, not a date
            return Candidate(i, i + 2, "DATE", ("value", "XXXX-XX-XX"))
        return Candidate(i, i + 2, "DATE", ("holiday", *date))
    if s.w(i) == "the" and s.w(i + 1) == "fourth":
        i += 1  # "the Fourth of July": the article belongs to the holiday's name
    if not s.cap(i):
        return None
    best = None
    for words, meaning in HOLIDAYS_BY_FIRST_WORD.get(s.w(i), ()):
        j = s.phrase(i, words)
        if j is not None and (best is None or j > best.last):
            best = Candidate(start, j, "DATE", ("holiday", *meaning))
    if best is None or (start != i and best.meaning[1:] != (7, 4)):
        return None
    last = best.last
    if not all(s.cap(k) for k in range(i, last) if s.w(k).isalpha() and s.w(k) not in L.HOLIDAY_LINK_WORDS):
        return None  # "may day", "good friday" in lower case are no holiday names
    nxt = s.w(last)
    if s.cap(last) and nxt.isalpha() and nxt not in L.WEEKDAYS and nxt not in L.MONTHS:
        return None
    if best.meaning[1] in L.YEAR_ONLY_HOLIDAYS and s.cap(i - 1) and s.w(i - 1).isalpha() \
            and s.w(i - 1) not in SENTENCE_OPENERS:
        return None  # "Taha Yassin Ramadan": a surname
    return best


#: Capitalised words that open a sentence before a holiday ("During Ramadan, ...").
SENTENCE_OPENERS = frozenset({"the", "during", "in", "since", "before", "after", "until", "for", "by", "this", "last",
                              "next", "throughout", "ahead", "through", "over", "around", "from", "as", "when"})


#: How many words before "Independence Day" the country whose day it is may be named
#: ("Ghana's national Independence Day", "Ukraine marked its Independence Day").
INDEPENDENCE_LOOKBACK = 6
#: Words that end the search for that country: the clause before them is another's.
INDEPENDENCE_STOPS = frozenset({".", ";", "!", "?", "and", "but", "while", "whereas"})


def _independence_of(s: Scanner, i: int) -> tuple[int, int] | None:
    """The Independence Day of the country named right before ``i`` ("Ukraine's", "Mexican",
    "U.S.") or a few words before it in the same clause ("Ghana's national Independence
    Day"), or None."""
    for end in range(i, max(0, i - INDEPENDENCE_LOOKBACK) - 1, -1):
        if end < i and s.w(end) in INDEPENDENCE_STOPS:
            return None
        k = end - 2 if s.w(end - 1) == "s" and s.w(end - 2) == "'" else end  # the possessive
        for width in (4, 2, 1):
            if k - width < 0:
                continue
            words = tuple(s.w(x) for x in range(k - width, k))
            if words in L.INDEPENDENCE_DAYS and s.cap(k - width):
                return L.INDEPENDENCE_DAYS[words]
    return None


def rule_at_night(s: Scanner, i: int) -> Candidate | None:
    """``(at) night``: the night of the day under discussion (TimeML: a TIME; "at" is a signal
    and stays out). "night school", "at night-time" and "at Night" (a title) are none."""
    if s.w(i) != "night" or s.w(i - 1) != "at" or s.cap(i):
        return None
    nxt = s.w(i + 1)
    if (nxt.isalpha() and nxt not in FUNCTION_WORDS) or (nxt == "-" and s.touch(i + 1)):
        return None
    return Candidate(i, i + 1, "TIME", ("ref_part", "NI"))


RULES = (
    rule_iso, rule_month, rule_day_month, rule_year, rule_weekday, rule_deictic, rule_reference,
    rule_duration, rule_shift, rule_that_day, rule_the_unit, rule_edge_of_unit, rule_set, rule_clock, rule_season,
    rule_quarter, rule_century, rule_holiday, rule_fiscal, rule_midweek, rule_year_earlier, rule_units_ahead,
    rule_unit_end, rule_digit_quarter, rule_quarter_century, rule_spoken_year, rule_added_span,
    rule_over_the_units, rule_at_night, rule_unit_by_unit, rule_within_the_hour, rule_nights, rule_era_year,
    rule_week_number,
)


TRIGGERS = frozenset(
    set(L.MONTHS) | set(L.MONTH_ABBREVIATIONS) | set(L.WEEKDAYS) | set(L.WEEKDAY_PLURALS)
    | set(L.DEICTIC_DAYS) | set(L.REFERENCES) | set(L.NUMBER_WORDS) | set(L.VAGUE_NUMBERS)
    | L.PLURAL_UNITS | set(L.SHIFTS) | set(L.FREQUENCY_ADVERBS) | set(L.FREQUENCY_ADJECTIVES) | set(L.SEASONS)
    | {w[0] for w in L.FIXED_HOLIDAYS} | set(L.ORDINALS)
    | {"the", "another", "'", "this", "last", "tomorrow", "yesterday", "overnight", "these", "recent", "couple",
       "following", "preceding", "first", "same", "that", "every", "year", "month", "coming", "each", "once", "twice", "thrice",
       "noon", "midday", "midnight", "earlier", "later", "q", "h", "fiscal", "per"}
    | set(L.DAY_EDGES)
    | {w[0] for w in L.MOVABLE_HOLIDAYS} | {"independence"}
    | set(L.LONG_WORDS) | SINGLE_LONG_UNITS | {"midweek", "mid", "week", "present", "fy", "night", "ad"} | PERIOD_ORDINALS | PACE_UNITS
    | CALENDAR_QUALIFIERS
)

#: For each rule, the lower-cased words its first token can be (DIGITS: any number).
#: Only these rules are tried at a token, so "the" costs the dozen rules that can
#: begin with it, not all of them. tests/test_dates_dispatch.py checks, on real and
#: random text, that no rule ever matches at a word outside its set.
DIGITS = "<digits>"
_NUMBER_STARTS = {"a", "an", "half", "couple"} | set(L.VAGUE_NUMBERS) | set(L.TENS) \
    | (set(L.NUMBER_WORDS) - {"hundred", "dozen"})
RULE_STARTS: dict = {
    rule_iso: {DIGITS},
    rule_month: set(L.MONTHS) | set(L.MONTH_ABBREVIATIONS),
    rule_day_month: {"the", DIGITS},
    rule_year: {"the", "'", DIGITS},
    rule_weekday: set(L.WEEKDAYS) | set(L.WEEKDAY_PLURALS),
    rule_deictic: set(L.DEICTIC_DAYS) | {"the", "this", "last", "tomorrow", "yesterday", "overnight"},
    rule_reference: set(L.REFERENCES) | {"the", "these", "recent", "coming", "present", "current"},
    rule_duration: _NUMBER_STARTS | set(L.PLURAL_UNITS) | set(L.LONG_WORDS) | SINGLE_LONG_UNITS | {DIGITS},
    rule_shift: set(L.SHIFTS) | {"the", "following", "preceding", "first", "same"},
    rule_that_day: {"the", "earlier", "later", "year", "month", "that"},
    rule_the_unit: {"the"},
    rule_edge_of_unit: {"the"},
    rule_set: set(L.FREQUENCY_ADVERBS) | set(L.FREQUENCY_ADJECTIVES) | {"every", "each", "once", "twice", "thrice", "per", DIGITS} | _NUMBER_STARTS,
    rule_clock: {"noon", "midday", "midnight", DIGITS} | set(L.DAY_EDGES),
    rule_season: set(L.SEASONS) | {"the"},
    rule_quarter: set(L.ORDINALS) | PERIOD_ORDINALS | {"the", "fiscal", "q", "h"},
    rule_century: {"the"},
    rule_holiday: {words[0] for words in (*L.FIXED_HOLIDAYS, *L.MOVABLE_HOLIDAYS)} | {"the", "independence"},
    rule_fiscal: {"the", "fiscal", "fy"},  # a number begins "2012 fiscal year" only after "the"
    rule_midweek: {"midweek", "mid"},
    rule_year_earlier: {"the", "year"},
    rule_units_ahead: {"the"},
    rule_unit_end: {"the", "year", "month", "week"},
    rule_digit_quarter: {DIGITS},
    rule_quarter_century: {"a"},
    rule_spoken_year: set(SPOKEN_CENTURIES),
    rule_added_span: {"a", "an", "another"},
    rule_over_the_units: {"the"},
    rule_at_night: {"night"},
    rule_unit_by_unit: set(PACE_UNITS),
    rule_within_the_hour: {"the"},
    rule_nights: _NUMBER_STARTS | {DIGITS},
    rule_era_year: {"ad", "a", DIGITS},
    rule_week_number: {"week"} | CALENDAR_QUALIFIERS,
}
assert set(RULE_STARTS) == set(RULES)
_DIGIT_RULES = tuple(r for r in RULES if DIGITS in RULE_STARTS[r])
#: Of the rules that can begin with a number, those that need one of a few words right after
#: it: a day ("27 September", "27th", "3-5 March", "the 27 of May") and "1Q 2024". Other
#: numbers (most) try only the rest. tests/test_dates_dispatch.py checks these sets too.
RULE_AFTER_DIGITS: dict = {
    rule_day_month: set(L.ORDINAL_SUFFIXES) | {"of"} | set(L.MONTHS) | set(L.MONTH_ABBREVIATIONS) | DAY_JOINS,
    rule_digit_quarter: {"q"},
    rule_era_year: ERA_ABBREVIATION_STARTS,
}
assert set(RULE_AFTER_DIGITS) <= set(_DIGIT_RULES)
_UNGATED_DIGIT_RULES = tuple(r for r in _DIGIT_RULES if r not in RULE_AFTER_DIGITS)
DIGIT_RULES_BY_NEXT: dict[str, tuple] = {
    nxt: tuple(r for r in _DIGIT_RULES if r not in RULE_AFTER_DIGITS or nxt in RULE_AFTER_DIGITS[r])
    for nxt in set().union(*RULE_AFTER_DIGITS.values())
}
#: The rules to try at each trigger word, in RULES order (ties go to the earlier rule).
RULES_BY_WORD: dict[str, tuple] = {
    word: tuple(r for r in RULES if word in RULE_STARTS[r] or (word.isdigit() and r in _DIGIT_RULES))
    for word in TRIGGERS
}


#: The rules that can begin with "the", by the word after it (DIGITS: any number).
RULE_AFTER_THE: dict = {
    rule_day_month: {DIGITS},
    rule_year: {"'", DIGITS},
    rule_deictic: {"day"},
    rule_reference: set(L.THE_REFERENCES) | {"moment", "time"} | NEAR_OR_FAR,
    rule_shift: set(L.SHIFTS) | {"following", "preceding", "first", "same", "final", "remaining"},
    rule_that_day: {"weekend", "day", "week", "month", "year"},
    rule_the_unit: {"year", "quarter", "month", "week", "latest", "most", "fiscal", "early", "small", "wee", "late"}
    | set(WEEK_OF_MONTH)
    | set(L.DECADE_WORDS)
    | set(L.DAY_PARTS)
    | set(L.MONTHS) | set(L.MONTH_ABBREVIATIONS),
    rule_edge_of_unit: set(L.EDGE_PHRASES),
    rule_season: set(L.SEASONS),
    rule_quarter: set(L.ORDINALS) | PERIOD_ORDINALS | {"fiscal"},
    rule_century: set(L.ORDINALS) | set(CENTURY_PARTS) | {DIGITS},
    rule_fiscal: {"fiscal", DIGITS},
    rule_holiday: {"fourth"},
    rule_year_earlier: {"year"},
    rule_units_ahead: set(AHEAD_UNITS),
    rule_unit_end: {"year", "month", "week"},
    rule_over_the_units: set(L.PLURAL_UNITS),
    rule_within_the_hour: {"hour"},
}
assert set(RULE_AFTER_THE) == {r for r in RULES if "the" in RULE_STARTS[r]}
_THE_RULES = RULES_BY_WORD["the"]
_THE_DIGIT_RULES = tuple(r for r in _THE_RULES if DIGITS in RULE_AFTER_THE[r])
THE_RULES_BY_NEXT: dict[str, tuple] = {
    nxt: tuple(r for r in _THE_RULES if nxt in RULE_AFTER_THE[r] or (nxt.isdigit() and r in _THE_DIGIT_RULES))
    for nxt in set().union(*RULE_AFTER_THE.values()) - {DIGITS}
}
#: Marks "the" in the scan: its rules are picked by the next word.
_AFTER_THE = ("the",)
RULES_BY_WORD["the"] = _AFTER_THE

#: For common start words whose rules all need one of a few words next, those words
#: (DIGITS: any number): "a" starts a date only as "a year", "a few days", "a quarter
#: century", "an additional month", "a dozen times"; "'" only as "'90s"; "that" only as
#: "that day", "that night", and "A" only as "A.D. 410". Elsewhere (most of the time) no rule is tried at them.
#: tests/test_dates_dispatch.py checks that no rule matches at such a word before another.
_AFTER_AN = frozenset(L.UNITS) | {"-", "few", "couple", "dozen", "times"} | ADDING
NEXT_WORD_GATES: dict[str, frozenset] = {
    "a": _AFTER_AN | {"quarter", "quarters", "."},  # "a quarter century", not "an quarter"; "A.D. 410"
    "an": _AFTER_AN,
    "'": frozenset({DIGITS}),
    "that": frozenset({"same", "day", "week", "month", "year"}) | frozenset(L.DAY_PARTS),
}
assert set(NEXT_WORD_GATES) <= set(RULES_BY_WORD)  # a gate only for a word that starts rules


def _gate_open(gate: frozenset, nxt: str) -> bool:
    """Whether the word ``nxt`` after a gated start word lets its rules be tried."""
    return nxt in gate or (DIGITS in gate and nxt.isdigit())


def rules_for(word: str, nxt: str = "") -> tuple:
    """The rules that may match at a token whose lower-cased text is ``word`` (often none),
    followed by ``nxt``."""
    rules = RULES_BY_WORD.get(word)
    if rules is None:
        if not word.isdigit():
            return ()
        rules = _DIGIT_RULES
    return _by_next_word(rules, word, nxt)


def _by_next_word(rules: tuple, word: str, nxt: str) -> tuple:
    """Of ``rules`` (the start rules of ``word``: ``RULES_BY_WORD[word]``, or ``_DIGIT_RULES``
    for a number), those the next word ``nxt`` still lets match; shared by :func:`rules_for`
    and :meth:`Scanner.scan`, so that both gate alike."""
    if rules is _AFTER_THE:  # "the": the word after it says which rules can match
        return THE_RULES_BY_NEXT.get(nxt, _THE_DIGIT_RULES if nxt.isdigit() else ())
    if rules is _DIGIT_RULES:  # a number: a few of its rules need a word of their own next
        return DIGIT_RULES_BY_NEXT.get(nxt, _UNGATED_DIGIT_RULES)
    gate = NEXT_WORD_GATES.get(word)
    return rules if gate is None or _gate_open(gate, nxt) else ()


def _starts(lower: list[str]) -> list[tuple[int, tuple]]:
    """Every token that can begin an expression, in order, with the rules to try there.

    The lookups run in C (``map``, ``compress``) rather than one Python step per token:
    a text's few start words are picked out of its many others at little cost."""
    found = list(map(RULES_BY_WORD.get, lower))
    starts = [(k, found[k]) for k in compress(range(len(lower)), found)]
    digits = [k for k in compress(range(len(lower)), map(str.isdigit, lower)) if found[k] is None]
    if not digits:
        return starts
    return sorted(starts + [(k, _DIGIT_RULES) for k in digits], key=itemgetter(0))


def recognise(tokens: Tokens) -> list[Candidate]:
    """Every time expression in ``tokens``, left to right, none overlapping."""
    return Scanner(tokens).scan()
