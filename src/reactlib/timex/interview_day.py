"""The day of an interview printed as a Q/A transcript.

A transcript's intro often dates the talk ("We spoke on Monday to the mayor of ..."), and the
article may run a day or more later. The speakers' "today", "tonight", "yesterday" and
"tomorrow" are then the interview day's, not the article's: the words were said on that day,
as with a quote in a report written the day after (TimeML anchors such deictics on the time of
speaking). Only a transcript found by :func:`reactlib.quotes.transcripts.qa_transcript` and an
intro naming one day before the article's shift anything.
"""

from __future__ import annotations

import datetime as _dt
from typing import TYPE_CHECKING

from ..quotes.transcripts import qa_transcript
from .values import day_of

if TYPE_CHECKING:  # pragma: no cover
    from . import Found
    from .candidate import Candidate

#: How many days before the article an interview may lie (a weekly's intro and its Q/A).
INTERVIEW_REACH_DAYS = 7


def interview_offset(text: str, found: list[Found], anchor: _dt.date | None) -> tuple[int, int] | None:
    """(where the transcript's first question starts, how many days the interview lies before
    the article, as a negative number), or None when the intro dates no earlier day."""
    if anchor is None:
        return None
    transcript = qa_transcript(text)
    if transcript is None:
        return None
    lo, hi = transcript.answers[0].context
    days = [d for f in found if lo <= f.start < hi and f.type == "DATE" and (d := day_of(f.value)) is not None]
    if len(days) != 1:
        return None  # no day, or several: which one the talk was on is not told
    offset = (days[0] - anchor).days
    if not -INTERVIEW_REACH_DAYS <= offset < 0:
        return None
    return transcript.first_question, offset


def shift_to_interview_day(text: str, cands: list[Candidate], found: list[Found], anchor: _dt.date | None) -> None:
    """Move the speakers' deictic days ("today", "yesterday", "tonight") of a dated transcript
    to the interview day, in place.

    Why the deictic test first: most articles have no "today" or "yesterday" to move, and
    reading the transcript (the quotes stage reads it again) would be wasted on them."""
    if not any(cand.meaning[0] == "deictic" for cand in cands):
        return
    got = interview_offset(text, found, anchor)
    if got is None:
        return
    start, offset = got
    for k, (cand, item) in enumerate(zip(cands, found)):
        if item.start >= start and cand.meaning[0] == "deictic" and (day := day_of(item.value)) is not None:
            found[k] = item._replace(value=(day + _dt.timedelta(days=offset)).isoformat() + item.value[10:])
