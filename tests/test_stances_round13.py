"""Stances round 13: mechanisms that recur across reaction articles.

- refusing to recognise an outcome ("will not recognise the result") is a rejection;
- a dismissive naming of a charge ("called it 'baseless'", "dismissed the report as a
  fabrication", "these allegations are absurd") rejects the charge, whose maker is the target;
- "both sides", "both leaders", "both governments" in a consultation or an accusation are the two
  parties the article names, even when it never says "between X and Y" (an appeal to both sides
  keeps a null target, as the golds annotate it).

Sentences are invented for these tests (other countries and people than any article).
"""

from __future__ import annotations

import pytest

from stance_reading import read as _read


# --- refusing to recognise -------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Opposition leader Albert Ondo Ossa said on Sunday that he would not recognise the result.",
     ("Albert Ondo Ossa", "J", None)),
    ("\"We will never recognise this vote,\" said Igor Dodon, the leader of Moldova's Socialist Party.",
     ("Igor Dodon", "J", None)),
    ("A 2019 arbitration panel ruled against Guatemala, a decision Guatemala City does not recognise.",
     ("Guatemala", "J", None)),
    ("Voters in Bougainville approved the new constitution in a referendum on Saturday. \"We will not "
     "recognise it,\" said opposition leader Sam Akoitai.", ("Sam Akoitai", "J", None)),
])
def test_refusing_to_recognise_an_outcome_is_a_rejection(text, expected):
    got = _read(text)
    assert expected in got, got


@pytest.mark.parametrize("text", [
    "Nepal's police chief Deepak Thapa said the witnesses did not recognise the attackers.",
    "Peru's health minister Cesar Vasquez said officials had not recognised the danger in time.",
    "The election was held on Sunday. Nepal's police chief Deepak Thapa said he did not recognise them.",
    "Bolivia's interior minister Eduardo del Castillo said he did not recognise it at first.",
])
def test_not_recognising_a_face_or_a_danger_is_no_stance(text):
    got = _read(text)
    assert not any(g[1] == "J" for g in got), got


# --- dismissive naming of a charge -------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Croatia accused Serbia of spying on its diplomats. Serbia rejected the claim. Foreign Minister "
     "Marko Djuric called it \"baseless and malicious\".", ("Marko Djuric", "J", "Croatia")),
    ("Manila accused Beijing of ramming a coast guard ship. Beijing called the Philippine claims "
     "\"groundless\".", ("China", "J", "Philippines")),
    ("Venezuela's foreign minister Yvan Gil dismissed the report by Colombia as \"a fabrication\".",
     ("Yvan Gil", "J", "Colombia")),
    ("Cambodia accused Thailand of laying new landmines along the border. \"These allegations are "
     "ridiculous,\" Thai foreign minister Maris Sangiampongsa told reporters.",
     ("Maris Sangiampongsa", "J", "Cambodia")),
])
def test_dismissive_naming_rejects_the_charge(text, expected):
    got = _read(text)
    assert expected in got, got
    holder, _, target = expected
    assert (holder, "A", target) not in got, got  # a rejection, not a condemnation of the accuser


@pytest.mark.parametrize("text", [
    "Chile's finance minister Mario Marcel called the situation absurd.",
    "Jamaica's tourism minister Edmund Bartlett described the hotel prices as ridiculous.",
])
def test_dismissive_words_about_no_charge_are_no_rejection(text):
    got = _read(text)
    assert not any(g[1] == "J" for g in got), got


# --- both sides, with no "between X and Y" -----------------------------------------------------

def test_contact_with_both_sides_after_a_clash():
    got = _read("Armenia and Azerbaijan exchanged fire along their border overnight. Iran's foreign "
                "minister Abbas Araghchi said he had been in contact with both sides.")
    assert ("Abbas Araghchi", "C", "Armenia") in got, got
    assert ("Abbas Araghchi", "C", "Azerbaijan") in got, got


def test_both_leaders_of_the_lead_sentences_parties():
    got = _read("Thailand on Monday accused Cambodia of laying new landmines along the disputed border. "
                "Thai Prime Minister Paetongtarn Shinawatra said her country would defend its territory. "
                "Cambodian Prime Minister Hun Manet said his troops had done nothing wrong. "
                "Malaysian Prime Minister Anwar Ibrahim spoke to both leaders by phone on Tuesday.")
    assert ("Anwar Ibrahim", "C", "Paetongtarn Shinawatra") in got, got
    assert ("Anwar Ibrahim", "C", "Hun Manet") in got, got


def test_accusing_both_governments():
    got = _read("Rwanda and Burundi closed their shared border on Friday. Uganda's foreign minister "
                "Jeje Odongo accused both governments of hurting ordinary traders.")
    assert ("Jeje Odongo", "A", "Rwanda") in got, got
    assert ("Jeje Odongo", "A", "Burundi") in got, got


def test_appeal_to_both_sides_keeps_a_null_target():
    got = _read("Armenia and Azerbaijan exchanged fire along their border overnight. Qatar urged both "
                "sides to show restraint.")
    assert ("Qatar", "R", None) in got, got
    assert ("Qatar", "R", "Armenia") not in got, got


def test_no_parties_from_a_lead_sentence_of_one_country():
    """A lead naming one country gives no pair: "both sides" stays unresolved."""
    got = _read("Nepal held elections on Sunday after weeks of protests. India's foreign minister "
                "Subrahmanyam Jaishankar said he had been in contact with both sides.")
    assert not any(g[1] == "C" and g[2] == "Nepal" for g in got), got


# --- background: questions, conditions, earlier years, standing disputes ----------------------

@pytest.mark.parametrize("text", [
    "Will Japan condemn the test? Analysts in Tokyo doubt it.",
    "Would Brazil support a ceasefire in Sudan? Its foreign ministry did not say.",
    "If Ghana imposed sanctions on Togo, the region would suffer.",
    "In 2019, Sweden condemned Iran over the execution of a dissident.",
    "Ecuador and Peru have traded accusations for years over the border.",
])
def test_background_sentences_hold_no_stance(text):
    got = _read(text)
    assert got == set(), got


@pytest.mark.parametrize(("text", "expected"), [
    # the same cues asserted about the news stay stances
    ("Japan condemned the test. Would it change anything? Analysts doubt it.", ("Japan", "A", None)),
    ("In 2019, Sweden expelled two Iranian diplomats. On Monday, Sweden condemned Iran over the new "
     "execution.", ("Sweden", "A", "Iran")),
    ("In a statement, Ghana called on Togo to release the detainees.", ("Ghana", "R", "Togo")),
    ("Ecuador accused Peru on Monday of harbouring rebels, and warned it would respond if the raids "
     "continued.", ("Ecuador", "A", "Peru")),
])
def test_stances_beside_background_are_kept(text, expected):
    got = _read(text)
    assert expected in got, got


# --- implicit judgements: namings that condemn --------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Russian forces shelled the port of Odesa on Monday. Norway described the strikes as a grave breach "
     "of international law.", ("Norway", "A", "Russia")),
    ("Poland branded Belarus a rogue state.", ("Poland", "A", "Belarus")),
    ("Finland's foreign minister Elina Valtonen described it as a dangerous escalation by Belarus.",
     ("Elina Valtonen", "A", "Belarus")),
])
def test_namings_that_condemn(text, expected):
    got = _read(text)
    assert expected in got, got


@pytest.mark.parametrize("text", [
    "Officials in Chile described the damage as extensive.",
    "Argentina's economy minister Luis Caputo called the meeting for Tuesday.",
    "Kenya's health ministry described the outbreak as under control.",
])
def test_literal_namings_are_no_stance(text):
    got = _read(text)
    assert not any(g[1] == "A" for g in got), got


# --- targets named in the clause before: ", which X denounced as …", ", a result X rejected" ----

@pytest.mark.parametrize(("text", "expected"), [
    ("Russia annexed four regions of Ukraine, which Kyiv denounced as illegal.", ("Ukraine", "A", "Russia")),
    ("The ruling Awami League won 80 percent of the seats, a result the opposition party BNP denounced as "
     "rigged.", ("BNP", "A", "Awami League")),
    ("Nicaragua expelled two Costa Rican diplomats last week, a step Costa Rica described as unjustified.",
     ("Costa Rica", "A", "Nicaragua")),
    ("Venezuela held a vote on annexing Essequibo, which Guyana rejected as a threat to its sovereignty.",
     ("Guyana", "J", "Venezuela")),
])
def test_target_is_the_subject_of_the_clause_before(text, expected):
    got = _read(text)
    assert expected in got, got


@pytest.mark.parametrize("text", [
    "Japan hosted the summit in Osaka, which South Korea attended.",
    "Chile sent a delegation to the talks, which Peru welcomed.",
])
def test_clause_before_gives_no_charge_without_a_damning_cue(text):
    got = _read(text)
    assert not any(g[1] in ("A", "J") for g in got), got


# --- approving verdicts: "said the ruling was an important moment" ---------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("The International Court of Justice on Monday ordered Serbia to pay reparations. Croatia's foreign "
     "minister Gordan Grlic Radman said the ruling was \"an important moment for accountability\".",
     ("Gordan Grlic Radman", "S", "International Court of Justice")),
    ("Ghana and Togo signed a border deal on Monday. Nigeria's president Bola Tinubu said the agreement "
     "was a milestone for the region.", ("Bola Tinubu", "S", None)),
    # earlier rounds kept these two as no stance (round 8, round 11)
    ("Peru said the new trade agreement with Chile was a major step forward.", ("Peru", "S", None)),
    ("Norway said the tribunal's verdict was \"an important moment for accountability\".", ("Norway", "S", None)),
    ("The Inter-American Court of Human Rights ordered Honduras to reopen the case. \"This ruling is a "
     "historic step forward,\" said Berta Zuniga, a Honduran activist.",
     ("Berta Zuniga", "S", "Inter-American Court of Human Rights")),
])
def test_approving_verdicts_welcome(text, expected):
    got = _read(text)
    assert expected in got, got


@pytest.mark.parametrize("text", [
    "Peru's economy minister Jose Arista said the harvest was a historic achievement for farmers.",
    "Chile's president Gabriel Boric said the ruling was not a historic step forward.",
])
def test_approval_of_no_decision_or_denied_is_no_stance(text):
    got = _read(text)
    assert not any(g[1] == "S" for g in got), got


def test_a_list_inside_a_relative_aside_is_no_holder():
    """"The UK, which joined … alongside Canada, France and Germany, condemned X": the UK."""
    got = _read("Norway, which signed the appeal in 2022 alongside Iceland, Denmark, Sweden and Finland, "
                "condemned Belarus.")
    assert ("Norway", "A", "Belarus") in got, got
    assert not any(g[0] in ("Iceland", "Denmark", "Sweden", "Finland") for g in got), got


# --- literal uses of judgement verbs -------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Chile's ambassador Sergio Bitar stood by the door of the embassy as protesters gathered.",
    "Kenya's president William Ruto hails from the Rift Valley.",
    "The convoy, backed by Rwandan tanks, entered Goma.",
    "Peru's foreign minister Elmer Schialer hailed a taxi outside the ministry.",
    "Poland dismissed its ambassador to Belarus.",
    "Mexico's president Claudia Sheinbaum dismissed her security adviser after the leak to Guatemala.",
])
def test_literal_uses_are_no_stance(text):
    got = _read(text)
    assert got == set(), got


def test_welcoming_a_visitor_to_a_place_is_a_meeting():
    got = _read("Brazil welcomed Argentine president Javier Milei to Brasilia on Monday.")
    assert ("Brazil", "C", "Javier Milei") in got, got
    assert ("Brazil", "S", "Javier Milei") not in got, got


def test_welcoming_a_step_stays_a_welcome():
    got = _read("Brazil welcomed Argentina's decision to reopen the border.")
    assert ("Brazil", "S", "Argentina") in got, got


# --- "what it called …", "called the sanctions …": the news-maker's act --------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("The European Union imposed sanctions on Belarus's potash exporters on Monday. Russia condemned what "
     "it called \"illegal unilateral sanctions\".", ("Russia", "A", "European Union")),
    ("The European Union imposed sanctions on Belarus's potash exporters on Monday. Belarus's foreign "
     "minister Maxim Ryzhenkov called the sanctions \"an act of economic piracy\".",
     ("Maxim Ryzhenkov", "A", "European Union")),
    ("Italy's interior minister Matteo Piantedosi said on Tuesday that Tunisia was failing to stop the "
     "boats. Tunisia's parliament speaker Brahim Bouderbala condemned what he called \"a provocation\".",
     ("Brahim Bouderbala", "A", "Matteo Piantedosi")),
])
def test_a_naming_of_the_news_makers_act_blames_the_news_maker(text, expected):
    got = _read(text)
    assert expected in got, got


def test_what_it_called_by_the_news_maker_itself_has_no_target():
    got = _read("Peru imposed a state of emergency in Lima on Monday. Peru's president Dina Boluarte condemned "
                "what she called \"criminal violence\".")
    assert not any(g[2] == "Peru" for g in got), got


@pytest.mark.parametrize(("text", "expected"), [
    ("Washington imposed sanctions on Venezuela's state oil company on Monday. Venezuela's exiled "
     "opposition leader Leopoldo Lopez welcomed the move.", ("Leopoldo Lopez", "S", "United States")),
    ("Indonesia announced a ban on nickel ore exports on Monday. Malaysia's trade minister Tengku Zafrul "
     "Aziz said Kuala Lumpur supported the decision.", ("Tengku Zafrul Aziz", "S", "Indonesia")),
])
def test_welcoming_the_news_makers_move(text, expected):
    got = _read(text)
    assert expected in got, got


@pytest.mark.parametrize(("text", "expected"), [
    ("The secretary general of the Arab League, Ahmed Aboul Gheit, condemned the attack.",
     ("Ahmed Aboul Gheit", "A", None)),
    ("The chairperson of the Pacific Islands Forum, Baron Waqa, called for an independent investigation.",
     ("Baron Waqa", "R", None)),
])
def test_the_title_of_a_body_then_its_holder(text, expected):
    """"The head of X, Name, condemned": the person named after the title holds the stance."""
    got = _read(text)
    assert expected in got, got


def test_a_list_after_of_stays_oblique():
    got = _read("The foreign ministers of Chile, Peru and Bolivia met in Lima. Argentina condemned the attack.")
    assert not any(g[0] in ("Peru", "Bolivia") and g[1] == "A" for g in got), got


def test_the_body_of_the_title_is_no_second_holder():
    got = _read("The chairperson of the African Union Commission, Moussa Faki, condemned the attack.")
    assert ("Moussa Faki", "A", None) in got, got
    assert not any(g[0] == "African Union" for g in got), got


# --- echoes: ", a call echoed by X" ---------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected", "wrong"), [
    ("Ghana's president John Mahama called for an independent investigation, a call echoed by the Economic "
     "Community of West African States.", ("Economic Community of West African States", "R", None),
     ("John Mahama", "R", "Economic Community of West African States")),
    ("Norway condemned Iran's executions of protesters, a position shared by Iceland.", ("Iceland", "A", "Iran"),
     ("Norway", "A", "Iceland")),
])
def test_an_echoed_stance_is_the_echoers_too(text, expected, wrong):
    got = _read(text)
    assert expected in got, got
    assert wrong not in got, got


def test_an_echo_repeats_only_the_stance_it_closes():
    got = _read("Ghana condemned the attack on the convoy in Mali and called for an independent investigation, "
                "a call echoed by Senegal.")
    assert ("Senegal", "R", None) in got, got
    assert not any(g[0] == "Senegal" and g[1] == "A" for g in got), got


# --- a verb joined to the reporting verb, not to the reported clause ------------------------------

@pytest.mark.parametrize("text", [
    "Spokeswoman Mao Ning told a regular briefing in Beijing that Manila had \"not fully shared\" data on the "
    "reef, and urged Manila to withdraw the ship.",
    "Mao Ning said that Manila had not shared data on the reef and urged Manila to withdraw the ship.",
])
def test_the_reporter_holds_a_verb_joined_after_the_reported_clause(text):
    got = _read(text)
    assert ("Mao Ning", "R", "Philippines") in got, got
    assert not any(g[0] == "Philippines" for g in got), got


# --- "insisted that X had …" asserts a fact: no demand ------------------------------------------------

@pytest.mark.parametrize("text", [
    "Iran's atomic energy chief Mohammad Eslami insisted that no radiation had been released.",
    "Zambia's electoral commission chair Mwangala Zaloumis insisted that any errors were \"clerical, not "
    "criminal\".",
    "Myanmar's junta spokesman Zaw Min Tun insisted that the operations had targeted armed groups.",
    "The Philippine coast guard spokesman Jay Tarriela stressed that the ship was in Philippine waters.",
])
def test_insisting_on_a_fact_is_no_demand(text):
    got = _read(text)
    assert not any(g[1] == "R" for g in got), got


@pytest.mark.parametrize(("text", "expected"), [
    ("Chile insisted that Bolivia withdraw its troops.", ("Chile", "R", "Bolivia")),
    ("Chile insisted that Bolivia must withdraw its troops.", ("Chile", "R", "Bolivia")),
    ("Chile insisted on a full investigation.", ("Chile", "R", None)),
])
def test_insisting_on_an_act_stays_a_demand(text, expected):
    got = _read(text)
    assert expected in got, got


# --- speaking to the press is no consultation ------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Chile's foreign minister Alberto van Klaveren spoke to The Associated Press on Monday.",
    "Chile's foreign minister Alberto van Klaveren spoke to Reuters on Monday.",
    "Chile's foreign minister Alberto van Klaveren spoke to state television on Monday.",
    "Chile's foreign minister Alberto van Klaveren spoke with a local newspaper on Monday.",
])
def test_an_interview_is_no_consultation(text):
    got = _read(text)
    assert not any(g[1] == "C" for g in got), got


def test_speaking_with_unnamed_leaders_stays_a_consultation():
    got = _read("Chile's foreign minister Alberto van Klaveren spoke with regional leaders on Monday.")
    assert ("Alberto van Klaveren", "C", None) in got, got


@pytest.mark.parametrize(("text", "expected"), [
    ("Chad accused Sudan's paramilitary Rapid Support Forces of shelling the border town.",
     ("Chad", "A", "Rapid Support Forces")),
    ("Eritrea condemned Ethiopia's ruling Prosperity Party over the border claims.",
     ("Eritrea", "A", "Prosperity Party")),
])
def test_a_body_named_after_its_country_is_the_target(text, expected):
    got = _read(text)
    assert expected in got, got


def test_an_act_of_a_country_against_another_keeps_the_owner():
    got = _read("Poland condemned Russia's invasion of Ukraine.")
    assert ("Poland", "A", "Russia") in got, got


# --- a country named by an epithet: "the Gulf state", "the Himalayan kingdom" ------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Qatar expelled 200 Nepali workers on Monday. The International Labour Organization accused the Gulf "
     "state of punishing the victims of wage theft.", ("International Labour Organization", "A", "Qatar")),
    ("Bhutan closed its border crossings on Friday. India urged the Himalayan kingdom to reopen them.",
     ("India", "R", "Bhutan")),
])
def test_a_country_named_by_an_epithet(text, expected):
    got = _read(text)
    assert expected in got, got


def test_an_epithet_after_a_nationality_adjective_is_the_country_named():
    got = _read("Mali expelled 300 Burkinabe traders on Monday. Human Rights Watch accused the Sahel state of "
                "punishing migrants.")
    assert ("Human Rights Watch", "A", "Mali") in got, got


# --- a warning about ties is aimed at the state the news is about ---------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Moldova held a disputed runoff on Sunday. Romania's foreign minister Emil Hurezeanu warned that the "
     "result could affect ties.", ("Emil Hurezeanu", "T", "Moldova")),
    ("Tunisia jailed a French journalist on Monday. France warned that the case would weigh on relations.",
     ("France", "T", "Tunisia")),
])
def test_a_warning_about_ties_targets_the_host_state(text, expected):
    got = _read(text)
    assert expected in got, got


def test_a_warning_about_ties_by_the_host_itself_has_no_target():
    got = _read("Tunisia jailed a French journalist on Monday. Tunisia's president Kais Saied warned that "
                "foreign pressure would weigh on relations.")
    assert not any(g[1] == "T" and g[2] == "Tunisia" for g in got), got
