"""Quotes round 15: where an indirect report starts and stops. Sentences written for this round
(invented people, places and events), each watched failing before its rule:

* a hearer that is an audience, a meeting or an outlet ("told a rally in Porto the vote …",
  "told the newspaper the mine …"): the clause starts after the hearer, not inside it;
* a time adverb before "that" ("said later in the day that …", "said earlier on Monday during a
  briefing that …"): the clause starts at "that";
* a clause ending on an abbreviation whose full stop ends the sentence ("… in the U.K. She
  says …"): the report stops there and the next sentence's report is its own.
"""

from __future__ import annotations

import pytest

import reactlib


def reports(text: str) -> list[tuple[str, str, str | None]]:
    """(kind, quoted text, speaker mention) of each quote, in text order."""
    article = reactlib.parse(text)
    out = []
    for q in article.quotes:
        mention = text[q.speaker_start:q.speaker_end] if q.speaker_start is not None else None
        out.append((q.kind, text[q.start:q.end], mention))
    return out


def indirect_texts(text: str) -> list[str]:
    return [t for kind, t, _ in reports(text) if kind == "indirect"]


HEARER_AUDIENCES = [
    ("Ortiz told a rally in Porto the vote would be close.", "the vote would be close"),
    ("The minister told the crowd the reforms were working.", "the reforms were working"),
    ("Haddad told a town-hall meeting on Tuesday he would not raise taxes.", "he would not raise taxes"),
    ("Nkosi told the newspaper the mine would close.", "the mine would close"),
    ("Raes told a news conference they are laying the groundwork for a deal.",
     "they are laying the groundwork for a deal"),
    ("The governor told a Lisbon radio station the dam was safe.", "the dam was safe"),
    ("Moreau told the committee her office had never seen the files.", "her office had never seen the files"),
    ("The coach told the audience in Accra his players deserved a rest.", "his players deserved a rest"),
]


@pytest.mark.parametrize(("text", "clause"), HEARER_AUDIENCES)
def test_the_clause_starts_after_an_audience_or_outlet(text: str, clause: str) -> None:
    assert indirect_texts(text) == [clause]


HEARER_NEGATIVES = [
    # the hearer is a person or reporters: unchanged
    ("Ortiz told reporters the vote would be close.", ["the vote would be close"]),
    ("Ortiz told his aides to prepare a plan.", ["his aides to prepare a plan"]),
    # "that" after the hearer: the clause is the "that" clause, as before
    ("Ortiz told a rally in Porto that the vote would be close.", ["that the vote would be close"]),
]


@pytest.mark.parametrize(("text", "expected"), HEARER_NEGATIVES)
def test_other_hearers_keep_their_clause(text: str, expected: list[str]) -> None:
    assert indirect_texts(text) == expected


TIME_BEFORE_THAT = [
    ("Kask said later in the day that the budget would be delayed.", "that the budget would be delayed"),
    ("Kask said earlier on Monday during a briefing that she may delay the budget.",
     "that she may delay the budget"),
    ("The envoy said yesterday in Vienna that the talks had stalled.", "that the talks had stalled"),
    ("The agency said today that the river had peaked.", "that the river had peaked"),
]


@pytest.mark.parametrize(("text", "clause"), TIME_BEFORE_THAT)
def test_a_time_adverb_before_that_is_not_reported(text: str, clause: str) -> None:
    assert indirect_texts(text) == [clause]


def test_that_opening_a_relative_clause_after_the_time_is_not_the_report() -> None:
    # "that" with its verb at once describes the noun before it: no "that" clause is reported
    assert all(not t.startswith("that") for t in
               indirect_texts("Kask said later in a speech that was broadcast nationally the budget would be delayed."))


ABBREVIATION_ENDS = [
    ("Union leader Anne Dufort says the tariff is hurting growers in the U.K. She says exporters have "
     "lost orders.", ["the tariff is hurting growers in the U.K.", "exporters have lost orders"]),
    ("The envoy said the delegation would land in Washington, D.C. It was his third visit this year.",
     ["the delegation would land in Washington, D.C."]),
    ("Kask said the vote would be held at 9 a.m. The polls close at 8 p.m.",
     ["the vote would be held at 9 a.m."]),
]


@pytest.mark.parametrize(("text", "expected"), ABBREVIATION_ENDS)
def test_a_report_stops_at_an_abbreviation_ending_its_sentence(text: str, expected: list[str]) -> None:
    assert indirect_texts(text) == expected


ABBREVIATION_INSIDE = [
    ("Dufort said U.S. troops had left the base.", ["U.S. troops had left the base"]),
    ("Dufort said the U.S. Navy had left the port.", ["the U.S. Navy had left the port"]),
    ("Kask said the meeting starts at 9 a.m. on Friday.", ["the meeting starts at 9 a.m. on Friday"]),
]


@pytest.mark.parametrize(("text", "expected"), ABBREVIATION_INSIDE)
def test_an_abbreviation_inside_the_sentence_keeps_the_report_going(text: str, expected: list[str]) -> None:
    assert indirect_texts(text) == expected


PARENTHESIS_AFTER_CUE = [
    ("Finance Minister Pieter Raes says, rain or shine in Sunday's vote, he is staying in his post.",
     "rain or shine in Sunday's vote, he is staying in his post"),
    ("The mayor says, despite the floods, the festival will go ahead.",
     "despite the floods, the festival will go ahead"),
    ("Coach Ama Boateng said, win or lose on Saturday, her team would stay in Kumasi.",
     "win or lose on Saturday, her team would stay in Kumasi"),
]


@pytest.mark.parametrize(("text", "clause"), PARENTHESIS_AFTER_CUE)
def test_a_phrase_in_commas_after_the_cue_opens_the_reported_clause(text: str, clause: str) -> None:
    assert indirect_texts(text) == [clause]


PARENTHESIS_NEGATIVES = [
    # the clause comes before the attribution: unchanged
    ("The plant, the official said, will reopen in March.",
     ["The plant, the official said, will reopen in March"]),
    ('"The plant will reopen," the official said, "and the workers will return."', []),
    # "that" after the phrase in commas: the "that" clause, as before
    ("The mayor said, after a long meeting, that the festival would go ahead.",
     ["that the festival would go ahead"]),
]


@pytest.mark.parametrize(("text", "expected"), PARENTHESIS_NEGATIVES)
def test_other_commas_after_the_cue_are_unchanged(text: str, expected: list[str]) -> None:
    assert indirect_texts(text) == expected
