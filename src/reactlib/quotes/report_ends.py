"""Where a reported clause ends: small tests the clause scanner of ``indirect.py`` asks.

* "had received threats for months after publishing …": "after" right behind a span of time
  dates the clause's own verb; it is no subordinate clause of the writer's, and the report
  goes on through it.
* "X happened, the agency said Tuesday, the worst such disaster this year": after a complete
  report and its inserted cue, a noun phrase with no verb is the writer's appositive, not the
  rest of the report ("The bridge, the minister said, will open in March" still goes on).
* ", which it described as a necessary warning to …", ", which she called …": a pronoun for the
  speaker and a verb of naming open the speaker's own verdict on what was just reported, a
  second report, so the first ends at the comma (", which engineers described as unsafe" names
  someone else and stays inside). When the verdict is one quotation to its end (", which it
  described as "politically motivated""), the annotations keep it inside the report: the
  quotation is the speaker's words about the report, one statement with it. A fragment quoted
  inside such a verdict ("… warning to "warmongers"") is the speaker's (:func:`verdict_holder`).
* ", which it says will trap the silt on which the delta, home to 17 million people, depends":
  the speaker's own second report is the clause after "it says" (:func:`own_second_report`), and
  an appositive between commas inside it does not end it (:func:`appositive_skipped`).
* "said it had closed the crossing, a move that traders called ruinous": a noun phrase opened by
  "a"/"an" closing the sentence after a complete report is the writer's comment on it
  (:func:`closing_appositive`); "sent rice, a field hospital and two pumps" is a list and stays.
"""

from __future__ import annotations

from typing import Any

from .clauses import looks_like_clause
from .tokens import Tokens
from .words import DETERMINERS

#: verbs by which a speaker names what it reports ("which it described as a provocation")
NAMING_VERBS = frozenset("described describes called calls termed terms branded brands labelled labeled "
                         "labels dubbed dubs characterised characterized".split())
#: pronouns that, right after a relative word, stand for the speaker of the report around them
_SPEAKER_AGAIN = frozenset(("it", "he", "she", "they"))


def speaker_names_report(toks: Tokens, k: int, hi: int, quoted: list[bool]) -> bool:
    """Whether ``k`` (after ", which") opens "it described as …" / "she called …" whose verdict is
    not one quotation running to the end of the clause."""
    if not (k + 1 < hi and toks.lower[k] in _SPEAKER_AGAIN and toks.lower[k + 1] in NAMING_VERBS):
        return False
    m = k + 2
    while m < hi and toks.is_space[m]:
        m += 1
    if m < hi and toks.lower[m] == "as":
        m += 1
    while m < hi and toks.is_space[m]:
        m += 1
    if m >= hi or not quoted[m]:
        return True
    while m < hi and quoted[m]:
        m += 1
    return not (m >= hi or toks.text[m] in (".", "!", "?", ";") or "\n" in toks.text[m])


#: words of a span of time that "after" may follow inside a clause ("for weeks after", "shortly after")
_DURATIONS = frozenset("seconds minutes hours days weeks months years decades moments shortly soon "
                       "long immediately just right".split())


def after_a_duration(toks: Tokens, j: int) -> bool:
    """Whether "after" at ``j`` follows a span of time: "stayed underground for days after …"."""
    k = j - 1
    while k >= 0 and toks.is_space[k]:
        k -= 1
    return k >= 0 and toks.lower[k] in _DURATIONS


#: determiners that open the writer's appositive after an inserted cue ("…, the police said, the worst …")
_APPOSITIVE_OPENERS = frozenset(("the", "a", "an"))


def writer_appositive(toks: Tokens, lo: int, comma: int, first: int, end: int) -> bool:
    """Whether ``first`` … ``end`` after an inserted cue is an appositive noun phrase: the report
    before the cue (``lo`` … ``comma``) is a whole clause, and what follows opens with an article
    and has no verb of its own."""
    return (first < end and toks.lower[first] in _APPOSITIVE_OPENERS
            and looks_like_clause(toks, lo, comma) and not looks_like_clause(toks, first, end))


#: how far the start of a verdict's fragment may lie from the end of the report it judges
VERDICT_REACH = 200
_SENTENCE_ENDS = frozenset(".;!?\n")


def verdict_holder(quotes: list[Any], text: str, q: Any) -> Any | None:
    """The indirect quote with a speaker that a fragment's ", which it described as … "…"" judges:
    the report ending closest before the fragment, joined to it by the speaker's verdict."""
    best = None
    for o in quotes:
        if o.kind == "indirect" and o.speaker is not None and o.end <= q.start and q.start - o.end <= VERDICT_REACH \
                and (best is None or o.end > best.end):
            best = o
    if best is None:
        return None
    between = text[best.end:q.start]
    if any(c in _SENTENCE_ENDS for c in between):
        return None
    words = between.strip().lstrip(",").split(None, 3)
    return best if (between.strip().startswith(",") and len(words) >= 3 and words[0].lower() == "which"
                    and words[1].lower() in _SPEAKER_AGAIN and words[2].lower() in NAMING_VERBS) else None


def own_second_report(toks: Tokens, a: Any) -> bool:
    """Whether cue ``a``'s speaker is a lone pronoun ("…, which it says …"): the speaker of the
    report before, reporting again."""
    return a.speaker is not None and a.speaker[0] == a.speaker[1] and toks.lower[a.speaker[0]] in _SPEAKER_AGAIN


#: how many tokens an appositive between commas inside a clause may have
APPOSITIVE_TOKENS = 24
_FINITE_WORDS = frozenset("is was are were will would can could should may might must has had have "
                          "did does do".split())


def appositive_skipped(toks: Tokens, comma: int, end: int) -> int:
    """Where a clause ends when a comma at ``comma`` may open an appositive: past the second
    comma when the words between have no verb and a lower-case word goes on after it ("the
    delta, home to 17 million people, depends"); else at ``comma``."""
    k = comma + 1
    while k < end and k - comma <= APPOSITIVE_TOKENS and toks.text[k] != ",":
        if toks.lower[k] in _FINITE_WORDS or (k > comma + 1 and toks.lower[k] in ("which", "who", "that")):
            return comma
        k += 1
    if k >= end or toks.text[k] != "," or k - comma > APPOSITIVE_TOKENS:
        return comma
    m = k + 1
    while m < end and toks.is_space[m]:
        m += 1
    return end if m < end and toks.text[m][:1].islower() and toks.text[m][:1].isalpha() else comma


#: words after which the rest of a closing appositive is its noun's modifier ("a move that …",
#: "a result he blamed on …", "a Republican trying to …")
_MODIFIER_OPENERS = frozenset("that which who whom whose he she it they we".split())
_LIST_LINKS = frozenset(("and", "or"))
_APPOSITION_ENDS = frozenset((".", ";", "!", "?"))


def closing_appositive(toks: Tokens, lo: int, comma: int, hi: int, quoted: list[bool]) -> bool:
    """Whether ``, a/an …`` at ``comma`` is a noun phrase closing the sentence after a complete
    report (``lo`` … ``comma``): the writer's comment, outside the report."""
    first = comma + 1
    if first >= hi or toks.lower[first] not in ("a", "an") or not looks_like_clause(toks, lo, comma):
        return False
    end = first
    while end < hi and toks.text[end] not in _APPOSITION_ENDS and "\n" not in toks.text[end]:
        if toks.text[end] == "," or quoted[end]:
            return False   # "the plant, a former steel mill, would reopen": an inner appositive
        if toks.lower[end] in _LIST_LINKS and end + 1 < hi and (
                toks.lower[end + 1] in DETERMINERS or toks.text[end + 1][:1].isdigit()):
            return False   # "rice, a field hospital and two water pumps": a list
        end += 1
    head_end = first + 1
    while head_end < end and toks.lower[head_end] not in _MODIFIER_OPENERS \
            and not toks.lower[head_end].endswith("ing"):
        head_end += 1
    return not looks_like_clause(toks, first, head_end)
