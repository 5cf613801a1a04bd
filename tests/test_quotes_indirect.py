"""Indirect quotes: a reported clause is a quote, a noun-phrase object of an act is not (own sentences)."""

from __future__ import annotations

import pytest

from reactlib.extractors.quotes import extract_quotes
from reactlib.nlp import blank_english
from reactlib.types import Article

NLP = blank_english()


def indirect(text: str) -> list[str]:
    article = extract_quotes(Article(text=text), NLP(text))
    return [q.text for q in article.quotes if q.kind == "indirect"]


@pytest.mark.parametrize("text", [
    "Peru declared a week of national mourning on Tuesday.",
    "The Swiss foreign ministry reiterated its willingness to host negotiations in Geneva.",
    "The governor demanded the unconditional release of the detained journalists.",
    "The regional bloc announced new sanctions against the junta leaders.",
    "The coastguard confirmed the deaths of nine fishermen.",
    "The union demanded that the mine be closed until an inquiry ends.",
    "The senator urged the cabinet to resign at once.",
    "Seoul threatened to expel the envoy if the drills went ahead.",
    "Tanzania warned against any further escalation on the lake.",
    "The envoy warned the militias against attacking the camps.",
    "No group has claimed the bombing, which hit a crowded market in Quetta.",
    "The Sahel faction claimed responsibility in a video posted on Telegram.",
    "The two sides must respect the truce they agreed to in 2021, Manila urged.",
])
def test_noun_phrase_object_of_an_act_is_not_a_quote(text):
    assert indirect(text) == []


@pytest.mark.parametrize("text, clause", [
    ("The mayor vowed that the attackers would face the full force of the law.",
     "that the attackers would face the full force of the law"),
    ("Police chiefs pledged those behind the bombing will be found.", "those behind the bombing will be found"),
    ("Lima announced it would recall its ambassador.", "it would recall its ambassador"),
    ("The navy confirmed the storm sank two patrol boats.", "the storm sank two patrol boats"),
])
def test_clause_after_a_pledge_or_a_verb_of_saying_is_a_quote(text, clause):
    assert indirect(text) == [clause]


@pytest.mark.parametrize("text", [
    "Soldiers looted the village market, a charge the army has denied.",
    "The militia seized the dam last week, an accusation Kampala rejects.",
    "Troops fired on the crowd, allegations the ministry dismissed.",
])
def test_a_denied_charge_is_not_reported_by_the_denier(text):
    assert indirect(text) == []


def test_clause_before_an_ordinary_attribution_is_still_reported():
    assert indirect("Talks will resume next month, a senior diplomat said.") == ["Talks will resume next month"]


@pytest.mark.parametrize("text, clause", [
    ("Farmers told reporters the harvest had failed.", "the harvest had failed"),
    ("The envoy told the BBC the ceasefire would hold.", "the ceasefire would hold"),
])
def test_clause_after_a_hearer_starts_at_its_own_determiner(text, clause):
    assert indirect(text) == [clause]


@pytest.mark.parametrize("text, clause", [
    ("The envoy said the talks in Doha had failed, but she would return next week.",
     "the talks in Doha had failed"),
    ("Officials said the border crossing was closed, but the Red Cross was still delivering aid.",
     "the border crossing was closed"),
    ("The coach said his players had been threatened, and he asked the league for protection.",
     "his players had been threatened"),
    ("The minister said salaries would be paid late, but not cut.",
     "salaries would be paid late, but not cut"),
    ("Analysts said the rebels, but the Ghanaian ones, were short of fuel.",
     "the rebels, but the Ghanaian ones, were short of fuel"),
])
def test_the_writers_own_clause_after_but_or_and_ends_the_report(text, clause):
    assert indirect(text) == [clause]


@pytest.mark.parametrize("text, clause", [
    ("The regulator inspected the reactor, which the operator says has no working backup pump, on Monday.",
     "which the operator says has no working backup pump"),
    ("Farmers protested against what the governor said was a land grab by foreign investors.",
     "what the governor said was a land grab by foreign investors"),
    ("Quito cut ties over the killings which Lima says were an act of war.", None),
])
def test_a_report_inside_a_relative_clause_is_the_relative_clause(text, clause):
    if clause is None:   # a restrictive clause describes its noun; no report of its own
        assert indirect(text) == []
    else:
        assert clause in indirect(text)


@pytest.mark.parametrize("text, clause", [
    ("BOGOTA \u2014 The rebels released eleven hostages on Sunday, the Red Cross said.",
     "The rebels released eleven hostages on Sunday"),
    ("EU ministers \u2014 meeting in Riga \u2014 agreed new sanctions, diplomats said.",
     "EU ministers \u2014 meeting in Riga \u2014 agreed new sanctions"),
])
def test_a_dateline_stays_out_of_the_report(text, clause):
    assert indirect(text) == [clause]


@pytest.mark.parametrize("text, clause", [
    ("The senator asked whether the navy had been consulted before the strike.",
     "whether the navy had been consulted before the strike"),
    ("Reporters asked the Kenyan minister if he would resign.", "if he would resign"),
    ("The auditor questioned why the grain had never reached Juba.", "why the grain had never reached Juba"),
    ("The envoy was asked whether talks would resume.", None),
    ("Asked whether Hanoi had been warned, the spokeswoman declined to comment.", None),
    ("The mayor asked for calm after the floods.", None),
])
def test_an_indirect_question_is_reported_from_its_question_word(text, clause):
    assert indirect(text) == ([clause] if clause else [])


@pytest.mark.parametrize("text, clause", [
    ("The data show that rice exports fell sharply in March.", "that rice exports fell sharply in March"),
    ("The survey shows the opposition leading by six points in Lusaka.", "the opposition leading by six points in Lusaka"),
    ("The drone footage showed soldiers firing on the crowd.", "soldiers firing on the crowd"),
    ("The gallery will show the paintings during the summer.", None),
    ("The envoy failed to show up at the hearing in Geneva.", None),
    ("The minister appeared on a TV show that aired on Thursday night.", None),
    ("The villagers show no sign of illness.", None),
])
def test_what_a_poll_or_a_video_shows_is_reported(text, clause):
    assert indirect(text) == ([clause] if clause else [])


@pytest.mark.parametrize("text, clause", [
    ("Many farmers believe drought and debt are driving young people to the cities.",
     "drought and debt are driving young people to the cities"),
    ("Villagers near Goma believe in the power of the old chiefs.", None),
    ("The auditors pointed out that the ministry had never paid the contractor.",
     "that the ministry had never paid the contractor"),
    ("The auditors pointed to the unpaid contracts in the north.", None),
])
def test_beliefs_with_a_bare_clause_and_pointed_out_that_are_reported(text, clause):
    assert indirect(text) == ([clause] if clause else [])


@pytest.mark.parametrize("text, clause", [
    ("Rice prices doubled in a year, according to a study by Maria Okoye, an economist in Lagos.",
     "Rice prices doubled in a year"),
    ("According to the coastguard, the ferry sank within minutes.", "the ferry sank within minutes"),
    ("The dam, according to the water ministry, held through the night.",
     "The dam, according to the water ministry, held through the night"),
])
def test_according_to_with_an_appositive_or_in_the_middle_of_the_sentence(text, clause):
    assert indirect(text) == [clause]


@pytest.mark.parametrize("text, clause", [
    ("The mayor of Tromso told me the water was safe to drink.", "the water was safe to drink"),
    ("The problem now, she told me on Friday, is that the harbour is frozen.",
     "The problem now, she told me on Friday, is that the harbour is frozen"),
])
def test_told_me_is_a_hearer_like_told_reporters(text, clause):
    assert indirect(text) == [clause]


def test_inverted_attribution_with_an_appositive_reports_the_clause_before():
    text = "The blockade caused shortages in every town, said Amal Haddad, a senior official with the agency."
    assert indirect(text) == ["The blockade caused shortages in every town"]
