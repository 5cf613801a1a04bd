"""Reporting nouns with a "that"-clause: "the governor's claim that the dam was safe".

A claim, an allegation or a warning is reported speech as much as "claimed
that …": the clause after the noun is an indirect quote, the noun its cue and
the possessor ("the governor's", "his") the mention of its speaker. The clause
must be the noun's complement, not a relative clause describing the noun: "the
claim that he filed last year" (the claim is the object of "filed") and "the
warning that was issued" (the verb follows "that" at once) report nothing.
"""

from __future__ import annotations

from typing import NamedTuple

from .clauses import FINITE, IRREGULAR_PAST, looks_like_clause, past_form
from ..tokens import trigger_words
from .tokens import Tokens
from .words import DETERMINERS

#: nouns that take a "that"-clause of reported words, each with its plural in -s
_COUNTABLE = ("claim assertion argument allegation accusation suggestion warning complaint promise pledge "
              "assurance prediction charge remark denial").split()
#: noun forms -> lemma (the uncountable "admission", "insistence", "contention" without a plural)
REPORTING_NOUNS: dict[str, str] = {
    **{f: n for n in _COUNTABLE for f in (n, n + "s")},
    **{n: n for n in ("admission", "insistence", "contention")},
}
#: the noun forms as a word set, for the Doc's trigger index (:meth:`reactlib.tokens.TokenView.positions`)
REPORTING_NOUN_FORMS = trigger_words(REPORTING_NOUNS)

#: verbs that take the noun as their object in a relative clause ("the claim that he made")
_MAKING_VERBS = frozenset("made make makes put puts issued issues filed files raised raises repeated repeats "
                          "levelled leveled levels brought brings published publishes submitted submits voiced "
                          "voices rejected rejects denied denies dismissed dismisses received receives heard "
                          "hears used uses offered offers gave gives kept keeps broke breaks withdrew withdraws "
                          "dropped drops lodged lodges sent sends posted posts delivered delivers released "
                          "releases wrote writes signed signs aired broadcast circulated shared tweeted uttered "
                          "penned heeded ignored ignores".split())
#: words between a possessor or determiner and the noun ("his earlier claim", "the group's repeated warnings")
_MAX_MODIFIERS = 2
_POSSESSIVE_PRONOUNS = frozenset(("his", "her", "its", "their", "our", "my", "your"))
#: the possessive ending of a name: "the governor's", "the ministers'"
_POSSESSIVE_MARKS = frozenset(("'s", "\u2019s", "'", "\u2019"))
#: words that open a subordinate or relative clause inside the reported clause: a finite verb after
#: them belongs to that inner clause, not to the sentence around the noun phrase
_INNER_OPENERS = frozenset("that which who whom whose and or but because if when while whether where as "
                           "although though since until unless".split())


class NounReport(NamedTuple):
    """One reporting noun with its clause, as token indices (inclusive) and the noun's lemma."""

    noun: int
    lemma: str
    speaker: tuple[int, int] | None
    clause: tuple[int, int]            # first ("that") and last token of the reported clause


def noun_reports(toks: Tokens, lo: int, hi: int, quoted: list[bool]) -> list[NounReport]:
    """Every "<noun> that <clause>" of the sentence ``lo`` … ``hi - 1`` outside quotations."""
    out: list[NounReport] = []
    for k in toks.positions_between(REPORTING_NOUN_FORMS, lo + 1, hi - 2):  # the nouns alone, not every token
        lemma = REPORTING_NOUNS[toks.lower[k]]
        if quoted[k] or toks.lower[k + 1] != "that" or quoted[k + 1]:
            continue
        owner = _determiner_before(toks, k, lo)
        if owner is None:
            continue        # "X claims that …" is a verb: the cue rules have it
        start = k + 2
        if _relative_clause(toks, start, hi):
            continue
        end = _clause_end(toks, start, hi, quoted, _opens_sentence(toks, owner, lo))
        if end - start < 2 or not looks_like_clause(toks, start, end):
            continue
        out.append(NounReport(k, lemma, _possessor(toks, owner, lo), (k + 1, end - 1)))
    return out


def _determiner_before(toks: Tokens, k: int, lo: int) -> int | None:
    """The determiner or possessive before the noun at ``k`` (over up to two modifiers), else None."""
    j = k - 1
    while j >= lo and k - j <= _MAX_MODIFIERS + 1:
        w = toks.lower[j]
        if w in DETERMINERS or w in _POSSESSIVE_MARKS:
            return j
        if not toks.text[j][:1].isalpha() or w in FINITE:
            return None
        j -= 1
    return None


def _possessor(toks: Tokens, owner: int, lo: int) -> tuple[int, int] | None:
    """The speaker mention that owns the noun: "his", "the governor's", "Ortega's"; None for "the"/"a"."""
    w = toks.lower[owner]
    if w in _POSSESSIVE_PRONOUNS:
        return owner, owner
    if w not in _POSSESSIVE_MARKS:
        return None
    j = owner - 1
    first = None
    while j >= lo and owner - j <= 5:
        t, lw = toks.text[j], toks.lower[j]
        if lw in DETERMINERS:
            first = j
            break
        if not t[:1].isalpha() or (t[:1].islower() and lw in FINITE):
            break
        if t[:1].isupper():
            first = j
        elif first is not None and toks.text[first][:1].isupper():
            break       # "rejected Ortega's": the lower-case word before the name is no part of it
        j -= 1
    if first is None:
        return None
    return first, owner


def _relative_clause(toks: Tokens, start: int, hi: int) -> bool:
    """Whether the words after "that" describe the noun instead of reporting.

    "that was issued on Monday" (a verb at once) and "that he filed last year" (a
    verb that takes the noun as its object) are relative clauses.
    """
    if start >= hi:
        return True
    w = toks.lower[start]
    if w in FINITE or (toks.text[start][:1].islower() and w not in DETERMINERS and w.endswith("ed")):
        return True
    for k in range(start + 1, min(hi, start + 4)):
        v = toks.lower[k]
        if v in _MAKING_VERBS:
            return True
        if v in FINITE or v.endswith("ed") or v in IRREGULAR_PAST:
            # "that he filed was rejected": the verb's object is missing, a finite verb follows
            return k + 1 < hi and toks.lower[k + 1] in FINITE
    return False


def _opens_sentence(toks: Tokens, owner: int, lo: int) -> bool:
    """Whether the noun phrase is the sentence's subject: no verb before it."""
    for k in range(lo, owner):
        w = toks.lower[k]
        if w in FINITE or past_form(toks, k):
            return False
    return True


def _inner_clause_opens(toks: Tokens, first: int, end: int) -> bool:
    """Whether a comma or an opener of an inner clause ("that", "and", "because" …) stands in ``first`` … ``end - 1``:
    a verb after it belongs to that inner clause."""
    return any(toks.lower[m] in _INNER_OPENERS or toks.text[m] == "," for m in range(first, end))


#: what may stand before a participle inside one verb group ("should be scrapped", "had fired")
_GROUP_BEFORE = frozenset("be been being not n't to get got".split()) | FINITE


def _clause_end(toks: Tokens, start: int, hi: int, quoted: list[bool], subject: bool = False) -> int:
    """Where the clause after "that" ends (exclusive): the sentence's end, a semicolon or dash,
    a comma before another attribution, or the sentence's own verb after a complete clause
    ("The union's complaint that wages had fallen | was upheld"; with the noun phrase as the
    sentence's subject also a past verb: "Her suggestion that the tax be scrapped | won …")."""
    seen_finite = -1
    k = start
    while k < hi:
        t, w = toks.text[k], toks.lower[k]
        if quoted[k]:
            k += 1
            continue
        if t in (".", "!", "?", ";", ":", "\u2014", "--") or "\n" in t:
            break
        if t == "," and k + 1 < hi and toks.lower[k + 1] in ("according", "saying", "adding", "which", "who"):
            break
        if w in FINITE:
            if seen_finite >= 0 and k > seen_finite + 1 and not _inner_clause_opens(toks, seen_finite + 1, k):
                break
            seen_finite = k
        elif subject and seen_finite >= 0 and k > seen_finite + 1 and past_form(toks, k) \
                and toks.lower[k - 1] not in _GROUP_BEFORE \
                and toks.lower[k - 1] not in DETERMINERS and not _inner_clause_opens(toks, seen_finite + 1, k):
            break
        elif seen_finite < 0 and k > start and past_form(toks, k) \
                and toks.lower[k - 1] not in DETERMINERS:
            seen_finite = k
        k += 1
    while k > start and toks.text[k - 1] in (",",):
        k -= 1
    return k
