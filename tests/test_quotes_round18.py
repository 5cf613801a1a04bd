"""Quotes, round 18: PolNeAR recall (issue #4).

* "charged that …" (and "charge(s) that …" after a subject) reports an accusation in words;
  "charged with fraud", "criminal charges that …" do not.
* A speaker phrase with a reduced relative ("Officials familiar with the talks said",
  "A poll released last week found", "a report released Monday said") is one mention,
  over the participle phrase and its time phrase, as PolNeAR draws it; the speaker (the
  actor) is still the noun before the participle, never a name inside the relative.
* A capitalised "May" after a lower-case word ("in late May found") is the month, not an
  auxiliary of the cue.

Every sentence was written for this file; negatives (sentences that must not fire) first.
"""

from __future__ import annotations

import pytest

import reactlib
from quote_reading import quote_rows


#: (kind, quote text, speaker mention, cue) of every quote of a text
found = quote_rows


# --- "charged that …" ----------------------------------------------------------------------

CHARGE_NEGATIVES = [
    "The mayor of Tarvell was charged with fraud on Tuesday.",
    "Police charged the farmers who had blocked the ring road.",
    "The utility charges households a fee that many find unfair.",
    "He was charged in a case that drew attention across the province.",
    "The governor faces criminal charges that could end her career.",
    "The ferry company charged passengers twice that summer.",
]


@pytest.mark.parametrize("text", CHARGE_NEGATIVES)
def test_charge_without_a_reported_clause_reports_nothing(text):
    assert not any(cue and "charge" in cue.lower() for _, _, _, cue in found(text))


CHARGE_REPORTS = [
    ("The senator charged that the port authority had hidden the audit.",
     "that the port authority had hidden the audit", "The senator", "charged"),
    ("Fishermen charge that the new quotas favour the large trawlers.",
     "that the new quotas favour the large trawlers", "Fishermen", "charge"),
    ("His rivals charge that the count in Orvena was rigged.",
     "that the count in Orvena was rigged", "His rivals", "charge"),
    ("Opposition leaders have long charged that the tender was rigged.",
     "that the tender was rigged", "Opposition leaders", "have long charged"),
]


@pytest.mark.parametrize("text, clause, mention, cue", CHARGE_REPORTS)
def test_charged_that_reports_the_clause(text, clause, mention, cue):
    assert ("indirect", clause, mention, cue) in found(text)


# --- a speaker phrase with a reduced relative: one mention, the noun before it speaks --------

def test_a_finite_cue_verb_after_a_name_is_not_a_participle():
    # "called on … after X claimed": "called" is the main verb, so X speaks for "claimed"
    text = ("In March, the Orvena senator called on colleagues to reject the plan after the "
            "port chief claimed that the harbour was unsafe.")
    speakers = {q[2] for q in found(text) if q[3] == "claimed"}
    assert speakers == {"the port chief"}


def test_time_words_after_a_finite_verb_are_not_a_participle_phrase():
    text = "Dolen tried on Friday to make the case that the harbour was sound."
    assert not any(s and s.startswith("Dolen tried") for _, _, s, _ in found(text))


def test_an_ordinary_time_phrase_before_the_cue_stays_out_of_the_mention():
    assert ("indirect", "the dam at Corlu was unsafe", "The minister", "said") in found(
        "The minister last week said the dam at Corlu was unsafe.")


REDUCED_RELATIVE_MENTIONS = [
    ("Officials familiar with the harbour talks said the deal was close.",
     "the deal was close", "Officials familiar with the harbour talks"),
    ("People briefed on the Tarvell negotiations said the two sides were far apart.",
     "the two sides were far apart", "People briefed on the Tarvell negotiations"),
    ("Those close to the governor said she would not run again.",
     "she would not run again", "Those close to the governor"),
    ("Figures released by the port authority suggest that exports fell by a third.",
     "that exports fell by a third", "Figures released by the port authority"),
    ("A survey released last year found that most tenants paid more than half their income in rent.",
     "that most tenants paid more than half their income in rent", "A survey released last year"),
    ("A study released Monday said the reservoir was nearly dry.",
     "the reservoir was nearly dry", "A study released Monday"),
    ("A poll published in late May found that most voters back the ferry plan.",
     "that most voters back the ferry plan", "A poll published in late May"),
    ("A poll released on Tuesday has found that most voters back the ferry plan.",
     "that most voters back the ferry plan", "A poll released on Tuesday"),
]


@pytest.mark.parametrize("text, clause, mention", REDUCED_RELATIVE_MENTIONS)
def test_reduced_relative_is_inside_the_mention(text, clause, mention):
    assert any(k == "indirect" and q == clause and s == mention for k, q, s, _ in found(text))


@pytest.mark.parametrize("text", [
    "Officials familiar with the Kremlin's thinking said the summit would go ahead.",
    "Those close to Viktor Orban said the summit would go ahead.",
    "People briefed on Germany's position said the summit would go ahead.",
])
def test_a_name_inside_the_reduced_relative_is_not_the_speaker(text):
    article = reactlib.parse(text)
    q = next(q for q in article.quotes if q.kind == "indirect")
    assert q.speaker is None


def test_month_after_a_lower_case_word_is_not_part_of_the_cue():
    text = "A census released in early May found that the island lost a tenth of its people."
    cues = {c for _, _, _, c in found(text)}
    assert cues == {"found"}


# --- "in <year>" between the subject and the cue: a circumstance of the act ---------------------

def test_in_a_year_after_the_cue_is_not_skipped_as_a_subject():
    # the year after a cue, and "since 1998" in the clause, change nothing
    assert ("indirect", "Turnout fell to its lowest since 1998", "officials", "said") in found(
        "Turnout fell to its lowest since 1998, officials said.")


@pytest.mark.parametrize("text, clause, mention", [
    ("An arbitration panel in 2001 found the port authority was in breach of the lease.",
     "the port authority was in breach of the lease", "An arbitration panel"),
    ("Senator Dolen in 2015 said the border crossing would stay closed.",
     "the border crossing would stay closed", "Senator Dolen"),
    ("A report issued in 2012 found that the river was polluted.",
     "that the river was polluted", "A report issued in 2012"),
])
def test_in_a_year_before_the_cue_dates_the_act(text, clause, mention):
    assert any(k == "indirect" and q == clause and s == mention for k, q, s, _ in found(text))


# --- adverbs of time and degree between subject and cue belong to the cue phrase ----------------

@pytest.mark.parametrize("text, cue", [
    ("The harbour master now says the pier will reopen in June.", "now says"),
    ("The harbour master still says the pier will reopen in June.", "still says"),
    ("The harbour master then said the pier would reopen in June.", "then said"),
    ("The harbour master further argued that the pier would reopen in June.", "further argued"),
])
def test_adverb_before_the_cue_is_part_of_the_cue(text, cue):
    assert cue in {c for _, _, _, c in found(text)}


@pytest.mark.parametrize("text, cue", [
    ("Now the harbour master says the pier will reopen in June.", "says"),
    ("Even the harbour master says the pier will reopen in June.", "says"),
    ("Then, the harbour master said the pier would reopen in June.", "said"),
])
def test_adverb_before_the_subject_stays_out_of_the_cue(text, cue):
    assert {c for _, _, _, c in found(text)} == {cue}
