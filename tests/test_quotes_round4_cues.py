"""Quotes, fourth round: cues and reported clauses the rules missed.

Found by listing what reactlib misses on the PolNeAR development splits
(``benchmarks/polnear_misses.py``) and kept only where the output contract reads
the sentence the same way. Every sentence here was written for this file (other
places, people and events than any article); the expected spans were written
down before the library was run on them.
"""

from __future__ import annotations

import pytest

import reactlib


def found(text: str) -> list[tuple[str, str, str | None, str | None]]:
    """(kind, quote text, cue words, speaker mention) of every quote of ``text``."""
    out = []
    for q in reactlib.parse(text).quotes:
        cue = text[q.cue_start:q.cue_end] if q.cue_start is not None else None
        speaker = text[q.speaker_start:q.speaker_end] if q.speaker_start is not None else None
        out.append((q.kind, q.text, cue, speaker))
    return out


def indirect(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(t, c, s) for k, t, c, s in found(text) if k == "indirect"]


# --- a reporting noun with a "that"-clause: "the mayor's claim that …" -------------------------

NOUN_CLAUSES = [
    ("Engineers rejected the governor's claim that the dam was safe.",
     ("that the dam was safe", "claim", "the governor's")),
    ("Few voters accepted his argument that the levees could hold another season.",
     ("that the levees could hold another season", "argument", "his")),
    ("The ministry dismissed allegations that its soldiers had fired on the crowd.",
     ("that its soldiers had fired on the crowd", "allegations", None)),
    ("Her suggestion that the fuel tax should be scrapped won support in the north.",
     ("that the fuel tax should be scrapped", "suggestion", "Her")),
    ("Farmers repeated their warning that the harvest would fail without rain.",
     ("that the harvest would fail without rain", "warning", "their")),
    ("The union's complaint that wages had fallen was upheld by the tribunal.",
     ("that wages had fallen", "complaint", "The union's")),
    ("Ortega's promise that no school would close was broken within a year.",
     ("that no school would close", "promise", "Ortega's")),
]


@pytest.mark.parametrize("text, expected", NOUN_CLAUSES)
def test_reporting_noun_with_that_clause(text, expected):
    assert expected in indirect(text)


NOT_NOUN_REPORTS = [
    "The claim was rejected by the court in Tallinn.",
    "The claim that he filed last year was rejected by the insurer.",
    "The warning that was issued on Monday came too late for the fishermen.",
    "The said document was never signed by the ministry.",
    "Her argument with the referee lasted ten minutes.",
    "The fact that the road was closed delayed the convoy.",
]


@pytest.mark.parametrize("text", NOT_NOUN_REPORTS)
def test_no_report_without_a_reported_clause(text):
    assert indirect(text) == []


# --- "as X said, …": a parenthetical attribution ------------------------------------------------

AS_PARENTHETICALS = [
    ("As the finance minister noted, the deficit has doubled since 2019.",
     ("the deficit has doubled since 2019", "noted", "the finance minister")),
    ("As many economists have pointed out, the tariff is paid by importers.",
     ("the tariff is paid by importers", "have pointed out", "many economists")),
    ("But as the harbour master warned, the channel is too shallow for tankers.",
     ("the channel is too shallow for tankers", "warned", "the harbour master")),
    ("The reservoir, as engineers have warned, is close to overflowing.",
     ("The reservoir, as engineers have warned, is close to overflowing", "have warned", "engineers")),
    ("The bridge collapsed in the storm, as the inspectors had predicted.",
     ("The bridge collapsed in the storm", "had predicted", "the inspectors")),
]


@pytest.mark.parametrize("text, expected", AS_PARENTHETICALS)
def test_as_parenthetical_reports_the_main_clause(text, expected):
    assert expected in indirect(text)


NOT_AS_REPORTS = [
    "As the mayor said goodbye, the crowd in the square cheered.",
    "When the coach said his farewell, the players stood and applauded.",
    "As expected, the bill passed the lower house on Tuesday.",
    "As she spoke, protesters gathered outside the embassy in Lusaka.",
]


@pytest.mark.parametrize("text", NOT_AS_REPORTS)
def test_subordinate_clause_with_a_cue_reports_no_main_clause(text):
    assert all("cheered" not in t and "applauded" not in t and "passed" not in t and "gathered" not in t
               for t, _, _ in indirect(text))


# --- more verbs and verb phrases of saying ------------------------------------------------------

VERB_PHRASES = [
    ("The coach made it clear that no player would be sold in January.",
     ("that no player would be sold in January", "made it clear", "The coach")),
    ("The regulator has made clear that the licence will not be renewed.",
     ("that the licence will not be renewed", "has made clear", "The regulator")),
    ("Senator Okafor voted against the bill, pointing out that the fund was empty.",
     ("that the fund was empty", "pointing out", "Senator Okafor")),
    ("Investigators learned that the pilot had not slept for two days.",
     ("that the pilot had not slept for two days", "learned", "Investigators")),
    ("The ambassador later clarified that the embassy would stay open.",
     ("that the embassy would stay open", "later clarified", "The ambassador")),
    ("Analysts speculated that the central bank would cut rates again.",
     ("that the central bank would cut rates again", "speculated", "Analysts")),
    ("The minister insisted, in an interview with a local radio station, that the mine would reopen.",
     ("that the mine would reopen", "insisted", "The minister")),
    ("The airline said, however, that refunds would take six weeks.",
     ("that refunds would take six weeks", "said", "The airline")),
]


@pytest.mark.parametrize("text, expected", VERB_PHRASES)
def test_verb_phrases_of_saying(text, expected):
    assert expected in indirect(text)


NOT_VERB_REPORTS = [
    "The carpenter made the table clear of dust before the buyers came.",
    "The guide kept pointing at the glacier while the tourists took photographs.",
    "She learned the violin in Vilnius as a child.",
    "The coach made clear his anger at the referee.",
]


@pytest.mark.parametrize("text", NOT_VERB_REPORTS)
def test_no_report_from_an_ordinary_verb_use(text):
    assert indirect(text) == []


# --- findings: "a study found …", "figures show that …" -----------------------------------------

FINDINGS = [
    ("A study by two universities found rents had risen by a third.",
     ("rents had risen by a third", "found", "A study by two universities")),
    ("An audit found the agency had lost track of 400 vehicles.",
     ("the agency had lost track of 400 vehicles", "found", "An audit")),
    ("The inquiry found police had ignored repeated warnings about the stadium.",
     ("police had ignored repeated warnings about the stadium", "found", "The inquiry")),
    ("Figures from the National Statistics Office show that unemployment fell in March.",
     ("that unemployment fell in March", "show", "the National Statistics Office")),
    ("Data from the Household Survey show that most families own a car.",
     ("that most families own a car", "show", "the Household Survey")),
]


@pytest.mark.parametrize("text, expected", FINDINGS)
def test_findings_report_their_clause(text, expected):
    assert expected in indirect(text)


NOT_FINDINGS = [
    "Rescuers found the bodies of two climbers near the summit.",
    "Police found the missing boy asleep in a barn.",
    "Shepherds found the lamb was missing on Sunday.",
    "She hosted a popular Saturday Night Show for a decade.",
]


@pytest.mark.parametrize("text", NOT_FINDINGS)
def test_finding_an_object_is_no_report(text):
    assert indirect(text) == []


# --- attribution after the cue: circumstances, dashes, "according to" ---------------------------

CIRCUMSTANCES = [
    ("The bridge will reopen next spring, the mayor said during his speech to supporters.",
     ("indirect", "The bridge will reopen next spring", "said", "the mayor")),
    ("Exports will recover by June, Ortiz said at a meeting with exporters.",
     ("indirect", "Exports will recover by June", "said", "Ortiz")),
    ('The farmer was unimpressed - "Born with a silver spoon in his mouth," the mayor said - but voted anyway.',
     ("direct", "Born with a silver spoon in his mouth,", "said", "the mayor")),
    ('The fishermen were angry - "We were never asked," their leader said - and blocked the port.',
     ("direct", "We were never asked,", "said", "their leader")),
    ("According to early results of a survey conducted for the broadcaster by a polling firm, most voters "
     "want the tax scrapped.",
     ("indirect", "most voters want the tax scrapped", "According to", None)),
    ("But according to interviews with a dozen of her aides, she wants to run again next year.",
     ("indirect", "she wants to run again next year", "according to", None)),
]


@pytest.mark.parametrize("text, expected", CIRCUMSTANCES)
def test_attribution_around_circumstances_and_dashes(text, expected):
    kind, quote, cue, speaker = expected
    hits = [f for f in found(text) if f[0] == kind and f[1] == quote and f[2] == cue]
    assert hits, found(text)
    if speaker is not None:
        assert hits[0][3] == speaker


def test_a_hyphen_attached_to_a_cue_is_still_no_cue():
    assert indirect("The bank added-value services for farmers across the region last year.") == []


# --- "as X put it", "commented", "chanted", a dash glued to the closing mark ---------------------

PUT_IT = [
    ("As the central bank governor bluntly put it, the currency is overvalued.",
     ("indirect", "the currency is overvalued", "bluntly put it", "the central bank governor")),
    ('As the envoy put it in a statement to reporters in July, the talks are "going nowhere."',
     ("partial", "going nowhere.", "put it", "the envoy")),
    ('The first rule of the programme is a "clean record," as a ministry memo put it.',
     ("indirect", 'The first rule of the programme is a "clean record', "put it", "a ministry memo")),
    ('The coach put it bluntly: "We were not good enough."',
     ("direct", "We were not good enough.", "put it", "The coach")),
    ("The ministry commented that the figures were provisional.",
     ("indirect", "that the figures were provisional", "commented", "The ministry")),
    ('Fans chanted "Out, out, out!" as the minister left the stadium.',
     ("direct", "Out, out, out!", "chanted", "Fans")),
    ("\u201cThe river has never been this low.\u201d\u2015 Ana Ruiz",
     ("direct", "The river has never been this low.", "\u2015", "Ana Ruiz")),
    ("\u201cThe river has never been this low.\u201d \u2015 Ana Ruiz",
     ("direct", "The river has never been this low.", "\u2015", "Ana Ruiz")),
]


@pytest.mark.parametrize("text, expected", PUT_IT)
def test_put_it_comment_chant_and_dash_signatures(text, expected):
    assert expected in found(text)


NOT_PUT_IT = [
    "He put it on the shelf before the guests arrived.",
    "She put the box on the table and left the room.",
    "The farmers put it to the vote at the cooperative on Monday.",
    '"We lost." -- a shop owner in the old town',
]


@pytest.mark.parametrize("text", NOT_PUT_IT)
def test_put_it_without_words_is_no_cue(text):
    assert all(c != "put it" for _, _, c, _ in found(text))
    assert all(k != "indirect" for k, _, _, _ in found(text))


# --- hearers, colons and clause ends ------------------------------------------------------------

CLAUSE_ENDS = [
    ("The aid includes a special force to train the border police, Defense Minister Ana Ruiz told a "
     "parliamentary panel on Wednesday.",
     ("indirect", "The aid includes a special force to train the border police", "told", "Defense Minister Ana Ruiz")),
    ("The grain will reach the port by Friday, the minister told a news conference in Mombasa.",
     ("indirect", "The grain will reach the port by Friday", "told", "the minister")),
    ("Her campaign chairman said \u2014 on the radio, as it happens \u2014 that she raised $4 million that day.",
     ("indirect", "that she raised $4 million that day", "said", "Her campaign chairman")),
    ("Rural mayors said they support the new water tariff, but they would not campaign for it.",
     ("indirect", "they support the new water tariff", "said", "Rural mayors")),
    ('The senator seemed to suggest she had silenced her critics: "They signed a confidentiality agreement," '
     'she told the local newspaper.',
     ("direct", "They signed a confidentiality agreement,", "told", "she")),
    ('In her speech, Mendes argued that reform needs patience: "Change takes time, and time takes courage," she said.',
     ("indirect", "that reform needs patience", "argued", "Mendes")),
]


@pytest.mark.parametrize("text, expected", CLAUSE_ENDS)
def test_clause_ends_at_hearers_colons_and_new_clauses(text, expected):
    assert expected in found(text)


NOT_CLAUSES = [
    "With 214 seats at stake, the ruling party is assured of winning at least 118.",
    "On Friday morning, the third day of his tour, the candidate told a joke.",
    "After the rally in Kisumu, the governor told a long story about his childhood.",
    "The minister told the committee.",
]


@pytest.mark.parametrize("text", NOT_CLAUSES)
def test_a_hearer_or_object_without_clause_reports_nothing(text):
    assert indirect(text) == []


def test_a_participle_after_a_colon_quotation_stays_a_continuation():
    text = ('In a statement, the company said: "Our mine was highly profitable when it opened," adding that its '
            'value quadrupled in a year.')
    assert ("indirect", "that its value quadrupled in a year", "adding", None) in [
        (k, t, c, None) for k, t, c, _ in found(text)]
    assert ("direct", "Our mine was highly profitable when it opened,", "said", "the company") in found(text)


# --- what polls show: a standing in the race ----------------------------------------------------

POLL_STANDINGS = [
    ("The latest tracking poll shows the senator with a four-point lead.",
     ("indirect", "the senator with a four-point lead", "shows")),
    ("Polls show the governor ahead by six points in the north.",
     ("indirect", "the governor ahead by six points in the north", "show")),
    ("A survey by the farmers' union found the minister about even with her rival.",
     ("indirect", "the minister about even with her rival", "found")),
    ("Records show that the mayor paid no rent for two years.",
     ("indirect", "that the mayor paid no rent for two years", "show")),
    ("A new poll from a university in Ohio found most voters are unsure about the levy.",
     ("indirect", "most voters are unsure about the levy", "found")),
]


@pytest.mark.parametrize("text, expected", POLL_STANDINGS)
def test_what_a_poll_shows_or_finds_is_reported(text, expected):
    assert expected in [(k, t, c) for k, t, c, _ in found(text)]


NOT_POLL_STANDINGS = [
    "The video shows a man in a red jacket.",
    "Police found the car ahead of the checkpoint.",
    "She hosted the Saturday Night Show for a decade.",
    "Fans of the BBC Show were angry about the new host.",
]


@pytest.mark.parametrize("text", NOT_POLL_STANDINGS)
def test_an_object_or_a_show_is_no_standing(text):
    assert indirect(text) == []


# --- the clause before an attribution whose subject mention is short ---------------------------

SUBJECT_BEFORE_CUE = [
    ("More than half of the money arrived in March alone, new fundraising reports show.",
     ("indirect", "More than half of the money arrived in March alone", "show")),
    ("Much of the money came from firms that no longer exist, tax and court records show.",
     ("indirect", "Much of the money came from firms that no longer exist", "show")),
    ("This is not about me, the president told his closest aides as he rewrote the speech.",
     ("indirect", "This is not about me", "told")),
    ("The port will reopen in May, harbour and customs officials said.",
     ("indirect", "The port will reopen in May", "said")),
]


@pytest.mark.parametrize("text, expected", SUBJECT_BEFORE_CUE)
def test_clause_before_a_subject_the_mention_cuts_short(text, expected):
    assert expected in [(k, t, c) for k, t, c, _ in found(text)]


NOT_SUBJECT_BEFORE_CUE = [
    "Often, the senator interrupted himself, as if bantering with his own notes.",
    "The senator lost the vote, with all of the precincts reporting.",
    "This week, the minister told a joke.",
    "The coach said little, as if nothing had happened at all.",
]


@pytest.mark.parametrize("text", NOT_SUBJECT_BEFORE_CUE)
def test_no_clause_before_a_circumstance(text):
    assert indirect(text) == []


# --- a parenthesis between dashes inside a reported clause -------------------------------------

DASH_PARENTHESES = [
    ("The auditor said that the ministry \u2014 by which she meant the cabinet \u2014 had lost the files.",
     "that the ministry \u2014 by which she meant the cabinet \u2014 had lost the files"),
    ("The coach said the new players -- most of them teenagers -- would start on Sunday.",
     "the new players -- most of them teenagers -- would start on Sunday"),
    ("Officials said that 571 of the delegates \u2014 a group of party elders \u2014 backed the plan.",
     "that 571 of the delegates \u2014 a group of party elders \u2014 backed the plan"),
    ("The mayor said voters \u2014 or at least most of them \u2014 want the tram line.",
     "voters \u2014 or at least most of them \u2014 want the tram line"),
]


@pytest.mark.parametrize("text, clause", DASH_PARENTHESES)
def test_a_parenthesis_between_dashes_stays_in_the_report(text, clause):
    assert clause in [t for t, _, _ in indirect(text)]


SINGLE_DASHES = [
    ("She said immigration is in decline \u2014 a decline that began in 2006.", "immigration is in decline"),
    ("BOGOTA \u2014 The president said the talks would resume.", "the talks would resume"),
    ("The envoy said the ceasefire was holding \u2014 for now.", "the ceasefire was holding"),
    ("The mayor said the bridge would reopen -- and then the lights went out.", "the bridge would reopen"),
]


@pytest.mark.parametrize("text, clause", SINGLE_DASHES)
def test_a_single_dash_still_ends_the_report(text, clause):
    assert clause in [t for t, _, _ in indirect(text)]


# --- a feeling voiced with a "that"-clause ------------------------------------------------------

FEELINGS = [
    ("Farm groups have expressed concern that the new tariff could ruin small growers.",
     ("that the new tariff could ruin small growers", "have expressed concern", "Farm groups")),
    ("The envoy voiced deep doubts that the ceasefire would hold.",
     ("that the ceasefire would hold", "voiced deep doubts", "The envoy")),
    ("Aid agencies expressed hope that the mountain road would reopen within days.",
     ("that the mountain road would reopen within days", "expressed hope", "Aid agencies")),
    ("The central bank expressed confidence that inflation had peaked.",
     ("that inflation had peaked", "expressed confidence", "The central bank")),
]


@pytest.mark.parametrize("text, expected", FEELINGS)
def test_a_feeling_voiced_with_a_that_clause_reports_it(text, expected):
    assert expected in indirect(text)


NOT_FEELINGS = [
    "The minister expressed support for the plan to widen the canal.",
    "The union expressed its anger at the closure of the mine.",
    "Residents voiced concern about the noise from the new runway.",
    "The letter expressed the hope of thousands of families.",
]


@pytest.mark.parametrize("text", NOT_FEELINGS)
def test_a_feeling_without_a_clause_reports_nothing(text):
    assert indirect(text) == []


# --- "according to" without a comma, and a possessive in the source phrase ---------------------

ACCORDING = [
    ("The governor is now well ahead of her challenger 46 percent to 39 percent according to a poll released Monday.",
     ("indirect", "The governor is now well ahead of her challenger 46 percent to 39 percent", "according to")),
    ("The reservoir has lost half of its water since June according to the regional water board.",
     ("indirect", "The reservoir has lost half of its water since June", "according to")),
    ("According to July's national polling, more than half of her support comes from women.",
     ("indirect", "more than half of her support comes from women", "According to")),
    ("According to the ministry's latest figures, exports fell by a tenth in May.",
     ("indirect", "exports fell by a tenth in May", "According to")),
]


@pytest.mark.parametrize("text, expected", ACCORDING)
def test_according_to_without_comma_or_with_a_possessive(text, expected):
    assert expected in [(k, t, c) for k, t, c, _ in found(text)]


NOT_ACCORDING = [
    "The seats in the great hall were arranged according to rank.",
    "According to plan, the rocket lifted off at dawn.",
    "Prices vary according to the season and the region.",
    "The dancers moved according to the rhythm of the drums in the square.",
    "According to plan.",
]


@pytest.mark.parametrize("text", NOT_ACCORDING)
def test_according_to_a_rule_is_no_report(text):
    assert indirect(text) == []


@pytest.mark.parametrize("text, cue", [
    ("The minister went on to say that the border would stay closed.", "went on to say"),
    ("She then goes on to explain that the fund is empty.", "then goes on to explain"),   # round 18: "then" belongs to the cue phrase
    ("The coach went on to insist that nobody would be sold.", "went on to insist"),
    ("The report goes on to warn that the river could flood again.", "goes on to warn"),
])
def test_went_on_to_say_is_one_cue_phrase(text, cue):
    assert [c for _, c, _ in indirect(text)] == [cue]


def test_went_on_alone_is_no_cue():
    assert indirect("The band went on to play for another hour in the rain.") == []


# --- "X, who said …, VERB": the relative clause closes before the main verb ---------------------

WHO_SAID = [
    ("The mayor, who said the bridge was safe, resigned on Friday.", "the bridge was safe"),
    ("The coach, who insisted the team was ready, was sacked in March.", "the team was ready"),
    ("Ruiz, who argued that the tariff would hurt farmers, voted against it.",
     "that the tariff would hurt farmers"),
    ("A farmer, who said the river had never been so low, sold his cattle.", "the river had never been so low"),
]


@pytest.mark.parametrize("text, clause", WHO_SAID)
def test_a_relative_clause_with_a_cue_ends_before_the_main_verb(text, clause):
    assert [t for t, _, _ in indirect(text)] == [clause]


def test_a_participle_inside_the_relative_report_does_not_end_it_early():
    text = "The mayor, who said the bridge, built in 1970, was safe, resigned on Friday."
    assert all("resigned" not in t for t, _, _ in indirect(text))


@pytest.mark.parametrize("text, clause", [
    ("The plan would cost about $1.4 trillion a year, according to the document he released.",
     "The plan would cost about $1.4 trillion a year"),
    ("They lived in the port city and were merchants, according to ouest-france.fr.",
     "They lived in the port city and were merchants"),
])
def test_according_to_after_a_comma_keeps_any_source(text, clause):
    assert clause in [t for t, _, _ in indirect(text)]


# --- states of mind and "made the case" with a "that"-clause -----------------------------------

STATES_OF_MIND = [
    ("Farmers were worried that the rains would not come.", ("that the rains would not come", "were worried")),
    ("The senator made the case that the tax was unfair.", ("that the tax was unfair", "made the case")),
    ("Economists agree that the deficit is too large.", ("that the deficit is too large", "agree")),
    ("Analysts note that turnout was low in the capital.", ("that turnout was low in the capital", "note")),
    ("Voters know that the mayor lied about the contract.", ("that the mayor lied about the contract", "know")),
    ("Investors are convinced that the bank will cut rates.", ("that the bank will cut rates", "are convinced")),
]


@pytest.mark.parametrize("text, expected", STATES_OF_MIND)
def test_a_state_of_mind_with_a_that_clause_is_reported(text, expected):
    assert expected in [(t, c) for t, c, _ in indirect(text)]


NOT_STATES_OF_MIND = [
    "She convinced the board to back the plan.",
    "The dispute concerned the ownership of the land.",
    'Yes, we know, the "special" menu is extra.',
    "The two rivals agree on almost nothing, we know.",
    "He left a note on the kitchen table.",
]


@pytest.mark.parametrize("text", NOT_STATES_OF_MIND)
def test_no_state_of_mind_without_that(text):
    assert found(text) == []


def test_a_relative_report_and_the_main_report_are_both_found():
    text = "Podesta, who said the project was vetted by lawyers, said he was unaware of any dispute."
    assert [t for t, _, _ in indirect(text)] == ["the project was vetted by lawyers",
                                                 "he was unaware of any dispute"]


@pytest.mark.parametrize("text, clause", [
    ("Asked whether he would vote for the bill, the senator said he would.", "he would"),
    ("Asked if the plan was legal, most of the lawyers said yes.", "yes"),
    ("The minister said no.", "no"),
    ("Pressed on the deadline, the builders said they could.", "they could"),
])
def test_a_short_answer_is_a_report(text, clause):
    assert clause in [t for t, _, _ in indirect(text)]


@pytest.mark.parametrize("text", [
    "The mayor said so.",
    "The coach said little.",
    "The envoy said nothing more.",
    "The senator said it.",
])
def test_other_short_objects_are_no_report(text):
    assert indirect(text) == []


@pytest.mark.parametrize("text", [
    "In an interview, the actress joked about moving to a remote island if the senator won.",
    "The ministry has not commented on the reason for cancelling the visit.",
    "The candidate has insisted on building a fence along the river.",
    "Both camps agreed on creating a commission to review the party rules.",
])
def test_a_topic_after_a_preposition_is_no_report(text):
    assert indirect(text) == []


@pytest.mark.parametrize("text, clause", [
    ("The organisers said about 20 people had applied for the seat.", "about 20 people had applied for the seat"),
    ("Officials said about half of the ballots were counted by noon.", "about half of the ballots were counted by noon"),
    ("The minister said on Monday that the port would reopen.", "that the port would reopen"),
    ("The coach insisted on Tuesday that nobody would be sold.", "that nobody would be sold"),
])
def test_about_an_amount_and_a_day_still_report(text, clause):
    assert clause in [t for t, _, _ in indirect(text)]


def test_a_markup_tag_named_like_a_cue_is_no_cue():
    text = 'The senator wrote on social media: <tweet author="senator" timestamp="1469635200">We will win.</tweet>'
    assert all(c != "tweet" for _, _, c, _ in found(text))
    assert indirect(text) == []


@pytest.mark.parametrize("text, clause", [
    ("The senator said Thursday during a taping of a town hall meeting in Leeds that the tax was unfair.",
     "that the tax was unfair"),
    ("The minister wrote in the preface of a new report on the floods that the dams were too old.",
     "that the dams were too old"),
])
def test_that_after_a_long_circumstance(text, clause):
    assert clause in [t for t, _, _ in indirect(text)]


def test_a_relative_that_after_the_circumstance_is_no_report():
    text = "The mayor spoke at a meeting with the farmers that had been planned for weeks."
    assert indirect(text) == []


@pytest.mark.parametrize("text, clause", [
    ("If, as the auditor has suggested, the agency lost the files, the minister must resign.",
     "the agency lost the files"),
    ("Yet, as one economist observed, the tariff is paid by importers.", "the tariff is paid by importers"),
    ("Hawaii, as one of the advisers pointed out, rarely gets two hurricanes in a row.",
     "Hawaii, as one of the advisers pointed out, rarely gets two hurricanes in a row"),
    ("The governor says at a campaign stop in Toledo, Ohio, that the plant will stay open.",
     "that the plant will stay open"),
])
def test_as_parentheticals_after_a_link_and_a_place_before_that(text, clause):
    assert clause in [t for t, _, _ in indirect(text)]
