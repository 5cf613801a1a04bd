"""The record every recognition rule returns, kept apart so rules in several modules share it."""

from __future__ import annotations

from typing import NamedTuple


class Candidate(NamedTuple):
    """A recognised expression: tokens ``[first, last)``, its type, meaning and TIMEX3 mod."""

    first: int
    last: int
    type: str
    meaning: tuple
    mod: str | None = None
