"""Quotes round 16: the speaker and cue spans around a name and an aside.

* A capitalised auxiliary right after a capitalised word ends a name ("Prime Minister
  Helena May said"): before, "May" joined the cue as the modal ("May said") and the
  speaker lost the surname.
* An aside set off by commas after the speaker (", at a later briefing,", ", speaking of
  the drought,") is no appositive: before, "…, at a later briefing" joined the speaker span.

Invented sentences, watched failing first; negatives keep the modal and the appositive.
"""

from __future__ import annotations

import pytest

import reactlib


def spans(text: str) -> list[tuple[str | None, str | None]]:
    """(speaker span, cue span) of each quote, as text."""
    out = []
    for q in reactlib.parse(text).quotes:
        speaker = text[q.speaker_start:q.speaker_end] if q.speaker_start is not None else None
        cue = text[q.cue_start:q.cue_end] if q.cue_start is not None else None
        out.append((speaker, cue))
    return out


def test_a_surname_that_spells_a_modal_stays_in_the_name() -> None:
    text = "Prime Minister Helena May said on Friday that the harbour would reopen next week."
    assert spans(text) == [("Prime Minister Helena May", "said")]


def test_a_lowercase_modal_still_joins_the_cue() -> None:
    text = "The mayor may say that the station in Kuopio stays closed."
    assert spans(text) == [("The mayor", "may say")]


def test_the_month_after_a_preposition_is_not_a_surname() -> None:
    text = "Brenner said in May that the ferry to Visby would resume."
    assert spans(text) == [("Brenner", "said")]


@pytest.mark.parametrize("text", [
    "Green leader Tomas Brandt, at a later press briefing, said the coalition would hold.",
    "Green leader Tomas Brandt, during a visit to Linz, said the coalition would hold.",
    '"The coalition will hold," said Green leader Tomas Brandt, at a later press briefing in Linz.',
])
def test_an_aside_after_the_speaker_is_not_the_speaker(text: str) -> None:
    assert spans(text) == [("Green leader Tomas Brandt", "said")]


def test_a_participle_aside_after_an_inverted_speaker_is_left_out() -> None:
    text = '"The reservoirs are nearly empty," said Ilse Brenner, speaking of the drought in Szeged.'
    assert spans(text) == [("Ilse Brenner", "said")]


@pytest.mark.parametrize(("text", "speaker"), [
    ('"We will rebuild," said Ilse Brenner, chairwoman of the Kuopio harbour board.',
     "Ilse Brenner, chairwoman of the Kuopio harbour board"),
    ("Ilse Brenner, chairwoman of the harbour board, said the ferry would resume.",
     "Ilse Brenner, chairwoman of the harbour board"),
])
def test_an_appositive_still_belongs_to_the_speaker(text: str, speaker: str) -> None:
    assert spans(text) == [(speaker, "said")]


# --- a title between a party or rank adjective and the name, before an unknown verb --------------

@pytest.mark.parametrize(("text", "speaker"), [
    ("Liberal parliamentary candidate Petra Lindqvist chimed in on the radio, saying the bridge was unsafe.",
     "Liberal parliamentary candidate Petra Lindqvist"),
    ("Former mayor Ilse Brenner weighed in on the radio, saying the ferry would sail.",
     "Former mayor Ilse Brenner"),
])
def test_a_title_inside_the_subject_stays_in_the_speaker(text: str, speaker: str) -> None:
    assert [s for s, _ in spans(text)] == [speaker]


@pytest.mark.parametrize(("text", "speaker"), [
    ("Ana Ruiz spoke out Tuesday about the flood in Tulsa, arguing that the levees had failed.", "Ana Ruiz"),
    ("Kurti defended Pristina police in a post, writing that the raid was lawful.", "Kurti"),
])
def test_a_verb_after_a_name_still_ends_the_subject(text: str, speaker: str) -> None:
    assert [s for s, _ in spans(text)] == [speaker]


def test_a_title_case_headline_keeps_its_auxiliary_out_of_the_name() -> None:
    text = "Nordic Minister Says Ferry Will Resume in May\n\nThe ferry to Visby was cancelled."
    assert all(s is None or "Will" not in s for s, _ in spans(text))


# --- names that go on over "to" after an organisation's head, or over a slash ----------------------

@pytest.mark.parametrize(("text", "speaker"), [
    ("Nine reporters were jailed last year, according to the Committee to Protect Journalists.",
     "the Committee to Protect Journalists"),
    ("Turnout fell to 41 percent, according to a Baltic Times/Delfi poll.", "a Baltic Times/Delfi poll"),
])
def test_a_name_runs_over_its_link(text: str, speaker: str) -> None:
    assert [s for s, _ in spans(text)] == [speaker]


def test_to_after_a_person_is_not_part_of_the_name() -> None:
    text = '"The port is closed," said Ana Ruiz to reporters in Lima.'
    assert [s for s, _ in spans(text)] == ["Ana Ruiz"]


# --- a coordinated subject after a sentence-opening connective, or a pronoun with its people -------

@pytest.mark.parametrize(("text", "speaker"), [
    ("But Lindqvist and her aides argue that the bridge in Orsova is safe.", "Lindqvist and her aides"),
    ("She and her lawyers said the verdict would be appealed.", "She and her lawyers"),
])
def test_both_conjuncts_are_the_speaker(text: str, speaker: str) -> None:
    assert [s for s, _ in spans(text)] == [speaker]


@pytest.mark.parametrize(("text", "speaker"), [
    ("Troops withdrew and the army said the border was calm.", "the army"),
    ("She left and the ministers said the border was calm.", "the ministers"),
])
def test_a_clause_before_and_is_not_a_conjunct(text: str, speaker: str) -> None:
    assert [s for s, _ in spans(text)] == [speaker]
