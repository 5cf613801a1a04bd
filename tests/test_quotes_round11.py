"""Quotes round 11: sentences written for this round (other places, people and wording than any
article of the development sets), each watched failing before its rule was written.
"""

from __future__ import annotations

import pytest

import reactlib
from reactlib.errors import ReactlibError


def quote_texts(text: str) -> list[str]:
    return [q.text.strip("\"“”‘’,. ") for q in reactlib.parse(text).quotes]


# --- PolNeAR-style spans: one quote per utterance, opt-in -------------------------------------

CUT = ('"The harbour will reopen on Monday," the port director Ilse Brandt said. '
       '"But only for fishing boats."')
CUT_MID = '"Our engineers," said Tomas Lind, a spokesman for the utility, "restored power by noon."'


def test_by_default_a_quote_cut_by_its_attribution_is_two_stretches(monkeypatch):
    monkeypatch.delenv("REACTLIB_QUOTE_SPANS", raising=False)
    texts = quote_texts(CUT)
    assert "The harbour will reopen on Monday" in texts
    assert "But only for fishing boats" in texts


@pytest.mark.parametrize("text,joined", [
    (CUT, 'The harbour will reopen on Monday," the port director Ilse Brandt said. "But only for fishing boats'),
    (CUT_MID, 'Our engineers," said Tomas Lind, a spokesman for the utility, "restored power by noon'),
])
def test_utterance_spans_join_the_stretches_over_the_attribution(monkeypatch, text, joined):
    monkeypatch.setenv("REACTLIB_QUOTE_SPANS", "utterance")
    article = reactlib.parse(text)
    direct = [q for q in article.quotes if q.kind == "direct"]
    assert len(direct) == 1
    q = direct[0]
    assert q.text.strip("\"“”,. ") == joined
    assert article.text[q.cue_start:q.cue_end] == "said"
    assert q.speaker is not None and q.speaker_start is not None
    assert [x.id for x in article.quotes] == [f"q{i}" for i in range(1, len(article.quotes) + 1)]


def test_utterance_spans_leave_separate_utterances_apart(monkeypatch):
    monkeypatch.setenv("REACTLIB_QUOTE_SPANS", "utterance")
    text = ('"We have enough water for a month," the mayor of Arequipa said on Friday.\n\n'
            'The governor disagreed. "The wells are nearly dry," she said.')
    texts = quote_texts(text)
    assert "We have enough water for a month" in texts
    assert "The wells are nearly dry" in texts


def test_an_unknown_span_convention_is_a_typed_error(monkeypatch):
    monkeypatch.setenv("REACTLIB_QUOTE_SPANS", "paragraph")
    with pytest.raises(ReactlibError, match="REACTLIB_QUOTE_SPANS"):
        reactlib.parse('"We are ready," the coach said.')


def test_a_stretch_with_its_own_attribution_opens_a_new_utterance(monkeypatch):
    monkeypatch.setenv("REACTLIB_QUOTE_SPANS", "utterance")
    text = ('"The bridge is safe," the engineer Mara Koh said. "It passed every test.\n\n'
            '"We will reopen it on Monday," she added. "Traffic will resume at noon."')
    texts = quote_texts(text)
    assert 'The bridge is safe," the engineer Mara Koh said. "It passed every test' in texts
    assert 'We will reopen it on Monday," she added. "Traffic will resume at noon' in texts


# --- REACTLIB_QUOTE_SPANS=polnear: PolNeAR's other content edges ------------------------------

def kinds_and_texts(text: str) -> set[tuple[str, str]]:
    return {(q.kind, q.text.strip("\"“”‘’,. ")) for q in reactlib.parse(text).quotes}


def test_polnear_edges_make_a_that_clause_in_quotation_marks_indirect(monkeypatch):
    text = 'The head of the Mekong commission told reporters that "the river has never been so low."'
    monkeypatch.setenv("REACTLIB_QUOTE_SPANS", "stretch")
    assert kinds_and_texts(text) == {("partial", "the river has never been so low")}
    monkeypatch.setenv("REACTLIB_QUOTE_SPANS", "polnear")
    assert kinds_and_texts(text) == {("indirect", 'that "the river has never been so low')}


def test_polnear_edges_leave_a_quotation_after_a_noun_alone(monkeypatch):
    monkeypatch.setenv("REACTLIB_QUOTE_SPANS", "polnear")
    text = 'The farmers\' union rejected what it called "a tax on bread."'
    assert ("partial", "a tax on bread") in kinds_and_texts(text)


# --- ", while …" / ", though …": the report's own contrast stays in it -----------------------

def indirect_texts(text: str) -> list[str]:
    return [q.text.strip("\"“”‘’,. ") for q in reactlib.parse(text).quotes if q.kind == "indirect"]


@pytest.mark.parametrize("text,report", [
    ("The Ghanaian statistics office said cocoa exports had risen by 9 percent, while gold exports "
     "fell for a third month.",
     "cocoa exports had risen by 9 percent, while gold exports fell for a third month"),
    ("A survey by the University of Lagos said 61 percent of voters backed the reform, while 22 percent "
     "opposed it.",
     "61 percent of voters backed the reform, while 22 percent opposed it"),
    ("The Uruguayan minister said the harbour would reopen in May, though the dredging was behind schedule.",
     "the harbour would reopen in May, though the dredging was behind schedule"),
])
def test_a_contrast_inside_the_report_stays_in_it(text, report):
    assert report in indirect_texts(text)


@pytest.mark.parametrize("text,report", [
    ("Chile's foreign minister said the border would stay open, while Bolivia's government urged "
     "calm on both sides.",
     "the border would stay open"),
    ("The mayor of Quito said the buses would run on Sunday, while the drivers' union said its "
     "members would strike.",
     "the buses would run on Sunday"),
    ("The Tunisian central bank said inflation had slowed, although the finance minister warned "
     "of higher fuel prices.",
     "inflation had slowed"),
])
def test_a_contrast_with_another_speaker_s_act_ends_the_report(text, report):
    assert report in indirect_texts(text)


# --- a quantifier standing alone as the subject: "Several said …" ----------------------------

@pytest.mark.parametrize("text,report,speaker", [
    ("Dozens of farmers gathered outside the ministry in Lilongwe. Several said they had not been paid "
     "for the maize harvest.", "they had not been paid for the maize harvest", "Several"),
    ("The pollster interviewed 400 fishermen in Kerala. Many said the new quotas would ruin them.",
     "the new quotas would ruin them", "Many"),
    ("Voters queued for hours in Ulaanbaatar, and most said the machines had worked well.",
     "the machines had worked well", "most"),
    ("Both said the ceasefire line near Kupiansk had held overnight.",
     "the ceasefire line near Kupiansk had held overnight", "Both"),
])
def test_a_quantifier_alone_is_the_speaker_of_its_report(text, report, speaker):
    article = reactlib.parse(text)
    found = [q for q in article.quotes if q.kind == "indirect" and q.text.strip(". ") == report]
    assert found, [q.text for q in article.quotes]
    q = found[0]
    assert article.text[q.speaker_start:q.speaker_end] == speaker


@pytest.mark.parametrize("text,speaker", [
    ("The nurses all said the ward in Kumasi had run out of oxygen.", "The nurses"),
    ("They both said the ward in Kumasi had run out of oxygen.", "They"),
])
def test_a_quantifier_after_its_noun_leaves_the_noun_the_speaker(text, speaker):
    article = reactlib.parse(text)
    q = [q for q in article.quotes if q.kind == "indirect"][0]
    assert article.text[q.speaker_start:q.speaker_end] == speaker


# --- a closing appositive ", a move that …" is the writer's -----------------------------------

@pytest.mark.parametrize("text,report", [
    ("The Kenyan interior ministry said it had closed the border crossing at Namanga, a move that "
     "traders in Arusha called ruinous.",
     "it had closed the border crossing at Namanga"),
    ("Police in Dhaka said 14 students had been detained overnight, a sharp rise from the week before.",
     "14 students had been detained overnight"),
    ("The electoral board said turnout had reached 71 percent, an increase of nine points on 2019.",
     "turnout had reached 71 percent"),
    ("The envoy said the talks had failed, a result he blamed on the rebels' demands.",
     "the talks had failed"),
])
def test_a_closing_appositive_is_the_writer_s(text, report):
    assert report in indirect_texts(text)


@pytest.mark.parametrize("text,report", [
    ("The aid agency said it had sent rice, a field hospital and two water pumps to the valley.",
     "it had sent rice, a field hospital and two water pumps to the valley"),
    ("The minister said the plant, a former steel mill near Ostrava, would reopen in March.",
     "the plant, a former steel mill near Ostrava, would reopen in March"),
])
def test_a_list_or_an_inner_appositive_stays_in_the_report(text, report):
    assert report in indirect_texts(text)


@pytest.mark.parametrize("text", [
    "Ministers in Nairobi traded statements all day. A selection of the most telling ones, lightly edited.",
    "It was one of the most moving speeches of the summit in Accra.",
])
def test_a_quantifier_inside_a_noun_phrase_opens_no_report(text):
    assert reactlib.parse(text).quotes == ()
