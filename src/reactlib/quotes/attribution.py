"""Linking cues to their speakers within a sentence.

Each cue gets the noun phrase that is its subject (or, in inverted order, the
phrase after it). A cue with no subject of its own (a participle, ", saying …";
a coordinated verb, "… and criticized …") continues the speaker of the cue
before it in the same sentence.
"""

from __future__ import annotations

from typing import NamedTuple

from .cues import Cue
from .poll_openers import source_phrase
from .speakers import appositive_right, noun_phrase_right, subject_of
from .tokens import Tokens, parsed_subject, skip_space
from .words import CLAUSE_PARTICIPLE_CUES, DETERMINERS, NP_LINKS, WEEKDAYS


class Attributed(NamedTuple):
    cue: Cue
    speaker: tuple[int, int] | None      # token span (first, last) of the speaker mention
    inherited: bool                       # speaker taken from an earlier cue


#: how far left of a cue its subject may start (bounds the work on a 10,000-word sentence)
SUBJECT_WINDOW = 40

#: a quotation this short before a cue is an adverb in scare quotes ("strongly" condemned)
SHORT_QUOTE_TOKENS = 4


def _short_quote_before(toks: Tokens, i: int, lo: int, quoted: list[bool]) -> int:
    """If tokens ending at ``i`` are a short quotation, the index just before it, else ``i``."""
    j = i
    while j >= lo and quoted[j]:
        j -= 1
    if j < i and i - j <= SHORT_QUOTE_TOKENS:
        return j
    return i


def _left_boundary(toks: Tokens, cue_first: int, lo: int, quoted: list[bool]) -> int:
    """The subject search stops at a quotation: words inside marks are not a subject."""
    lo = max(lo, cue_first - SUBJECT_WINDOW)
    i = cue_first - 1
    while i >= lo and not quoted[i]:
        i -= 1
    return i + 1


#: documents that speak for whoever issued them: "according to a statement from his office"
_DOCUMENTS = frozenset("statement communique communiqué letter report transcript readout note release "
                       "post message video".split())


def _issuer(toks: Tokens, np: tuple[int, int] | None, stop: int) -> tuple[int, int] | None:
    """In "a statement from/by/issued by X" the speaker is X, not the document.

    None when the phrase is a document that names no issuer ("a communique issued after
    the summit"); the phrase itself when it is no document ("the health ministry").
    """
    if np is None:
        return None
    k = np[0]
    while k <= np[1] and (toks.lower[k] in DETERMINERS or toks.text[k][:1].islower()) and toks.lower[k] not in _DOCUMENTS:
        k += 1
    if k > np[1] or toks.lower[k] not in _DOCUMENTS:
        return np
    k += 1
    if k < stop and toks.lower[k] == "issued":
        k += 1
    if k < stop and toks.lower[k] in ("from", "by", "of"):
        issuer = noun_phrase_right(toks, k + 1, stop)
        if issuer is not None:
            return issuer
    return None if k >= np[1] or toks.lower[k] in ("after", "on", "at", "following") else np


#: Prepositions that open a fronted circumstance before a sentence's subject, and its longest span.
_FRONTED = frozenset("in at on after before during from following despite".split())
FRONTED_MAX = 10


def sentence_subject(toks: Tokens, lo: int, stop: int, quoted: list[bool]) -> tuple[int, int] | None:
    """The name or pronoun opening the sentence, cut before its verb ("Kurti defended …" → "Kurti")."""
    first = lo
    while first < stop and (toks.is_space[first] or toks.text[first] in ("\u2014", "-", "\u2013")):
        first += 1
    if first < stop and toks.lower[first] in _FRONTED:
        # "In Islamabad, Prime Minister Shehbaz Sharif ordered …": the subject follows the fronted phrase
        comma = next((k for k in range(first + 1, min(stop, first + FRONTED_MAX)) if toks.text[k] == ","), None)
        if comma is not None:
            first = skip_space(toks, comma + 1, stop)
    if first >= stop or quoted[first]:
        return None
    if toks.lower[first] in ("he", "she", "they", "we", "i", "it"):
        return first, first
    the_name = toks.lower[first] == "the" and first + 1 < stop and toks.text[first + 1][:1].isupper()
    if not toks.text[first][:1].isupper() or (toks.lower[first] in DETERMINERS and not the_name):
        # "The bloc's chairman, Barbados Prime Minister Mia Mottley, deplored …": the name in commas
        return _name_after_post(toks, first, stop) if toks.text[first][:1].isupper() else None
    named = _name_after_post(toks, first, stop)
    if named is not None:
        return named    # "The Andean Community's secretary general, Ana Ruiz, issued …": the person
    np = noun_phrase_right(toks, first, stop)
    if np is None:
        return None
    for k in range(np[0] + 1, np[1] + 1):
        # the name ends at its first lower-case word that is no link ("of", "the"): the verb
        if toks.text[k][:1].islower() and toks.lower[k] not in NP_LINKS and toks.lower[k] not in DETERMINERS \
                and toks.text[k - 1] not in ("'s", "\u2019s") \
                and not _title_before_name(toks, k, np[1]):
            # not "Mexico's president visited" (the possessed noun) nor "Liberal parliamentary
            # candidate Petra Lindqvist" (a title before the name)
            return (np[0], k - 1)
    if np[1] + 1 < stop and toks.text[np[1] + 1] == "," and _closes_aside(toks, np[1] + 1, stop):
        return np   # "France, the former colonial power, deplored …": the name before its aside
    return None   # no verb closing the phrase: not clearly a subject


#: endings of a capitalised adjective of party, nation or rank ("Liberal", "Democratic", "Nordic",
#: "British", "Chinese", "Executive", "Canadian", "European", "American")
_ADJECTIVE_ENDINGS = ("ic", "al", "ish", "ese", "ive", "ian", "ean", "can")
_RANK_ADJECTIVES = frozenset({"former", "deputy", "senior", "acting", "republican", "democrat"})


def _title_before_name(toks: Tokens, k: int, last: int) -> bool:
    """Lower-case words from ``k`` between a capitalised adjective and a capitalised name inside
    the phrase are a title, not the verb: "Liberal parliamentary candidate Petra Lindqvist chimed
    in …". After a name ("Ana Ruiz spoke out Tuesday …"), or with a word that reads as a verb
    ("-ed", "-ing", "-s": "Kurti defended Pristina's …"), the name ends there."""
    while toks.text[k - 1][:1].islower():
        k -= 1   # the run's first word: "Liberal parliamentary candidate …" read from "candidate"
    before = toks.lower[k - 1]
    if not (before in _RANK_ADJECTIVES or before.endswith(_ADJECTIVE_ENDINGS)):
        return False
    j = k
    while j <= last and toks.text[j][:1].islower():
        if _reads_as_verb(toks.lower[j]):
            return False
        j += 1
    return j <= last and j > k and toks.text[j][:1].isupper() and toks.lower[j] not in WEEKDAYS


def _reads_as_verb(w: str) -> bool:
    """Whether lower-case word ``w`` could be the subject's verb rather than part of a title:
    "-ed", "-ing" or a third-person "-s" ("defended", "speaking", "says"; not "boss"), or no word."""
    return not w.isalpha() or w.endswith(("ed", "ing")) or (w.endswith("s") and not w.endswith("ss"))


#: Longest aside (tokens) between a subject and its verb: ", the former colonial power,".
ASIDE_MAX = 15


def _closes_aside(toks: Tokens, comma: int, stop: int) -> bool:
    """Does the aside opened by the comma at ``comma`` close with a second comma then a lower-case verb?"""
    for k in range(comma + 1, min(stop - 1, comma + ASIDE_MAX)):
        if toks.text[k] == ",":
            nxt = skip_space(toks, k + 1, stop)
            return nxt < stop and toks.text[nxt][:1].islower() and toks.text[nxt].isalpha()
        if toks.text[k] in (".", ";", ":") or "\n" in toks.text[k]:
            return False
    return False


#: how many tokens a post may run before the comma of its holder's name ("The Minister for Foreign Trade
#: and the Caribbean, Ana Ruiz,")
POST_MAX = 14


def _name_after_post(toks: Tokens, first: int, stop: int) -> tuple[int, int] | None:
    """"The bloc's chairman, Barbados Prime Minister Mia Mottley, deplored": the post, then the name in
    commas, then the verb; the span of the name (with its title)."""
    comma = next((k for k in range(first + 1, min(stop, first + POST_MAX)) if toks.text[k] == ","), None)
    if comma is None or any(toks.text[k] in (".", ";", ":") for k in range(first, comma)):
        return None
    start = skip_space(toks, comma + 1, stop)
    if start >= stop or not toks.text[start][:1].isupper():
        return None
    np = noun_phrase_right(toks, start, stop)
    if np is None or np[1] + 1 >= stop or toks.text[np[1] + 1] != ",":
        return None
    if not _closes_aside(toks, comma, stop):
        return None
    return np


def attribute(toks: Tokens, cues: list[Cue], lo: int, hi: int, quoted: list[bool]) -> list[Attributed]:
    """Speaker spans for the cues of one sentence (tokens ``lo`` … ``hi - 1``)."""
    out: list[Attributed] = []
    prev: tuple[int, int] | None = None
    for cue in cues:
        if cue.kind == "according" and cue.lemma == "in":
            out.append(Attributed(cue, source_phrase(toks, cue.first, hi, quoted), False))   # "In a poll, …"
            continue
        if cue.kind == "according":
            end = cue.last + 1
            stop = end
            while stop < hi and stop - end < SUBJECT_WINDOW and toks.text[stop] not in (",", ".", ";", ":") \
                    and not quoted[stop]:
                stop += 1
            np = noun_phrase_right(toks, end, stop) if stop > end else None
            issuer = _issuer(toks, np, stop)
            if issuer is None and np is not None:
                # "The AU suspended Mali, according to a communique issued after …": a document
                # that names no issuer is the acting subject's own
                issuer = sentence_subject(toks, lo, cue.first, quoted)
            out.append(Attributed(cue, issuer if issuer is not None else np, False))
            continue
        speaker = parsed_subject(toks, cue.head)
        if speaker is not None and not (lo <= speaker[0] and speaker[1] < hi):
            speaker = None
        # ", arguing that …": a participle after a comma hangs on the whole clause before it, whose
        # subject speaks (found below); the phrase just before the comma is a place, an object or a hearer
        participle_aside = toks.lower[cue.head].endswith("ing") and cue.first - 1 >= lo \
            and toks.text[cue.first - 1] == ","
        if speaker is None and not participle_aside:
            anchor = _short_quote_before(toks, cue.first - 1, lo, quoted) + 1
            left_lo = _left_boundary(toks, anchor, lo, quoted)
            speaker = subject_of(toks, anchor, left_lo)
            if speaker is not None and toks.lower[cue.head].endswith("ing") \
                    and toks.lower[speaker[1]] in _DOCUMENTS:
                # "issued a statement on Sunday urging …": the document's issuer, the sentence's subject
                speaker = sentence_subject(toks, lo, speaker[0], quoted) or speaker
        inherited = False
        if speaker is None:
            before = cue.first - 1
            while before >= lo and toks.is_space[before]:
                before -= 1
            inverted = before < lo or toks.text[before] in (",", "\u201d", '"', "''", "\u00bb", "\u201c") or quoted[before]
            if inverted and cue.kind == "speech" and toks.lower[cue.first] not in CLAUSE_PARTICIPLE_CUES:
                stop = cue.last + 1
                while stop < hi and stop - cue.last < SUBJECT_WINDOW \
                        and toks.text[stop] not in (",", ".", ";", ":", "!", "?") and not quoted[stop]:
                    stop += 1
                speaker = noun_phrase_right(toks, skip_space(toks, cue.last + 1, stop), stop)
                after_quote = before >= lo and (quoted[before] or toks.text[before] != ",")
                if speaker is not None and not after_quote and stop < hi and speaker[1] + 1 < stop:
                    speaker = None  # "…, says there is a long road ahead": a clause, not a name
                if speaker is not None and toks.text[speaker[0]][:1].isupper():
                    speaker = (speaker[0], appositive_right(toks, speaker[1], hi))
        if speaker is None and prev is not None:
            speaker, inherited = prev, True
        elif speaker is None and cue.first - 1 >= lo and (
                (toks.lower[cue.head].endswith("ing") and toks.text[cue.first - 1] == ",")
                or toks.lower[cue.first - 1] == "and"):
            # "Kurti defended the raid in a Facebook post, writing that …", "Soldiers seized the
            # broadcaster and announced …": a participle's or a coordinated verb's subject is the
            # sentence's, even when its main verb reports nothing
            speaker = sentence_subject(toks, lo, cue.first, quoted)
            inherited = speaker is not None
        out.append(Attributed(cue, speaker, inherited))
        if speaker is not None:
            prev = speaker
    return out
