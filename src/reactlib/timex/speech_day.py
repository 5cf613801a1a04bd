"""The day a statement was made, as the anchor of a weekday it looks ahead to.

TimeML anchors a relative date in reported speech to the time of speaking, not to the
article's date. "The ministry said on Monday that the border would reopen from Tuesday",
in a Thursday's article, means the Tuesday after that Monday (two days before the article),
not the Tuesday ahead of the article. Only a weekday in a clause told as ahead of the
speaker is moved: a past weekday is behind both the speaker and the article alike, and a
dated day needs no anchor.
"""

from __future__ import annotations

import datetime as _dt
from typing import TYPE_CHECKING

from .plans import REPORTING
from .values import day_of

if TYPE_CHECKING:  # pragma: no cover
    from .candidate import Candidate
    from .tokens import Tokens

#: Words that may stand between a reporting verb and the day it was done ("said late on Monday").
BEFORE_SPEECH_DAY = frozenset({"on", "late", "early"})


def said_on(tokens: Tokens, cand: Candidate) -> bool:
    """Whether the date ``cand`` tells when a reporting verb right before it was said
    ("said on Monday", "announced late on Friday", "told reporters ..." does not count:
    the date must follow the verb directly, save for "on", "late", "early")."""
    k = cand.first - 1
    while k >= 0 and tokens.lower[k] in BEFORE_SPEECH_DAY:
        k -= 1
    return k >= 0 and tokens.lower[k] in REPORTING


def speech_day(tokens: Tokens, cands: list[Candidate], values: list[str], at: int, lo: int,
               anchor: _dt.date | None) -> _dt.date | None:
    """The day a statement was made that governs the candidate ``cands[at]``: the last
    earlier date in the sentence (from token ``lo``) that follows a reporting verb, when
    that day lies before the article's; else None.

    :param values: the values found so far, one per candidate before ``at``.
    """
    if anchor is None:
        return None
    for k in range(at - 1, -1, -1):
        before = cands[k]
        if before.first < lo:
            return None
        if said_on(tokens, before):
            day = day_of(values[k])
            return day if day is not None and day < anchor else None
    return None
