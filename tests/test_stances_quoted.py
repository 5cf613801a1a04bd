"""Stances drawn from what a quote says: threats worded as a price, a response, an answer.

Sentences are invented for these tests (other countries, people and events than any article).
"""

from __future__ import annotations

import pytest

from stance_reading import read as _read


@pytest.mark.parametrize(("text", "expected"), [
    # a price to pay, aimed at the one the speaker has just charged
    ('Ghana imposed tariffs on cement from Togo on Monday. "Ghana has violated the trade protocol. There '
     'will be a price to pay for that," Togolese trade minister Kodjo Adedze said.',
     ("Kodjo Adedze", "T", "Ghana")),
    # a response promised by the speaker's side, aimed at the other side of the dispute
    ('Peru expelled Bolivian diplomats on Tuesday. Bolivian President Luis Arce said Bolivia would give a '
     '"firm response".', ("Luis Arce", "T", "Peru")),
    # "in kind if X does not ...": X is the one threatened
    ('Gambian fisheries minister Musa Drammeh said Banjul was "ready to respond in kind" if Senegal did not '
     'lift the ban.', ("Musa Drammeh", "T", "Senegal")),
    # "any attack ... will be met with": a warning to whoever might, no one named
    ('"Any attack on our shipping lanes will be met with a swift and decisive response," Philippine Defence '
     'Secretary Gilberto Teodoro told reporters in Manila.', ("Gilberto Teodoro", "T", None)),
    # defending one's own by all means names no one
    ('"We will defend Chile\'s fishing grounds by all means available under international law," Chilean '
     'Foreign Minister Alberto van Klaveren said.', ("Alberto van Klaveren", "T", None)),
])
def test_threat_in_quote_content(text, expected):
    got = _read(text)
    assert expected in got, got


def test_anonymity_is_no_refusal():
    """"who declined to be named" keeps a source anonymous; it rejects nothing."""
    got = _read('A Qatari government official, who declined to be named, told Reuters that "the state will '
                'not allow anyone to threaten public order".')
    assert not any(c == "J" for _, c, _ in got), got


def test_warning_of_an_answer_in_court_is_a_threat_not_a_concern():
    """"warned that if fraud were proven, 'those responsible will answer for it'" threatens."""
    got = _read('Opposition leader Nelson Chamisa said he accepted the recount. But he warned that if fraud '
                'were proven, "those responsible will answer for it in court".')
    assert ("Nelson Chamisa", "T", None) in got, got
    assert not any(h == "Nelson Chamisa" and c == "N" for h, c, _ in got), got


@pytest.mark.parametrize("text", [
    '"By all means, ask the minister," Kenyan Defence Secretary Aden Duale said.',
    '"The price of rice has gone up again," said Juma Ali, a trader in Mombasa.',
    'The proposal was met with a warm response in Nairobi, Kenyan Defence Secretary Aden Duale said.',
    '"We gave a detailed response to the committee," Kenyan Defence Secretary Aden Duale said.',
])
def test_no_threat_without_force(text):
    got = _read(text)
    assert not any(c == "T" for _, c, _ in got), got


@pytest.mark.parametrize(("text", "expected"), [
    # "expected X to ...": a demand on X, held by the speaker whose words report it
    ('Norwegian Foreign Minister Espen Barth Eide said Oslo expected Russia to release the fishermen '
     '"without delay".', ("Espen Barth Eide", "R", "Russia")),
    # "expected 'full transparency' from X"
    ('Serbian Prime Minister Ana Brnabic said Belgrade expected "full disclosure" from Hungary on the gas '
     'deal.', ("Ana Brnabic", "R", "Hungary")),
    # in a speaker's own words
    ('"We expect Ankara to withdraw its drilling ship at once," Greek Foreign Minister Giorgos Gerapetritis '
     'said.', ("Giorgos Gerapetritis", "R", "Turkey")),
    # "expected her to be released": of the state that holds her (the one who staged the event)
    ('Iran detained the French teacher Cecile Kohler in Tehran in May. French Foreign Minister Jean-Noel '
     'Barrot said France expected her to be released "immediately".', ("Jean-Noel Barrot", "R", "Iran")),
    # a narrative subject expects
    ('Ecuador expected Colombia to reopen the border crossing by Friday.', ("Ecuador", "R", "Colombia")),
])
def test_expectation_is_a_demand(text, expected):
    got = _read(text)
    assert expected in got, got


@pytest.mark.parametrize("text", [
    'Divers from Estonia are expected to reach the wreck on Tuesday.',
    'Nepal had been widely expected to win the vote, Nepalese officials said.',
    'Uruguayan President Yamandu Orsi said the figures were expected to rise.',
    'Uruguayan President Yamandu Orsi said nobody expected Paraguay to win the match.',
    'Uruguayan President Yamandu Orsi said Uruguay did not expect Paraguay to object.',
])
def test_no_demand_from_an_expectation_of_events(text):
    got = _read(text)
    assert not any(c == "R" for _, c, _ in got), got


@pytest.mark.parametrize(("text", "expected"), [
    # cooperation to go on, in reported words: support of the partner
    ('Chinese Foreign Ministry spokesman Lin Jian said Beijing would keep cooperating with Cuba "in all '
     'areas".', ("Lin Jian", "S", "Cuba")),
    ('Indian Prime Minister Narendra Modi said India would continue to work closely with Bhutan.',
     ("Narendra Modi", "S", "Bhutan")),
    # ties the speaker values
    ('Saudi Foreign Minister Faisal bin Farhan said the kingdom valued its "strategic partnership" with '
     'Pakistan.', ("Faisal bin Farhan", "S", "Pakistan")),
])
def test_cooperation_and_valued_ties_are_support(text, expected):
    got = _read(text)
    assert expected in got, got


@pytest.mark.parametrize("text", [
    'Chilean police said they would keep working with the families of the victims.',
    'Saudi Foreign Minister Faisal bin Farhan said the kingdom valued its oil revenue.',
])
def test_no_support_without_a_partner(text):
    got = _read(text)
    assert not any(c == "S" for _, c, _ in got), got


@pytest.mark.parametrize(("text", "expected"), [
    # a charge dismissed in the speaker's own words answers whoever made it
    ('Belarus accused Lithuania of sending drones over Minsk on Sunday. "These accusations are absurd. We '
     'have no drones in the area," Lithuanian Foreign Minister Kestutis Budrys said.',
     ("Kestutis Budrys", "J", "Belarus")),
    ('Venezuela accused Guyana of harbouring saboteurs. "Such claims are completely baseless," Guyanese '
     'President Irfaan Ali told reporters.', ("Irfaan Ali", "J", "Venezuela")),
    # charges no one is reported making: those of the state that acted on them
    ('Eritrea detained the Swedish journalist Dawit Isaak in Asmara on espionage charges. "These '
     'accusations are absurd," Swedish Foreign Minister Maria Malmer Stenergard said.',
     ("Maria Malmer Stenergard", "J", "Eritrea")),
])
def test_quoted_dismissal_of_a_charge_is_a_rejection(text, expected):
    got = _read(text)
    assert expected in got, got


@pytest.mark.parametrize("text", [
    '"These prices are absurd," said Juma Ali, a trader in Mombasa.',
    'Belarus accused Lithuania of sending drones. "The accusations are serious," Polish Foreign Minister '
    'Radoslaw Sikorski said.',
])
def test_no_rejection_without_a_dismissed_charge(text):
    got = _read(text)
    assert not any(c == "J" for _, c, _ in got), got


@pytest.mark.parametrize(("text", "expected"), [
    # how the victims "should not have been" treated blames whoever treated them so
    ('Saudi Arabia deported 300 Ethiopian workers on Friday. Federico Borello, executive director of Human '
     'Rights Watch, said the workers "should not have been treated like criminals".',
     ("Federico Borello", "A", "Saudi Arabia")),
    ('Egypt arrested three reporters in Cairo on Monday. "Journalists should never be jailed for doing their '
     'work," said Agnes Callamard, the head of Amnesty International.', ("Agnes Callamard", "A", "Egypt")),
    # the act named only as a noun: whom the lead's protest is aimed at
    ('Ghana on Monday protested to Nigeria over the expulsion of 500 Ghanaian traders from Lagos. "They should '
     'never have been treated like criminals," said Federico Borello, executive director of Human Rights Watch.',
     ("Federico Borello", "A", "Nigeria")),
    # "steps of this kind undermine ...": the event judged harmful, its author criticised
    ('Serbia closed four border crossings with Kosovo on Monday. "Unilateral steps of this kind undermine the '
     'dialogue," EU foreign policy chief Josep Borrell said.', ("Josep Borrell", "A", "Serbia")),
])
def test_criticism_in_what_is_said(text, expected):
    got = _read(text)
    assert expected in got, got


@pytest.mark.parametrize("text", [
    '"Prices should never be raised without notice," said Juma Ali, a trader in Mombasa.',
    'Egypt arrested three reporters in Cairo on Monday. "Such steps undermine nothing," Egyptian government '
    'spokesman Mohamed al-Homsany said.',
])
def test_no_criticism_without_a_culprit_to_blame(text):
    got = _read(text)
    assert not any(c == "A" and h != "Egypt" for h, c, _ in got), got


def test_verdict_told_to_an_addressee():
    """"told reporters at his office that the launch was 'an outrageous act'" condemns its author."""
    got = _read('Pakistan fired a missile into the sea on Monday. Indian Prime Minister Narendra Modi told '
                'reporters at his office that the launch was "an outrageous act".')
    assert ("Narendra Modi", "A", "Pakistan") in got, got


@pytest.mark.parametrize(("text", "expected"), [
    ('North Korea fired two ballistic missiles towards South Korea on Monday. "We will respond firmly, together '
     'with our allies," South Korean Defence Minister Ahn Gyu-back said.', ("Ahn Gyu-back", "T", "North Korea")),
    ('Burundi, which has troops in Somalia, said its soldiers would defend themselves if attacked.',
     ("Burundi", "T", None)),
])
def test_response_vowed_in_words(text, expected):
    got = _read(text)
    assert expected in got, got


def test_confidence_in_institutions_is_support():
    got = _read('A State Department spokesperson said the United States "has full confidence in Kenya\'s '
                'ability to hold a fair count".')
    assert ("United States", "S", "Kenya") in got, got


def test_passive_ask_with_an_irregular_participle():
    """"those responsible 'must be held to account'" asks that it be done (no one is asked by name)."""
    got = _read('Gunmen bombed a market in Kano on Sunday. Nigerian President Bola Tinubu condemned the bombing '
                'and said those responsible "must be held to account".')
    assert ("Bola Tinubu", "R", None) in got, got


def test_all_parties_should_is_an_appeal_to_no_one_in_particular():
    got = _read('Indian foreign ministry spokesman Randhir Jaiswal said all parties should "refrain from steps '
                'that raise tensions" and return to talks.')
    assert ("Randhir Jaiswal", "R", None) in got, got


@pytest.mark.parametrize(("text", "expected"), [
    ('China downgraded its diplomatic ties with Lithuania on Friday. "Lithuania will neither provoke nor bow to '
     'pressure," Lithuanian President Gitanas Nauseda said.', ("Gitanas Nauseda", "J", "China")),
    ('China downgraded its diplomatic ties with Lithuania on Friday. Lithuanian President Gitanas Nauseda said '
     'Vilnius would "not give in to blackmail".', ("Gitanas Nauseda", "J", "China")),
])
def test_defiance_rejects_the_one_pressing(text, expected):
    got = _read(text)
    assert expected in got, got


def test_defiance_with_no_adversary_is_no_stance():
    got = _read('"Farmers will not bow to pressure from the banks," said union leader Juma Ali.')
    assert not any(c == "J" for _, c, _ in got), got
