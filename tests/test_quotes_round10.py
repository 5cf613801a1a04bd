"""Quotes round 10: sentences written for this round (other places, people and wording than any
article of the development sets), each watched failing before its rule was written.
"""

from __future__ import annotations

import pytest

import reactlib


def quotes_of(text: str) -> dict[str, tuple[str, str | None]]:
    """Quote text -> (kind, the speaker's actor name), for every quote of ``text``."""
    article = reactlib.parse(text)
    names = {a.id: a.name for a in article.actors}
    return {q.text.strip("\"“”‘’,. "): (q.kind, names.get(q.speaker)) for q in article.quotes}


def indirect_texts(text: str) -> list[str]:
    return [t for t, (kind, _) in quotes_of(text).items() if kind == "indirect"]


# --- ", which it described as …": a second report of the speaker ends the first --------------

DESCRIBED = [
    ('Chile\'s state broadcaster TVN said President Gabriel Boric had personally opened the new bridge '
     'over the Maule river, which it described as a gift to "future generations" living on the coast.',
     "President Gabriel Boric had personally opened the new bridge over the Maule river"),
    ("The Kenyan Ministry of Health said nurses in Mombasa had stopped work on Monday, which it "
     "called an illegal strike by a small union.",
     "nurses in Mombasa had stopped work on Monday"),
    ("Greenpeace said the tanker had dumped oil near the reef, which it branded a crime against "
     "the fishermen of the island.",
     "the tanker had dumped oil near the reef"),
]


@pytest.mark.parametrize("text,report", DESCRIBED)
def test_a_relative_clause_describing_the_report_is_the_speaker_s_own_second_report(text, report):
    assert report in indirect_texts(text)


def test_a_relative_clause_describing_someone_else_s_view_stays_in_the_report():
    text = ("The Chilean government said the bridge over the Maule river, which engineers described "
            "as unsafe, would stay closed until March.")
    got = indirect_texts(text)
    assert any(t.endswith("would stay closed until March") for t in got), got


def test_a_verdict_quoted_to_its_end_stays_in_the_report():
    text = ('The Bolivian government said it rejected the ruling of the court, which it described as '
            '"an insult to the Bolivian people".')
    got = indirect_texts(text)
    assert any(t.startswith("it rejected the ruling") and "insult" in t for t in got), got


def test_a_fragment_inside_the_speaker_s_verdict_is_the_speaker_s():
    text = ("Chile's state broadcaster TVN said President Gabriel Boric had personally opened the new bridge "
            'over the Maule river, which it described as a stern warning to "profiteers" hoarding fuel.')
    assert quotes_of(text).get("profiteers") == ("partial", "TVN")


# --- "for months after …": a time span bound to the clause's own verb ------------------------

DURATIONS = [
    ("Ortega's wife, Lucia Ortega, said her husband had received threats for weeks after exposing "
     "a fraud at a provincial bank in Leon.",
     "her husband had received threats for weeks after exposing a fraud at a provincial bank in Leon"),
    ("The Peruvian union leader Rosa Quispe said the miners had stayed underground for days after "
     "the company cut their wages.",
     "the miners had stayed underground for days after the company cut their wages"),
]


@pytest.mark.parametrize("text,report", DURATIONS)
def test_after_following_a_duration_stays_in_the_report(text, report):
    assert report in indirect_texts(text)


def test_a_bare_after_clause_still_ends_the_report():
    text = "The Bolivian minister Carlos Mesa said the dam would hold after the engineers inspected it on Friday."
    got = indirect_texts(text)
    assert "the dam would hold" in got, got


# --- "X, the agency said Tuesday, the worst …": the writer's appositive after an inserted cue --

APPOSITIVES = [
    ("At least 40 fishermen died when a storm sank their trawlers in the Bay of Bengal, the "
     "Bangladesh coast guard said Monday, the worst such accident on the coast this year.",
     "At least 40 fishermen died when a storm sank their trawlers in the Bay of Bengal"),
    ("Nine miners were rescued from a flooded shaft in Potosi, the Bolivian government said, "
     "a rare success for the rescue teams of the region.",
     "Nine miners were rescued from a flooded shaft in Potosi"),
]


@pytest.mark.parametrize("text,report", APPOSITIVES)
def test_an_appositive_after_an_inserted_cue_is_the_writer_s(text, report):
    assert report in indirect_texts(text)


def test_a_report_split_by_its_cue_stays_whole():
    text = "The new bridge, the Chilean transport minister said, will open to traffic in March."
    got = indirect_texts(text)
    assert any(t.startswith("The new bridge") and t.endswith("will open to traffic in March") for t in got), got


# --- verbs of saying that report nothing said -----------------------------------------------

NOTHING_SAID = [
    "The Chilean finance minister Mario Marcel did not say where the gold had been stored.",
    "The Chilean finance minister Mario Marcel declined to say whether the bank would sell the gold.",
    "Brazil has long denied funding armed groups in the Amazon.",
    "Estonian Prime Minister Kristen Michal called for the European Union to add the freighter and "
    "its captain to its blacklist.",
    "The Kenyan embassy in Lima posted a warm message on Facebook on Monday.",
]


@pytest.mark.parametrize("text", NOTHING_SAID)
def test_a_withheld_answer_a_denied_act_or_a_noun_object_is_no_report(text):
    assert indirect_texts(text) == []


REPORTS = [
    ("The Chilean finance minister Mario Marcel said where the gold had been stored was a state secret.",
     "where the gold had been stored was a state secret"),
    ("Brazil denied that it had funded armed groups in the Amazon.",
     "that it had funded armed groups in the Amazon"),
    ("The Kenyan embassy in Lima posted on Facebook that the two nations had signed a trade deal.",
     "that the two nations had signed a trade deal"),
    ("Estonian Prime Minister Kristen Michal added that the freighter had been seized on Monday.",
     "that the freighter had been seized on Monday"),
]


@pytest.mark.parametrize("text,report", REPORTS)
def test_the_same_verbs_with_a_clause_still_report(text, report):
    assert report in indirect_texts(text)


# --- ", which it says …": the speaker's own second report --------------------------------------

def test_the_speaker_s_second_report_starts_after_its_cue_and_keeps_an_appositive():
    text = ('Thailand\'s foreign ministry said on Monday that it was "deeply worried" about the new dam, '
            "which it says will block the silt on which the Chao Phraya delta, home to 12 million farmers, depends.")
    got = quotes_of(text)
    report = "will block the silt on which the Chao Phraya delta, home to 12 million farmers, depends"
    assert got.get(report) == ("indirect", "Thailand"), got


def test_a_second_report_that_is_mostly_a_quotation_is_the_partial_alone():
    text = ('The Chadian rebel spokesman Ali Hassan blamed the national army, which he said had been '
            '"shelling villages without any warning" since June.')
    got = quotes_of(text)
    assert got.get("shelling villages without any warning", ("", ""))[0] == "partial", got
    assert [t for t in indirect_texts(text) if "shelling" in t] == [], got


def test_a_relative_report_of_someone_named_keeps_its_relative_word():
    text = "The plant, which the agency says has no backup power, was shut down on Friday."
    assert "which the agency says has no backup power" in indirect_texts(text)


# --- "continued" is a cue of quotations only ----------------------------------------------------

def test_continued_before_a_noun_reports_nothing():
    text = ("The Peruvian foreign minister Elmer Schialer asked Chile to give its observers continued access "
            "to the border posts at Tacna.")
    assert [t for t in indirect_texts(text) if "access" in t] == []


def test_continued_after_a_quotation_still_attributes_it():
    text = '"We will not give up," the Peruvian foreign minister Elmer Schialer continued.'
    assert quotes_of(text).get("We will not give up") == ("direct", "Elmer Schialer")


# --- a partial quote after "thanked X for" -----------------------------------------------------

def test_a_fragment_after_thanked_is_the_thanker_s():
    text = ('Chilean President Gabriel Boric thanked Norway and Canada for their "tireless and generous '
            'support" during the talks.')
    assert quotes_of(text).get("tireless and generous support") == ("partial", "Gabriel Boric")



# --- "It was reported that …": an impersonal passive names no speaker ---------------------------

@pytest.mark.parametrize("sentence", [
    "It was reported that the Bolivian president had resigned.",
    "It has been alleged that the Peruvian army opened fire on the marchers.",
])
def test_an_impersonal_passive_report_has_no_speaker(sentence):
    text = "Argentina denied that its navy had entered Chilean waters. " + sentence
    got = quotes_of(text)
    reports = [v for t, v in got.items() if t.startswith("that the B") or t.startswith("that the P")]
    assert reports == [("indirect", None)], got


def test_it_as_the_speaker_s_pronoun_still_speaks():
    text = ("The Chilean foreign ministry summoned the Bolivian envoy on Monday. "
            "It said that the border incident had been a grave breach.")
    got = quotes_of(text)
    assert got.get("that the border incident had been a grave breach", ("", ""))[1] is not None, got
