"""Plans told in the past: "the agency said it was sending doctors by the weekend".

A past progressive under a reporting verb tells an arrangement, a future seen from the past
(TimeML normalises the deadline it names against the article's time, as the coming one). The
clause tense alone reads "was" as past and would pick the weekend just gone; this module finds
the pattern so the caller can read the deadline as ahead.
"""

from __future__ import annotations

from .tokens import Tokens

#: Meanings a deadline after "by" can have whose value depends on the direction of time.
DEADLINES = frozenset({"weekday", "weekend", "monthday", "month"})
#: Reporting verbs a told plan hangs on ("said it was sending", "told reporters they were ...").
REPORTING = frozenset({"said", "says", "told", "tells", "announced", "announces", "stated", "added",
                       "confirmed", "confirms", "promised", "pledged", "insisted"})
#: How many words may stand between the reporting verb and "was"/"were" ("said that it",
#: "told reporters they", "said on Monday that it").
REPORT_REACH = 6


def _past_progressive_at(tokens: Tokens, k: int) -> bool:
    """``was``/``were`` at ``k`` followed by a verb in -ing ("was sending", "were restoring")."""
    words = tokens.lower
    return words[k] in ("was", "were") and k + 1 < len(words) and len(words[k + 1]) > 4 \
        and words[k + 1].endswith("ing") and words[k + 1].isalpha()


def plan_told_in_past(tokens: Tokens, first: int, lo: int) -> bool:
    """Whether the expression at ``first`` follows "by" and ends a clause in the past progressive
    that a reporting verb before it governs ("announced that it was shipping tents ... by Friday").

    Without the reporting verb the progressive is narrative ("rescuers were searching the
    rubble by Sunday"); without "by" the day is when something went on ("said rebels were
    shelling the town on Friday").
    """
    words = tokens.lower
    if first < 1 or words[first - 1] != "by":
        return False
    for k in range(first - 2, lo - 1, -1):
        if words[k] == ";":
            return False
        if _past_progressive_at(tokens, k):
            return any(words[j] in REPORTING for j in range(max(lo, k - REPORT_REACH), k))
    return False
