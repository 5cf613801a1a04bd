"""Stances round 8: the kinds of miss seen on unseen reaction articles, described generally —
holders of reported clauses, coordinated clauses with their own subjects, possessive stance
nouns in narration, "called X a provocation", stances in a speaker's own words, offers,
condolences, sanctions and threats, rejections and demands — on sentences written for these
tests about varied events, read through ``reactlib.parse`` the way an unseen article is read.
"""

from __future__ import annotations

import pytest

import reactlib

D = "date 2025-08-14\n\n"


def _named(text: str) -> list[tuple[str, str, str | None]]:
    art = reactlib.parse(D + text)
    name = {a.id: a.name for a in art.actors}
    return [(name[s.holder], s.type, name.get(s.target)) for s in art.stances]


def _has(got, holder, type_, target=None) -> bool:
    return any(g[0] == holder and g[1] == type_ and (target is None or g[2] == target) for g in got)


# -- the holder of a reported clause is the speaker of the cue ---------------------------------------

REPORTED = [
    ("Russia said the new EU sanctions were illegal.", ("Russia", "condemn", "European Union"), "European Union"),
    ("China said the latest NATO exercises were a dangerous provocation.", ("China", "condemn", "NATO"), "NATO"),
    ("Iran said the IAEA resolution was politically motivated and rejected it.",
     ("Iran", "reject", None), "International Atomic Energy Agency"),
    ("Venezuela said the US sanctions were a crime against its people.",
     ("Venezuela", "condemn", "United States"), "United States"),
    ("Belarus said that Poland's border closure was unacceptable.", ("Belarus", "condemn", "Poland"), "Poland"),
    ("Serbia says the Kosovo police raids are a blatant provocation.", ("Serbia", "condemn", "Kosovo"), "Kosovo"),
]


@pytest.mark.parametrize(("text", "expected", "not_holder"), REPORTED)
def test_the_speaker_of_a_reported_clause_holds_its_stance(text, expected, not_holder):
    got = _named(text)
    assert _has(got, expected[0], expected[1], expected[2]), got
    assert not any(g[0] == not_holder for g in got), got


def test_a_reported_stance_of_another_actor_stays_that_actors():
    # "X said Y supports Z": Y's stance, as before
    got = _named("Hungary said Serbia supports the new trade agreement with Austria.")
    assert not any(g[0] == "Hungary" and g[1] == "support" for g in got), got


# -- coordinated clauses with different subjects ----------------------------------------------------

COORDINATED = [
    ("Norway joined the talks as a mediator and Qatar condemned the attack.", ("Qatar", "condemn"), "Norway"),
    ("Egypt hosted the summit on Monday and Jordan condemned the bombing of the hospital.",
     ("Jordan", "condemn"), "Egypt"),
    ("Switzerland sent observers to the border, while Austria criticized Hungary for the closure.",
     ("Austria", "criticize"), "Switzerland"),
    ("Brazil attended the ceremony and Argentina praised the new government of Chile.",
     ("Argentina", "praise"), "Brazil"),
    ("Ghana recalled its troops last year but Nigeria condemned the coup in Niger on Friday.",
     ("Nigeria", "condemn"), "Ghana"),
]


@pytest.mark.parametrize(("text", "expected", "not_holder"), COORDINATED)
def test_each_coordinated_clause_has_its_own_holder(text, expected, not_holder):
    got = _named(text)
    assert _has(got, *expected), got
    assert not any(g[0] == not_holder and g[1] == expected[1] for g in got), got


# -- possessive stance nouns in narration ---------------------------------------------------------------

POSSESSIVE = [
    ("Kenya's condemnation of the strike on Somalia came hours later.", ("Kenya", "condemn", None)),
    ("Ghana's condemnation of the Malian junta was swift.", ("Ghana", "condemn", "Malian junta")),
    ("The EU's call for restraint went unheeded by both sides.", ("European Union", "appeal", None)),
    ("Japan's support for the mission in Haiti was welcomed by the United Nations.", ("Japan", "support", None)),
    ("Beijing's rejection of the ruling angered the Philippines.", ("China", "reject", None)),
    ("Turkey's offer to mediate between Russia and Ukraine was turned down.", ("Turkey", "mediate", None)),
    ("Germany's criticism of Israel drew an angry response.", ("Germany", "criticize", "Israel")),
    ("India's appeal for calm was echoed by Bangladesh.", ("India", "appeal", None)),
    ("Canada's demand for the release of the detained journalists went unanswered by Iran.",
     ("Canada", "demand", None)),
    ("Norway's offer of humanitarian aid to Sudan arrived on Tuesday.", ("Norway", "support", "Sudan")),
]


@pytest.mark.parametrize(("text", "expected"), POSSESSIVE)
def test_a_possessive_stance_noun_is_the_possessors_stance(text, expected):
    got = _named(text)
    assert _has(got, *expected), got


# -- "called X a provocation", "described X as", "branded X illegal" ----------------------------------------

EVALUATIVE_CALLS = [
    ("South Korea called the launch by North Korea a reckless provocation.", ("South Korea", "condemn", "North Korea")),
    ("Japan described the missile test by North Korea as a dangerous escalation.",
     ("Japan", "condemn", "North Korea")),
    ("Lithuania branded the move by Belarus illegal.", ("Lithuania", "condemn", "Belarus")),
    ("Armenia called Azerbaijan's offensive a flagrant violation of the truce.",
     ("Armenia", "condemn", "Azerbaijan")),
    ("Mexico described Ecuador's raid on its embassy as an outrageous violation of international law.",
     ("Mexico", "condemn", "Ecuador")),
    ("Guyana called Venezuela a threat to regional peace.", ("Guyana", "condemn", "Venezuela")),
]


@pytest.mark.parametrize(("text", "expected"), EVALUATIVE_CALLS)
def test_calling_something_damning_condemns_the_one_behind_it(text, expected):
    got = _named(text)
    assert _has(got, *expected), got


# -- stances in a speaker's own words ----------------------------------------------------------------------

QUOTED = [
    ('"We condemn this cowardly attack in the strongest terms," Pakistan\'s foreign ministry said.',
     ("Pakistan", "condemn", None)),
    ('"We stand with the people of Morocco," the French president Emmanuel Macron said.',
     ("Emmanuel Macron", "support", None)),
    ('"We call on both sides to exercise maximum restraint," Indonesia\'s foreign minister Retno Marsudi said.',
     ("Retno Marsudi", "appeal", None)),
    ('"We will always stand by Ukraine," said Melanie Joly, Canada\'s foreign minister.',
     ("Melanie Joly", "support", "Ukraine")),
    ('"We reject these baseless accusations by Azerbaijan," Armenian foreign minister Ararat Mirzoyan said.',
     ("Ararat Mirzoyan", "reject", "Azerbaijan")),
]


@pytest.mark.parametrize(("text", "expected"), QUOTED)
def test_a_stance_in_a_speakers_words_is_the_speakers(text, expected):
    got = _named(text)
    assert _has(got, *expected), got


# -- offers, condolences, threats, rejections, demands ----------------------------------------------------

ACTS = [
    ("Turkey offered assistance to Syria after the earthquake.", ("Turkey", "support", "Syria")),
    ("Qatar offered to mediate between Sudan's army and the paramilitaries.", ("Qatar", "mediate", None)),
    ("Spain offered its condolences to Morocco on Saturday.", ("Spain", "support", "Morocco")),
    ("India expressed solidarity with Nepal after the floods.", ("India", "support", "Nepal")),
    ("The United States threatened to impose sanctions on Niger's junta.", ("United States", "threaten", "Niger junta")),
    ("Australia warned China of consequences after the incident in the South China Sea.",
     ("Australia", "threaten", "China")),
    ("Ethiopia rejected the accusations by Eritrea.", ("Ethiopia", "reject", "Eritrea")),
    ("Rwanda dismissed the claims by Congo as baseless.", ("Rwanda", "reject", "Democratic Republic of the Congo")),
    ("Armenia demanded the release of its soldiers held by Azerbaijan.", ("Armenia", "demand", None)),
    ("Serbia demanded that Kosovo withdraw its police from the north.", ("Serbia", "demand", "Kosovo")),
    ("Sweden demanded that Iran release the detained diplomat.", ("Sweden", "demand", "Iran")),
]


@pytest.mark.parametrize(("text", "expected"), ACTS)
def test_offers_threats_rejections_and_demands(text, expected):
    got = _named(text)
    assert _has(got, *expected), got


# -- precision: sentences with no stance -----------------------------------------------------------

NO_STANCE = [
    "Russia said the new EU sanctions would take effect on Monday.",
    "Norway joined the talks as a mediator on Tuesday.",
    "Kenya's ambassador to Somalia returned to Nairobi on Friday.",
    "The EU's foreign ministers met in Brussels to discuss the budget.",
    "Japan's prime minister called the election for October.",
    "China described the weather in Beijing as unusually warm.",
    "Turkey's president arrived in Baku on Wednesday.",
]


@pytest.mark.parametrize("text", NO_STANCE)
def test_a_sentence_without_a_stance_gives_none(text):
    assert _named(text) == []


def test_a_possessed_stance_nouns_arguments_end_before_the_sentences_verb():
    got = _named("Beijing's rejection of the ruling angered the Philippines.")
    assert ("China", "reject", "Philippines") not in got
    got = _named("Iran's threat to close the Strait of Hormuz alarmed Japan.")
    assert _has(got, "Iran", "threaten") and ("Iran", "threaten", "Japan") not in got


def test_an_economic_demand_is_no_stance():
    assert _named("Germany's demand for Russian gas fell sharply in the winter.") == []


def test_a_light_verb_before_the_owner_gives_the_verbs_subject():
    got = _named("Josep Borrell reiterated the EU's call for an immediate ceasefire in Gaza.")
    assert _has(got, "Josep Borrell", "appeal"), got


# -- "drew praise from X": the one after "from" holds it ----------------------------------------------

FROM = [
    ("Britain's decision to recognise Palestine drew praise from Qatar.", ("Qatar", "praise", "United Kingdom")),
    ("Kenya's deployment to Haiti won strong support from the United States.",
     ("United States", "support", "Kenya")),
    ("The peace plan drew backing from Egypt and Jordan.", ("Jordan", "support", None)),
    ("Hungary's veto drew criticism from Poland.", ("Poland", "condemn", "Hungary")),
]


@pytest.mark.parametrize(("text", "expected"), FROM)
def test_a_reaction_drawn_from_someone_is_theirs(text, expected):
    got = _named(text)
    assert _has(got, *expected), got
    assert not any(g[0] == expected[2] and g[1] == expected[1] for g in got if expected[2]), got


# -- a state's position told by its official after the quote; an anonymous source relays the state's ----

OFFICIALS = [
    ('Ottawa was "deeply alarmed by the violence in Haiti," Canadian foreign minister Melanie Joly said.',
     ("Melanie Joly", "concern", None)),
    ('Tokyo "strongly condemns the launch," Japanese chief cabinet secretary Yoshimasa Hayashi told reporters.',
     ("Yoshimasa Hayashi", "condemn", None)),
    ('Berlin "stands firmly with Kyiv," German Chancellor Friedrich Merz said on Sunday.',
     ("Friedrich Merz", "support", "Ukraine")),
    ("A Foreign Office spokesperson said Britain was ready to help Turkey.", ("United Kingdom", "support", "Turkey")),
    ("An Indian official said New Delhi stood with Nepal.", ("India", "support", "Nepal")),
]


@pytest.mark.parametrize(("text", "expected"), OFFICIALS)
def test_a_named_official_holds_the_states_position_an_anonymous_one_does_not(text, expected):
    got = _named(text)
    assert _has(got, *expected), got


# -- verdicts on events whose author is not named; more damning words; offers told with an owner ----

EVENT_VERDICTS = [
    ("Drones hit a port in Oman. Britain said the attack on the port was a serious escalation.",
     ("United Kingdom", "condemn", None)),
    ("The army seized power in Gabon. France described the takeover as a blatant violation of the constitution.",
     ("France", "condemn", None)),
    ("Australia called China's conduct unsafe and unprofessional.", ("Australia", "condemn", "China")),
    ("Senegalese President Bassirou Diomaye Faye offered Senegal's help with the investigation.",
     ("Bassirou Diomaye Faye", "support", None)),
    ("Chile offered the country's assistance to Argentina after the fires.", ("Chile", "support", "Argentina")),
]


@pytest.mark.parametrize(("text", "expected"), EVENT_VERDICTS)
def test_event_verdicts_and_owned_offers(text, expected):
    got = _named(text)
    assert _has(got, *expected), got


@pytest.mark.parametrize("text", [
    "Kenya said the situation in the capital was calm.",
    "The minister described the weather as hostile to farming.",
    "The minister stressed that Japan's help with the reconstruction had been vital.",
])
def test_verdicts_without_a_judged_act_give_no_stance(text):
    assert _named(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Iran on Tuesday threatened to cut off electricity to Armenia, the official IRNA news agency reported.",
     ("Iran", "threaten", "Armenia")),
    ("The official KCNA news agency said North Korea would respond to any provocation by Seoul.",
     ("North Korea", "threaten", "South Korea")),
])
def test_a_news_agency_reports_a_states_position_without_holding_it(text, expected):
    got = _named(text)
    assert _has(got, *expected), got


# -- a role, then the person in apposition; "with X and with Y"; subject-targeted cues in a spokesman's words --

APPOSITIVES = [
    ("Zambian opposition leader Brian Mundubile called on the commission's chairperson, Judith Mwale, to resign.",
     ("Brian Mundubile", "appeal", "Judith Mwale")),
    ("German Foreign Minister Johann Wadephul said he had spoken to his Azerbaijani counterpart, Jeyhun Bayramov, "
     "by phone.", ("Johann Wadephul", "consult", "Jeyhun Bayramov")),
    ("US Secretary of State Antony Blinken met his Chinese counterpart, Wang Yi, in Rome.",
     ("Antony Blinken", "consult", "Wang Yi")),
    ("Indian Prime Minister Narendra Modi spoke with his Pakistani counterpart, Shehbaz Sharif, on Monday.",
     ("Narendra Modi", "consult", "Shehbaz Sharif")),
    ("Egyptian Foreign Minister Badr Abdelatty discussed the crisis in phone calls with his Sudanese counterpart "
     "and with UN Secretary-General Antonio Guterres.", ("Badr Abdelatty", "consult", "Antonio Guterres")),
    ("Omani Foreign Minister Badr Albusaidi spoke with Iran's Abbas Araghchi and with US envoy Steve Witkoff.",
     ("Badr Albusaidi", "consult", "Steve Witkoff")),
    ('"The Philippine side bears full responsibility," Chinese foreign ministry spokesman Lin Jian said.',
     ("Lin Jian", "accuse", "Philippines")),
    ('"The Azerbaijani side will pay a heavy price," Armenian defence ministry spokesman Aram Torosyan said.',
     ("Aram Torosyan", "threaten", "Azerbaijan")),
]


@pytest.mark.parametrize(("text", "expected"), APPOSITIVES)
def test_the_person_in_apposition_and_repeated_prepositions(text, expected):
    got = _named(text)
    assert _has(got, *expected), got


def test_a_list_is_no_apposition():
    got = _named("France condemned Russia, Iran and Turkey.")
    assert {g[2] for g in got} == {"Russia", "Iran", "Turkey"}, got


@pytest.mark.parametrize("text", [
    "Two Chinese coast guard vessels blasted the boat with water cannon for an hour.",
    "A Russian drone slammed into a hospital in Kharkiv.",
])
def test_blows_are_no_criticism(text):
    assert [g for g in _named(text) if g[1] == "criticize"] == []


# -- denials answer the charge aimed at them; asks of a body; convening; gaps, counterfactuals, self-support --

def test_a_denial_paragraphs_later_answers_the_charge_aimed_at_the_denier():
    filler = " ".join(["The floods destroyed farms and roads in the region, officials said."] * 12)
    got = _named("Chile has accused Bolivia of diverting the river without notice. " + filler
                 + " Bolivia dismissed the accusations on Tuesday.")
    assert ("Bolivia", "reject", "Chile") in got, got


def test_denying_involvement_rejects_the_accuser():
    got = _named("Lithuania accused Belarus of sending migrants across the border. Belarus denied any involvement.")
    assert ("Belarus", "reject", "Lithuania") in got, got


@pytest.mark.parametrize(("text", "expected"), [
    # the UN named only through its organ is that organ (actors round 11, organs.py)
    ("Ukraine called for an urgent meeting of the UN Security Council.", ("Ukraine", "appeal", "UN Security Council")),
    ("Cairo had asked for an emergency session of the UN Security Council.", ("Egypt", "appeal", "UN Security Council")),
    ("The African Union said it was ready to convene the three countries in Addis Ababa.",
     ("African Union", "mediate", None)),
    ("Qatar offered to convene the two delegations in Doha.", ("Qatar", "mediate", None)),
])
def test_asks_of_a_body_and_offers_to_convene(text, expected):
    got = _named(text)
    assert _has(got, *expected), got


@pytest.mark.parametrize("text", [
    'Minister Hani Sewilam said the incident proved "what Egypt has warned of for more than a decade".',
    '"A phone call to Cairo and Khartoum would have saved lives," professor Nader Fathy said.',
])
def test_gaps_counterfactuals_and_a_ministers_own_country_give_no_stance(text):
    assert _named(text) == []


def test_defending_own_rights_by_all_means_is_a_threat_at_no_one():
    """The minister's own country is no target; the vow "by all means" is a threat with none
    (as the second development set annotates it; ``stances/quote_threats.py``)."""
    got = _named('"We will defend Egypt\'s water rights by all means," Egyptian minister Hani Sewilam said.')
    assert got == [("Hani Sewilam", "threaten", None)], got


# -- "warned that ...": a threat of the warner's own act, or a worry --------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("The Zambia Chamber of Mines warned that a re-run could delay a debt deal with the International Monetary Fund.",
     "concern"),
    ("The UN warned that the fighting could displace a million people.", "concern"),
    ("US Secretary of State Antony Blinken warned that the result could affect ties with Georgia.", "threaten"),
    ("Iran warned that it would respond to any attack by Israel.", "threaten"),
])
def test_a_warning_that_something_may_happen(text, expected):
    got = _named(text)
    assert [g[1] for g in got] == [expected], got


def test_a_warners_own_body_is_not_the_one_threatened():
    got = _named('Nato Secretary General Mark Rutte warned that the alliance would "use the full range of '
                 'capabilities" to deter hostile cyber-activity.')
    assert got == [("Mark Rutte", "threaten", None)], got
    got = _named('Rapid Support Forces leader Mohamed Hamdan Dagalo warned that the RSF would respond to "any '
                 'violation by Sudan".')
    assert ("Mohamed Hamdan Dagalo", "threaten", "Rapid Support Forces") not in got, got
    assert _has(got, "Mohamed Hamdan Dagalo", "threaten", "Sudan"), got
    assert ("Iran", "threaten", "Israel") in _named("Iran warned that it would respond to any attack by Israel.")


# -- asides between the subject and its verb ---------------------------------------------------------------

ASIDES = [
    ("The United Arab Emirates, which UN experts have accused of arming the RSF, welcomed the deal.",
     ("United Arab Emirates", "welcome", None), "Rapid Support Forces"),
    ("The US, Canada and Australia - Britain's partners in the Five Eyes alliance - issued a joint statement "
     "backing the UK's findings.", ("Australia", "support", "United Kingdom"), "United Kingdom"),
    ("Turkey — a NATO member — condemned the strike on Syria.", ("Turkey", "condemn", None),
     "NATO"),
    ("Egypt, whose mediators brokered the truce, welcomed the deal.", ("Egypt", "welcome", None), None),
]


@pytest.mark.parametrize(("text", "expected", "not_holder"), ASIDES)
def test_the_subject_before_an_aside_holds_the_stance(text, expected, not_holder):
    got = _named(text)
    assert _has(got, *expected), got
    assert not any(g[0] == not_holder and g[1] == expected[1] for g in got), got


# -- consulting both sides, audiences, approving names, "will be held to account", backing a re-run -----------

ROUND8_MORE = [
    ("A war between Sudan's army and the Rapid Support Forces has raged for two years. Kenya said it had been "
     "in contact with both sides.", ("Kenya", "consult", "Rapid Support Forces")),
    ('"The Kremlin will be held to account," British Foreign Secretary Yvette Cooper said.',
     ("Yvette Cooper", "threaten", "Russia")),
    ("Pakistan said India would be held responsible for any escalation.", ("Pakistan", "threaten", "India")),
    ('Kenyan President William Ruto called the agreement "a great day for Africa".', ("William Ruto", "praise", None)),
    ("Egypt described the deal as a historic milestone.", ("Egypt", "praise", None)),
    ("Ghana called Senegal's election a triumph for democracy.", ("Ghana", "praise", "Senegal")),
    ("The Southern African Development Community said it stood ready to support the re-run.",
     ("Southern African Development Community", "support", None)),
    ("Canada backed an independent investigation into the shooting.", ("Canada", "support", None)),
]


@pytest.mark.parametrize(("text", "expected"), ROUND8_MORE)
def test_more_reaction_forms(text, expected):
    got = _named(text)
    assert _has(got, *expected), got


@pytest.mark.parametrize("text", [
    "Speaking to reporters in Rome, Italian Prime Minister Giorgia Meloni said the tragedy was avoidable.",
    '"Those responsible will be held accountable," British Foreign Secretary Yvette Cooper said.',
    "The minister called the meeting for Monday.",
])
def test_no_stance_in_these(text):
    assert _named(text) == []


def test_an_ask_of_all_parties_gives_one_appeal_per_issue():
    art = reactlib.parse(D + 'China\'s foreign ministry called on "all parties" to show restraint and return to '
                             'dialogue.')
    assert sorted(s.issue for s in art.stances) == ["negotiations", "restraint"], art.stances


def test_a_threat_of_ones_own_group_named_earlier_is_not_aimed_at_it():
    got = _named('Rapid Support Forces (RSF) commander Mohamed Hamdan Dagalo signed the deal. Dagalo warned that '
                 'the RSF would respond to "any violation by the other side".')
    assert got == [("Mohamed Hamdan Dagalo", "threaten", None)], got


@pytest.mark.parametrize(("text", "expected"), [
    ('Moscow said the latest EU sanctions were "economic warfare".', ("Russia", "condemn", "European Union")),
    ("The Kremlin said Ukraine's drone attacks on Moscow were acts of terrorism.", ("Russia", "condemn", "Ukraine")),
    ("Pyongyang called the US drills a rehearsal for invasion.", ("North Korea", "condemn", "United States")),
    ("Russia said the EU sanctions were a form of blackmail.", ("Russia", "condemn", "European Union")),
])
def test_more_verdicts(text, expected):
    got = _named(text)
    assert _has(got, *expected), got


def test_a_warning_of_what_ones_own_forces_will_do_is_a_threat():
    got = _named("Egypt's interior minister warned that police will no longer tolerate rallies by the opposition.")
    assert [g[1] for g in got] == ["threaten"], got


def test_of_inside_a_name_keeps_the_names_role():
    got = _named("The African Union welcomed a ceasefire agreement between the Democratic Republic of Congo and "
                 "the M23 rebels.")
    assert got and all(g[2] is None for g in got), got
    got = _named("Rwanda accused the Democratic Republic of Congo of backing the rebels.")
    assert ("Rwanda", "accuse", "Democratic Republic of the Congo") in got, got


@pytest.mark.parametrize(("text", "expected"), [
    ('"This cowardly act targets the livelihood of our people," Omani Foreign Minister Badr Albusaidi said.',
     ("Badr Albusaidi", "condemn", None)),
    ('"This barbaric attack will not go unpunished," Pakistani Prime Minister Shehbaz Sharif said.',
     ("Shehbaz Sharif", "condemn", None)),
])
def test_a_deed_named_damningly_in_a_speakers_words_is_condemned(text, expected):
    got = _named(text)
    assert _has(got, *expected), got


@pytest.mark.parametrize(("text", "expected"), [
    ('"Our hearts go out to the people of Libya," said US Secretary of State Antony Blinken.',
     ("Antony Blinken", "support", "Libya")),
    ('"Our thoughts and prayers are with the families of the victims," Canadian Prime Minister Mark Carney said.',
     ("Mark Carney", "support", None)),
    ('Russia warned of "serious consequences" if Finland joined the alliance.', ("Russia", "threaten", "Finland")),
    ("Niger's junta demanded the withdrawal of French troops.", ("Niger junta", "demand", "France")),
])
def test_sympathy_quoted_consequences_and_withdrawals(text, expected):
    got = _named(text)
    assert _has(got, *expected), got


def test_a_threat_read_twice_from_the_same_words_is_one():
    got = _named('Rapid Support Forces leader Mohamed Hamdan Dagalo warned that the RSF would respond to "any '
                 'violation by the other side".')
    assert got == [("Mohamed Hamdan Dagalo", "threaten", None)], got


@pytest.mark.parametrize(("text", "expected"), [
    ("Russia said the EU sanctions violated international law.", ("Russia", "accuse", "European Union")),
    ("China said the US sanctions undermined global trade.", ("China", "accuse", "United States")),
    ("Ukraine said Russia's attacks on its power grid were war crimes.", ("Ukraine", "condemn", "Russia")),
    ("Ethiopia said Egypt's statements were an attempt to destabilise the region.",
     ("Ethiopia", "condemn", "Egypt")),
])
def test_harm_reported_of_an_actors_act_is_a_charge(text, expected):
    got = _named(text)
    assert _has(got, *expected), got


@pytest.mark.parametrize("text", [
    "Kenya said the new law violated the constitution.",
    "Japan said the vote was held on Sunday.",
])
def test_harm_by_no_actor_is_no_charge(text):
    assert _named(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("India announced $5 million in humanitarian aid for Afghanistan.", ("India", "support", "Afghanistan")),
    ("Japan provided emergency relief supplies to Nepal.", ("Japan", "support", "Nepal")),
    ("Russia said it would respond to the sanctions with countermeasures against the EU.",
     ("Russia", "threaten", "European Union")),
    ("The EU said the election was neither free nor fair.", ("European Union", "condemn", None)),
    ("Washington said the vote in Belarus was not credible.", ("United States", "condemn", None)),
])
def test_aid_announced_countermeasures_and_votes_judged(text, expected):
    got = _named(text)
    assert _has(got, *expected), got


@pytest.mark.parametrize("text", [
    "The minister announced new elections for June.",
    "The government provided details to the United Nations.",
    "China said it would respond to the request next week.",
    "Observers said the election was peaceful.",
    "Kenya said the vote was not postponed.",
])
def test_no_stance_in_plain_reports(text):
    assert _named(text) == []


@pytest.mark.parametrize(("text", "expected", "not_holder"), [
    ("Soldiers seized power in Gabon. The African Union suspended Gabon and demanded the immediate restoration "
     "of constitutional order.", ("African Union", "demand", None), "Gabon"),
    ("France said it did not recognise the coup leaders in Niger.", ("France", "reject", "coup leaders"), None),
])
def test_objects_of_a_first_verb_and_refusals_to_recognise(text, expected, not_holder):
    got = _named(text)
    assert _has(got, *expected), got
    assert not any(g[0] == not_holder for g in got), got


def test_not_recognising_results_names_no_one():
    got = _named("Salome Zourabichvili said she did not recognise the results.")
    assert not any(g[1] == "reject" and g[2] is not None for g in got), got


@pytest.mark.parametrize(("text", "expected"), [
    ("Seoul labelled the North's latest launch a grave provocation.", ("South Korea", "condemn", None)),
    ("Kenyan President William Ruto called the coup in Gabon a setback for democracy.",
     ("William Ruto", "condemn", None)),
    ('The Kremlin called the EU decision "absurd".', ("Russia", "condemn", "European Union")),
    ('Canada\'s foreign minister called the arrest of the journalist "arbitrary and unjust".',
     ("Canadian foreign minister", "condemn", None)),
    ("Vietnam described the deployment of an oil rig by China as a violation of its sovereignty.",
     ("Vietnam", "condemn", "China")),
])
def test_more_damning_names(text, expected):
    got = _named(text)
    assert _has(got, *expected), got


def test_a_place_in_the_named_thing_is_not_blamed():
    got = _named("Kenyan President William Ruto called the coup in Gabon a setback for democracy.")
    assert not any(g[2] == "Gabon" for g in got), got
    assert _named("Brazil called the meeting productive.") == []


# -- a clause's own subject after "and", even next to an object ----------------------------------------------

@pytest.mark.parametrize(("text", "expected", "wrong"), [
    ("Turkey hosted the talks, Jordan offered aid to Syria and Iraq condemned the attack.",
     ("Iraq", "condemn", None), [("Syria", "condemn", None), ("Jordan", "support", "Iraq")]),
    ("Ghana praised Togo and Benin condemned the attack.", ("Benin", "condemn", None),
     [("Ghana", "condemn", None), ("Ghana", "praise", "Benin")]),
    ("Qatar, which mediated the deal, and Egypt welcomed the release of the hostages.",
     ("Qatar", "welcome", None), []),
    ("In Paris, France and Germany condemned the attack.", ("France", "condemn", None), []),
])
def test_the_subject_after_and_opens_its_own_clause(text, expected, wrong):
    got = _named(text)
    assert _has(got, *expected), got
    assert not any(w in got for w in wrong), got


def test_refusing_to_accept_an_intervention_is_a_rejection():
    got = _named("Algeria said it would not accept any foreign military intervention in Niger.")
    assert ("Algeria", "reject", None) in got, got


@pytest.mark.parametrize(("text", "expected"), [
    ("The EU's repeated calls for restraint were ignored.", ("European Union", "appeal", None)),
    ("Beijing's angry rejection of the tribunal's ruling surprised few.", ("China", "reject", None)),
    ("France's threat of sanctions against Mali was criticised.", ("France", "threaten", "Mali")),
])
def test_possessed_stance_nouns_with_adjectives(text, expected):
    got = _named(text)
    assert _has(got, *expected), got


@pytest.mark.parametrize("text", [
    "Russia's support base in the region has shrunk.",
    "China's call for tenders closed on Friday.",
    "Germany's offer price for the shares was raised.",
])
def test_possessed_nouns_that_are_no_stance(text):
    assert _named(text) == []


def test_a_participle_after_a_request_is_a_stance_of_its_own():
    got = _named("Germany on Tuesday demanded the release of a German journalist detained in Azerbaijan, summoning "
                 "Baku's ambassador and warning that the case would weigh on relations between the two countries.")
    assert ("Germany", "criticize", "Azerbaijan") in got, got
    assert ("Germany", "threaten", "Azerbaijan") in got, got
    got = _named("Poland called for calm, condemning the attack on the border post.")
    assert _has(got, "Poland", "condemn"), got


@pytest.mark.parametrize(("text", "expected"), [
    ('Azerbaijan accused Germany of meddling. "These accusations are absurd," German Foreign Minister Johann '
     'Wadephul said.', ("Johann Wadephul", "reject", "Azerbaijan")),
    ("Russia said the claims by Ukraine were lies.", ("Russia", "reject", "Ukraine")),
    ('Germany demanded her release. "We will not accept pressure or lectures," Azerbaijani foreign ministry '
     'spokesman Aykhan Hajizada said.', ("Aykhan Hajizada", "reject", "Germany")),
])
def test_dismissing_a_charge_or_pressure_rejects_its_author(text, expected):
    got = _named(text)
    assert _has(got, *expected), got


def test_a_dismissed_charge_of_no_known_author_gives_no_stance():
    got = _named('"These accusations are absurd," German Foreign Minister Johann Wadephul said.')
    assert got == [], got


@pytest.mark.parametrize(("text", "expected"), [
    ("Kenya said it would host the secretariat that will monitor the ceasefire.", ("Kenya", "mediate", None)),
    ("The African Union said it would deploy observers to oversee the truce.", ("African Union", "mediate", None)),
])
def test_a_commitment_to_see_a_truce_through_is_mediation(text, expected):
    got = _named(text)
    assert _has(got, *expected), got


def test_sending_troops_is_no_mediation():
    assert _named("Kenya said it would send troops to the border.") == []
