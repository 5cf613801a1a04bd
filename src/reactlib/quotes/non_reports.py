"""Verbs of saying that report nothing said: three shapes news copy uses around them.

* "He did not say where the gold was stored", "declined to say whether …": a question the
  speaker left unanswered is the writer's remark, not words of the speaker.
* "Brazil has long denied funding armed groups": a denial whose object is an act (a gerund
  with no subject) rejects a charge; it reports no clause ("denied that it had funded …" does).
* "denied reports that the tickets were oversold": a denial of others' words reports nothing
  said by the speaker (:func:`denied_hearsay`).
* "- RUSSIA: The Kremlin declined to comment.": a line telling of no answer is the writer's, not
  words of the label before it (:func:`no_comment`).
* "to add the freighter to its blacklist", "posted a message on Facebook": "add" and "post"
  with a noun object put something somewhere; only a clause after them is a report (in
  ``clauses.NP_OBJECT_CUES``).
* "give its observers continued access to …": "continued" attributes quotations ('"…," she
  continued'); with no "that" after it, what follows is no report (:func:`continued_object`).
"""

from __future__ import annotations

from .tokens import Tokens

#: words that negate or withhold the cue right before it ("did not say", "declined to say")
_WITHHOLDING = frozenset(("not", "n't", "never", "declined", "refused", "wouldn't", "didn't", "won't"))
#: how many tokens before the cue the negation may stand ("did not immediately say", "declined to say")
NEGATION_REACH = 3
#: words that open an embedded question
_QUESTION_WORDS = frozenset("where whether when why how what who which if".split())


def _withheld(toks: Tokens, first: int) -> bool:
    k = first - 1
    while k >= 0 and first - k <= NEGATION_REACH:
        w = toks.lower[k]
        if w in _WITHHOLDING:
            return True
        if not (w.isalpha() or toks.is_space[k]):
            return False
        k -= 1
    return False


def unanswered_question(toks: Tokens, first: int, j: int, hi: int) -> bool:
    """Whether the cue whose verb is at ``first`` is withheld ("did not say", "declined to say") and
    its clause at ``j`` is an embedded question ("where …", "whether …")."""
    return j < hi and toks.lower[j] in _QUESTION_WORDS and _withheld(toks, first)


#: "-ing" words that open no act ("during", "according")
_NOT_GERUNDS = frozenset(("during", "according", "including", "regarding", "concerning", "nothing", "anything",
                          "everything", "something"))


def denied_act(toks: Tokens, lemma: str, j: int, hi: int) -> bool:
    """Whether a denial's object at ``j`` is a gerund ("denied seeking nuclear weapons")."""
    if lemma != "deny" or j >= hi:
        return False
    w = toks.lower[j]
    return toks.text[j][:1].islower() and w.endswith("ing") and len(w) > 4 and w not in _NOT_GERUNDS


#: what a denial rejects when it names others' words, not the speaker's: "denied reports that …"
_HEARSAY = frozenset("report reports claim claims allegation allegations accusation accusations rumour rumours "
                     "rumor rumors suggestion suggestions speculation".split())


def denied_hearsay(toks: Tokens, lemma: str, j: int, hi: int) -> bool:
    """Whether a denial's object at ``j`` is someone else's words ("denied (the) reports that the
    tickets were oversold", "rejected claims of …"): the clause is what others said, unnamed, and
    the speaker only rejects it; the denial is a stance, not a report of the clause."""
    if lemma not in ("deny", "reject", "dismiss") or j >= hi:
        return False
    if toks.lower[j] in ("the", "these", "those", "such", "media", "press") and j + 1 < hi:
        j += 1
    return toks.text[j][:1].islower() and toks.lower[j] in _HEARSAY


#: verbs of answering that a refusal governs: "declined to comment", "did not respond"
_ANSWERING = frozenset("comment respond reply answer".split())


#: verbs after "declined to" that mean giving no (further) answer
_ANSWERING_MORE = _ANSWERING | frozenset("elaborate say discuss give".split())


def refuses_answer(toks: Tokens, k: int, hi: int) -> bool:
    """Whether ``k`` opens "declined/refused to comment (further)", "declined to elaborate": after
    "but"/"and" in a report, the speaker's own next act ('said it was "aware of the reports" but
    declined to comment further'), not more of what was said."""
    return k + 2 < hi and toks.lower[k] in ("declined", "refused") and toks.lower[k + 1] == "to" \
        and toks.lower[k + 2] in _ANSWERING_MORE


def no_comment(toks: Tokens, start: int, end: int) -> bool:
    """Whether the words ``start`` … ``end - 1`` tell that someone gave no answer ("The Kremlin
    declined to comment", "did not immediately respond", "could not be reached"): the writer's
    narration, which a roundup label before it ("- RUSSIA: …") does not turn into a quote."""
    for k in range(start, min(end, len(toks.text))):
        if toks.lower[k] in _ANSWERING and _withheld(toks, k):
            return True
        if toks.lower[k] == "reached" and k - 2 >= start and toks.lower[k - 1] == "be" \
                and toks.lower[k - 2] in ("not", "n't"):
            return True
    return False


def continued_object(toks: Tokens, lemma: str, j: int, hi: int) -> bool:
    """Whether "continued" is followed by something other than "that" at ``j``."""
    return lemma == "continue" and j < hi and toks.lower[j] != "that"


_BE_FORMS = frozenset("is are was were be been being".split())


def impersonal_passive(text: str, speaker_span: tuple[int, int] | None, cue_span: tuple[int, int] | None) -> bool:
    """Whether "It was reported that …" / "It has been alleged that …": an expletive "it" before a
    passive cue names no one, so the report has no speaker (the pronoun would otherwise be read
    as the subject of the sentence before)."""
    if speaker_span is None or cue_span is None or text[speaker_span[0]:speaker_span[1]].lower() != "it":
        return False
    words = text[cue_span[0]:cue_span[1]].lower().split()
    return len(words) >= 2 and any(w in _BE_FORMS for w in words[:-1]) and words[-1].endswith(("ed", "said"))
