"""Interview transcripts: "Q: …" / "A: …" lines, with no quotation marks.

A news interview printed as a transcript gives each answer on a line of its own after
"A:" (or "Answer:"), each question after "Q:" ("Question:"). The answers are the
interviewee's own words, so each is a direct quote; the questions are the interviewer's and
are not reported as quotes. The interviewee is named in the intro before the first question
("We spoke on Tuesday to Foreign Minister Ada Okafor", "X was interviewed by …"). There is no
verb of saying: the cue is the answer's label and the channel is "interview".

Only a real exchange counts: an answer line right after a question line. A lettered list
("A: extend the ceasefire", "B: …"), "Q3 results" or a lone "Answer: …" is no transcript.
A single capital letter before a colon is never a speaker's name either, so :mod:`.colon`
leaves those lines out of its "Name: words" reading (``TRANSCRIPT_LABELS``).
"""

from __future__ import annotations

import re
from typing import NamedTuple

_QUESTION = re.compile(r"(?:Q|Question)\s*:")
_ANSWER = re.compile(r"(?:A|Answer)\s*:")

#: "spoke (on Tuesday) to X", "talked with X", "interviewed X", "an interview with X", "sat down with X"
_INTRO = re.compile(
    r"\b(?:(?:spoke|spoken|speaks|talked|talks|sat down)\b[^.\n]{0,40}?\b(?:to|with)"
    r"|interviewed|interview with)\s+(?=\S)")
#: "X was interviewed by", "X spoke to us / to Reuters" with the interviewee first
_INTRO_PASSIVE = re.compile(r"\b(?:was|were|has been) interviewed\b")
#: "X spoke to us", "X talked (on Monday) with this newspaper": the interviewer is the writer, so
#: the interviewee is the sentence's subject, not the object after "to"
_INTRO_TO_WRITER = re.compile(
    r"\b(?:spoke|spoken|talked|sat down)\b[^.\n]{0,40}?\b(?:to|with)\s+"
    r"(?:us|me|this (?:newspaper|paper|website|reporter|correspondent))\b")
#: a non-blank line without the white space around it
_LINE = re.compile(r"\S(?:[^\n]*\S)?")
#: where a speaker phrase after the intro verb ends
_PHRASE_END = re.compile(r"[.;:\n(]| (?:in|on|at|about|after|before|by|for|during|from|last|this|who) ")


class Answer(NamedTuple):
    """One answer: its words' char span, its label's span, the interviewee phrase, the intro."""

    start: int
    end: int
    label: tuple[int, int]
    speaker: tuple[int, int] | None
    context: tuple[int, int]


def _lines(text: str):
    """(start, end) of each non-blank line, stripped."""
    return ((m.start(), m.end()) for m in _LINE.finditer(text))


def _speaker_phrase(text: str, start: int, limit: int) -> tuple[int, int] | None:
    """The interviewee phrase starting at ``start``: up to a clause break, past a lowercase role
    and its comma ("the Norwegian fisheries minister, Henrik Dahl")."""
    m = _PHRASE_END.search(text, start, limit)
    end = m.start() if m else limit
    comma = text.find(",", start, end)
    if comma >= 0:
        before = text[start:comma].split()
        if text[start:start + 1].islower() or text[start:start + 4] in ("The ", "Its ", "His ", "Her ") \
                or (len(before) > 1 and before[0].endswith(("'s", "\u2019s")) and before[-1].islower()):
            # a role before the name: "the fisheries minister, Henrik Dahl", "Chile's envoy, Ana Soto"
            second = text.find(",", comma + 1, end)
            end = second if second >= 0 else end
        else:
            end = comma
    while end > start and text[end - 1] in " ,":
        end -= 1
    phrase = text[start:end]
    if not phrase or not any(w[:1].isupper() for w in phrase.split()):
        return None
    return start, end


def _interviewee(text: str, lo: int, hi: int) -> tuple[tuple[int, int] | None, tuple[int, int]]:
    """The phrase naming the interviewee in the intro ``text[lo:hi]`` (the last such sentence
    wins), and the intro sentence as the quote's context."""
    found = None
    context = (lo, lo)
    for m in _INTRO.finditer(text, lo, hi):
        span = _speaker_phrase(text, m.end(), hi)
        if span is not None:
            found, context = span, _sentence_around(text, m.start(), lo, hi)
    if found is None:
        for m in (*_INTRO_PASSIVE.finditer(text, lo, hi), *_INTRO_TO_WRITER.finditer(text, lo, hi)):
            sentence = _sentence_around(text, m.start(), lo, hi)   # the interviewee opens it
            span = _speaker_phrase(text, sentence[0], m.start())
            if span is not None:
                found, context = span, sentence
    return found, context


def _sentence_around(text: str, k: int, lo: int, hi: int) -> tuple[int, int]:
    stop = text.rfind(". ", lo, k)
    s = max(stop + 2 if stop >= 0 else lo, text.rfind("\n", lo, k) + 1, lo)
    e = text.find(". ", k, hi)
    return s, (e + 1 if e >= 0 else hi)


def _labelled(text: str, s: int, e: int, label: re.Pattern) -> int | None:
    """Where the words after ``label`` start on the line ``text[s:e]``, if it opens with it."""
    m = label.match(text, s, e)
    if m is None:
        return None
    k = m.end()
    while k < e and text[k].isspace():
        k += 1
    return k if k < e else None


class Transcript(NamedTuple):
    """A Q/A transcript: where its first question's line starts, and its answers."""

    first_question: int
    answers: list[Answer]


def qa_answers(text: str) -> list[Answer]:
    """Every answer of a Q/A transcript in ``text``; none unless an answer follows a question."""
    transcript = qa_transcript(text)
    return transcript.answers if transcript is not None else []


def qa_transcript(text: str) -> Transcript | None:
    """The Q/A transcript in ``text``, or None unless an answer follows a question.

    Why the first question too: what is said from there on was said on the interview's day,
    which the dates stage needs (:mod:`reactlib.timex.interview_day`).
    """
    if ":" not in text:
        return None
    lines = list(_lines(text))
    answers: list[tuple[int, int, int]] = []
    first_question = None
    after_question = False
    for s, e in lines:
        q = _labelled(text, s, e, _QUESTION)
        if q is not None:
            after_question = True
            if first_question is None:
                first_question = s
            continue
        a = _labelled(text, s, e, _ANSWER)
        if a is not None and after_question:
            answers.append((s, a, e))
        after_question = False
    if not answers or first_question is None:
        return None
    speaker, context = _interviewee(text, 0, first_question)
    out = []
    for s, a, e in answers:
        colon = text.find(":", s, a)
        out.append(Answer(a, e, (colon, colon + 1), speaker, context))
    return Transcript(first_question, out)


class Interview(NamedTuple):
    """The "Name: words" lines of an interview, by the words' start: the interviewee's answers
    and the interviewer's questions (to drop)."""

    speaker: tuple[int, int]     # the interviewee phrase of the intro, the speaker of every answer
    answers: set[int]
    questions: set[int]


def _surname(text: str, span: tuple[int, int]) -> str:
    """The last capitalised word of the interviewee phrase, lower-cased ("Ada Okafor" -> "okafor")."""
    words = [w.strip(".,'\u2019") for w in text[span[0]:span[1]].split() if w[:1].isupper()]
    return words[-1].lower() if words else ""


def interview_turns(text: str, lines: list[tuple[tuple[int, int], tuple[int, int]]]) -> Interview | None:
    """For the "Name: words" lines (label span, words span) of an interview transcript, which
    are the interviewer's questions and which the interviewee's answers (None: no interview).

    Only after an intro naming an interviewee ("Reuters spoke to …") and with at least two
    labels taking turns: a line whose label holds the interviewee's surname ("MINISTER OKAFOR:",
    "Okafor:") is the interviewee's; a question ("…?") under any other label is the interviewer's.
    """
    if len(lines) < 2 or len({" ".join(text[s:e].lower().split()) for (s, e), _ in lines}) < 2:
        return None
    first = min(s for (s, _), _ in lines)
    speaker, _ = _interviewee(text, 0, first)
    if speaker is None:
        return None
    surname = _surname(text, speaker)
    if not surname:
        return None
    out = Interview(speaker, set(), set())
    for (ls, le), (ws, we) in lines:
        label_words = [w.strip(".,'\u2019").lower() for w in text[ls:le].split()]
        if surname in label_words:
            out.answers.add(ws)
        elif text[ws:we].rstrip().endswith("?"):
            out.questions.add(ws)
    return out
