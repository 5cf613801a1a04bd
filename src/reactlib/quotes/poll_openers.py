"""A poll named by an opening "In …," as the source of the sentence: "In a Harris poll taken in
May, 61 percent of renters backed the cap."

News writing attributes a poll's figures by the phrase that opens the sentence as often as by
"according to": the poll reports the clause after the comma, with "In" as the cue (PolNeAR's
annotators read such openers so; "according to a poll, …" is already a report). Only a poll,
a survey or a study names a source so; "In a statement, the ministry said …" keeps its own
verb, and an opener whose clause has a reporting verb of its own ("In a 2019 study,
researchers found that …") is left to that verb.
"""

from __future__ import annotations

from .clauses import FINITE
from .lexicon import AMBIGUOUS, CUE_FORMS
from .tokens import Tokens
from .words import NP_LINKS, NP_STOP

#: heads of a source phrase after an opening "In": what polls, counts or studies report
POLL_NOUNS = frozenset("poll polls survey surveys study studies analysis census".split())
#: connectives that may stand before the opening "In" ("But in the latest poll, …")
_CONNECTIVES = frozenset(("but", "and", "yet"))
#: how long the source phrase may be, its participle aside included ("…, conducted in May,")
OPENER_WINDOW = 30
_STOPS = frozenset((".", ";", ":", "!", "?"))


def _phrase_comma(toks: Tokens, k: int, hi: int, quoted: list[bool]) -> int | None:
    """The comma that closes the phrase starting at ``k``: no finite verb, no quotation."""
    start = k
    while k < hi and k - start < OPENER_WINDOW:
        # a finite verb ends the phrase; "late May" is a month, "July's poll" a possessive
        finite = toks.lower[k] in FINITE and toks.lower[k] not in ("'s", "\u2019s") and not toks.text[k][:1].isupper()
        if quoted[k] or toks.text[k] in _STOPS or finite:
            return None
        if toks.text[k] == ",":
            return k
        k += 1
    return None


def poll_opener(toks: Tokens, lo: int, hi: int, quoted: list[bool]) -> tuple[int, int] | None:
    """(index of "In", index of the comma that ends its source phrase) when the sentence at
    ``lo`` … ``hi - 1`` opens with a poll ("In the latest Ipsos poll, conducted by phone, …"),
    else None."""
    i = lo
    if i < hi and toks.lower[i] in _CONNECTIVES:
        i += 1
    if i + 1 >= hi or toks.lower[i] != "in" or quoted[i]:
        return None
    comma = _phrase_comma(toks, i + 1, hi, quoted)
    if comma is None or not _headed_by_poll(toks, i + 1, comma) \
            or toks.lower[comma - 1] not in POLL_NOUNS and not _ends_in_poll_phrase(toks, i + 1, comma):
        return None
    comma = _past_aside(toks, comma, hi, quoted)
    # the clause after it must be the writer's figures, not another speaker's report
    k = comma + 1
    while k < hi and toks.text[k] not in _STOPS:
        if not quoted[k] and _verb_of_saying(toks.lower[k]):
            return None
        k += 1
    return i, comma


def _past_aside(toks: Tokens, comma: int, hi: int, quoted: list[bool]) -> int:
    """The comma that ends the poll phrase: past ", conducted by phone," / ", taken in May," (a
    participle aside still names the poll), else ``comma`` itself."""
    k = comma + 1
    if k < hi and toks.text[k].isalpha() and toks.text[k].islower() and toks.lower[k].endswith(("ed", "en")):
        aside = _phrase_comma(toks, k, hi, quoted)
        if aside is not None:
            return aside
    return comma


def opener_end(toks: Tokens, cue: int, hi: int, quoted: list[bool]) -> int | None:
    """The comma that ends the poll opener whose "In" is at ``cue`` (the second half of what
    :func:`poll_opener` returns).

    ``cue`` is the "In" that :func:`poll_opener` already found and checked for this sentence (the
    only cue of lemma "in"), so only the end is found again, not the whole opener."""
    comma = _phrase_comma(toks, cue + 1, hi, quoted)
    return _past_aside(toks, comma, hi, quoted) if comma is not None else None


def _verb_of_saying(w: str) -> bool:
    """A reporting verb form; of the forms that are also nouns ("points", "reports") only the bare
    verb ("say", "think") counts."""
    return w in CUE_FORMS and (w not in AMBIGUOUS or CUE_FORMS[w][0] == w)


def _headed_by_poll(toks: Tokens, first: int, comma: int) -> bool:
    """Whether a poll noun heads the phrase ``first`` … ``comma - 1``: no link word stands before it
    ("In the debate over the survey, …" is about a debate, not the survey's finding)."""
    for k in range(first, comma):
        if toks.lower[k] in POLL_NOUNS:
            return True
        if toks.lower[k] in NP_STOP or toks.lower[k] in NP_LINKS:
            return False
    return False


def _ends_in_poll_phrase(toks: Tokens, first: int, comma: int) -> bool:
    """Whether the poll noun heads the phrase that its last words only qualify: "a Gallup poll
    of likely voters", "the survey released Monday" (a poll noun, then "of"/"by"/a participle/a
    time)."""
    for k in range(first, comma):
        if toks.lower[k] in POLL_NOUNS:
            nxt = toks.lower[k + 1] if k + 1 < comma else ""
            return nxt in ("of", "by", "for", "from", "last", "this", "in", "on") \
                or (nxt.isalpha() and nxt.endswith(("ed", "en")))
    return False


def source_phrase(toks: Tokens, cue: int, hi: int, quoted: list[bool]) -> tuple[int, int] | None:
    """The poll phrase after the opening "In" at ``cue`` up to its first comma (the speaker mention:
    "In a Harris poll taken in late May, …" → "a Harris poll taken in late May").

    ``cue`` is the "In" that :func:`poll_opener` found for this sentence (the only cue of lemma
    "in"), so the opener is not looked for again."""
    comma = _phrase_comma(toks, cue + 1, hi, quoted)
    return (cue + 1, comma - 1) if comma is not None else None
