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
    from . import Found
    from .candidate import Candidate
    from .tokens import Tokens

#: Words that may stand between a reporting verb and the day it was done ("said late on Monday").
BEFORE_SPEECH_DAY = frozenset({"on", "late", "early"})
#: Prepositions that open the setting of a statement between its verb and its day ("said in a
#: statement on Monday", "said at a news conference on Friday", "told reporters ...").
SETTING_PREPOSITIONS = frozenset({"in", "at", "during", "to"})
#: How many words such a setting may have ("at a news conference in Lagos").
SETTING_REACH = 5
#: Words that end a setting: a new clause or verb group has begun.
NOT_IN_SETTING = frozenset({"that", "and", "but", "would", "will", "could", "should", "to", "was", "were",
                            "is", "are", "had", "has", "have"})


def _setting_before(tokens: Tokens, k: int) -> int | None:
    """The index of the reporting verb a short setting ending at ``k`` hangs on ("said in a
    statement", "told reporters", "told a news conference"), or None."""
    for j in range(k, max(-1, k - SETTING_REACH), -1):
        word = tokens.lower[j]
        if not word.isalpha():
            return None
        if j < k and word == "told":
            return j  # "told reporters on Monday", "told a news conference late on Friday"
        if word in SETTING_PREPOSITIONS and j > 0 and tokens.lower[j - 1] in REPORTING:
            return j - 1  # "said in a statement on Monday"
        if word in NOT_IN_SETTING or word in REPORTING:
            return None
    return None


def said_on(tokens: Tokens, cand: Candidate) -> bool:
    """Whether the date ``cand`` tells when a reporting verb before it was said: right after
    it, save for "on", "late", "early" ("said on Monday", "announced late on Friday"), or
    after a short setting of the statement ("said in a statement on Monday", "told reporters
    on Monday"); not across a clause ("said the plant would reopen on Monday")."""
    k = cand.first - 1
    while k >= 0 and tokens.lower[k] in BEFORE_SPEECH_DAY:
        k -= 1
    if k < 0:
        return False
    return tokens.lower[k] in REPORTING or _setting_before(tokens, k) is not None


def speech_day(tokens: Tokens, cands: list[Candidate], found: list[Found], lo: int,
               anchor: _dt.date | None) -> _dt.date | None:
    """The day a statement was made that governs the next candidate, ``cands[len(found)]``:
    the last earlier date in the sentence (from token ``lo``) that follows a reporting verb,
    when that day lies before the article's; else None.

    :param found: the expressions found so far, one per candidate before it.
    """
    if anchor is None:
        return None
    for k in range(len(found) - 1, -1, -1):
        before = cands[k]
        if before.first < lo:
            return None
        if said_on(tokens, before):
            day = day_of(found[k].value)
            return day if day is not None and day < anchor else None
    return None
