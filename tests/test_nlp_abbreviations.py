"""Abbreviated titles, ranks and reference words do not end a sentence.

spaCy's English tokenizer knows some abbreviations ("Gen.", "Gov.", "Sen.", "Jan.") and keeps
their full stop on the word; for others ("Lt.", "Sgt.", "Col.", "Capt.", "No.") the full stop is
a token of its own, and the sentencizer used to start a new sentence after it, cutting a
speaker's title from the name: "Lt. | Col. | Ines Garza said …".
"""

from __future__ import annotations

import pytest

from reactlib.nlp import blank_english

NLP = blank_english()


def sentences(text: str) -> list[str]:
    return [s.text.strip() for s in NLP(text).sents if s.text.strip()]


@pytest.mark.parametrize("title", ["Lt.", "Sgt.", "Col.", "Gen.", "Brig.", "Capt.", "Maj.", "Adm.", "Cmdr.",
                                   "Insp.", "Supt.", "Rep.", "Sen.", "Gov.", "Amb.", "Prof.", "Rev.", "Cpl.",
                                   "Pvt.", "Det.", "Msgr.", "Fr.", "Hon.", "Atty.", "Cdr.", "Pres.", "Sec."])
def test_a_title_before_a_name_does_not_end_the_sentence(title):
    text = f"Speaking in Tromso, {title} Ines Garza said the patrols would continue. Nobody objected."
    assert sentences(text) == [f"Speaking in Tromso, {title} Ines Garza said the patrols would continue.",
                               "Nobody objected."]


def test_stacked_and_hyphenated_ranks_stay_in_one_sentence():
    text = ("Lt. Col. Farid Osei told reporters the convoy had turned back. "
            "Brig. Gen. Hana Mori and Maj.-Gen. Teo Vance disagreed. Lt.-Gen. Ama Boateng declined to comment.")
    assert sentences(text) == ["Lt. Col. Farid Osei told reporters the convoy had turned back.",
                               "Brig. Gen. Hana Mori and Maj.-Gen. Teo Vance disagreed.",
                               "Lt.-Gen. Ama Boateng declined to comment."]


def test_a_rank_before_an_ordinal_stays_with_it():
    text = "Platoon Sgt. 1st Class Omar Reyes said the base was quiet. Then the sirens started."
    assert sentences(text) == ["Platoon Sgt. 1st Class Omar Reyes said the base was quiet.",
                               "Then the sirens started."]


@pytest.mark.parametrize("word", ["No.", "Nos.", "Art.", "Vol.", "Para."])
def test_a_reference_word_before_a_number_does_not_end_the_sentence(word):
    text = f"The court cited {word} 14 of the charter. The ruling is final."
    assert sentences(text) == [f"The court cited {word} 14 of the charter.", "The ruling is final."]


@pytest.mark.parametrize("month", ["Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.", "Sep.", "Sept.",
                                   "Oct.", "Nov.", "Dec."])
def test_a_month_abbreviation_before_a_day_does_not_end_the_sentence(month):
    text = f"The vote was moved to {month} 12, officials in Accra said. The opposition agreed."
    assert sentences(text) == [f"The vote was moved to {month} 12, officials in Accra said.",
                               "The opposition agreed."]


@pytest.mark.parametrize("initials", ["U.N.", "U.S.", "U.K.", "E.U.", "U.A.E.", "J.D.", "J. D.", "A. K."])
def test_initials_and_dotted_acronyms_do_not_end_the_sentence(initials):
    text = f"A letter signed by {initials} Okafor reached the {initials} Mission on Monday. It was short."
    assert sentences(text) == [f"A letter signed by {initials} Okafor reached the {initials} Mission on Monday.",
                               "It was short."]


def test_st_before_a_place_name():
    assert sentences("Crowds gathered in St. Petersburg and St. Lucia. Police watched.") == [
        "Crowds gathered in St. Petersburg and St. Lucia.", "Police watched."]


@pytest.mark.parametrize("ending", [
    "The promotion made her a Col. The ceremony was brief.",
    "He still holds the rank of Capt. In March he resigned.",
    "The answer was No. He left the room.",
    "They counted every No. A recount was refused.",
])
def test_an_abbreviation_at_a_real_sentence_end_still_ends_it(ending):
    assert len(sentences(ending)) == 2


def test_lower_case_or_unknown_words_before_a_full_stop_still_end_the_sentence():
    assert sentences("The rebels took Col. They held it. Then Maj Ruiz spoke.") == [
        "The rebels took Col.", "They held it.", "Then Maj Ruiz spoke."]
    assert sentences("They met the mayor. Colonel Ruiz said no.") == ["They met the mayor.", "Colonel Ruiz said no."]


def test_a_line_break_after_an_abbreviation_still_starts_a_sentence():
    assert sentences("Interview with Lt.\nMaria Ortiz spoke first.") == ["Interview with Lt.", "Maria Ortiz spoke first."]
