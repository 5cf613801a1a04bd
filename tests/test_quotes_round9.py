"""Quotes round 9: sentences written for this round (other places, people and wording than any
article of the development sets), each watched failing before its rule was written.
"""

from __future__ import annotations

import pytest

import reactlib


def speakers_of(text: str) -> dict[str, str | None]:
    """Quote text -> the speaker's actor name, for every quote of ``text``."""
    article = reactlib.parse(text)
    names = {a.id: a.name for a in article.actors}
    return {q.text.strip("\"“”‘’,. "): names.get(q.speaker) for q in article.quotes}


# --- a fragment inside someone's report, whose own cue has no actor for a subject -----------

EMBEDDED = [
    ('Chilean President Gabriel Boric, speaking to reporters in Santiago, said the agreement showed '
     'that "Chile honours its commitments" and that "dialogue remains possible" with Lima.',
     ["Chile honours its commitments", "dialogue remains possible"], "Gabriel Boric"),
    ('Greenpeace said the spill showed that the company\'s safety rules "exist only in brochures".',
     ["exist only in brochures"], "Greenpeace"),
    ('Kenyan Interior Minister Kipchumba Murkomen warned that if violations were found, '
     '"the culprits will pay for it".',
     ["the culprits will pay for it"], "Kipchumba Murkomen"),
    ('Amnesty International said the verdict demonstrated that the courts in Tunisia had become '
     '"an instrument of repression".',
     ["an instrument of repression"], "Amnesty International"),
]


@pytest.mark.parametrize("text,fragments,speaker", EMBEDDED)
def test_a_fragment_in_a_report_is_the_reporter_s_when_its_own_cue_names_no_one(text, fragments, speaker):
    got = speakers_of(text)
    for fragment in fragments:
        assert got.get(fragment) == speaker, got


def test_a_fragment_a_named_person_is_reported_to_have_said_stays_that_person_s():
    text = ('Brazilian Foreign Minister Mauro Vieira said Argentine President Javier Milei had told him '
            'that "the border will stay open".')
    assert speakers_of(text).get("the border will stay open") == "Javier Milei"


# --- ", which it says …": the speaker's own second report ends the first ---------------------

def quotes_of(text: str) -> list[tuple[str, str]]:
    """(kind, text) of every quote of ``text``."""
    return [(q.kind, q.text) for q in reactlib.parse(text).quotes]


SECOND_REPORTS = [
    ('Egypt\'s foreign ministry said on Tuesday that it was "deeply alarmed" by the new barrage, '
     'which it says will cut the flow of water to the delta.',
     'it was "deeply alarmed" by the new barrage'),
    ('The Bolivian mining union said the new tax was unfair to small cooperatives, which it says '
     'employ most miners in Potosí.',
     'the new tax was unfair to small cooperatives'),
]


@pytest.mark.parametrize("text,first", SECOND_REPORTS)
def test_a_relative_clause_the_speaker_reports_again_is_not_part_of_the_first_report(text, first):
    indirect = [t for k, t in quotes_of(text) if k == "indirect"]
    assert any(t.removeprefix("that ").rstrip(",") == first for t in indirect), indirect


# --- "the observation mission of <organisation>": the organisation's body speaks for it ----------

BODIES = [
    ('date 2026-03-02 Zambia held a presidential election on Thursday. Russia sent no observers.\n\n'
     'The observation mission of the African Union (AU) said in its preliminary statement on Friday '
     'that the vote had been "peaceful and largely transparent".',
     "peaceful and largely transparent", "African Union"),
    ('date 2026-05-14 Ecuador expelled two Colombian diplomats on Monday.\n\n'
     'The secretariat of the Organization of American States said the expulsions were '
     '"a regrettable step backwards".',
     "a regrettable step backwards", "Organization of American States"),
]


@pytest.mark.parametrize("text,fragment,speaker", BODIES)
def test_a_body_of_an_organisation_speaks_for_the_organisation(text, fragment, speaker):
    assert speakers_of(text).get(fragment) == speaker


def test_the_minister_of_a_country_is_not_taken_for_a_body():
    text = ('date 2026-05-14 Ecuador expelled two Colombian diplomats on Monday.\n\n'
            'The foreign minister of Peru, Elmer Schialer, said the expulsions were "a regrettable step".')
    assert speakers_of(text).get("a regrettable step") == "Elmer Schialer"


# --- a passive cue's subject is the one spoken about, not the speaker --------------------------

PASSIVES = [
    ('Pakistani Foreign Office spokesman Mumtaz Zahra Baloch said Pakistan was being blamed '
     '"for every attack in Kashmir".', "for every attack in Kashmir", "Mumtaz Zahra Baloch"),
    ('Venezuelan Foreign Minister Yván Gil said Caracas had been accused of "sheltering criminals" '
     'without any evidence.', "sheltering criminals", "Yván Gil"),
]


@pytest.mark.parametrize("text,fragment,speaker", PASSIVES)
def test_a_fragment_after_a_passive_cue_is_the_reporter_s(text, fragment, speaker):
    assert speakers_of(text).get(fragment) == speaker


def test_a_passive_cue_with_its_agent_keeps_the_agent():
    text = ('Colombian President Gustavo Petro said Ecuador had been accused by Peru of '
            '"sheltering criminals".')
    assert speakers_of(text).get("sheltering criminals") != "Ecuador"


# --- "the UN peacekeeping mission, MINUSCA, said": the body named in commas speaks ---------------

NAMED_BODIES = [
    ('date 2026-02-03 Soldiers seized the presidential palace in Juba on Monday.\n\n'
     'The UN peacekeeping mission, UNMISS, said its troops had been "placed on high alert".',
     "placed on high alert", "UNMISS"),
    ('date 2026-02-03 Gunmen attacked a market in northern Mali on Monday.\n\n'
     'The regional bloc, ECOWAS, said the attack was "a cowardly act of terror".',
     "a cowardly act of terror", "Economic Community of West African States"),
]


@pytest.mark.parametrize("text,fragment,speaker", NAMED_BODIES)
def test_an_organisation_named_in_commas_after_its_description_speaks(text, fragment, speaker):
    assert speakers_of(text).get(fragment) == speaker


# --- "… at 6:42 a.m. President X convened …": the clock's full stop also ends the sentence -------

def test_a_report_ending_on_a_clock_time_ends_there():
    text = ('Japan\'s defence ministry said the drone crossed the coast at 5:10 a.m. Prime Minister '
            'Sanae Takaichi ordered the coast guard to "stay on alert", her office said.')
    indirect = [t for k, t in quotes_of(text) if k == "indirect"]
    assert "the drone crossed the coast at 5:10 a.m." in indirect or \
        "the drone crossed the coast at 5:10 a.m" in indirect, indirect
    assert not any(t.startswith("Japan") for t in indirect), indirect


def test_a_clock_time_before_its_day_or_zone_does_not_end_the_sentence():
    text = 'The ministry said the drone crossed the coast at 5:10 a.m. Monday and "turned back at once".'
    indirect = [t for k, t in quotes_of(text) if k == "indirect"]
    assert any("turned back at once" in t for t in indirect), indirect
