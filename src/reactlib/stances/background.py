"""Background sentences state no stance taken in the news, whatever cue they hold.

A reaction article mixes the reactions with their setting: what an actor did years ago, what it
might do, what reporters asked. Six shapes of a sentence or clause say so by their form alone,
and a cue in them is not read as a stance:

- a question ("Will Japan condemn the test?", "Why did Ghana back the plan?"): the sentence ends
  with "?" and opens with an auxiliary or a question word — nothing is asserted;
- a condition ("If Ghana imposed sanctions on Togo, ..."): the cue stands in the clause that
  "if" or "unless" opens, up to its comma — a supposition, not an act;
- an earlier year ("In 2019, Sweden condemned Iran ..."): the sentence opens with "In <year>" (a
  month may stand between) and the year is before the article's — history, not the news;
- a standing dispute ("have traded accusations for years"): a perfect tense and a span of months,
  years or decades ("for years", "for months") in the cue's clause — a state of affairs; so too a
  perfect tense with a starting point ("has mediated between them since early last year", "since
  2019") — a role held, not the news;
- a perfect infinitive ("the only country to have formally recognised X", "is said to have backed
  X"): a fact of the past told to describe someone (round 19b), not a position taken in the news;
- a clause that dates the news by an earlier event ("…, two weeks after he criticised the arrests",
  "a month before Chile backed the plan"): "after" or "before" right behind a span of time opens
  it — the earlier event is the setting, not a reaction (round 19b).

Only the form is read: a sentence that reports a stance *about* the past in the present ("Japan
condemned the test. Would it change anything?") keeps its stance, because the question is a
sentence of its own.
"""

from __future__ import annotations

import datetime as dt
from typing import Sequence

from ..timex.lexicon import MONTHS

#: Words that open a question.
QUESTION_OPENERS = frozenset("""
will would shall should can could may might must do does did is are was were has have had
who what why when where whether how which
""".split())
#: Words that open a condition.
CONDITIONS = frozenset({"if", "unless"})
#: Spans of time that make a perfect tense a standing state ("for years").
SPANS = frozenset({"months", "years", "decades", "weeks"})
PERFECT = frozenset({"has", "have", "had"})
#: Words that make "since ..." a point in the past a state runs from ("since early last year").
SINCE_POINTS = frozenset({"year", "years", "month", "months", "decade", "decades", "last"}) | frozenset(MONTHS)
#: How far (tokens) a span or a perfect auxiliary may stand from the cue.
STATE_REACH = 10


def _first_word(words: Sequence[str], is_space: Sequence[bool], s0: int, s1: int) -> int | None:
    k = s0
    while k < s1 and (is_space[k] or not words[k][:1].isalnum()):
        k += 1
    return k if k < s1 else None


def is_question(words: Sequence[str], is_space: Sequence[bool], s0: int, s1: int) -> bool:
    """Whether tokens [s0, s1) are a question: an opener, and "?" as the last mark."""
    k = s1 - 1
    while k >= s0 and (is_space[k] or words[k] in ('"', "”", "“", "'", "’")):
        k -= 1
    if k < s0 or words[k] != "?":
        return False
    first = _first_word(words, is_space, s0, s1)
    return first is not None and words[first] in QUESTION_OPENERS


def in_condition(words: Sequence[str], s0: int, i: int) -> bool:
    """Whether the cue at ``i`` stands in an "if"/"unless" clause opening its sentence part."""
    for k in range(i - 1, s0 - 1, -1):
        if words[k] in (",", ";", ":", "—", "–", "that"):
            return False
        if words[k] in CONDITIONS:
            return True
    return False


def earlier_year(words: Sequence[str], is_space: Sequence[bool], s0: int, s1: int,
                 article_date: dt.date | None) -> bool:
    """Whether the sentence opens with "In [month] <year>," a year before the article's."""
    if article_date is None:
        return False
    k = _first_word(words, is_space, s0, s1)
    if k is None or words[k] != "in":
        return False
    k += 1
    while k < s1 and is_space[k]:
        k += 1
    if k < s1 and words[k] in MONTHS:  # "In March 2019,": a month may stand before the year
        k += 1
        while k < s1 and is_space[k]:
            k += 1
    return k < s1 and len(words[k]) == 4 and words[k].isdigit() and int(words[k]) < article_date.year


def standing_state(words: Sequence[str], s0: int, s1: int, i: int) -> bool:
    """Whether the cue at ``i`` is in a perfect tense with a span of time after it ("have traded
    accusations for years", "has accused X for months")."""
    perfect = any(words[k] in PERFECT for k in range(max(s0, i - 4), i))
    if not perfect:
        return False
    return any(words[k] == "for" and k + 1 < s1 and words[k + 1] in SPANS
               or words[k] == "for" and k + 2 < s1 and words[k + 2] in SPANS
               and words[k + 1] in ("many", "several", "some", "two", "three", "decades")
               or words[k] == "since" and _since_point(words, k + 1, s1)
               for k in range(i, min(s1, i + STATE_REACH)))


def _since_point(words: Sequence[str], k: int, s1: int) -> bool:
    """Whether a point in the past follows "since" at ``k`` ("early last year", "2019", "March")."""
    return any(words[x] in SINCE_POINTS or (len(words[x]) == 4 and words[x].isdigit())
               for x in range(k, min(s1, k + 3)))


def perfect_infinitive(words: Sequence[str], s0: int, i: int) -> bool:
    """Whether the cue at ``i`` follows "to have", perhaps past one or two adverbs in "-ly"
    ("to have formally recognised")."""
    k = i - 1
    while k > s0 and i - k <= 2 and words[k].endswith("ly"):
        k -= 1
    return k - 1 >= s0 and words[k] == "have" and words[k - 1] == "to"


#: Units of a span of time that dates a clause by an earlier event ("two weeks after").
INTERVAL_UNITS = frozenset("hours days week weeks month months year years decade decades".split())
#: Words that end the dating clause before the cue (it then opens no further than them).
CLAUSE_BREAKS = frozenset(", ; : — – ( )".split()) | {"and", "but", "while", "as"}
#: How far (tokens) the cue may stand after "after" / "before".
INTERVAL_REACH = 8


def dated_by_interval(words: Sequence[str], s0: int, i: int) -> bool:
    """Whether the cue at ``i`` stands in a clause opened by "after" or "before" right behind a
    span of time ("two weeks after he criticised …"), with no clause break between."""
    for k in range(i - 1, max(s0, i - INTERVAL_REACH) - 1, -1):
        if words[k] in CLAUSE_BREAKS:
            return False
        if words[k] in ("after", "before"):
            return k - 1 >= s0 and words[k - 1] in INTERVAL_UNITS
    return False


def background(words: Sequence[str], is_space: Sequence[bool], s0: int, s1: int, i: int,
               article_date: dt.date | None, cache: dict | None = None) -> bool:
    """Whether the cue at token ``i`` in the sentence [s0, s1) is background (see module).

    ``cache``: a dict kept for one article, holding what is read once per sentence (whether it
    is a question or opens with an earlier year, whether it has a condition word)."""
    sentence = cache.get(s0) if cache is not None else None
    if sentence is None:
        present = set(words[s0:s1])
        sentence = (("?" in present and is_question(words, is_space, s0, s1))
                    or ("in" in present and earlier_year(words, is_space, s0, s1, article_date)),
                    not CONDITIONS.isdisjoint(present), not SPANS.isdisjoint(present) or "since" in present)
        if cache is not None:
            cache[s0] = sentence
    whole, conditional, spanned = sentence
    return whole or (conditional and in_condition(words, s0, i)) or (spanned and standing_state(words, s0, s1, i)) \
        or perfect_infinitive(words, s0, i) or dated_by_interval(words, s0, i)
