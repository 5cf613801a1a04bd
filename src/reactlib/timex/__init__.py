"""Time expressions: find them, type them and normalise them as TimeML TIMEX3.

The pipeline stage (:mod:`reactlib.extractors.dates`) is a thin wrapper round
:func:`find_time_expressions`, which works on plain text so it can be used (and
tested, and benchmarked) without spaCy:

>>> import datetime
>>> [(t.text, t.value) for t in find_time_expressions("Talks broke down on Sunday.", datetime.date(2020, 9, 29))]
[('Sunday', '2020-09-27')]

Modules: :mod:`.tokens` (a linear tokenizer), :mod:`.lexicon` (the words),
:mod:`.patterns` (the grammar), :mod:`.tense` (clause tense), :mod:`.normalize`
(values from meanings), :mod:`.values` (the value grammar and calendar arithmetic).
"""

from __future__ import annotations

import bisect
import datetime as _dt
import re
from typing import Iterable, NamedTuple

from .eras import before_common_era
from .interview_day import shift_to_interview_day
from .lexicon import TIME_ZONES
from .normalize import Context, granularity, resolve, shift_from
from .patterns import Candidate, recognise
from .tense import FUTURE, PAST, clause_tense
from .plans import DEADLINES, designated_day, plan_told_in_past, time_clause_ahead
from .speech_day import speech_day
from .tokens import Tokens, sentence_spans, tokenize
from . import values as V
from .values import day_of, is_timex_value

__all__ = ["Found", "find_time_expressions", "is_timex_value", "text_anchor"]

#: Meanings whose value depends on the tense of their clause.
TENSED = frozenset({"clock_on", "weekday", "monthday", "month", "season", "quarter", "half", "holiday", "weekend",
                    "month_shift", "later", "ref_unit", "part_of", "midweek", "clock", "day_part", "ref_part",
                    "week_of", "week_number"})
#: Meanings that name a time of their own, so later "the following year", "two years later"
#: count from them; the meanings that count from a reference time themselves do not move it
#: ("the day before" after "the next day" would otherwise drift).
NOT_REFERENCES = frozenset({"ref_shift", "ref_day", "clock", "day_part", "ref_unit", "ref_part"})


#: How far (in tokens) tense cues are looked for on either side: a clause, not a whole
#: run-on text (which would make the scan quadratic on text without full stops).
CLAUSE_WINDOW = 40


class Found(NamedTuple):
    """One time expression: its span, the words, TIMEX3 type and value, and ``mod`` (or None)."""

    start: int
    end: int
    text: str
    type: str
    value: str
    mod: str | None = None


def text_anchor(cands: Iterable[Candidate]) -> _dt.date | None:
    """The most recent absolute, day-level date written out in the text, or None."""
    best = None
    for cand in cands:
        if cand.meaning[0] == "date" and cand.meaning[3] is not None:
            day = day_of(resolve(cand.meaning, Context(None, None, None)))
            if day is not None and (best is None or day > best):
                best = day
    return best


def find_time_expressions(text: str, anchor: _dt.date | None = None,
                          sentences: Iterable[tuple[int, int]] | None = None) -> list[Found]:
    """Every time expression in ``text``, sorted by offset, normalised against ``anchor``.

    :param anchor: the article date; when None, the latest full date written in the
        text stands in for it, and failing that values are left unanchored.
    :param sentences: ``(start, end)`` character spans of sentences (clause context for
        tense); found by a simple rule when not given.
    """
    tokens = tokenize(text)
    cands = recognise(tokens)
    if not cands:
        return []
    if anchor is None:
        anchor = text_anchor(cands)
    bounds = _sentence_token_bounds(tokens, list(sentences) if sentences is not None else sentence_spans(text), text)
    found: list[Found] = []
    ref: _dt.date | None = None
    ref_at = len(tokens)  # the token where the reference day was written
    ref_value: str | None = None
    quarter_seen: tuple[str, int] | None = None  # the last quarter or half named, and where
    month_seen: tuple[str, int] | None = None  # the last month named, and where
    story_day: _dt.date | None = None  # the last day named that is not after the article's
    story_recent: _dt.date | None = None  # the last day named within a week of the article's
    day_after_report = _told_as_yesterday(tokens, cands, _lead_end(tokens, bounds))
    for cand in cands:
        tense = None
        if cand.meaning[0] in TENSED:
            lo, hi = bounds(cand.first)
            lo, hi = max(lo, cand.first - CLAUSE_WINDOW), min(hi, cand.last + CLAUSE_WINDOW)
            if cand.first > 0 and tokens.lower[cand.first - 1] == "since":
                tense = PAST  # "the first since January": what a stretch runs from is behind us
            elif cand.meaning[0] in ("monthday", "month") and _starts_a_measure(tokens, cand.first):
                tense = None  # "a levy, starting April 30": its start is the nearest such day
            else:
                tense = clause_tense(tokens, cand.first, cand.last, lo, hi)
                if tense == PAST and cand.meaning[0] in DEADLINES and plan_told_in_past(tokens, cand.first, lo):
                    tense = FUTURE  # "said it was sending aid by the weekend": the coming one
                elif tense == PAST and cand.meaning[0] == "weekday" and designated_day(tokens, cand.first, cand.last):
                    tense = FUTURE  # "declared Thursday a day of mourning": a day set aside is ahead
                elif tense != FUTURE and cand.meaning[0] in _AHEAD_IN_TIME_CLAUSE \
                        and time_clause_ahead(tokens, cand.first, lo):
                    tense = FUTURE  # "vowed to act 'before the rains come in June' and thanked ...": ahead
        spoken = None  # "said on Monday that it would reopen on Tuesday": the Tuesday after that Monday
        if tense == FUTURE and cand.meaning[0] == "weekday" and cand.meaning[2] is None:
            spoken = speech_day(tokens, cands, found, bounds(cand.first)[0], anchor)
        day_ref = ref
        if ref is not None and _background_for_time_of_day(text, tokens, cand, anchor, ref, ref_at):
            day_ref = story_recent  # "... on Sept. 2. <new paragraph> ... by the afternoon": today's
        if cand.meaning[0] == "clock" and _stamps_an_entry(text, tokens, cand):
            value = resolve(cand.meaning, Context(anchor, None, tense, None))
        elif spoken is not None:
            value = resolve(cand.meaning, Context(spoken, None, FUTURE, None))
        else:
            value = resolve(cand.meaning, Context(anchor, day_ref, tense, ref_value))
        kind = cand.type
        ahead = _length_ahead(tokens, cand, value, anchor)
        if ahead is not None:
            lo, hi = bounds(cand.first)
            lo, hi = max(lo, cand.first - CLAUSE_WINDOW), min(hi, cand.last + CLAUSE_WINDOW)
            if clause_tense(tokens, cand.first, cand.last, lo, hi) == FUTURE:
                kind, value = "DATE", ahead  # "will be repaid in five years": the year it comes to
        if _overnight_of_story(tokens, cand, anchor, ref) and bounds(cand.first)[0] <= ref_at:
            value = f"{ref.isoformat()}TNI"  # "made landfall on Thursday and weakened overnight": that night
        if day_after_report and _said_the_day_before(cand, anchor, story_day) \
                and in_direct_quote(text, tokens.start[cand.first]) and _reported_in_past(text, tokens.start[cand.first]):
            # "yesterday signed ... 'Today, ...' he said": the speaker's today was that day
            value = _shifted_day(value, -1)
        compared = _compares_a_quarter(cand, anchor, quarter_seen, bounds)
        if compared:  # the period compared with is no time of the story: it moves no reference
            value = _year_before(quarter_seen[0])
        elif _compares_a_month(tokens, cand, month_seen, bounds):
            compared = True  # "7 percent in February, up from 6.5 percent a year earlier": February a year before
            value = _year_before(month_seen[0])
        elif (grain := granularity(value)) in ("Q", "H"):
            quarter_seen = (value, cand.first)
        elif grain == "M" and cand.type == "DATE":
            month_seen = (value, cand.first)
        if cand.meaning[0] in FOLLOWERS and found and _joined(tokens, cands[len(found) - 1], cand):
            value = _not_before(value, found[-1].value, cand.meaning)
        start, end = tokens.start[cand.first], tokens.end[cand.last - 1]
        found.append(Found(start, end, text[start:end], kind, value, cand.mod))
        if cand.meaning[0] not in NOT_REFERENCES and cand.type in ("DATE", "TIME") and not compared \
                and cand.meaning != ("deictic", -1, "NI") \
                and not (cand.meaning[0] == "holiday" and tokens.lower[cand.first - 1: cand.first] != ["on"]):
            # after "overnight", "by midday" is the day it ran into; a holiday is the time of the
            # story only when something happens on it ("travelled home for Eid" is a purpose)
            day = day_of(value)
            if day is not None:
                ref, ref_at = day, cand.first
                if anchor is None or day <= anchor:
                    story_day = day
                if anchor is not None and abs((day - anchor).days) <= NARRATIVE_REACH_DAYS:
                    story_recent = day
            if granularity(value) is not None or before_common_era(value):
                ref_value = value  # a year before the common era counts too ("753 BC ... three years later")
    _clock_days_from_next(tokens, cands, found)
    _units_ended_by_next(tokens, cands, found)
    shift_to_interview_day(text, cands, found, anchor)
    return found


#: How many days from the article's a named day may lie and still be the story's own time;
#: a day further off is background ("first detected on Sept. 2", two weeks before the report).
NARRATIVE_REACH_DAYS = 7
#: Times of day that take their day from the one under discussion ("at 3 p.m.", "by the afternoon").
TIMES_OF_DAY = frozenset({"clock", "day_part", "ref_part"})


def _background_for_time_of_day(text: str, tokens: Tokens, cand: Candidate, anchor: _dt.date | None,
                                ref: _dt.date, ref_at: int) -> bool:
    """Whether a time of day with no day of its own ("by the afternoon", "at 3 p.m.") would fall on
    a background day: one written in an earlier paragraph and more than a week from the article's.

    Within its own paragraph the day just told is the one meant ("On 4 May 2019 the rebels took
    the capital. By the evening ..."); across a paragraph break, a distant day is background and
    the narrative goes on on the story's own day."""
    if anchor is None or cand.meaning[0] not in TIMES_OF_DAY or ref_at >= cand.first:
        return False
    if cand.meaning[0] == "ref_part" and len(cand.meaning) > 2 and cand.meaning[2]:
        return False  # "the next morning": counted from the day told, however far
    if abs((ref - anchor).days) <= NARRATIVE_REACH_DAYS:
        return False
    return "\n" in text[tokens.start[ref_at]:tokens.start[cand.first]]


#: Meanings a present-tense time clause puts ahead ("before the rains come in June").
_AHEAD_IN_TIME_CLAUSE = DEADLINES | {"season"}
#: Words before the day a measure takes effect ("a levy, starting April 30", "effective May 2").
MEASURE_STARTS = frozenset({"starting", "beginning", "effective"})


def _starts_a_measure(tokens: Tokens, first: int) -> bool:
    """Whether a starting word stands right before the day (or before "on"/"from"/"in" and it):
    the announcement's tense says nothing about whether that day is ahead or behind."""
    i = first - 1
    if i >= 0 and tokens.lower[i] in ("on", "from", "in"):
        i -= 1
    return i >= 0 and tokens.lower[i] in MEASURE_STARTS


#: Marks after a live blog's time stamp ("10:25 \u2013 The governor ...", "11:40: ...").
STAMP_MARKS = frozenset({"-", "\u2013", "\u2014", ":", "|"})


def _stamps_an_entry(text: str, tokens: Tokens, cand: Candidate) -> bool:
    """Whether the clock time ``cand`` opens a paragraph and a dash or colon (or, for a bare
    "HH:MM", a capitalised word) follows it: a live blog's time stamp, written on the page's own
    day, whatever day the entry before talked about."""
    start = tokens.start[cand.first]
    if text[text.rfind("\n", 0, start) + 1: start].strip() or cand.last >= len(tokens):
        return False
    if tokens.lower[cand.last] in STAMP_MARKS:
        return True
    # "08:40 Rescue teams say ...": a bare "HH:MM" before a capitalised word stamps an entry too
    return cand.last == cand.first + 3 and tokens.lower[cand.first + 1] == ":" and tokens.is_cap(cand.last)


def _previous_sentence_start(bounds, i: int) -> int:
    """The first token of the sentence before the one of token ``i`` (or of its own, if first)."""
    lo = bounds(i)[0]
    return bounds(lo - 1)[0] if lo > 0 else lo


def _year_before(value: str) -> str:
    """The same quarter, half or month (``2025-Q1``, ``2025-02``) a year before ``value``."""
    return f"{int(value[:4]) - 1:04d}{value[4:]}"


#: The meaning of "a year ago", the one expression that may compare with a quarter named before it.
_YEAR_AGO = ("ago", "Y", 1, -1)


def _compares_a_quarter(cand: Candidate, anchor: _dt.date | None, quarter_seen: tuple[str, int] | None,
                        bounds) -> bool:
    """Whether ``cand`` is "a year ago" comparing with a recent quarter or half named in its
    sentence or the one before ("... lost $4 million in the first quarter. It had earned $1
    million a year ago."): TimeML dates it to the same quarter a year before, not to the whole
    year. The sentence before is looked up (``bounds``) only for a "year ago" after a quarter."""
    return cand.meaning == _YEAR_AGO and anchor is not None and quarter_seen is not None \
        and quarter_seen[1] >= _previous_sentence_start(bounds, cand.first) \
        and anchor.year - 1 <= int(quarter_seen[0][:4]) <= anchor.year


#: The meaning of "a year earlier".
_YEAR_EARLIER = ("later", "Y", 1, -1)
#: Words before "a year earlier" / "a year ago" that make it the other side of a comparison
#: ("up from 6.5 percent a year earlier", "compared with a year ago", "than a year earlier").
COMPARING = frozenset({"from", "with", "than", "over", "to", "against", "versus", "vs"})
#: Words of an amount that may stand between the comparing word and the time ("from $3.2
#: billion a year earlier").
AMOUNT_WORDS = frozenset({"percent", "%", "per", "cent", "$", "€", "£", "million", "billion", "trillion",
                          "thousand", "points", "point", "dollars", "euros", "tonnes", "tons", "barrels", "."})
COMPARING_REACH = 8


def _compares_a_month(tokens: Tokens, cand: Candidate, month_seen: tuple[str, int] | None, bounds) -> bool:
    """Whether ``cand`` is "a year earlier" / "a year ago" after a word of comparison, comparing
    with a month named in its sentence or the one before ("inflation was 7 percent in February,
    up from 6.5 percent a year earlier"): business news compares the same month, which TimeML
    dates at the month's granularity (``2025-02``), as it does a quarter's."""
    if cand.meaning not in (_YEAR_AGO, _YEAR_EARLIER) or month_seen is None \
            or month_seen[1] < _previous_sentence_start(bounds, cand.first):
        return False
    for k in range(cand.first - 1, max(-1, cand.first - 1 - COMPARING_REACH), -1):
        word = tokens.lower[k]
        if word in COMPARING:
            return True  # "up from 6.5 percent a year earlier": an amount may stand between
        if word == "." and not (tokens.touches(k) and tokens.touches(k + 1)):
            return False  # a full stop, not a decimal point
        if not (word[:1].isdigit() or word in AMOUNT_WORDS):
            return False
    return False


#: Words before "in N years" that rank something within that length back from now.
RANKING_WORDS = frozenset({"first", "second", "third", "only", "time", "ever", "last", "since", "most", "least",
                           "highest", "lowest", "worst", "best"})
#: A length in whole calendar units, as "in five years" writes it.
_WHOLE_LENGTH = re.compile(r"P(\d+)(DE|[DWMY])")


def _length_ahead(tokens: Tokens, cand: Candidate, value: str, anchor: _dt.date | None) -> str | None:
    """The date a length after "in" reaches from the anchor ("in five years" -> the year five on,
    "in two weeks' time" -> that week), or None when ``cand`` is no such length. TimeML marks
    "in five years" in a future clause as that DATE; in a past one ("built it in five years") it
    stays the DURATION, and the caller checks the tense."""
    if anchor is None or cand.type != "DURATION" or cand.mod is not None or cand.first == 0 \
            or tokens.lower[cand.first - 1] != "in":
        return None
    got = _WHOLE_LENGTH.fullmatch(value)
    if got is None:
        return None
    for word in tokens.lower[max(0, cand.first - 5): cand.first - 1]:
        if word in RANKING_WORDS or (len(word) > 4 and word.endswith("est")):
            return None  # "the first election in 20 years", "the worst drought in 50 years": a length back
    nxt = tokens.lower[cand.last] if cand.last < len(tokens) else ""
    if nxt in ("of", "-") or (nxt == "'" and tokens.lower[cand.last + 1: cand.last + 2] != ["time"]):
        return None  # "in two years of talks", "in 10 years' jail": a length of something
    return shift_from(anchor, got.group(2), int(got.group(1)))


def _said_the_day_before(cand: Candidate, anchor: _dt.date | None, story_day: _dt.date | None) -> bool:
    """Whether ``cand`` is a "today", "tomorrow", "yesterday" (or "this morning") told while
    the story is on the article's yesterday: in a direct quote, it counts from the day the
    words were said."""
    return cand.meaning[0] == "deictic" and anchor is not None \
        and story_day is not None and story_day == anchor - _dt.timedelta(days=1)


#: How many sentences open an article as its lead (the headline often runs into the first).
LEAD_SENTENCES = 2
#: Reporting verbs in the past tense: a quote so reported was said at the time of the story.
PAST_REPORTING = frozenset({"said", "told", "added", "declared", "wrote", "stated", "insisted", "warned",
                            "recalled", "tweeted", "posted", "announced", "urged", "asked"})


def _lead_end(tokens: Tokens, bounds) -> int:
    """The token where the article's lead (its first sentences) ends."""
    end = 0
    for _ in range(LEAD_SENTENCES):
        if end >= len(tokens.lower):
            break
        end = bounds(end)[1]
    return end


def _told_as_yesterday(tokens: Tokens, cands: list[Candidate], lead_end: int) -> bool:
    """Whether the article's lead tells its story as "yesterday" (a report written the day after)."""
    for cand in cands:
        if cand.first >= lead_end:
            return False
        if cand.meaning[0] == "deictic" and cand.meaning[1] == -1 and tokens.lower[cand.first] == "yesterday":
            return True
    return False


def _reported_in_past(text: str, at: int) -> bool:
    """Whether the paragraph around offset ``at`` reports its quote with a past-tense verb ("he said").

    The paragraph is cut to ``QUOTE_REACH`` characters on either side: a text without line
    breaks would otherwise be read from its start for every quote in it (quadratic time).
    """
    lo = max(text.rfind("\n", max(0, at - QUOTE_REACH), at) + 1, at - QUOTE_REACH, 0)
    hi = text.find("\n", at, at + QUOTE_REACH)
    words = text[lo:hi if hi >= 0 else at + QUOTE_REACH].lower().replace(",", " ").replace(".", " ").split()
    return any(w in PAST_REPORTING for w in words)


def _shifted_day(value: str, days: int) -> str:
    """``value`` (a day, maybe with a time of day) moved by ``days``; other values unchanged."""
    day = day_of(value)
    return value if day is None else (day + _dt.timedelta(days=days)).isoformat() + value[10:]


#: How far back (in characters) an opening quotation mark is looked for.
QUOTE_REACH = 1500


def in_direct_quote(text: str, at: int) -> bool:
    """Whether offset ``at`` lies inside a direct quotation of its paragraph: after an opening
    curly quote not yet closed, or after an odd number of straight double quotes."""
    lo = max(text.rfind("\n", max(0, at - QUOTE_REACH), at) + 1, at - QUOTE_REACH, 0)
    before = text[lo:at]
    opening, closing = before.rfind("\u201c"), before.rfind("\u201d")
    if opening > closing:
        return True
    if opening >= 0 or closing >= 0:
        return False
    return before.count('"') % 2 == 1


def _overnight_of_story(tokens: Tokens, cand: Candidate, anchor: _dt.date | None, ref: _dt.date | None) -> bool:
    """Whether ``cand`` is a bare "overnight" told after a day of the story that is not the
    article's yesterday or today: then it is that day's night, not last night."""
    return cand.meaning == ("deictic", -1, "NI") and cand.last - cand.first == 1 \
        and tokens.lower[cand.first] == "overnight" and ref is not None and anchor is not None \
        and ref < anchor - _dt.timedelta(days=1)


#: Meanings that, as the later item of a range or list ("from Tuesday to Thursday", "next Tuesday
#: and Wednesday", "Dec. 26 to Jan. 2"), come after the item before them: a range runs forward
#: and news lists days in order, so the clause's tense alone must not put them before it.
FOLLOWERS = frozenset({"weekday", "monthday", "month"})
#: Words that may stand between the items of a range or list of days.
LIST_JOINS = frozenset({"-", "\u2013", "to", "through", "thru", "until", "till", "and", "or", ",", "&", "on", "then"})


def _joined(tokens: Tokens, before: Candidate, cand: Candidate) -> bool:
    """Whether ``cand`` follows ``before`` with only joining words between them (at most three)."""
    return before.meaning[0] in ("weekday", "monthday", "date", "range_day", "month") \
        and 0 < cand.first - before.last <= 3 \
        and all(tokens.lower[k] in LIST_JOINS for k in range(before.last, cand.first)) \
        and any(tokens.lower[k] not in (",", "on") for k in range(before.last, cand.first))


def _not_before(value: str, previous: str, meaning: tuple) -> str:
    """``value`` moved on by a week (a weekday) or a year (a day of a month) when it falls
    before ``previous``; values that are not days are left alone."""
    if meaning[0] == "month":  # "from November to March": the March after that November
        if len(value) == 7 and len(previous) >= 7 and value[:4].isdigit() and previous[:4].isdigit() \
                and value < previous[:7] and int(value[:4]) < 9999:
            return f"{int(value[:4]) + 1:04d}{value[4:]}"
        return value
    day, prev_day = day_of(value), day_of(previous)
    if day is None or prev_day is None or day >= prev_day:
        return value
    if meaning[0] == "weekday":
        later = day + _dt.timedelta(weeks=1)
    else:
        try:
            later = day.replace(year=day.year + 1)
        except ValueError:  # 29 February
            return value
    return later.isoformat() + value[10:]


#: How many tokens may separate a clock time from the day that follows it ("at 2 p.m. (0700 GMT) on Friday").
CLOCK_DAY_GAP = 7


def _clock_days_from_next(tokens: Tokens, cands: list[Candidate], found: list[Found]) -> None:
    """A clock time takes the day of a day-level date right after it in the same clause."""
    for k in range(len(cands) - 2, -1, -1):
        cand, nxt = cands[k], cands[k + 1]
        if cand.meaning[0] not in ("clock", "day_part") or nxt.first - cand.last > CLOCK_DAY_GAP:
            continue
        if nxt.meaning[0] == "clock_on":
            continue  # "7:44 a.m. (2244 GMT Monday)": the other zone's day is written because it differs
        if tokens.lower[cand.last - 1] == "." and tokens.is_cap(cand.last) \
                and tokens.lower[cand.last] not in TIME_ZONES and cand.last != nxt.first:
            continue  # "close at 9 p.m. Preliminary results ...": the abbreviation's stop ended the sentence
        if any(tokens.lower[x] in (".", ";", "!", "?", "and", "but", "after", "before", "since", "until")
               for x in range(cand.last, nxt.first)):
            continue
        value = found[k + 1].value
        if nxt.type in ("DATE", "TIME") and day_of(value) is not None and value[10:11] in ("", "T"):
            old = found[k]
            found[k] = old._replace(value=value[:10] + old.value[old.value.index("T"):])


#: Words between "the quarter" and the day that closes it: "the quarter ended June 30".
ENDED_BY = frozenset({"ended", "ending", "ends", "to", "through", "thru", "until"})


def _units_ended_by_next(tokens: Tokens, cands: list[Candidate], found: list[Found]) -> None:
    """"The quarter ended June 30", "the week ending Friday", "the year to March": the
    quarter, week or year that the day written after it closes."""
    for k in range(len(cands) - 1):
        cand, nxt = cands[k], cands[k + 1]
        if cand.meaning[0] != "ref_unit" or nxt.first - cand.last != 1 or tokens.lower[cand.last] not in ENDED_BY:
            continue
        value = found[k + 1].value
        day = day_of(value)
        unit = cand.meaning[1]
        if day is not None:
            closes = {"Q": f"{day.year}-Q{V.quarter_of(day)}", "Y": str(day.year), "M": value[:7],
                      "W": V.week(day)}.get(unit)
        elif unit == "Y" and granularity(value) == "M":
            closes = value[:4]
        else:
            closes = None
        if closes is not None:
            found[k] = found[k]._replace(value=closes)


def _continues(text: str, start: int) -> bool:
    """Whether a sentence cut at ``start`` only follows an abbreviation: lower case goes on,
    and so does a time zone after "a.m." / "p.m." ("at 8 p.m. ET on Thursday")."""
    if text[start:start + 1].islower():
        return True
    if text[max(0, start - 6):start].rstrip().lower().endswith(("a.m.", "p.m.")):
        word = text[start:start + 5].split(" ", 1)[0].strip(",.;)").lower()
        return word in TIME_ZONES
    return False


def _sentence_token_bounds(tokens: Tokens, spans: list[tuple[int, int]], text: str):
    """A function from token index to the token range of its sentence.

    A "sentence" that begins in lower case was cut after an abbreviation ("at 8 p.m. on
    Thursday", "Sept. 30"): it is joined back to the one before, so the clause keeps its verb.
    """
    starts = sorted(s for s, _ in spans if s == 0 or not _continues(text, s)) or [0]
    token_starts = tokens.start

    def bounds(i: int) -> tuple[int, int]:
        k = bisect.bisect_right(starts, token_starts[i]) - 1
        lo_char = starts[k] if k >= 0 else 0
        hi_char = starts[k + 1] if k + 1 < len(starts) else float("inf")
        lo = bisect.bisect_left(token_starts, lo_char)
        hi = bisect.bisect_left(token_starts, hi_char) if hi_char != float("inf") else len(token_starts)
        return lo, hi

    return bounds
