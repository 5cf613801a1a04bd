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


#: Conjunctions that open a time clause, where English tells what is still to come in the
#: present ("before the rains come in June", "until the roads reopen in May").
TIME_CLAUSE_OPENERS = frozenset({"before", "until", "till", "once"})
#: Words a time clause's subject begins with.
SUBJECT_STARTS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "this", "these", "they",
                            "we", "it", "he", "she", "you", "i"})
#: Verbs such clauses tell with, base and third-person forms: a small list, since without a
#: parser a noun ("before the vote count in June") cannot otherwise be told from a verb. Verbs
#: whose past is their present ("hit", "set", "cut", "put") are left out: "before the storm hit
#: on Sunday" tells a past.
TIME_CLAUSE_VERBS = frozenset({
    "come", "comes", "arrive", "arrives", "begin", "begins", "start", "starts", "end", "ends", "open", "opens",
    "reopen", "reopens", "close", "closes", "return", "returns", "resume", "resumes", "expire", "expires",
    "run", "runs", "fall", "falls", "hits", "meet", "meets", "finish", "finishes", "sets",
    "take", "takes", "leave", "leaves", "convene", "convenes", "lapse", "lapses", "arrive", "pass", "passes",
})
#: Objects and particles that may follow such a verb before the time ("takes effect in May",
#: "sets in on Monday", "runs out in June").
VERB_COMPLEMENTS = frozenset({"effect", "office", "place", "power", "in", "out", "up", "off", "down", "over"})
#: Prepositions before the time of such a clause.
TIME_PREPOSITIONS = frozenset({"in", "on", "by", "at"})
#: How many words the clause may have between its conjunction and the preposition.
TIME_CLAUSE_REACH = 6


def _past_or_participle(word: str) -> bool:
    return word.endswith("ed") or word in ("had", "was", "were", "did", "been")


def time_clause_ahead(tokens: Tokens, first: int, lo: int) -> bool:
    """Whether the expression at ``first`` ends a time clause told in the present: "before"/
    "until"/"till"/"once", a subject, a verb in the present (from ``TIME_CLAUSE_VERBS``) and a
    preposition ("before the snows come in November"): the time is ahead whatever the tense
    of the sentence around it ("vowed ... and praised").
    """
    words = tokens.lower
    if first < 1 or words[first - 1] not in TIME_PREPOSITIONS:
        return False
    k = first - 2
    while k >= lo and words[k] in VERB_COMPLEMENTS and first - 2 - k < 2:
        k -= 1  # "sets in on Monday", "takes effect in May"
    if k < lo or words[k] not in TIME_CLAUSE_VERBS:
        return False
    for c in range(k - 1, max(lo, k - TIME_CLAUSE_REACH) - 1, -1):
        word = words[c]
        if word in TIME_CLAUSE_OPENERS:
            between = words[c + 1:k]
            return bool(between) and between[0] in SUBJECT_STARTS and "of" not in between \
                and all(w.isalpha() and not _past_or_participle(w) for w in between)
        if not word.isalpha():
            return False
    return False


#: Verbs that set a day aside for something ("declared Thursday a day of mourning").
DESIGNATING = frozenset({"declared", "declares", "declare", "proclaimed", "proclaims", "designated",
                         "designates", "named", "names"})

#: What a designated day is named as ("a day of mourning", "a public holiday"); "declared
#: Monday a failure" judges a day gone by.
DAYS_SET_ASIDE = frozenset({"day", "holiday"})


def designated_day(tokens: Tokens, first: int, last: int) -> bool:
    """Whether the day at ``[first, last)`` is the object of a designating verb and named as
    a day set aside ("declared Thursday a day of mourning", "proclaimed Monday a public holiday",
    "named Friday as a day of prayer").

    Why: a day is set aside before it comes, so the past tense of "declared" says nothing about
    the day; read as the coming one. Without the complement ("as a ...", "a ...") the verb may
    govern anything ("declared Thursday that ..." is when it was said)."""
    words = tokens.lower
    if first < 1 or words[first - 1] not in DESIGNATING or last >= len(words):
        return False
    k = last + 1 if words[last] == "as" else last
    return k < len(words) and words[k] in ("a", "an") \
        and any(w in DAYS_SET_ASIDE for w in words[k + 1:k + 4])

