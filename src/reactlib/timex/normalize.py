"""Meaning + anchor + tense -> TIMEX3 value.

The recogniser says *what* an expression means ("the Sunday of this clause's
tense"); this module says *which* day that is. Relative expressions are resolved
against the anchor (the article date); "the next day", "a year later" against the
reference time (the last date mentioned before them, at its own granularity: "two years
later" after "2004" is 2006, "a year earlier" after "the third quarter" the same quarter
a year before). With no anchor,
values stay unanchored in TimeML form (``XXXX-09-27``, ``XXXX-WXX-7``).
"""

from __future__ import annotations

import datetime as _dt
import re
from typing import NamedTuple

from . import values as V
from .eras import era_century_shift, era_year_shift
from .lexicon import YEAR_ONLY_HOLIDAYS
from .tense import FUTURE, PAST

ONE_DAY = _dt.timedelta(days=1)
#: How far from the anchor a day named without a year stays in the anchor's year against its tense.
SAME_YEAR_DAYS = 7


class Context(NamedTuple):
    """What a meaning is resolved against: the article date, the last day-level date
    mentioned (``ref``), the clause tense and the last date value of any granularity
    mentioned (``ref_value``: ``2004``, ``2019-Q3``, ``2019-09``, ``2019-W40``, a day)."""

    anchor: _dt.date | None
    ref: _dt.date | None
    tense: str | None
    ref_value: str | None = None


_GRANULARITY = re.compile(r"(\d{4})(?:-(Q[1-4]|H[12]|W\d{2}|\d{2})(-\d{2})?)?")


def granularity(value: str) -> str | None:
    """``"CE"``, ``"DE"``, ``"Y"``, ``"Q"``, ``"H"``, ``"M"``, ``"W"`` or ``"D"`` for an anchored
    date value, else None."""
    if value.isdigit() and len(value) in (2, 3):
        return "CE" if len(value) == 2 else "DE"
    match = _GRANULARITY.fullmatch(value[:10]) if len(value) <= 10 or value[10] == "T" else None
    if match is None:
        return None
    if match.group(3):
        return "D"
    part = match.group(2)
    if part is None:
        return "Y"
    return part[0] if part[0] in "QHW" else "M"


def _direction(tense: str | None) -> int:
    return 1 if tense == FUTURE else (-1 if tense == PAST else 0)


def weekday_date(anchor: _dt.date, weekday: int, shift: int | None, tense: str | None) -> _dt.date:
    """The date of ``weekday`` (1 = Monday) near ``anchor``; always within 7 days of it.

    ``shift`` -1/+1 ("last"/"next") looks strictly before/after; otherwise the
    clause tense chooses: past looks back, future forward, and the anchor's own
    weekday is the anchor itself (news names today's weekday, not "today").
    """
    delta = weekday - anchor.isoweekday()
    if shift == -1:
        back = (-delta) % 7 or 7
        return anchor - back * ONE_DAY
    if shift == 1:
        ahead = delta % 7 or 7
        return anchor + ahead * ONE_DAY
    if shift == 0:  # "this Sunday": within the anchor's week, the next one if already gone in future talk
        return anchor + delta * ONE_DAY if delta >= 0 or _direction(tense) < 0 else anchor + (delta % 7) * ONE_DAY
    if _direction(tense) > 0:
        return anchor + (delta % 7) * ONE_DAY
    return anchor - ((-delta) % 7) * ONE_DAY


def _year_for(anchor: _dt.date, month: int, day: int | None, tense: str | None) -> int:
    """The year of a month (and day) named without one: by tense, or the nearest."""
    target = (month, day or 1)
    now = (anchor.month, anchor.day if day else 1)
    direction = _direction(tense)
    if day is not None and direction:
        # a day within a week of the anchor is in the anchor's year whatever the tense
        # ("the talks were held on March 21" in an article of March 17)
        same = V.safe_date(anchor.year, month, day)
        if same is not None and abs((same - anchor).days) <= SAME_YEAR_DAYS:
            return anchor.year
    if direction < 0:
        return anchor.year if target <= now else anchor.year - 1
    if direction > 0:
        return anchor.year if target >= now else anchor.year + 1
    # no tense: the nearest such date, within six months either way
    if month - anchor.month > 6:
        return anchor.year - 1
    if anchor.month - month > 6:
        return anchor.year + 1
    return anchor.year


def _unit_shift(anchor: _dt.date, unit: str, n: int) -> str:
    if unit == "Y":
        return str(anchor.year + n)
    if unit == "M":
        return V.month(*V.add_months(anchor.year, anchor.month, n))
    if unit == "W":
        return V.week(anchor + _dt.timedelta(weeks=n))
    if unit == "D":
        return V.day(anchor + n * ONE_DAY)
    if unit == "DE":
        return str(anchor.year // 10 + n)
    if unit == "CE":
        return f"{anchor.year // 100 + n:02d}"
    if unit == "Q":
        q = V.quarter_of(anchor) - 1 + n
        return f"{anchor.year + q // 4}-Q{q % 4 + 1}"
    return V.day(anchor)


def _week_number(anchor: _dt.date | None, n: int, tense: str | None) -> str:
    """ISO week ``n`` of the anchor's year, or of the year before (after) when the clause tells
    of the past (future) and that week is still ahead (already gone): "cases peaked in
    epidemiological week 50", said in March, is last December's."""
    if anchor is None:
        return f"XXXX-W{n:02d}"
    year, week, _ = anchor.isocalendar()
    direction = _direction(tense)
    if direction < 0 and n > week:
        year -= 1
    elif direction > 0 and n < week:
        year += 1
    return V.week_number(year, n)


def _unanchored(unit: str) -> str:
    return {"Y": "XXXX", "M": "XXXX-XX", "W": "XXXX-WXX", "D": "XXXX-XX-XX", "DE": "XXX", "CE": "XX",
            "Q": "XXXX", "WE": "XXXX-WXX-WE"}.get(unit, "XXXX-XX-XX")


def _shift_amount(anchor: _dt.date, unit: str, amount, sign: int) -> str:
    """``amount`` units before (sign -1) or after (+1) the anchor, at that unit's granularity."""
    if amount == "X":
        return "PAST_REF" if sign < 0 else "FUTURE_REF"
    if unit in ("TH", "TM", "TS"):  # hours, minutes, seconds: the day they fall on
        return V.day(anchor)
    n = sign * amount
    whole = int(n) if float(n).is_integer() else None
    if unit == "Y" and whole is not None:
        return str(anchor.year + whole)
    if unit == "M" and whole is not None:
        return V.month(*V.add_months(anchor.year, anchor.month, whole))
    if unit in ("W", "W2"):
        weeks = n * (2 if unit == "W2" else 1)
        return V.week(anchor + _dt.timedelta(weeks=weeks))
    if unit == "D":
        return V.day(anchor + _dt.timedelta(days=n))
    if unit == "DE" and whole is not None:
        return str((anchor.year + 10 * whole) // 10)
    if unit == "CE" and whole is not None:
        return f"{(anchor.year + 100 * whole) // 100:02d}"
    return str(anchor.year + int(n)) if unit == "Y" else V.day(anchor)


def shift_from(anchor: _dt.date, unit: str, amount: int) -> str:
    """``amount`` calendar units after ``anchor``, at that unit's granularity ("in five years")."""
    return _shift_amount(anchor, unit, amount, 1)


def _season(anchor: _dt.date | None, code: str, year: int | None, shift: int | None, tense: str | None) -> str:
    if year is not None:
        return f"{year}-{code}"
    if anchor is None:
        return f"XXXX-{code}"
    cur_year, cur_code = V.season_of(anchor)
    # TimeML files a winter under the year it begins in (December 2019 - February 2020 is
    # 2019-WI), so within a filing year the winter comes last.
    order = ["SP", "SU", "FA", "WI"]
    cur_index = cur_year * 4 + order.index(cur_code)
    same = cur_year * 4 + order.index(code)
    candidates = [same - 4, same, same + 4]
    if shift == -1:
        index = max(c for c in candidates if c < cur_index)
    elif shift == 1:
        index = min(c for c in candidates if c > cur_index)
    elif shift == 0 and (code != "WI" or anchor.month in (1, 2, 12)):
        # "this fall" said in March is the coming one, "this summer" said in October the one
        # just gone: "this" names the season of the anchor's own year, whichever side it lies
        # (a winter: the one under way in December to February, else left to tense below).
        index = (anchor.year - (1 if code == "WI" and anchor.month <= 2 else 0)) * 4 + order.index(code)
    else:
        direction = 0 if shift == 0 else _direction(tense)
        if direction < 0:
            index = max(c for c in candidates if c <= cur_index)
        elif direction > 0:
            index = min(c for c in candidates if c >= cur_index)
        else:
            index = min(candidates, key=lambda c: (abs(c - cur_index), c))
    return f"{index // 4}-{order[index % 4]}"


def _quarter(anchor: _dt.date | None, kind: str, n: int | None, year: int | None, shift: int | None,
             tense: str | None) -> str:
    letter = "Q" if kind == "quarter" else "H"
    if n is None:  # "this quarter", "last quarter"
        if anchor is None:
            return "XXXX"
        return _unit_shift(anchor, "Q", shift or 0)
    if year is not None:
        return f"{year}-{letter}{n}"
    if anchor is None:
        return "XXXX"
    if shift is not None:
        return f"{anchor.year + shift}-{letter}{n}"
    current = V.quarter_of(anchor) if letter == "Q" else (1 if anchor.month <= 6 else 2)
    direction = _direction(tense)
    y = anchor.year
    if direction < 0 and n > current:
        y -= 1
    elif direction > 0 and n < current - (letter == "Q"):
        # the quarter just ended stays in this year even in future talk: "will report
        # first-quarter results" in April is this year's first quarter
        y += 1
    return f"{y}-{letter}{n}"


def _holiday(anchor: _dt.date | None, m, d, tense: str | None) -> str:
    if isinstance(m, str):  # a movable holiday: ("easter", -2) is Good Friday
        if anchor is None or not 2 <= anchor.year <= 9997:
            return "XXXX"
        direction = _direction(tense)
        try:
            options = [V.movable_holiday(m, d, year) for year in (anchor.year - 1, anchor.year, anchor.year + 1)]
        except (ValueError, OverflowError):  # a calendar that does not reach so far (the Islamic one before 622)
            return "XXXX"
        if direction < 0:
            chosen = max(o for o in options if o <= anchor)
        elif direction > 0:
            chosen = min(o for o in options if o >= anchor)
        else:
            chosen = min(options, key=lambda o: abs((o - anchor).days))
        return str(chosen.year) if m in YEAR_ONLY_HOLIDAYS else V.day(chosen)
    if anchor is None:
        return f"XXXX-{m:02d}-{d:02d}"
    return V.day(_dt.date(_year_for(anchor, m, d, tense), m, d))


def _weekend(anchor: _dt.date | None, shift: int | None, tense: str | None) -> str:
    if anchor is None:
        return "XXXX-WXX-WE"
    if shift in (-1, 1):
        return V.week(anchor + _dt.timedelta(weeks=shift)) + "-WE"
    weekday = anchor.isoweekday()
    if shift is None and _direction(tense) < 0 and weekday < 6:
        return V.week(anchor - _dt.timedelta(weeks=1)) + "-WE"
    return V.week(anchor) + "-WE"


def _midweek(base: _dt.date | None, tense: str | None) -> str:
    """The week whose middle is meant: the week of ``base``, but last week's in past talk early
    in a week ("talks collapsed midweek" on a Monday), next week's in future talk late in one."""
    if base is None:
        return "XXXX-WXX"
    weekday, direction = base.isoweekday(), _direction(tense)
    if direction < 0 and weekday <= 2:
        return V.week(base - _dt.timedelta(weeks=1))
    if direction > 0 and weekday >= 4:
        return V.week(base + _dt.timedelta(weeks=1))
    return V.week(base)


def _quarter_index(value: str, g: str) -> int:
    """Quarters since year 0 of a Q, M or D value."""
    year = int(value[:4])
    if g == "Q":
        return year * 4 + int(value[6]) - 1
    return year * 4 + (int(value[5:7]) - 1) // 3


def _from_ref_value(ref_value: str | None, unit: str, n: int, keep: bool) -> str | None:
    """``n`` units from the reference value when it is coarse enough to say so, else None.

    ``keep``: a year moved from a quarter or half stays a quarter or half ("a year earlier"
    after "the third quarter" is the third quarter of the year before); "the following
    year" is the year.
    """
    if ref_value is None:
        return None
    if ref_value.startswith("BC"):  # "753 BC ... three years later": 750 BC
        if unit == "Y":
            return era_year_shift(ref_value, n)
        if unit == "CE":
            return era_century_shift(ref_value, n)
        return None
    g = granularity(ref_value)
    if g is None:
        return None
    if g in ("DE", "CE"):  # "the 1990s ... the following decade"
        if unit != g:
            return None
        width = 3 if g == "DE" else 2
        if not 0 <= int(ref_value) + n < 10 ** width:
            return None
        return f"{int(ref_value) + n:0{width}d}"
    year = int(ref_value[:4])
    if unit in ("DE", "CE") and g in ("Y", "Q", "H", "M", "D") and not keep:
        # "in 2004 ... two decades later": the year twenty years on (2024), at the year's grain
        years = n * (10 if unit == "DE" else 100)
        return f"{year + years:04d}" if 0 <= year + years <= 9999 else None
    if not 0 <= year + n <= 9999:
        return None
    if unit == "Y":
        if keep and g in ("Q", "H"):
            return f"{year + n:04d}{ref_value[4:7]}"
        if g in ("Y", "Q", "H", "M") or (g == "D" and not keep):
            return f"{year + n:04d}"
        return None
    if unit == "Q" and g in ("Q", "M"):
        q = _quarter_index(ref_value, g) + n
        return f"{q // 4:04d}-Q{q % 4 + 1}"
    if unit == "M" and g == "M":
        return V.month(*V.add_months(year, int(ref_value[5:7]), n))
    if unit == "W" and g == "W":
        try:
            monday = _dt.date.fromisocalendar(year, int(ref_value[6:8]), 1)
        except ValueError:
            return None
        return V.week(monday + _dt.timedelta(weeks=n))
    return None


def _ref_unit(unit: str, ctx: Context) -> str:
    """"the year", "the quarter", "the month", "the week": the one under discussion.

    A quarter or month named before it is that one ("the third quarter ... in the
    quarter"); otherwise the article's own, except that a quarter spoken of in the past
    ("profit for the quarter fell") is the one just reported.
    """
    anchor, ref_value = ctx.anchor, ctx.ref_value
    g = granularity(ref_value) if ref_value else None
    if unit == "Y":
        if g in ("Q", "H", "M"):
            return ref_value[:4]
        return "XXXX" if anchor is None else str(anchor.year)
    if unit == "Q":
        if g == "Q":
            return ref_value
        if anchor is None:
            return "XXXX"
        return _unit_shift(anchor, "Q", -1 if _direction(ctx.tense) < 0 else 0)
    if unit == "M":
        if g == "M":
            return ref_value
        return "XXXX-XX" if anchor is None else V.month(anchor.year, anchor.month)
    base = ctx.ref or anchor
    return _unanchored("W") if base is None else V.week(base)


def _day_of_clause(ctx: Context) -> _dt.date | None:
    """The day a time of day ("6 a.m.", "at dawn") falls on: the day under discussion, else the
    article's; but a past clause is not on a day still to come ("will last until Friday. ...
    It struck at 6 a.m."), so there the article's day."""
    ref, anchor = ctx.ref, ctx.anchor
    if ref is None or (ctx.tense == PAST and anchor is not None and ref > anchor):
        return anchor
    return ref


def resolve(meaning: tuple, ctx: Context) -> str:
    """The TIMEX3 value of ``meaning`` in context."""
    kind = meaning[0]
    anchor, tense = ctx.anchor, ctx.tense
    if kind in ("value", "ref"):
        return meaning[1]
    if kind == "week_number":  # "calendar week 12": that ISO week of the anchor's year
        return _week_number(anchor, meaning[1], tense)
    if kind == "date":
        _, y, m, d = meaning
        if d is None:
            return V.month(y, m)
        date = V.safe_date(y, m, d)
        return V.day(date) if date else V.month(y, m)
    if kind == "year":
        return str(meaning[1])
    if kind in ("decade", "century"):
        return meaning[1]
    if kind == "monthday":
        _, m, d = meaning
        if anchor is None:
            return f"XXXX-{m:02d}-{d:02d}"
        y = _year_for(anchor, m, d, tense)
        date = V.safe_date(y, m, d)
        return V.day(date) if date else V.month(y, m)
    if kind == "month":
        m = meaning[1]
        return f"XXXX-{m:02d}" if anchor is None else V.month(_year_for(anchor, m, None, tense), m)
    if kind == "in_year":  # "March last year", "Oct. 15 next year"
        _, m, d, shift = meaning
        if anchor is None:
            return f"XXXX-{m:02d}" + (f"-{d:02d}" if d else "")
        date = V.safe_date(anchor.year + shift, m, d) if d else None
        return V.day(date) if date else V.month(anchor.year + shift, m)
    if kind == "month_shift":
        _, m, shift = meaning
        if anchor is None:
            return f"XXXX-{m:02d}"
        if shift == 0:
            return V.month(anchor.year, m)
        if shift < 0:
            return V.month(anchor.year if m < anchor.month else anchor.year - 1, m)
        return V.month(anchor.year if m > anchor.month else anchor.year + 1, m)
    if kind == "weekday":
        _, wd, shift, part = meaning
        if anchor is None:
            base = f"XXXX-WXX-{wd}"
        else:
            base = V.day(weekday_date(anchor, wd, shift, tense))
        return f"{base}T{part}" if part else base
    if kind == "deictic":
        _, offset, part = meaning
        base = "XXXX-XX-XX" if anchor is None else V.day(anchor + offset * ONE_DAY)
        return f"{base}T{part}" if part else base
    if kind == "unit_shift":
        _, unit, n = meaning
        return _unanchored(unit) if anchor is None else _unit_shift(anchor, unit, n)
    if kind in ("ref_shift", "ref_day"):
        unit, n = (meaning[1], meaning[2]) if kind == "ref_shift" else ("D", meaning[1])
        shifted = _from_ref_value(ctx.ref_value, unit, n, keep=False)
        if shifted is not None:
            return shifted
        base = ctx.ref or anchor
        return _unanchored(unit) if base is None else _unit_shift(base, unit, n)
    if kind == "range_day":  # "23" in "March 21-23": the month and year of the day before it
        _, m, d, y = meaning
        if y is None and ctx.ref_value and granularity(ctx.ref_value) == "D" and int(ctx.ref_value[5:7]) == m:
            y = int(ctx.ref_value[:4])
        if y is None:
            return resolve(("monthday", m, d), ctx)
        date = V.safe_date(y, m, d)
        return V.day(date) if date else V.month(y, m)
    if kind == "ref_monthday":  # "on the 14th": in the month last named, else the article's
        g = granularity(ctx.ref_value) if ctx.ref_value else None
        if g in ("M", "D"):
            year, month = int(ctx.ref_value[:4]), int(ctx.ref_value[5:7])
        elif anchor is not None:
            year, month = anchor.year, anchor.month
        else:
            return f"XXXX-XX-{meaning[1]:02d}"
        date = V.safe_date(year, month, meaning[1])
        return V.day(date) if date else V.month(year, month)
    if kind == "ref_unit":
        return _ref_unit(meaning[1], ctx)
    if kind == "ref_part":  # "in the morning", "that night", "the next morning": of the day under discussion
        base = ctx.ref or anchor
        offset = meaning[2] if len(meaning) > 2 else 0
        if meaning[1] == "NI" and offset == 0 and ctx.ref is None and anchor is not None and tense == PAST:
            base = anchor - ONE_DAY  # "worked through the night", no day named: the night just gone
        return f"{'XXXX-XX-XX' if base is None else V.day(base + offset * ONE_DAY)}T{meaning[1]}"
    if kind == "later" and meaning[2] == "X":  # "days later", "weeks earlier": before or after now
        direction = _direction(tense)
        if not direction:  # no tense cue: days after a day gone by are most likely gone by too
            direction = -1 if ctx.ref is not None and anchor is not None and ctx.ref < anchor else meaning[3]
        return "PAST_REF" if direction < 0 else "FUTURE_REF"
    if kind in ("ago", "later"):
        _, unit, amount, sign = meaning
        if kind == "later" and isinstance(amount, int) and unit in ("Y", "M", "Q", "DE", "CE"):
            # ("two decades later" after "the 1970s" is the 1990s, not two decades from now)
            shifted = _from_ref_value(ctx.ref_value, unit, sign * amount, keep=unit not in ("DE", "CE"))
            if shifted is not None:
                return shifted
        base = anchor if kind == "ago" else (ctx.ref or anchor)
        if base is None:
            return "PAST_REF" if sign < 0 else "FUTURE_REF"
        try:
            value = _shift_amount(base, unit, amount, sign)
        except (OverflowError, ValueError):  # "2020 decades earlier": off the calendar
            value = ""
        if not V.is_timex_value(value) or value.startswith("-"):
            return "PAST_REF" if sign < 0 else "FUTURE_REF"
        return value
    if kind == "season":
        _, code, year, shift = meaning
        return _season(anchor, code, year, shift, tense)
    if kind in ("quarter", "half"):
        _, n, year, shift = meaning
        return _quarter(anchor, kind, n, year, shift, tense)
    if kind == "holiday":
        return _holiday(anchor, meaning[1], meaning[2], tense)
    if kind == "weekend":
        return _weekend(anchor, meaning[1], tense)
    if kind == "midweek":
        return _midweek(ctx.ref or anchor, tense)
    if kind == "clock":
        _, hour, minute = meaning
        base = _day_of_clause(ctx)
        if hour == 24 and ctx.ref is None and anchor is not None and tense == PAST:
            base = anchor - ONE_DAY  # "struck shortly after midnight": the midnight that began the day, T24:00 of the one before
        day = "XXXX-XX-XX" if base is None else V.day(base)
        return f"{day}T{hour:02d}:{minute:02d}"
    if kind == "week_of":  # "the first week of October": the ISO week with most of its days in October
        month = resolve(meaning[2], ctx)
        if len(month) != 7 or not month[:4].isdigit():
            return month
        year, number = int(month[:4]), int(month[5:7])
        if meaning[1] > 0:  # the week holding the 4th (11th, ...) has at least four days of the month
            day = _dt.date(year, number, 4 + 7 * (meaning[1] - 1))
        else:  # the last: the week holding the day three before the month's end
            day = _dt.date(year + number // 12, number % 12 + 1, 1) - 4 * ONE_DAY
        return V.week(day)
    if kind == "part_of":  # "the night of Oct. 7"
        return f"{resolve(meaning[2], ctx)}T{meaning[1]}"
    if kind == "day_part":  # "at dawn": of the day under discussion (or the day written after it)
        base = _day_of_clause(ctx)
        return f"{'XXXX-XX-XX' if base is None else V.day(base)}T{meaning[1]}"
    if kind == "clock_on":  # "6 a.m. Sunday"
        _, hour, minute, day_meaning = meaning
        return f"{resolve(day_meaning, ctx)}T{hour:02d}:{minute:02d}"
    raise ValueError(f"unknown time meaning {meaning!r}")  # pragma: no cover - a programming error
