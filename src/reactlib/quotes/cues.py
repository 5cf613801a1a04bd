"""Finding cues: the reporting verb or phrase that attributes words to a speaker."""

from __future__ import annotations

from bisect import bisect_left
from typing import NamedTuple

from .lexicon import AMBIGUOUS, CUE_FORMS, NEEDS_PARTICLE, NOT_REPORTING_PARTICLES, SUBJECT_ONLY_FORMS, THAT_ONLY_FORMS
from ..tokens import trigger_words
from .clauses import FINITE, modal_named, past_form
from .poll_openers import poll_opener
from .tokens import Tokens, quantifier_subject, surname_like
from .words import DETERMINERS, NP_STOP, PRONOUNS, is_manner_adverb


#: quantifiers that float after their subject ("the senators all said"): before an unambiguous
#: verb form they do not make it a noun
FLOATING_QUANTIFIERS = frozenset(("all", "both", "each"))


#: words before a bare "show" that make it a noun ("talk show", "TV show") or an infinitive
SHOW_NOUN_BEFORE = frozenset("to tv talk game news radio reality road air trade fashion horse quiz cooking "
                             "chat comedy variety late-night morning".split())


#: subjects whose "'s" is "is" or "has", not a possessive ("he's claiming", "she's said")
CONTRACTING_SUBJECTS = frozenset("he she it that there who what".split())


#: cue forms that are also participles of publishing, and the media they describe: "a video posted
#: online" names the medium, it does not attribute ("posted", "written" after a medium noun)
PUBLISHING_PARTICIPLES = frozenset(("posted", "written", "tweeted", "published"))
MEDIUM_NOUNS = frozenset("video statement message letter post note clip recording communique tweet "
                         "article report notice".split())


#: forms that are never nouns: after a capitalised "X's" they make X's a name ("Lloyd's said",
#: "McDonald's told"), not a possessive ("Trump's statement")
VERB_ONLY_FORMS = frozenset("said told added warned stated wrote announced declared insisted".split())


class Cue(NamedTuple):
    """A cue at tokens ``first`` … ``last`` (inclusive); ``head`` is the verb token."""

    first: int
    last: int
    head: int
    lemma: str
    kind: str          # speech | demand | evaluate | according


def find_cues(toks: Tokens, lo: int, hi: int, quoted: list[bool]) -> list[Cue]:
    """Cues among tokens ``lo`` … ``hi - 1`` that are not inside a quotation."""
    out: list[Cue] = []
    opener = poll_opener(toks, lo, hi, quoted)
    if opener is not None:
        out.append(Cue(opener[0], opener[0], opener[0], "in", "according"))   # "In a Gallup poll, …"
    positions = toks.positions(CUE_STARTS)  # found once per Doc, as every sentence asks
    i = lo
    while i < hi:
        # only a cue word can begin a cue: go straight to the next one
        k = bisect_left(positions, i)
        if k == len(positions) or positions[k] >= hi:
            break
        i = positions[k]
        if quoted[i]:
            i += 1
            continue
        w = toks.lower[i]
        if w == "according" and i + 1 < hi and toks.lower[i + 1] == "to":
            out.append(Cue(i, i + 1, i, "according to", "according"))
            i += 2
            continue
        if w in PUT_FORMS:
            put = _put_it(toks, i, lo, hi, quoted)
            if put is not None:
                out.append(Cue(extend_cue_left(toks, i, lo), put, i, "put it", "speech"))
                i = put + 1
            else:
                i += 1
            continue
        if w in MAKE_FORMS:
            clear = _make_clear(toks, i, hi, quoted)
            if clear is not None:
                phrase = "make the case" if toks.lower[clear] == "case" else "make clear"
                out.append(Cue(extend_cue_left(toks, i, lo), clear, i, phrase, "speech"))
                i = clear + 1
            else:
                i += 1
            continue
        entry = CUE_FORMS.get(w)
        if entry is None:
            i += 1
            continue
        lemma, kind = entry
        if i > lo and toks.text[i - 1] in ("<", "</") and toks.start[i] == toks.end[i - 1]:
            i += 1          # "<tweet author=…>": a markup tag left in scraped text, not a word
            continue
        if w in THAT_ONLY_FORMS and (i + 1 >= hi or toks.lower[i + 1] != "that"):
            i += 1          # "we know", "a note", "were concerned about": no report without "that"
            continue
        prev = toks.lower[i - 1] if i > lo else ""
        if w in SUBJECT_ONLY_FORMS and not _subject_word(toks, i - 1, lo):
            i += 1          # "criminal charges that …", "dogged by charges that …": the noun
            continue
        contracted = prev in ("'s", "’s") and i - 2 >= lo and toks.lower[i - 2] in CONTRACTING_SUBJECTS
        named_with_s = w in VERB_ONLY_FORMS and i - 2 >= lo and toks.text[i - 2][:1].isupper()
        if (prev in DETERMINERS and not ((prev in FLOATING_QUANTIFIERS
                                          or quantifier_subject(toks, i - 1, lo))
                                         and w not in AMBIGUOUS)) \
                or ((prev.endswith("'s") or prev.endswith("’s")) and not contracted and not named_with_s):
            i += 1          # "the call", "Trump's statement"; but "they all said", "both warned", "many said"
            continue
        if w in PUBLISHING_PARTICIPLES and prev in MEDIUM_NOUNS:
            i += 1          # "in a video posted online", "a letter written in 2019": a participle of the medium
            continue
        nxt = toks.lower[i + 1] if i + 1 < hi else ""
        if w == "show" and (prev in SHOW_NOUN_BEFORE or (i - 1 > lo and toks.text[i - 1][:1].isupper()
                                                         and not prev.endswith("s")
                                                         and not _clause_after_that(toks, i + 1, hi))):
            i += 1          # "a TV show", "his talk show", "to show": the noun or an infinitive;
            continue        # but "Figures from the Statistics Office show that unemployment fell" and
            #                 "Polls show …" (a plural or the sentence's first word) report
        if w.endswith("s") and w in AMBIGUOUS and nxt in CUE_FORMS and nxt not in AMBIGUOUS \
                and CUE_FORMS[nxt][0] != lemma and not nxt.endswith("ing"):
            i += 1          # "new fundraising reports show …": a plural noun before the verb
            continue
        if w.endswith("s") and w in AMBIGUOUS and i > lo and (past_form(toks, i - 1) or prev in _BEFORE_A_NOUN):
            i += 1          # "rejected reports that …", "said claims of fraud were …", "amid fears that …":
            continue        # after a verb or a preposition the word is a plural noun, not the verb
        if lemma in FEELING_VERBS:
            feeling = _feeling_then_that(toks, i + 1, hi, quoted)
            if feeling is not None:
                # "expressed concern that …", "voiced deep doubts that …": the noun belongs to the cue
                out.append(Cue(extend_cue_left(toks, i, lo), feeling, i, lemma, kind))
                i = feeling + 1
                continue
        last = i
        if (nxt in ("-", "\u2011") and toks.start[i + 1] == toks.end[i]) or nxt in NOT_REPORTING_PARTICLES.get(lemma, ()):
            i += 1              # "write-offs", "added to the tally"; a spaced dash ends a parenthesis
            continue
        if lemma in NEEDS_PARTICLE:
            if nxt in NEEDS_PARTICLE[lemma]:
                last = i + 1
            elif not _quotation_soon(toks, i + 1, hi, quoted):
                i += 1
                continue
        out.append(Cue(extend_cue_left(toks, i, lo), last, i, lemma, kind))
        i = last + 1
    return out


#: words after which a form like "reports" or "claims" is a plural noun ("there were reports that …")
_BEFORE_A_NOUN = frozenset("were are of amid about over despite denied by with".split())


def _subject_word(toks: Tokens, k: int, lo: int) -> bool:
    """Whether token ``k`` can end a subject right before a verb: a pronoun, a capitalised word
    ("Trump", "Critics") or a plural noun ("his opponents"); not an adjective nor a preposition."""
    if k < lo:
        return False
    t, w = toks.text[k], toks.lower[k]
    if not t.isalpha() or t.isupper() and len(t) > 1:
        return False    # punctuation, or a word of an all-capitals heading
    return w in PRONOUNS or t[:1].isupper() or (w.endswith("s") and w not in NP_STOP and w not in DETERMINERS)


def _clause_after_that(toks: Tokens, k: int, hi: int) -> bool:
    """Whether "that" at ``k`` opens a clause with its own subject ("show that prices fell"),
    not a relative clause whose verb follows at once ("a TV show that aired on Monday")."""
    if k + 1 >= hi or toks.lower[k] != "that":
        return False
    t, w = toks.text[k + 1], toks.lower[k + 1]
    if not t[:1].isalnum() or w in FINITE:
        return False
    return not (t[:1].islower() and w not in DETERMINERS and (w.endswith("ed") or w.endswith("s")))


#: verbs that voice a feeling which a "that"-clause then states ("expressed concern that …")
FEELING_VERBS = frozenset(("express", "voice"))
FEELING_NOUNS = frozenset("concern concerns fear fears hope hopes confidence doubt doubts optimism regret "
                          "frustration worry worries belief view surprise skepticism scepticism disappointment "
                          "anger alarm dismay outrage certainty conviction".split())
#: adjectives that may stand before the feeling ("deep concern", "growing doubts")
_FEELING_ADJECTIVES = frozenset("deep serious grave growing strong great some its his her their particular "
                                "renewed similar".split())


def _feeling_then_that(toks: Tokens, k: int, hi: int, quoted: list[bool]) -> int | None:
    """The index of the feeling noun in "expressed (deep) concern that …", else None."""
    while k < hi and toks.lower[k] in _FEELING_ADJECTIVES and not quoted[k]:
        k += 1
    if k + 1 < hi and toks.lower[k] in FEELING_NOUNS and not quoted[k] and toks.lower[k + 1] == "that":
        return k
    return None


#: forms of "put" that open the cue "as X put it"
PUT_FORMS = frozenset(("put", "puts"))
#: how far before "put it" the "as" of "as X put it" may stand ("As the finance minister put it")
AS_WINDOW = 10


def _put_it(toks: Tokens, i: int, lo: int, hi: int, quoted: list[bool]) -> int | None:
    """The index of "it" when "put it" at ``i`` attributes words, else None.

    "As the envoy put it, …", "…, as one analyst put it." and "She put it bluntly:
    "…"" attribute; "put it on the table" does not. The words after "it" must
    close the phrase (a comma, colon or full stop, after manner adverbs), or an
    "as" must open the clause of the subject.
    """
    k = i + 1
    if k >= hi or toks.lower[k] != "it" or quoted[k]:
        return None
    j = k + 1
    while j < hi and is_manner_adverb(toks.text[j]):
        j += 1
    if j >= hi or toks.text[j] in (",", ":", ".", ";") or quoted[j]:
        return k
    for b in range(i - 1, max(lo, i - AS_WINDOW) - 1, -1):
        if toks.lower[b] == "as":
            return k
        if toks.text[b] in (".", ";", ":") or quoted[b]:
            break
    return None


#: forms of "make" that open the cue "made (it) clear (that)"
MAKE_FORMS = frozenset(("make", "makes", "made", "making"))


def _make_clear(toks: Tokens, i: int, hi: int, quoted: list[bool]) -> int | None:
    """The index of "clear" ("case") when "made (it) clear that" / "made the case that" starts at ``i``.

    Only with "that" after it: "made clear his anger" names what was shown, and
    "made the table clear" is no report.
    """
    k = i + 1
    if k + 2 < hi and toks.lower[k] == "the" and toks.lower[k + 1] == "case" and toks.lower[k + 2] == "that":
        return k + 1    # "made the case that …"
    if k < hi and toks.lower[k] == "it":
        k += 1
    if k + 1 < hi and toks.lower[k] == "clear" and toks.lower[k + 1] == "that" and not quoted[k]:
        return k
    return None


#: every word that may begin a cue: a cue form, "according", "made (clear)", "put (it)"
CUE_STARTS = trigger_words(frozenset(CUE_FORMS) | {"according"} | MAKE_FORMS | PUT_FORMS)


#: auxiliaries and adverbs that belong to the cue phrase ("has also said", "did not say")
CUE_AUX = frozenset("has have had is was are were will would also has've did does do not n't n’t 's ’s "
                    "had've could can should may might must been being be never repeatedly "
                    "previously publicly long already often again later once still now even then further".split())


#: how many words may name the thing before its quoted name ("called the launch on Monday "an outrage"")
NAMING_WINDOW = 7
_NAMING_STOP = frozenset((",", ".", ";", ":", "!", "?", "and", "but", "to", "for", "on", "upon", "that"))


def _quotation_soon(toks: Tokens, i: int, hi: int, quoted: list[bool]) -> bool:
    """Whether a quotation follows within a short object phrase: "called it "…"", "called the launch "…""."""
    for k in range(i, min(hi, i + NAMING_WINDOW)):
        if quoted[k]:
            return True
        if toks.lower[k] in _NAMING_STOP or "\n" in toks.text[k]:
            return False
    return False


def extend_cue_left(toks: Tokens, first: int, lo: int) -> int:
    """The cue phrase's first token, auxiliaries and manner adverbs included ("has said", "firmly denied")."""
    i = _over_auxiliaries(toks, first, lo)
    if i - 3 >= lo and toks.lower[i - 1] == "to" and toks.lower[i - 2] == "on" and toks.lower[i - 3] in _GO_FORMS:
        i = _over_auxiliaries(toks, i - 3, lo)      # "went on to say", "goes on to explain": one cue phrase
    return i


def _over_auxiliaries(toks: Tokens, i: int, lo: int) -> int:
    """Step left from token ``i`` over the auxiliaries and manner adverbs before it; a capitalised
    auxiliary after a name is the name's end, not the verb's ("Helena May said", see
    :func:`~reactlib.quotes.tokens.surname_like`)."""
    while i - 1 >= lo and (toks.lower[i - 1] in CUE_AUX or is_manner_adverb(toks.text[i - 1])):
        if surname_like(toks, i - 1, lo):
            break
        if toks.text[i - 1][:1].isupper() and i - 2 >= lo and toks.text[i - 2][:1].islower():
            break   # "a poll released in late May found": a capital after a lower-case word is the month
        if modal_named(toks, i - 1):
            break   # "May said", "Will told": a modal never governs a past tense, so the word is a name
        i -= 1
    return i


_GO_FORMS = frozenset(("went", "goes", "go", "going", "gone"))
