"""Interview transcripts: "Q: …" / "A: …" lines after an intro naming the interviewee.

A news interview printed as a transcript has no quotation marks: each answer is the
interviewee's direct quote (channel "interview", no verb of saying), the questions are the
interviewer's and are not quotes. Transcripts written for this change, with invented people
and places, each watched failing before the rule.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import reactlib

QA_TRANSCRIPTS = [
    ("Reuters spoke to Foreign Minister Ada Okafor on Tuesday in Abuja. Excerpts follow.\n\n"
     "Q: Will your government accept the ruling?\n\n"
     "A: We will study it carefully, but we reject any attempt to redraw our borders.\n\n"
     "Q: What happens next?\n\n"
     "A: Our lawyers will file an appeal before the end of the month.\n",
     "Ada Okafor",
     ["We will study it carefully, but we reject any attempt to redraw our borders.",
      "Our lawyers will file an appeal before the end of the month."]),
    ("We talked on Friday with Henrik Dahl, the Norwegian fisheries minister, in Tromso. "
     "The conversation has been condensed.\n\n"
     "Q: Are the quotas fair?\n"
     "A: No. They punish small boats and reward the trawler fleets.\n"
     "Q: Will Norway leave the agreement?\n"
     "A: That is not on the table today, but patience is running out.\n",
     "Henrik Dahl",
     ["No. They punish small boats and reward the trawler fleets.",
      "That is not on the table today, but patience is running out."]),
    ("The Chilean mining minister, Rosa Quispe, was interviewed by our correspondent in Santiago.\n\n"
     "Question: Will the lithium law pass?\n\n"
     "Answer: I am confident it will pass before the winter recess.\n",
     "Rosa Quispe",
     ["I am confident it will pass before the winter recess."]),
]


def _quotes(text: str):
    """(kind, words, speaker mention, channel) of each quote: the mention, since the actors
    extractor does not make every person named only in an intro an actor."""
    article = reactlib.parse(text)
    return [(q.kind, q.text, text[q.speaker_start:q.speaker_end] if q.speaker_start is not None else None,
             q.channel) for q in article.quotes]


def test_answers_resolve_to_the_interviewee_actor():
    article = reactlib.parse(QA_TRANSCRIPTS[0][0])
    actors = {a.id: a for a in article.actors}
    assert [actors[q.speaker].name for q in article.quotes if q.kind == "direct"] == ["Ada Okafor"] * 2


@pytest.mark.parametrize("text,speaker,answers", QA_TRANSCRIPTS)
def test_each_answer_is_the_interviewees_direct_quote(text, speaker, answers):
    found = _quotes(text)
    directs = [(t, s is not None and s.endswith(speaker), c) for kind, t, s, c in found if kind == "direct"]
    assert directs == [(a, True, "interview") for a in answers]


@pytest.mark.parametrize("text,speaker,answers", QA_TRANSCRIPTS)
def test_questions_are_not_quotes(text, speaker, answers):
    found = _quotes(text)
    assert not [t for _, t, _, _ in found if t.endswith("?")]


def test_answer_with_quotation_inside_stays_one_direct_quote():
    text = ("We spoke to Lena Park, the Korean trade envoy, in Geneva on Monday.\n\n"
            "Q: Is the tariff deal dead?\n\n"
            "A: Not at all. As I told my counterpart, \"the door is open,\" and it still is.\n")
    found = _quotes(text)
    assert [(k, s) for k, _, s, _ in found] == [("direct", "Lena Park")]


FALSE_ALARMS = [
    # quarter results, a lettered list, a heading: no interview here
    "Shares in Norsk Hydro rose after Q3 results beat forecasts. Q4 guidance was unchanged.\n",
    "The plan has three options.\nA: extend the ceasefire by a month.\nB: withdraw all troops.\n"
    "C: call an international conference.\n",
    "Q: the letter used for the new series of coins.\n",
    "Answer: the ministry has not replied to our questions about the tender.\n",
]


@pytest.mark.parametrize("text", FALSE_ALARMS)
def test_no_transcript_without_questions_and_answers(text):
    found = _quotes(text)
    assert not [f for f in found if f[3] == "interview"]
    assert not [f for f in found if f[0] == "direct"]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["Q: ", "A: ", "Q:", "A:", "\n", "Okafor ", "spoke to ", "Ada ", "why?", "yes.",
                                 "We ", "will ", "interviewed ", ".", ",", " "]), max_size=40))
def test_odd_transcript_like_input_never_crashes(parts):
    article = reactlib.parse("".join(parts) or "x")
    for q in article.quotes:
        assert 0 <= q.start <= q.end <= len(article.text)


LABELLED_TRANSCRIPTS = [
    ("Reuters spoke to Foreign Minister Ada Okafor on Tuesday in Abuja. Excerpts follow.\n\n"
     "REUTERS: Will your government accept the ruling?\n\n"
     "MINISTER OKAFOR: We will study it carefully, but we reject any attempt to redraw our borders.\n\n"
     "REUTERS: What happens next?\n\n"
     "OKAFOR: Our lawyers will file an appeal before the end of the month.\n",
     "Ada Okafor",
     ["We will study it carefully, but we reject any attempt to redraw our borders.",
      "Our lawyers will file an appeal before the end of the month."]),
    ("The Guardian interviewed Chilean mining minister Rosa Quispe in Santiago on Monday.\n\n"
     "The Guardian: Will the lithium law pass?\n\n"
     "Quispe: I am confident it will pass before the winter recess.\n\n"
     "The Guardian: And the unions?\n\n"
     "Quispe: They have been consulted at every step.\n",
     "Rosa Quispe",
     ["I am confident it will pass before the winter recess.", "They have been consulted at every step."]),
]


@pytest.mark.parametrize("text,speaker,answers", LABELLED_TRANSCRIPTS)
def test_labelled_transcript_gives_the_interviewee_answers_and_drops_questions(text, speaker, answers):
    article = reactlib.parse(text)
    actors = {a.id: a for a in article.actors}
    assert [(q.kind, q.text, actors[q.speaker].name, q.channel) for q in article.quotes] == \
        [("direct", a, speaker, "interview") for a in answers]


def test_labelled_lines_without_an_interview_intro_keep_their_labels():
    text = ("Lawmakers traded barbs in the chamber on Thursday.\n\n"
            "Senator Ruiz: This budget abandons the rural poor entirely.\n\n"
            "Senator Park: Every figure in that complaint is wrong.\n")
    assert [(q.kind, q.channel) for q in reactlib.parse(text).quotes] == [("direct", None), ("direct", None)]
