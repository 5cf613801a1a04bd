"""Quotes, second round: speakers and indirect-quote boundaries in wire reaction copy (own sentences).

Each case is a pattern that cost a speaker or a span on unseen articles: the writer's
subject with a quoted predicate before its attribution, a comma inside the closing mark,
lone quotations whose speaker is named in the sentence before or after, a participle
after a verb that reports nothing, "according to a statement from X", a place after an
anonymous source, and circumstances after a mid-sentence attribution.
"""

from __future__ import annotations

import pytest

import reactlib


def quotes(text: str):
    article = reactlib.parse(text)
    names = {a.id: a.name for a in article.actors}
    return [(q.kind, q.text, names.get(q.speaker), q) for q in article.quotes]


def kinds_texts(text: str, kind: str) -> list[str]:
    return [t for k, t, _, _ in quotes(text) if k == kind]


@pytest.mark.parametrize("text, clause", [
    ('Ottawa "will never accept" the ruling, Canadian Foreign Minister Melanie Joly said.',
     'Ottawa "will never accept" the ruling'),
    ('Its troops were "only defending the border," army spokesman Idris Musa told state radio.',
     'Its troops were "only defending the border'),
    ('The bank "stands ready to act," its governor said in a statement.',
     'The bank "stands ready to act'),
    ('The talks "went nowhere," said Leila Haddad, a negotiator for the opposition.',
     'The talks "went nowhere'),
])
def test_writer_subject_with_a_quoted_predicate_is_reported(text, clause):
    assert kinds_texts(text, "indirect") == [clause]
    assert len(kinds_texts(text, "partial")) == 1


def test_a_quotation_set_off_by_a_comma_is_left_to_the_partial_quote():
    text = 'Chile, "with its partners in the region, stands ready to help," the foreign ministry said.'
    assert kinds_texts(text, "indirect") == []
    assert kinds_texts(text, "partial") == ["with its partners in the region, stands ready to help,"]


def test_attribution_then_a_participle_reports_two_clauses():
    text = ("The port was operating normally, a coastguard spokeswoman said, adding that two tugboats "
            "had been sent to the scene.")
    assert kinds_texts(text, "indirect") == ["The port was operating normally",
                                             "that two tugboats had been sent to the scene"]


def test_attribution_then_a_circumstance_reports_the_clause_before():
    text = ("Rescue teams reached the village on foot, the regional governor said, after the only road "
            "was cut by a landslide.")
    assert kinds_texts(text, "indirect") == ["Rescue teams reached the village on foot"]


def test_told_state_media_is_a_hearer_not_a_clause():
    text = "The dam was never at risk, Energy Minister Tomas Berg told state media."
    assert kinds_texts(text, "indirect") == ["The dam was never at risk"]
    text = "Energy Minister Tomas Berg told state television that the dam was never at risk."
    assert kinds_texts(text, "indirect") == ["that the dam was never at risk"]


def test_said_in_a_joint_statement_with_someone_that():
    text = ("Jordan, which hosts the largest camp, said in a joint statement with Lebanon that aid cuts "
            "would be catastrophic.")
    [(kind, clause, speaker, _)] = quotes(text)
    assert (kind, clause, speaker) == ("indirect", "that aid cuts would be catastrophic", "Jordan")


def test_lone_quotation_after_a_sentence_that_names_the_speaker():
    text = ('Brazilian Foreign Minister Mauro Vieira was blunt on X. "Nobody gains from a war on our '
            'doorstep."')
    [(kind, words, speaker, q)] = quotes(text)
    assert (kind, words, speaker) == ("direct", "Nobody gains from a war on our doorstep.", "Mauro Vieira")
    assert text[q.speaker_start:q.speaker_end] == "Brazilian Foreign Minister Mauro Vieira" and q.cue is None


def test_lone_quotation_whose_speaker_the_next_sentence_names():
    text = ('"The islands will not be traded for anything." The warning came from Philippine President '
            'Ferdinand Marcos, who visited the garrison on Friday.')
    [(kind, _, speaker, _)] = quotes(text)
    assert (kind, speaker) == ("direct", "Ferdinand Marcos")


def test_a_lone_quotation_after_a_plain_narrative_sentence_gets_no_invented_speaker():
    text = 'The army withdrew from the valley on Monday. "It is over for now."'
    assert quotes(text) == []


def test_a_quotation_after_an_attributed_one_still_continues_it():
    text = '"We will rebuild," the mayor of Antakya said. "Every street of it."'
    found = quotes(text)
    assert [k for k, _, _, _ in found] == ["direct", "direct"]
    assert found[1][3].speaker == found[0][3].speaker


def test_participle_after_a_verb_that_reports_nothing_takes_the_sentence_subject():
    text = ("Peruvian President Dina Boluarte defended the curfew in a televised address, arguing that "
            "the protests had turned violent.")
    [(kind, clause, speaker, _)] = quotes(text)
    assert (kind, clause, speaker) == ("indirect", "that the protests had turned violent", "Dina Boluarte")


def test_according_to_a_statement_from_someone_is_that_someone():
    text = ("The Arab League chief Ahmed Aboul Gheit spoke with both leaders, according to a statement "
            "from his office.")
    [(kind, _, speaker, q)] = quotes(text)
    assert kind == "indirect" and speaker == "Ahmed Aboul Gheit"
    assert text[q.speaker_start:q.speaker_end] == "his office"


def test_hyphenated_title_is_not_a_dateline():
    text = "UN Secretary-General Antonio Guterres met both envoys on Sunday, according to his spokesman."
    assert kinds_texts(text, "indirect") == ["UN Secretary-General Antonio Guterres met both envoys on Sunday"]


def test_anonymous_source_posted_somewhere_is_the_speaker_not_the_place():
    text = ("A senior diplomat in Nairobi, who asked not to be named because the talks are private, said "
            "the mediators would meet again next week.")
    [(_, _, _, q)] = quotes(text)
    assert text[q.speaker_start:q.speaker_end].startswith("A senior diplomat in Nairobi")


def test_a_company_name_ending_in_s_before_said():
    text = "The broker McAllister's said freight rates had tripled since the strike."
    assert kinds_texts(text, "indirect") == ["freight rates had tripled since the strike"]


def test_a_publishing_participle_after_a_medium_is_no_cue():
    text = "The militia claimed the ambush in a message posted online and promised more attacks."
    assert quotes(text) == []


@pytest.mark.parametrize("text, clause", [
    ("Norway said it would fund the clinic and sent two doctors to the border.", "it would fund the clinic"),
    ('The Red Cross said it was "deeply alarmed" and suspended its convoys.', 'it was "deeply alarmed"'),
    # one tense throughout: the second verb is still part of what was reported
    ("Police said the gunmen had stormed the hotel and killed six guards.",
     "the gunmen had stormed the hotel and killed six guards"),
])
def test_a_change_of_tense_after_and_is_the_speakers_next_act(text, clause):
    assert kinds_texts(text, "indirect") == [clause]


def test_a_document_naming_no_issuer_is_the_acting_subjects():
    text = ("The Arab League suspended Sudan's membership, according to a communique issued after "
            "an emergency session in Cairo.")
    [(kind, _, speaker, q)] = quotes(text)
    assert kind == "indirect" and speaker == "Arab League"
    assert text[q.speaker_start:q.speaker_end] == "The Arab League"


def test_a_coordinated_cue_after_a_verb_that_reports_nothing_takes_the_sentence_subject():
    text = ("Chilean President Gabriel Boric cut short a visit to Spain and announced that the army would "
            "help fight the fires.")
    [(kind, clause, speaker, _)] = quotes(text)
    assert (kind, clause, speaker) == ("indirect", "that the army would help fight the fires", "Gabriel Boric")
