"""The article's own date: from ``date=`` or a leading ``date YYYY-MM-DD`` marker.

Relative expressions ("on Sunday") are resolved against this date, so it is read
strictly: a value that is not a real calendar date is an input error, never a guess.
"""

from __future__ import annotations

import datetime as _dt
import re

from .errors import BadDateError

#: A leading ``date YYYY-MM-DD`` marker, as in the reference corpus (a BOM and leading space allowed).
DATE_MARKER = re.compile(r"\A\ufeff?\s*date\s+(\d{4}-\d{2}-\d{2})\b")


def coerce_date(value: object) -> _dt.date | None:
    """``value`` as a :class:`datetime.date`; None stays None; anything else is a BadDateError."""
    if value is None:
        return None
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    if isinstance(value, str):
        text = value.strip()
        if len(text) > 10 and text[10] in "T ":  # a datetime string: keep its date part
            text = text[:10]
        try:
            return _dt.date.fromisoformat(text)
        except ValueError:
            raise BadDateError(value) from None
    raise BadDateError(value)


def marker_date(text: str) -> tuple[_dt.date, int, int] | None:
    """The date of a leading ``date YYYY-MM-DD`` marker and the offsets of its value, or None.

    A marker whose value is not a real date (``date 2020-13-45``) is ignored rather
    than fatal: it is part of the article text, not an argument the user gave.
    """
    match = DATE_MARKER.match(text)
    if not match:
        return None
    try:
        value = _dt.date.fromisoformat(match.group(1))
    except ValueError:
        return None
    return value, match.start(1), match.end(1)
