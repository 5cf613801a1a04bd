"""TIMEX3 values: the grammar they follow and calendar arithmetic that builds them.

Values name a point or stretch of time at its own granularity: ``2020-09-27``,
``2020-09``, ``2020``, ``202`` (a decade), ``20`` (a century), ``2020-W39``,
``2020-W39-WE``, ``2020-SU``, ``2020-Q3``, ``2020-H1``, ``2020-09-27T08:00``,
``2020-09-27TMO``; years and centuries before the common era ``BC0480``,
``BC02``; durations ``P3D``, ``PT2H``, ``PXDE``; generic ``PAST_REF``,
``PRESENT_REF``, ``FUTURE_REF``; and unanchored ``XXXX-09-27``, ``XXXX-WXX-7``.
"""

from __future__ import annotations

import datetime as _dt
import functools
import re

from . import calendars

_Y = r"(?:(?:BC)?\d{4}|XXXX)"  # BC0480: a year before the common era (timex/eras.py)
_TIME = r"T(?:(?:\d{2}|XX)(?::\d{2}(?::\d{2})?)?|MO|MI|AF|EV|NI|DT)"
_DATE = (
    rf"(?:{_Y}(?:-(?:\d{{2}}|XX)(?:-(?:\d{{2}}|XX))?|-W(?:\d{{2}}|XX)(?:-[1-7]|-WE)?"
    rf"|-(?:SP|SU|FA|WI)|-Q[1-4]|-H[12])?(?:{_TIME})?|\d{{3}}|(?:BC)?\d{{2}}|XXX|XX)"
)
_NUM = r"(?:\d+(?:\.\d+)?|X)"
_DURATION = rf"P(?:(?:{_NUM}(?:Y|M|W|D|DE|CE|Q))+(?:T(?:{_NUM}[HMS])+)?|T(?:{_NUM}[HMS])+)"
VALUE_GRAMMAR = re.compile(rf"(?:{_DATE}|{_DURATION}|PRESENT_REF|PAST_REF|FUTURE_REF)")


def is_timex_value(value: str) -> bool:
    """Whether ``value`` is a well-formed TIMEX3 value."""
    return VALUE_GRAMMAR.fullmatch(value) is not None


def day(date: _dt.date) -> str:
    return date.isoformat()


def month(year: int, number: int) -> str:
    return f"{year:04d}-{number:02d}"


def week_number(year: int, number: int) -> str:
    """ISO week ``number`` of ``year`` as TimeML writes it ("2021-W05")."""
    return f"{year:04d}-W{number:02d}"


def week(date: _dt.date) -> str:
    iso_year, iso_week, _ = date.isocalendar()
    return week_number(iso_year, iso_week)


def add_months(year: int, number: int, delta: int) -> tuple[int, int]:
    """``(year, month)`` moved by ``delta`` months."""
    index = year * 12 + (number - 1) + delta
    return index // 12, index % 12 + 1


def quarter_of(date: _dt.date) -> int:
    return (date.month - 1) // 3 + 1


def season_of(date: _dt.date) -> tuple[int, str]:
    """The season a date falls in and the year TimeML files it under (December is next winter's start)."""
    m = date.month
    if m in (3, 4, 5):
        return date.year, "SP"
    if m in (6, 7, 8):
        return date.year, "SU"
    if m in (9, 10, 11):
        return date.year, "FA"
    return (date.year if m == 12 else date.year - 1), "WI"


def easter(year: int) -> _dt.date:
    """Western Easter Sunday (the anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    mon = (h + l - 7 * m + 114) // 31
    return _dt.date(year, mon, (h + l - 7 * m + 114) % 31 + 1)


def orthodox_easter(year: int) -> _dt.date:
    """Orthodox Easter Sunday: the Julian computus, moved onto the Gregorian calendar."""
    a, b, c = year % 4, year % 7, year % 19
    d = (19 * c + 15) % 30
    e = (2 * a + 4 * b - d + 34) % 7
    julian_month, julian_day = (d + e + 114) // 31, (d + e + 114) % 31 + 1
    gap = year // 100 - year // 400 - 2  # days the Julian calendar lags (13 from 1900 to 2099)
    return _dt.date(year, julian_month, julian_day) + _dt.timedelta(days=gap)


def _nth_weekday(year: int, month_number: int, weekday: int, n: int) -> _dt.date:
    """The ``n``-th ``weekday`` (0 = Monday) of a month; ``n = -1`` is the last."""
    if n > 0:
        first = _dt.date(year, month_number, 1)
        return first + _dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    last = _dt.date(year + month_number // 12, month_number % 12 + 1, 1) - _dt.timedelta(days=1)
    return last - _dt.timedelta(days=(last.weekday() - weekday) % 7)


#: Holidays that move, by the rule that places them in a year (the US ones by their statutes).
MOVABLE_RULES = {
    "easter": easter,
    "orthodox_easter": orthodox_easter,
    "thanksgiving": lambda year: _nth_weekday(year, 11, 3, 4),  # fourth Thursday of November
    "labor_day": lambda year: _nth_weekday(year, 9, 0, 1),  # first Monday of September
    "memorial_day": lambda year: _nth_weekday(year, 5, 0, -1),  # last Monday of May
    "hanukkah": calendars.hanukkah,
    "rosh_hashanah": calendars.rosh_hashanah,
    "passover": calendars.passover,
    "ramadan": lambda year: calendars.islamic_day(9, 1, year),  # its first day
    "eid_al_fitr": lambda year: calendars.islamic_day(10, 1, year),  # 1 Shawwal
    "eid_al_adha": lambda year: calendars.islamic_day(12, 10, year),  # 10 Dhu al-Hijjah
    "lunar_new_year": calendars.lunar_new_year,
    "diwali": calendars.diwali,
}


@functools.lru_cache(maxsize=1024)
def movable_holiday(name: str, offset: int, year: int) -> _dt.date:
    """The date of a movable holiday in ``year``, ``offset`` days after its rule's day (Good Friday: Easter - 2)."""
    return MOVABLE_RULES[name](year) + _dt.timedelta(days=offset)


def duration(amount: float | int | str, unit: str, is_time: bool) -> str:
    """``P3Y``, ``PT2H``, ``PXDE``: an amount of a unit as a TIMEX3 duration."""
    if unit == "W2":  # a fortnight
        unit = "W"
        amount = "X" if amount == "X" else amount * 2
    if isinstance(amount, float) and unit in YEARS_IN_UNIT and (amount * YEARS_IN_UNIT[unit]).is_integer():
        # "half a century" P50Y, "two and a half decades" P25Y: a fraction of a unit made of
        # years is written in years (ISO 8601 has no fractional century)
        amount, unit = amount * YEARS_IN_UNIT[unit], "Y"
    if isinstance(amount, float):
        amount = int(amount) if amount.is_integer() else amount
    if is_time and isinstance(amount, float) and unit in SMALLER_TIME_UNIT:
        # TimeML writes a fraction of an hour in minutes: "half an hour" PT30M, "an hour and
        # a half" PT1H30M (and of a minute in seconds)
        smaller = amount * 60
        if smaller.is_integer():
            whole = int(amount)
            rest = f"{int(smaller) - whole * 60}{SMALLER_TIME_UNIT[unit]}"
            return f"PT{whole}{unit}{rest}" if whole else f"PT{rest}"
    return f"PT{amount}{unit}" if is_time else f"P{amount}{unit}"


#: Units made of whole years, and how many.
YEARS_IN_UNIT = {"CE": 100, "DE": 10}
#: The unit a fraction of an hour or of a minute is written in.
SMALLER_TIME_UNIT = {"H": "M", "M": "S"}


def safe_date(year: int, number: int, day_of_month: int) -> _dt.date | None:
    """A real calendar date, or None (31 February)."""
    try:
        return _dt.date(year, number, day_of_month)
    except ValueError:
        return None


def day_of(value: str) -> _dt.date | None:
    """The calendar day a value names or begins with (``2020-09-27``, ``2020-09-27T08:00``),
    or None for any coarser or unanchored value (``2020-09``, ``2020-W39``, ``XXXX-09-27``).

    The shape is checked before parsing so that only a year-month-day prefix is read as a
    day: ``date.fromisoformat`` would also take an ISO week day (``2020-W39-7``).
    """
    if len(value) >= 10 and value[4] == "-" and value[7] == "-" and value[:4].isdigit():
        try:
            return _dt.date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None
