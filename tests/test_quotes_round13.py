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
