"""Quotes, round 19: a second reporting verb ends the first report.

* A promise made with "that" is a closed, finite clause: "promised that A and warned that B"
  is two reports, each with its own cue. A pledge without "that" keeps its coordinated demand
  ("vowed support for X and called on Y to …").
* A cue that may be a plural noun ("demands", "calls") is read as the speaker's next verb after
  "and" when "that", a quotation or an article follows it; "protests and calls for calm" stays
  inside the report.
* A transcript intro where the interviewee is the subject and the writer the hearer ("Chile's
  envoy, Ana Soto, spoke to us after the vote") names the speaker of every answer; a
  possessive role before the name ("Chile's envoy, Ana Soto") is part of the phrase.
* A capitalised modal right before a past form is a name, not the cue's auxiliary: "May said",
  "Will told" (a modal takes a bare verb: "may say").
* "His sports minister, Ana Soto, said": the person named in commas speaks, not the owner that
  the possessive determiner stands for.
* A rank before the name after a role's comma ("Chile's army spokesman, Colonel Ana Soto, said")
  does not hide the person who speaks.
* "offered" and "invited" attribute a quoted fragment ('offered "full support"'); with no
  quotation they report nothing (an offer is an act, not a clause of words).
* A roundup line "- RUSSIA: The Kremlin declined to comment." is the writer's narration of a
  refusal to answer, not a direct quote under the label.
* "… but declined to comment (further)" after a reported clause is the speaker's own act and
  ends the report; "but declined to act" may be the report's and stays.
* A body sent "from" an organisation speaks for it, as one "of" it does: "An observer mission
  from the Andean Community said" is the Community, not the host country.
* "reports", "claims" after a verb or a preposition ("rejected reports that …", "there were
  reports that …") are plural nouns, not the cue; a denial of such hearsay ("denied reports
  that …") reports nothing the speaker said.

Every sentence was written for this file; negatives (sentences that must not fire) first.
"""

from __future__ import annotations

import reactlib
from quote_reading import quote_rows


def found(text: str) -> list[tuple[str, str, str | None]]:
    """(kind, quote text, cue) of every quote of ``text``."""
    return [(kind, words, cue) for kind, words, _, cue in quote_rows(text)]


def indirect(text: str) -> list[str]:
    return [t for k, t, _ in found(text) if k == "indirect"]


# --- negatives: the report goes on -------------------------------------------------------------

def test_a_plural_noun_after_and_stays_in_the_report():
    text = "The mayor of Drenvik said there were protests and calls for calm in the old town."
    assert indirect(text) == ["there were protests and calls for calm in the old town"]


def test_demands_as_a_noun_stays_in_the_report():
    text = "The union said its wages and demands were ignored by the port authority."
    assert indirect(text) == ["its wages and demands were ignored by the port authority"]


def test_a_pledge_without_that_keeps_its_coordinated_demand():
    text = "The premier vowed support for the fishermen of Ostrel and called on lenders to wait."
    assert indirect(text) == ["support for the fishermen of Ostrel and called on lenders to wait"]


# --- positives ---------------------------------------------------------------------------------

def test_promised_that_and_warned_that_are_two_reports():
    text = ("The police chief promised that the missing hikers would be found and warned that "
            "anyone hiding them would be charged.")
    got = [(t, c) for k, t, c in found(text) if k == "indirect"]
    assert got == [("that the missing hikers would be found", "promised"),
                   ("that anyone hiding them would be charged", "warned")]


def test_promised_that_with_a_quotation_stops_before_the_next_cue():
    text = ('The governor promised that the miners would be "back above ground" and warned '
            'that the company would answer for the collapse.')
    assert indirect(text) == ['that the miners would be "back above ground"',
                              "that the company would answer for the collapse"]


def test_says_and_demands_a_quotation_ends_the_report():
    text = 'The foreign ministry says three of its citizens were hurt and demands "a full inquiry".'
    assert indirect(text) == ["three of its citizens were hurt"]
    assert ("partial", "a full inquiry", "demands") in found(text)


def test_said_and_calls_the_vote_ends_the_report():
    text = "The opposition leader says turnout was low and calls the result a fraud."
    assert indirect(text) == ["turnout was low"]


# --- transcript intros: "X spoke to us" ----------------------------------------------------------

def _answers(text: str) -> list[tuple[str, str | None]]:
    """(words, speaker mention) of each direct quote."""
    return [(words, speaker) for kind, words, speaker, _ in quote_rows(text) if kind == "direct"]


_QA = ("\n\nQ: Will the port reopen this week?\n\n"
       "A: Not before the divers finish their survey of the hull.\n\n"
       "Q: Who pays for the salvage?\n\n"
       "A: The owners, as the law requires.\n")


def test_an_intro_where_the_interviewee_speaks_to_a_crowd_names_no_one_new():
    text = "Harbour master Ilse Varn spoke to the crowd on the quay before the storm." + _QA
    assert [s for _, s in _answers(text)] == [None, None]


def test_an_intro_with_the_interviewee_as_subject_names_the_speaker():
    text = "Lindmark's harbour master, Ilse Varn, spoke to us an hour after the sinking." + _QA
    assert _answers(text) == [("Not before the divers finish their survey of the hull.",
                               "Lindmark's harbour master, Ilse Varn"),
                              ("The owners, as the law requires.", "Lindmark's harbour master, Ilse Varn")]


def test_talked_with_this_newspaper_names_the_subject():
    text = "Ilse Varn, the harbour master, talked on Monday with this newspaper." + _QA
    assert [s for _, s in _answers(text)] == ["Ilse Varn", "Ilse Varn"]


# --- "May said": the name, not the modal ----------------------------------------------------------

def _cues(text: str) -> list[tuple[str, str | None, str | None]]:
    """(kind, cue, speaker mention) of every quote of ``text``."""
    return [(kind, cue, speaker) for kind, _, speaker, cue in quote_rows(text)]


def test_a_lower_case_modal_stays_in_the_cue():
    text = "The port authority may say the berth was closed for repairs."
    assert _cues(text) == [("indirect", "may say", "The port authority")]


def test_a_capitalised_modal_before_a_bare_verb_stays_in_the_cue():
    text = "Harbour officials said on Monday the berth was closed. Will they say why?"
    assert [c for _, c, _ in _cues(text)] == ["said"]


def test_may_said_is_the_speakers_name():
    text = "Former premier Olwen May criticised the port deal on Monday. May said the deal would cost jobs."
    assert _cues(text) == [("indirect", "said", "May")]


def test_may_told_after_a_direct_quote():
    text = ('Former premier Olwen May criticised the port deal on Monday. "It is a giveaway," May told '
            "the harbour council.")
    assert _cues(text) == [("direct", "told", "May")]


# --- "His sports minister, X, said": X speaks ----------------------------------------------------

def _speaker_names(text: str) -> list[str | None]:
    article = reactlib.parse(text)
    names = {a.id: a.name for a in article.actors}
    return [names.get(q.speaker) for q in article.quotes]


def test_a_possessive_role_with_no_name_keeps_the_owner():
    text = ("Premier Tomas Veldt defended the port deal on Monday. His spokesman said the contract "
            "would be published.")
    assert _speaker_names(text) == ["Tomas Veldt"]


def test_the_person_named_after_a_possessive_role_speaks():
    text = ("Premier Tomas Veldt defended the port deal on Monday. His transport minister, Ilse Varn, "
            "said the contract would be published.")
    assert _speaker_names(text) == ["Ilse Varn"]


# --- "a mission from <organisation>" ---------------------------------------------------------------

def test_a_team_from_a_city_is_no_organisation():
    text = "Bolivia held a runoff on Sunday. A team from Lisbon said the count had been orderly."
    assert _speaker_names(text) == [None]


def test_a_mission_from_an_organisation_speaks_for_it():
    text = ("Bolivia held a runoff on Sunday. An observer mission from the Organization of American States "
            "said the count had been orderly.")
    assert _speaker_names(text) == ["Organization of American States"]


# --- "rejected reports that …": hearsay, not a report ---------------------------------------------

def test_a_report_verb_after_its_subject_still_reports():
    text = "The harbour board reports that two berths were damaged."
    assert _cues(text) == [("indirect", "reports", "The harbour board")]


def test_a_denial_of_a_clause_still_reports():
    text = "The harbour board denied that two berths were damaged."
    assert _cues(text) == [("indirect", "denied", "The harbour board")]


def test_rejected_reports_that_is_no_quote():
    assert found("The harbour board has rejected reports that two berths were damaged.") == []


def test_denied_reports_that_is_no_quote():
    assert found("The harbour board denied reports that two berths were damaged.") == []


def test_there_were_reports_that_is_no_quote():
    assert found("There were reports that two berths were damaged.") == []


# --- "<role>, Colonel X, said" ---------------------------------------------------------------------

def test_a_lower_case_phrase_between_role_and_name_is_not_a_title():
    text = "Chile's army spokesman, speaking with Ana Soto on Monday, said the convoy had turned back."
    assert "Ana Soto" not in _speaker_names(text)


def test_a_rank_before_the_name_keeps_the_person_as_speaker():
    text = "Chile's army spokesman, Colonel Ana Soto, said the convoy had turned back."
    assert _speaker_names(text) == ["Ana Soto"]


# --- "offered "…"", "invited … "…"" ----------------------------------------------------------------

def test_an_offer_without_quotation_is_no_quote():
    assert found("The ferry company offered a refund to every stranded passenger.") == []
    assert found("The mayor of Drenvik offered to mediate between the two unions.") == []
    assert found("The ministry invited inspectors to visit the plant on Monday.") == []


def test_offered_a_quoted_phrase_is_a_partial_quote():
    text = 'The mayor of Drenvik called her counterpart and offered "every help we can give" to the town.'
    assert found(text) == [("partial", "every help we can give", "offered")]


def test_invited_with_a_quoted_fragment_is_a_partial_quote():
    text = 'The ministry invited the inspectors to visit the plant "at any hour they choose".'
    assert found(text) == [("partial", "at any hour they choose", "invited")]


# --- roundup lines that tell of no answer ------------------------------------------------------------

_ROUNDUP = ("TARVELL, Dec 9 - Marovia launched a rocket on Tuesday.\n\nHere is how governments responded:\n\n"
            "- FRANCE: Paris condemned the launch.\n\n")


def test_a_roundup_line_in_the_labels_words_is_a_direct_quote():
    text = _ROUNDUP + "- NORWAY: Oslo will answer any provocation firmly.\n"
    assert [(k, t) for k, t, _ in found(text)] == [("direct", "Oslo will answer any provocation firmly.")]


def test_a_roundup_line_telling_of_no_comment_is_no_quote():
    for line in ("- NORWAY: The government declined to comment.",
                 "- NORWAY: The foreign ministry did not immediately respond to a request for comment.",
                 "- NORWAY: Officials could not be reached."):
        assert found(_ROUNDUP + line + "\n") == [], line


# --- "said A but declined to comment" ---------------------------------------------------------------

def test_declined_to_act_stays_in_the_report():
    text = "The harbour board said the ferry firm had been warned but declined to act."
    assert indirect(text) == ["the ferry firm had been warned but declined to act"]


def test_but_declined_to_comment_ends_the_report():
    text = "The harbour board said it was reviewing the contract but declined to comment on the fees."
    assert indirect(text) == ["it was reviewing the contract"]


def test_and_refused_to_elaborate_after_a_quotation_ends_the_report():
    text = 'The harbour board said it was "looking into the matter" and refused to elaborate.'
    assert indirect(text) == ['it was "looking into the matter"']
