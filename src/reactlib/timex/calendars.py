"""Holidays of other calendars, placed on the Gregorian one without a dependency.

Each function takes a Gregorian year and returns the day the holiday falls on in it, so
:func:`reactlib.timex.values.movable_holiday` can treat them as it treats Easter.

- Jewish holidays follow the fixed arithmetic of the Hebrew calendar (exact): Rosh
  Hashanah (1 Tishrei), Yom Kippur (10 Tishrei), Hanukkah (its first day, 25 Kislev),
  Passover (15 Nisan). The algorithm is the one in Reingold and Dershowitz's
  *Calendrical Calculations*.
- Islamic holidays: the tabular (arithmetic) Islamic calendar of the same book says which
  new moon begins the month, and the month begins as Saudi Arabia's Umm al-Qura calendar
  begins it (the day after a new moon before sunset in Mecca, else a day later). Countries
  that wait to sight the crescent may keep the day one day later.
- Lunar New Year and Diwali follow the new moon, computed with the main terms of Meeus's
  *Astronomical Algorithms* (chapter 49; accurate to a few minutes): Lunar New Year is the
  day of the new moon in China's time (UTC+8) between 21 January and 20 February; Diwali
  (Lakshmi Puja) is the evening before the new moon of Kartika in India's time
  (UTC+5:30) unless the new moon falls late in the evening. Diwali's own rule is about
  the lunar day at dusk, so in a year where two evenings qualify it may be a day off.
"""

from __future__ import annotations

import datetime as _dt
import math

# -- the Hebrew calendar ------------------------------------------------------------------

#: The fixed day number (``date.toordinal``) of 1 Tishrei of year 1 (7 October 3761 BCE, Julian).
HEBREW_EPOCH = -1373427


def _hebrew_elapsed_days(year: int) -> int:
    months = (235 * year - 234) // 19
    parts = 12084 + 13753 * months
    days = 29 * months + parts // 25920
    return days + 1 if (3 * (days + 1)) % 7 < 3 else days


def _hebrew_year_correction(year: int) -> int:
    ny0, ny1, ny2 = (_hebrew_elapsed_days(y) for y in (year - 1, year, year + 1))
    if ny2 - ny1 == 356:
        return 2
    if ny1 - ny0 == 382:
        return 1
    return 0


def _hebrew_new_year(year: int) -> int:
    """The fixed day number of 1 Tishrei of Hebrew ``year``."""
    return HEBREW_EPOCH + _hebrew_elapsed_days(year) + _hebrew_year_correction(year)


def rosh_hashanah(year: int) -> _dt.date:
    """1 Tishrei of the Hebrew year that begins in the autumn of Gregorian ``year``."""
    return _dt.date.fromordinal(_hebrew_new_year(year + 3761))


def hanukkah(year: int) -> _dt.date:
    """25 Kislev (Hanukkah's first day) in Gregorian ``year`` (late November or December)."""
    start = _hebrew_new_year(year + 3761)
    length = _hebrew_new_year(year + 3762) - start
    heshvan = 30 if length % 10 == 5 else 29  # a "complete" year has a long Marheshvan
    return _dt.date.fromordinal(start + 30 + heshvan + 24)


def passover(year: int) -> _dt.date:
    """15 Nisan in Gregorian ``year``: 163 days before the next 1 Tishrei, whatever the year's length."""
    return _dt.date.fromordinal(_hebrew_new_year(year + 3761) - 163)


# -- the tabular Islamic calendar ---------------------------------------------------------

#: The fixed day number of 1 Muharram of year 1 AH (16 July 622, Julian).
ISLAMIC_EPOCH = 227015


def _from_islamic(year: int, month: int, day: int) -> int:
    return (day + 29 * (month - 1) + (6 * month - 1) // 11 + (year - 1) * 354 + (3 + 11 * year) // 30
            + ISLAMIC_EPOCH - 1)


def islamic_day(month: int, day: int, year: int) -> _dt.date:
    """The day ``day`` of Islamic ``month`` that falls in Gregorian ``year`` (the first, when
    the Islamic year, eleven days shorter, brings it twice).

    The tabular calendar picks the month; the month's first day is then set by the new moon
    as Saudi Arabia's Umm al-Qura calendar sets it: the day after the conjunction when that
    comes before sunset in Mecca, else the day after that.
    """
    guess = int((year - 622) * 33 / 32)
    for hijri in range(guess - 1, guess + 3):
        tabular = _dt.date.fromordinal(_from_islamic(hijri, month, 1))
        first = _month_start_by_moon(tabular)
        date = first + _dt.timedelta(days=day - 1)
        if date.year == year:
            return date
    raise ValueError(f"no Islamic {month}/{day} in {year}")  # pragma: no cover - every year has one


def _month_start_by_moon(tabular_first: _dt.date) -> _dt.date:
    """The first day of the Islamic month the tabular calendar begins on ``tabular_first``."""
    k = round((tabular_first.toordinal() - _dt.date(2000, 1, 6).toordinal()) / 29.530588861)
    moon = min((new_moon(step) for step in (k - 1, k, k + 1)),
               key=lambda m: abs(m.toordinal() - tabular_first.toordinal() + 1))
    mecca = moon + _dt.timedelta(hours=3)
    days_from_solstice = mecca.timetuple().tm_yday - 172
    sunset = 18.4 + 0.75 * math.cos(2 * math.pi * days_from_solstice / 365.25)  # hours, Mecca's time
    after = 1 if mecca.hour + mecca.minute / 60 < sunset else 2
    return mecca.date() + _dt.timedelta(days=after)


# -- new moons --------------------------------------------------------------------------

#: (coefficient, power of E, multiples of M, M', F, Omega) of Meeus's new-moon corrections.
_NEW_MOON_TERMS = (
    (-0.40720, 0, 0, 1, 0, 0), (0.17241, 1, 1, 0, 0, 0), (0.01608, 0, 0, 2, 0, 0), (0.01039, 0, 0, 0, 2, 0),
    (0.00739, 1, -1, 1, 0, 0), (-0.00514, 1, 1, 1, 0, 0), (0.00208, 2, 2, 0, 0, 0), (-0.00111, 0, 0, 1, -2, 0),
    (-0.00057, 0, 0, 1, 2, 0), (0.00056, 1, 1, 2, 0, 0), (-0.00042, 0, 0, 3, 0, 0), (0.00042, 1, 1, 0, 2, 0),
    (0.00038, 1, 1, 0, -2, 0), (-0.00024, 1, -1, 2, 0, 0), (-0.00017, 0, 0, 0, 0, 1), (-0.00007, 0, 2, 1, 0, 0),
    (0.00004, 0, 0, 2, -2, 0), (0.00004, 0, 3, 0, 0, 0), (0.00003, 0, 1, 1, -2, 0), (0.00003, 0, 0, 2, 2, 0),
    (-0.00003, 0, 1, 1, 2, 0), (0.00003, 0, -1, 1, 2, 0), (-0.00002, 0, -1, 1, -2, 0), (-0.00002, 0, 1, 3, 0, 0),
    (0.00002, 0, 0, 4, 0, 0),
)
_UNIX_EPOCH_JD = 2440587.5


def new_moon(k: int) -> _dt.datetime:
    """The ``k``-th new moon after that of 6 January 2000, in UTC (naive)."""
    t = k / 1236.85
    jde = 2451550.09766 + 29.530588861 * k + 0.00015437 * t ** 2 - 0.000000150 * t ** 3 + 0.00000000073 * t ** 4
    e = 1 - 0.002516 * t - 0.0000074 * t ** 2
    rad = math.radians
    m = rad(2.5534 + 29.10535670 * k - 0.0000014 * t ** 2)
    mp = rad(201.5643 + 385.81693528 * k + 0.0107582 * t ** 2 + 0.00001238 * t ** 3)
    f = rad(160.7108 + 390.67050284 * k - 0.0016118 * t ** 2 - 0.00000227 * t ** 3)
    omega = rad(124.7746 - 1.56375588 * k + 0.0020672 * t ** 2)
    jde += sum(c * e ** pe * math.sin(a * m + b * mp + g * f + h * omega) for c, pe, a, b, g, h in _NEW_MOON_TERMS)
    jd = jde - 69 / 86400  # terrestrial time to universal time, near enough for this century
    return _dt.datetime(1970, 1, 1) + _dt.timedelta(days=jd - _UNIX_EPOCH_JD)


def _new_moon_between(first: _dt.date, last: _dt.date, utc_offset_hours: float) -> _dt.datetime:
    """The new moon, in local time at ``utc_offset_hours``, whose day falls in ``[first, last]``."""
    k = math.floor((first.year + (first.timetuple().tm_yday - 1) / 365.25 - 2000) * 12.3685)
    for step in range(k - 1, k + 3):
        local = new_moon(step) + _dt.timedelta(hours=utc_offset_hours)
        if first <= local.date() <= last:
            return local
    raise ValueError(f"no new moon between {first} and {last}")  # pragma: no cover - the windows hold one


def lunar_new_year(year: int) -> _dt.date:
    """The first day of the Chinese lunar year: the new moon (UTC+8) between 21 January and 20 February."""
    return _new_moon_between(_dt.date(year, 1, 21), _dt.date(year, 2, 20), 8).date()


#: The hour (India's time) before which the new moon leaves the evening before it as Diwali's.
DIWALI_EVENING_HOUR = 20


def diwali(year: int) -> _dt.date:
    """Diwali's main day (Lakshmi Puja): the evening the new moon of Kartika's lunar day holds
    (it falls between 17 October and 15 November)."""
    earliest = _dt.date(year, 10, 17)
    for start in (earliest, _dt.date(year, 11, 1)):  # a year with a leap month has two new moons
        moon = _new_moon_between(start, _dt.date(year, 11, 16), 5.5)
        day = moon.date() - _dt.timedelta(days=1) if moon.hour < DIWALI_EVENING_HOUR else moon.date()
        if day >= earliest:
            return day
    return day  # pragma: no cover - the second window always holds one
