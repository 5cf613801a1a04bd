"""Quotes round 17: the whole subject phrase of a report, a poll that opens a sentence, and
the end of a report before ", citing".

* A head noun with a prepositional object of two conjuncts ("Specialists on Baltic shipping
  and port security said", "A study by Uppsala and the University of Tartu found") speaks as a
  whole: before, the speaker was the second conjunct alone ("port security", "the University
  of Tartu"), a wrong actor.
* A year between a determiner and its noun ("A 2018 audit", "the 2022 regional census")
  stays in the phrase: before, the speaker lost "A 2018".
* "In a Harris poll taken in late May, 61 percent …": the poll reports the clause after the
  comma, cue "In" (before: no quote).
* ", citing …" after a reported clause is the writer's addition (before: kept in the report).
* People "from" a common-noun group speak ("Elected officials from both regions say"; before:
  "both regions").

Invented sentences, watched failing first; negatives keep two clauses apart.
"""

from __future__ import annotations

import pytest

import reactlib


def speakers(text: str) -> list[str | None]:
    """The speaker mention of each quote, as text."""
    return [text[q.speaker_start:q.speaker_end] if q.speaker_start is not None else None
            for q in reactlib.parse(text).quotes]


@pytest.mark.parametrize("text, speaker", [
    ("Specialists on Baltic shipping and port security said the canal fees would rise.",
     "Specialists on Baltic shipping and port security"),
    ("Critics of the governor and her cabinet said the budget hid a deficit.",
     "Critics of the governor and her cabinet"),
    ("Fishermen from both islands and the mainland say the quotas are unfair.",
     "Fishermen from both islands and the mainland"),
    ("But veterans of the 1990s strikes and their families argue the pension law is unjust.",
     "veterans of the 1990s strikes and their families"),
])
def test_a_coordinated_object_stays_with_its_head(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


def test_a_study_by_two_bodies_is_the_speaker() -> None:
    text = "A 2018 study by Uppsala and the University of Tartu found that the lichen was spreading north."
    assert speakers(text) == ["A 2018 study by Uppsala and the University of Tartu"]


@pytest.mark.parametrize("text, speaker", [
    ("A 2018 audit of the harbour board found that invoices were missing.",
     "A 2018 audit of the harbour board"),
    ("The 2022 regional census shows that the valley lost a fifth of its people.",
     "The 2022 regional census"),
])
def test_a_year_after_the_determiner_stays_in_the_phrase(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


@pytest.mark.parametrize("text, speaker", [
    # two clauses: the words before "and" end with a verb, the army alone speaks
    ("Soldiers of the northern brigade withdrew and the army said the border was calm.", "the army"),
    ("Members of the board resigned and the chairman said the firm would be sold.", "the chairman"),
    # names coordinated at the opening stay as they were
    ("Mr. Osei and Ms. Varga said the vote would be delayed.", "Mr. Osei and Ms. Varga"),
    # a year that is no determiner's: the report's subject is the agency
    ("In 2019 the agency said the river was clean.", "the agency"),
])
def test_negatives_keep_their_speaker(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


def reports(text: str) -> list[tuple[str | None, str | None, str]]:
    """(speaker mention, cue span, reported text) of each quote."""
    out = []
    for q in reactlib.parse(text).quotes:
        speaker = text[q.speaker_start:q.speaker_end] if q.speaker_start is not None else None
        cue = text[q.cue_start:q.cue_end] if q.cue_start is not None else None
        out.append((speaker, cue, q.text))
    return out


@pytest.mark.parametrize("text, expected", [
    ("In a Harris poll taken in late May, 61 percent of renters backed the rent cap.",
     ("a Harris poll taken in late May", "In", "61 percent of renters backed the rent cap")),
    ("In the latest Ipsos survey, conducted by telephone, the governor trails her rival by four points.",
     ("the latest Ipsos survey", "In", "the governor trails her rival by four points")),
    ("But in a Gallup poll of likely voters, the incumbent leads by nine points.",
     ("a Gallup poll of likely voters", "in", "the incumbent leads by nine points")),
])
def test_an_opening_poll_reports_the_clause_after_it(text: str, expected: tuple[str, str, str]) -> None:
    assert reports(text) == [expected]


@pytest.mark.parametrize("text", [
    # no poll heads the opener: a time, a place, a debate about a survey
    "In the morning, farmers blocked the road to the capital.",
    "In the village where the census office stands, farmers blocked the road.",
    "In the debate over the survey, the mayor lost his temper.",
    # the opener is inside the sentence, not at its start
    "Turnout fell, and in a poll of teachers, the union lost ground.",
])
def test_no_poll_opener_no_report(text: str) -> None:
    assert reports(text) == []


def test_a_poll_opener_leaves_a_reporting_verb_its_own_report() -> None:
    text = "In a 2019 study, researchers said the lake was warming."
    assert reports(text) == [("researchers", "said", "the lake was warming")]


def test_a_poll_opener_leaves_a_bare_verb_of_saying_its_own_report() -> None:
    text = "In a survey of nurses in Leeds, most respondents say the wards are understaffed."
    assert [cue for _, cue, _ in reports(text)] == ["say"]


@pytest.mark.parametrize("text, reported", [
    # the reason the writer adds after ", citing" is no part of the report
    ("Analysts in Oslo said the krone would weaken, citing the widening trade gap.",
     "the krone would weaken"),
])
def test_the_report_ends_before_the_writers_addition(text: str, reported: str) -> None:
    assert [q for _, _, q in reports(text)] == [reported]


@pytest.mark.parametrize("text, reported", [
    # "though" with no subject after it qualifies the report and stays in it
    ("Growers say prices will fall, though not by much.",
     "prices will fall, though not by much"),
    # "citing" inside the reported clause, with no comma before it, stays
    ("The envoy said officials were citing the drought as the cause.",
     "officials were citing the drought as the cause"),
])
def test_the_report_keeps_its_own_words(text: str, reported: str) -> None:
    assert [q for _, _, q in reports(text)] == [reported]


@pytest.mark.parametrize("text, speaker", [
    # a common-noun group after "from" is where the speakers come from, not who speaks
    ("Elected officials from both regions say the dam must be rebuilt.",
     "Elected officials from both regions"),
    ("Volunteers from several villages said the road was impassable.",
     "Volunteers from several villages"),
    # a named body after "from" is the speaker, as before (quotes round 4)
    ("Economists from the Lund Institute said the krona would fall.", "the Lund Institute"),
])
def test_a_group_after_from_is_no_speaker(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]
