"""Stances round 14 (narrative side): mechanisms that recur across unseen reaction articles.

- one request verb with two infinitives joined by "and to" ("urged X to free the detainees
  and to allow observers in") asks two things: two stances, as the golds annotate them;
  coordinated nouns ("to free the journalists and activists") stay one ask.

Sentences are invented for these tests (other countries and people than any article).
"""

from __future__ import annotations

import pytest

import reactlib

D = "date 2025-03-02\n\n"
CLASS = {"support": "S", "praise": "S", "welcome": "S", "accuse": "A", "criticize": "A", "condemn": "A",
         "appeal": "R", "demand": "R", "reject": "J", "threaten": "T", "consult": "C", "mediate": "M",
         "concern": "N"}


def _read(text: str) -> list[tuple[str, str, str | None]]:
    art = reactlib.parse(D + text)
    name = {a.id: a.name for a in art.actors}
    return sorted((name[s.holder], CLASS[s.type], name.get(s.target)) for s in art.stances)


# --- one verb, two infinitives: two asks ----------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Reporters Without Borders called on Belarus to free the jailed editors and to allow foreign "
     "correspondents back into the country.",
     [("Reporters Without Borders", "R", "Belarus")] * 2),
    ("The Arab League urged Iraq to protect the pilgrims and to open a transparent inquiry into the "
     "stampede.",
     [("Arab League", "R", "Iraq")] * 2),
    ("Norway's foreign minister, Espen Barth Eide, urged both sides to \"lay down their arms\" and to "
     "return to the table in Oslo.",
     [("Espen Barth Eide", "R", None)] * 2),
])
def test_two_infinitives_are_two_asks(text, expected):
    got = [s for s in _read(text) if s[1] == "R"]
    assert got == expected


@pytest.mark.parametrize("text", [
    "Reporters Without Borders called on Belarus to free the jailed editors and bloggers.",
    "The Arab League urged Iraq to send aid to Basra and to the southern provinces.",
    "Amnesty International urged Chile to investigate the shootings and the arrests.",
])
def test_coordinated_nouns_stay_one_ask(text):
    got = [s for s in _read(text) if s[1] == "R"]
    assert len(got) == 1, got


def test_two_infinitives_after_an_unnamed_addressee():
    text = ("Juma Oduya, the bloc's secretary general, was calling on both partner states to \"exercise "
            "restraint\" and to refer the dispute to the bloc's Council of Ministers.")
    assert [s for s in _read(text) if s[1] == "R"] == [("Juma Oduya", "R", None)] * 2


# --- an ask of two named parties to meet each other: one appeal to both, no single target ---

@pytest.mark.parametrize(("text", "holder"), [
    ("Relations between Kenya and Uganda soured over milk imports. Opposition leader Bobi Wine on Sunday "
     "urged President William Ruto and his Ugandan counterpart, Yoweri Museveni, to meet before the harvest.",
     "Bobi Wine"),
    ("Peru and Ecuador traded accusations over the border. Chile's foreign minister, Alberto van Klaveren, "
     "called on Peru and Ecuador to hold talks without delay.",
     "Alberto van Klaveren"),
])
def test_reciprocal_ask_of_two_parties_has_no_single_target(text, holder):
    art = reactlib.parse(D + text)
    name = {a.id: a.name for a in art.actors}
    asks = [s for s in art.stances if s.type in ("appeal", "demand")]
    assert [(name[s.holder], s.target) for s in asks] == [(holder, None)]
    addressed = {name[x] for x in asks[0].extra.get("addressees", [])}
    assert len(addressed) >= 2 and holder not in addressed


def test_one_sided_ask_of_two_parties_keeps_both_targets():
    text = ("Peru and Ecuador traded accusations over the border. Chile's foreign minister, Alberto van "
            "Klaveren, called on Peru and Ecuador to withdraw their troops.")
    got = {s for s in _read(text) if s[1] == "R"}
    assert got == {("Alberto van Klaveren", "R", "Peru"), ("Alberto van Klaveren", "R", "Ecuador")}


# --- hosting refugees is sheltering them, not a meeting --------------------------------------

@pytest.mark.parametrize("text", [
    "Uganda hosts more than 1.5 million refugees from South Sudan and Congo.",
    "Chad, which hosts some 600,000 Sudanese refugees in camps near Adré, welcomed the truce.",
    "Colombia has hosted nearly three million Venezuelan migrants since 2015.",
])
def test_hosting_refugees_is_no_consultation(text):
    assert not [s for s in _read(text) if s[1] == "C"]


def test_hosting_a_leader_is_still_a_meeting():
    text = "Kenya hosted Somali President Hassan Sheikh Mohamud on Monday."
    assert ("Kenya", "C", "Hassan Sheikh Mohamud") in _read(text)


# --- a warning of what is likely to happen is a concern ---------------------------------------

@pytest.mark.parametrize(("text", "holder"), [
    ("The Philippine Institute of Volcanology said the alert level remained at 3 and warned that "
     "further eruptions were possible in the coming days.", "Philippine Institute of Volcanology"),
    ("The World Meteorological Organization warned that more floods were likely across the Sahel.",
     "World Meteorological Organization"),
    ("Doctors Without Borders warned that a cholera outbreak was imminent in the camps.",
     "Doctors Without Borders"),
])
def test_warning_of_a_likely_event_is_concern(text, holder):
    assert (holder, "N", None) in _read(text)


def test_warning_of_a_present_state_is_still_nothing():
    text = "The World Meteorological Organization warned that the drought was spreading."
    assert not _read(text)


# --- thanks to helpers the article does not name as actors ------------------------------------

@pytest.mark.parametrize(("text", "holder"), [
    ("Governor Ana Ruiz thanked the donor countries and appealed to businesses to donate water.", "Ana Ruiz"),
    ("Mayor Luis Ortega praised the rescue workers who dug through the night.", "Luis Ortega"),
    ("Prime Minister Sitiveni Rabuka hailed the volunteers who cleared the roads.", "Sitiveni Rabuka"),
])
def test_praise_of_unnamed_helpers(text, holder):
    assert (holder, "S", None) in _read(text)


def test_praise_of_a_thing_nobody_did_is_nothing():
    assert not [s for s in _read("Governor Ana Ruiz praised the weather on Sunday.") if s[1] == "S"]


# --- "the military" alone is a state body, like "the army" ------------------------------------

def test_the_military_alone_is_the_state_the_article_is_about():
    text = ("Sudan's military government on Monday rejected warnings of famine in Darfur. Norway and Canada "
            "issued a joint statement urging the military to allow aid convoys into El Fasher.")
    got = {s for s in _read(text) if s[1] == "R"}
    assert got == {("Norway", "R", "Sudan"), ("Canada", "R", "Sudan")}


# --- a demand for talks with X is a demand on X -------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("ELN commander Antonio García demanded direct talks with Bogotá.", ("Antonio García", "R", "Colombia")),
    ("The Polisario Front called for negotiations with Morocco under UN auspices.",
     ("Polisario Front", "R", "Morocco")),
])
def test_request_for_talks_with_a_party_targets_it(text, expected):
    assert expected in _read(text)


# --- "the coalition", "the alliance": a named actor taken up again by its head noun -------------

@pytest.mark.parametrize(("text", "expected"), [
    ("An airstrike by the Arab Coalition hit a clinic in Marib on Monday. Spain said it was "
     "appalled and called on the coalition to respect international humanitarian law.",
     ("Spain", "R", "Arab Coalition")),
    ("An airstrike by the US-led coalition hit a clinic in Raqqa on Monday. Spain called on the "
     "coalition to respect international humanitarian law.",
     ("Spain", "R", "US-led coalition")),
])
def test_definite_head_noun_takes_up_a_named_actor(text, expected):
    assert expected in _read(text)


def test_definite_head_noun_with_no_named_actor_stays_untargeted():
    text = ("Fighting spread near Marib on Monday. Spain called on the coalition to respect "
            "international humanitarian law.")
    assert ("Spain", "R", None) in _read(text)


# --- sending a delegation to the parties is mediation, like sending an envoy ---------------------

def test_sending_a_delegation_is_mediation():
    text = ("Soldiers seized power in Niamey on Sunday. The Economic Community of West African States said "
            "it would send a delegation led by former Nigerian President Olusegun Obasanjo to Niamey to "
            "negotiate with the junta.")
    assert ("Economic Community of West African States", "M", None) in _read(text)
