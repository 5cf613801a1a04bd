"""Quotes round 13: live-blog time stamps and headline labels. Sentences written for this round
(other places, people and wording than any article of the development sets), each watched
failing before its rule was written.
"""

from __future__ import annotations

import pytest

import reactlib


def quotes_of(text: str) -> list[reactlib.Quote]:
    return list(reactlib.parse(text).quotes)


def indirect_texts(text: str) -> list[str]:
    return [q.text for q in quotes_of(text) if q.kind == "indirect"]


# --- a live-blog time stamp opening the line is not part of the reported words -------------------

STAMPED = [
    ("14:20 GMT - Rescue crews have pulled 12 people from the rubble, state television reported.",
     "Rescue crews have pulled 12 people from the rubble"),
    ("09:15 GMT \u2013 Two more aftershocks hit the coast overnight, the seismology institute said.",
     "Two more aftershocks hit the coast overnight"),
    ("21:47 \u2014 The last ferry to the island has been cancelled, the port authority said.",
     "The last ferry to the island has been cancelled"),
    ("06:30 BST: Flights out of the capital remain suspended, the airport operator said.",
     "Flights out of the capital remain suspended"),
    ("11:02 local time - Police have closed the main bridge, a spokesman for the city told reporters.",
     "Police have closed the main bridge"),
    ("7.45pm - Voting has ended in most districts, the electoral commission said.",
     "Voting has ended in most districts"),
    ("16:10 GMT - The president said the army would stay in the barracks.",
     "the army would stay in the barracks"),
    ("10:05 GMT - Hospitals in the north are running out of fuel, the health ministry said in a statement.",
     "Hospitals in the north are running out of fuel"),
    ("23:55 UTC - The strike will go ahead on Monday, union leaders said.",
     "The strike will go ahead on Monday"),
    ("08:40 CET - Snow has blocked the pass for a third day, regional officials said.",
     "Snow has blocked the pass for a third day"),
]


@pytest.mark.parametrize("text,content", STAMPED)
def test_a_time_stamp_is_not_part_of_the_reported_words(text, content):
    assert content in indirect_texts(text)


def test_a_time_stamp_before_a_direct_quote_is_left_to_the_marks():
    text = '15:00 GMT - "We will rebuild every house," the governor said.'
    quotes = quotes_of(text)
    assert [(q.kind, q.text) for q in quotes] == [("direct", "We will rebuild every house,")] or \
        [(q.kind, q.text.strip(",")) for q in quotes] == [("direct", "We will rebuild every house")]


def test_a_time_inside_the_reported_words_stays():
    text = "The ministry said the curfew would begin at 22:00 GMT on Friday."
    assert indirect_texts(text) == ["the curfew would begin at 22:00 GMT on Friday"]
    text = "At 10:30, the embassy said, the first convoy crossed the border."
    assert all(not t.startswith("10:30") for t in indirect_texts(text))


# --- "LIVE: ...", "BREAKING: ...": a headline label is no speaker, and every indirect quote has a cue ---

LABELLED = [
    "LIVE: Reactions pour in after the earthquake in southern Peru",
    "BREAKING: Protesters storm the parliament building in Lima",
    "Live: Floods cut off villages across northern Bangladesh",
    "UPDATE: Ferry services to the islands resume after the storm",
    "EXCLUSIVE: Inside the secret port deal with a Gulf investor",
    "ANALYSIS: Why the coalition talks in Oslo keep failing",
    "WATCH: Crowds gather outside the court in Nairobi",
    "Explainer: What the new border rules mean for travellers",
    "Factbox: Key facts about the disputed river dam",
    "IN PICTURES: The aftermath of the cyclone in Mozambique",
    "Opinion: The summit in Accra was a missed chance",
    "Editor's note: This story has been corrected to give the right date of the vote",
]


@pytest.mark.parametrize("headline", LABELLED)
def test_a_headline_label_is_no_speaker(headline):
    text = headline + "\n\nThe interior ministry said on Monday that 40 people had been evacuated.\n"
    quotes = quotes_of(text)
    assert [q.text for q in quotes] == ["that 40 people had been evacuated"]


def test_no_indirect_quote_lacks_a_cue():
    text = ("LIVE: Reactions pour in as Chile votes on a new constitution\n\n"
            "Kerry: We will accept more refugees this year\n\n"
            "TAPPER: Are you running for office again?\n\n"
            "The electoral service said turnout was above 80 percent.\n")
    for q in quotes_of(text):
        assert q.kind != "indirect" or q.cue is not None, q


def test_a_name_before_a_colon_still_gives_the_words():
    text = "Merkel: Europe must stand together on migration\n\nThe talks continued.\n"
    quotes = quotes_of(text)
    assert [q.text for q in quotes] == ["Europe must stand together on migration"]
    assert text[quotes[0].speaker_start:quotes[0].speaker_end] == "Merkel"


# --- a verb of saying followed by a circumstance and no clause reports nothing -------------------

CIRCUMSTANCE_ONLY = [
    "Our police officers responded in a calm and measured way and cleared the square within an hour.",
    "The two governments agreed last spring on fishing quotas that were meant to end the dispute over the bay.",
    "The coast guard responded within minutes and pulled four fishermen from the water.",
    "Both delegations agreed on a timetable for the withdrawal of troops from the valley.",
    "The rebels responded with mortar fire on the outskirts of the town and shelled the airport.",
    "Farmers' unions agreed in principle to a new price for milk after talks in Dublin.",
    "The navy responded during the night by sending two frigates into the strait.",
    "The city council agreed this week on a plan to rebuild the flooded market.",
    "Firefighters responded from three stations and brought the blaze under control by dawn.",
    "The neighbouring states agreed over the weekend to share the cost of the new bridge.",
]


@pytest.mark.parametrize("text", CIRCUMSTANCE_ONLY)
def test_a_cue_followed_by_a_circumstance_and_an_act_reports_nothing(text):
    assert indirect_texts(text) == []


REPORTS_AFTER_A_CIRCUMSTANCE = [
    ("The minister said on Monday that the border would reopen next week.", "the border would reopen next week"),
    ("The ministry said in a statement the talks had been productive.", "the talks had been productive"),
    ("The rebels agreed on Sunday that the prisoners would be freed.", "the prisoners would be freed"),
    ("The mayor responded on Twitter that the water was safe to drink.", "the water was safe to drink"),
    ("A spokesman said during a briefing in Bern that the embassy remained open.", "the embassy remained open"),
]


@pytest.mark.parametrize("text,content", REPORTS_AFTER_A_CIRCUMSTANCE)
def test_a_report_after_a_circumstance_stays(text, content):
    assert any(t.removeprefix("that ") == content for t in indirect_texts(text)), indirect_texts(text)


@pytest.mark.parametrize("text,content", [
    ("The utility said last month it was reviewing the safety data.", "it was reviewing the safety data"),
    ("The regulator said this morning the bank had met all its obligations.", "the bank had met all its obligations"),
    ("The union said earlier this week its members would strike on Friday.", "its members would strike on Friday"),
])
def test_a_time_phrase_after_the_cue_is_not_the_report(text, content):
    assert indirect_texts(text) == [content]


# --- "CHILE: Foreign Minister X said …": a roundup label before a paragraph with its own reports ---

ROUNDUP = ("Reactions to the coup came quickly.\n\n"
           "PERU: Foreign Minister Elena Rojas said Lima was \"deeply worried by the events\" and recalled "
           "its ambassador.\n\n"
           "BRAZIL: The foreign ministry called for calm. \"Democracy must be restored without delay,\" "
           "President Marta Lins wrote on X.\n\n"
           "COLOMBIA: Defence Minister Pablo Ortiz said the army had been put on alert along the border.\n")


def test_a_roundup_label_leaves_the_paragraph_s_own_quotes():
    quotes = {(q.kind, q.text.strip(",")) for q in quotes_of(ROUNDUP)}
    assert ("partial", "deeply worried by the events") in quotes
    assert ("direct", "Democracy must be restored without delay") in quotes
    assert ("indirect", "the army had been put on alert along the border") in quotes
    assert not any(t.startswith(("Foreign Minister", "The foreign ministry", "Defence Minister")) for _, t in quotes)


# --- an object, not a clause: "claims two-thirds of its territory", "pledged not to use force" ---

NO_REPORT = [
    "Bolivia claims about half of the salt flats and held a vote on the matter in 2019.",
    "Morocco claims roughly a third of the disputed coastline, the Cape Blanc strip, and patrols it.",
    "Both rebel groups pledged not to recruit children under the 2018 accord.",
    "The two neighbours promised not to build dams on the shared river, in a treaty signed in Lusaka.",
    "The militia vowed never to lay down its arms until the occupation ended.",
    "The agreement, in which both sides pledged not to attack civilian ships, expires in May.",
    "The monitors have documented hundreds of arrests during the curfew since March.",
    "The observer mission documented dozens of irregularities at polling stations in the north.",
    "The union claims nearly 40,000 members across the mining sector.",
    "Human rights lawyers documented about 300 cases of torture in the prison.",
]


@pytest.mark.parametrize("text", NO_REPORT)
def test_an_object_or_a_commitment_is_no_reported_clause(text):
    assert indirect_texts(text) == []


@pytest.mark.parametrize("text,content", [
    ("The government claims about 90 percent of voters backed the reform.", "about 90 percent of voters backed the reform"),
    ("The ministry pledged that no family would be left without shelter.", "that no family would be left without shelter"),
])
def test_a_clause_after_the_same_verbs_is_reported(text, content):
    assert indirect_texts(text) == [content]


def test_a_headline_quoting_inside_the_name_s_words_stays_the_name_s():
    text = "Ortega: Managua Will Not Bow to 'Imperial Threats' on Canal\n\nThe canal project was approved in 2013.\n"
    quotes = quotes_of(text)
    assert [q.text for q in quotes] == ["Managua Will Not Bow to 'Imperial Threats' on Canal"]
    assert text[quotes[0].speaker_start:quotes[0].speaker_end] == "Ortega"


def test_a_title_case_headline_with_a_verb_of_saying_stays_the_name_s():
    text = "Lula: Bolsonaro Asking Court To Delay Vote Shows 'Fear of the People'\n\nThe court meets on Friday.\n"
    quotes = quotes_of(text)
    assert [q.text for q in quotes] == ["Bolsonaro Asking Court To Delay Vote Shows 'Fear of the People'"]


# --- "the regional bloc's commission said": the bloc named before speaks ------------------------

def speaker_name(text: str, quote: str) -> str | None:
    article = reactlib.parse(text)
    names = {a.id: a.name for a in article.actors}
    return next((names.get(q.speaker) for q in article.quotes if q.text.removeprefix("that ") == quote), "missing")


BLOC_BODIES = [
    ("Leaders of the Economic Community of Central African States met in Libreville on Monday. "
     "The regional bloc's commission said the border with Chad would stay open.",
     "the border with Chad would stay open", "Economic Community of Central African States"),
    ("Leaders of the Economic Community of Central African States met in Libreville on Monday. "
     "The regional bloc said sanctions on Chad would follow.",
     "sanctions on Chad would follow", "Economic Community of Central African States"),
    ("The Southern African Development Community called an emergency summit on Friday after the coup in Lesotho. "
     "The regional bloc's secretariat said observers would be sent to Maseru.",
     "observers would be sent to Maseru", "Southern African Development Community"),
    ("The North Atlantic Treaty Organization held talks with Finland in Brussels. "
     "The military alliance's secretariat said the request would be studied.",
     "the request would be studied", "NATO"),
]


@pytest.mark.parametrize("text,quote,speaker", BLOC_BODIES)
def test_a_bloc_by_its_kind_or_its_body_speaks_for_the_bloc(text, quote, speaker):
    assert speaker_name(text, quote) == speaker


def test_a_bloc_body_with_no_bloc_before_is_not_the_country_in_focus():
    text = ("Thousands of farmers marched through Lima on Tuesday. "
            "The regional bloc's commission said the new tariffs would be reviewed.")
    assert speaker_name(text, "the new tariffs would be reviewed") != "Peru"
