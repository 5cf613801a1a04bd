"""Quotes round 6: sentences written for this round (other places, people and wording than any
article of the development sets), each watched failing before its rule was written.
"""

from __future__ import annotations

import pytest

import reactlib
from reactlib.article_date import DATE_MARKER


def found(text: str) -> list[tuple[str, str, str | None]]:
    """(kind, quote text, speaker mention) of every quote of ``text``."""
    out = []
    for q in reactlib.parse(text).quotes:
        speaker = text[q.speaker_start:q.speaker_end] if q.speaker_start is not None else None
        out.append((q.kind, q.text, speaker))
    return out


# --- the leading "date YYYY-MM-DD" marker is no part of any span -----------------------------

MARKED_LEADS = [
    " date 2025-03-02 Farmers in the Rift Valley will get seed subsidies next month, the agriculture ministry said.",
    "date 2024-11-19 LIMA, Peru (Reuters) - Peru's congress will vote on the budget on Friday, officials said.",
    " date 2023-06-30 Voters in Tonga backed the new constitution, early results showed on Monday.",
    "\ufeffdate 2022-01-07 The port of Mombasa reopened after a strike that lasted nine days, its operator said.",
    " date 2026-02-14 Fishing crews in Iceland say the quota cut will ruin them.",
]


@pytest.mark.parametrize("text", MARKED_LEADS)
def test_the_article_date_marker_is_in_no_quote_actor_or_stance_span(text):
    marker_end = DATE_MARKER.match(text).end()
    article = reactlib.parse(text)
    spans = [(q.start, q.end) for q in article.quotes]
    spans += [(q.speaker_start, q.speaker_end) for q in article.quotes if q.speaker_start is not None]
    spans += [m for a in article.actors for m in a.mentions]
    spans += [(s.start, s.end) for s in article.stances if getattr(s, "start", None) is not None]
    assert all(start >= marker_end for start, _ in spans), [text[a:b] for a, b in spans]


def test_an_indirect_quote_of_the_lead_starts_after_the_marker():
    text = " date 2025-03-02 Farmers in the Rift Valley will get seed subsidies next month, the agriculture ministry said."
    assert found(text) == [("indirect", "Farmers in the Rift Valley will get seed subsidies next month",
                            "the agriculture ministry")]


# --- "said that" + one quotation that is the whole clause: a partial quote, no indirect -------

WHOLLY_QUOTED_CLAUSES = [
    ('Chile\'s labour minister, Rosa Vidal, told a radio station that "nobody will be left without a pension".',
     "nobody will be left without a pension", "Chile's labour minister, Rosa Vidal"),
    ('The harbour master warned that \u201cthe breakwater cannot take another storm like this one.\u201d',
     "the breakwater cannot take another storm like this one.", "The harbour master"),
    ('A senior Estonian diplomat, who asked not to be named, said that "the embassy will stay open whatever happens".',
     "the embassy will stay open whatever happens", "A senior Estonian diplomat"),
    ('The African Union said in a statement that it "rejects without reservation any seizure of power by force".',
     "rejects without reservation any seizure of power by force", "The African Union"),
]


@pytest.mark.parametrize("text, fragment, speaker", WHOLLY_QUOTED_CLAUSES)
def test_a_that_clause_wholly_in_quotation_marks_is_a_partial_quote_only(text, fragment, speaker):
    quotes = found(text)
    assert [q for q in quotes if q[0] == "indirect"] == []
    assert any(kind == "partial" and quote == fragment and (mention or "").startswith(speaker)
               for kind, quote, mention in quotes), quotes


MIXED_THAT_CLAUSES = [
    ('The harbour master warned that the breakwater was "at breaking point".',
     "that the breakwater was \"at breaking point\""),
    ('Rosa Vidal said that "the reform" would pass before the winter recess.',
     "that \"the reform\" would pass before the winter recess"),
    ('The African Union said that it "firmly rejects" the outcome of the vote in Bamako.',
     "that it \"firmly rejects\" the outcome of the vote in Bamako"),
]


@pytest.mark.parametrize("text, clause", MIXED_THAT_CLAUSES)
def test_a_that_clause_with_words_outside_the_quotation_stays_indirect(text, clause):
    assert clause in [q[1] for q in found(text) if q[0] == "indirect"]


# --- ", and" + a new subject in the simple past after a backshifted report: the writer's clause ---

NARRATION_AFTER_REPORT = [
    ('Norway said on Tuesday that a power cable to Sweden had been cut by "an anchor" during the storm, '
     "and Sweden's energy minister called for an inquiry into the shipping lane.",
     'that a power cable to Sweden had been cut by "an anchor" during the storm'),
    ("Engineers said the dam would hold through the rainy season, and the villagers returned to their farms.",
     "the dam would hold through the rainy season"),
    ("Water levels in the Mekong, which feeds millions of farmers, fell sharply last week, the river commission "
     "said, and a drought emergency was declared in two provinces of Vietnam.",
     "Water levels in the Mekong, which feeds millions of farmers, fell sharply last week"),
]


@pytest.mark.parametrize("text, clause", NARRATION_AFTER_REPORT)
def test_a_new_clause_after_comma_and_is_not_part_of_the_report(text, clause):
    assert clause in [q[1] for q in found(text) if q[0] == "indirect"]


REPORT_GOES_ON_AFTER_AND = [
    ("The ministry said the dam had held, and that the villagers had returned to their farms.",
     "the dam had held, and that the villagers had returned to their farms"),
    ("The agency said prices rose in March, and wages fell for the third month in a row.",
     "prices rose in March, and wages fell for the third month in a row"),
]


@pytest.mark.parametrize("text, clause", REPORT_GOES_ON_AFTER_AND)
def test_a_report_coordinated_in_its_own_tense_goes_on(text, clause):
    assert any(clause in q[1] for q in found(text) if q[0] == "indirect"), found(text)


# --- a pledge whose object is a noun phrase is an act (a stance), not a report ----------------

@pytest.mark.parametrize("text", [
    "The new governor has promised cheaper electricity since winning the election in March.",
    "Mongolia's president pledged closer ties with Seoul during his visit.",
    "Rebel commanders vowed revenge after the raid on the camp near Goma.",
])
def test_a_pledge_of_a_noun_phrase_reports_no_clause(text):
    assert [q for q in found(text) if q[0] == "indirect"] == []


@pytest.mark.parametrize("text, clause", [
    ("The governor promised that electricity would be cheaper by the winter.",
     "that electricity would be cheaper by the winter"),
    ("Mongolia's president vowed the mines would reopen within a year.", "the mines would reopen within a year"),
])
def test_a_pledge_of_a_clause_is_still_a_report(text, clause):
    assert clause in [q[1] for q in found(text) if q[0] == "indirect"], found(text)


# --- an instruction received in the passive ("were told to …") reports no one's words ---------

@pytest.mark.parametrize("text", [
    "Families living near the river have been told not to drink the tap water until further notice.",
    "Shopkeepers in the old town were asked to close early on Saturday.",
    "Fishermen off Sulawesi were advised to stay in port for the rest of the week.",
])
def test_a_passive_instruction_is_no_indirect_quote(text):
    assert [q for q in found(text) if q[0] == "indirect"] == []


def test_an_active_instruction_with_a_speaker_is_unchanged():
    text = "The governor told families living near the river to boil their drinking water."
    assert [q[2] for q in found(text) if q[0] == "indirect"] == ["The governor"]


# --- a participle cue right after a quotation that closes with its comma ends the clause -------

def test_a_participle_after_a_closing_quotation_ends_the_report():
    text = ('Iceland\'s fisheries minister told reporters in Reykjavik that the quota was "a question for the '
            'scientists and the fleet," adding that he expected a decision by June.')
    indirect = [q[1] for q in found(text) if q[0] == "indirect"]
    assert any(q.endswith('"a question for the scientists and the fleet,"') for q in indirect), indirect
    assert not any("adding" in q for q in indirect), indirect
    assert "that he expected a decision by June" in indirect


# --- a cue followed only by a circumstance with a two-word place name keeps its quotation -----

@pytest.mark.parametrize("text", [
    '"Where were the ferries? Where was the army?" Ms Ortiz asked at a press conference in Port Louis.',
    '"We were abandoned for three days," the mayor said at a news conference in San Jose.',
    '"We were abandoned for three days," Ms Ortiz said at a press conference in Port Louis.',
    '"Nobody came to help us," Chief Amaru told a briefing in Santa Cruz on Monday.',
])
def test_a_direct_quote_keeps_its_cue_when_only_a_place_follows(text):
    quotes = found(text)
    assert [q[0] for q in quotes] == ["direct"], quotes


# --- a quotation naming a criminal charge is the charge's name, not anyone's words ------------

@pytest.mark.parametrize("text", [
    "The blogger, who was arrested in May, is serving a six-year sentence for \"insulting the state\", a charge "
    "she denies.",
    "Three students were charged with \"inciting hatred\" after the march in Minsk.",
    "The former mayor was convicted of \"abuse of office\" and barred from politics.",
    "Police in Dhaka detained two editors on charges of \"spreading rumours\" on Sunday.",
])
def test_a_quoted_charge_is_no_quote(text):
    assert found(text) == []


def test_a_quotation_after_an_accusation_is_still_a_partial():
    text = 'The opposition leader accused the cabinet of "sleepwalking into a crisis".'
    assert ("partial", "sleepwalking into a crisis", "The opposition leader") in found(text)


# --- "at least", "at most" open a quantity, not a circumstance -------------------------------

@pytest.mark.parametrize("text, clause", [
    ("Kenya's water ministry said at least 12 people had died and some 5,000 had been displaced.",
     "at least 12 people had died and some 5,000 had been displaced"),
    ("The charity condemned the raid and said at least 40 reporters were in jail in Belarus.",
     "at least 40 reporters were in jail in Belarus"),
    ("Police said at most 300 people had joined the march.", "at most 300 people had joined the march"),
])
def test_a_clause_opening_with_at_least_is_reported(text, clause):
    assert clause in [q[1] for q in found(text) if q[0] == "indirect"], found(text)


def test_a_cue_followed_by_at_and_a_place_still_reports_nothing_after_it():
    text = '"We will rebuild," the mayor said at the ruins of the market.'
    assert [q[0] for q in found(text)] == ["direct"]


# --- after a participle cue, a clause with words after its quotation is a report --------------

@pytest.mark.parametrize("text, clause", [
    ('The minister left the summit early, saying Peru "would not sign" any deal on fishing rights.',
     'Peru "would not sign" any deal on fishing rights'),
    ('Ghana rejected the proposal, arguing the levy "would cripple" small cocoa farmers in the west.',
     'the levy "would cripple" small cocoa farmers in the west'),
    ('The minister walked out of the talks, saying Chile "will never accept" the ruling.',
     'Chile "will never accept" the ruling'),
])
def test_a_participle_clause_with_words_after_its_quotation_is_reported(text, clause):
    assert clause in [q[1] for q in found(text) if q[0] == "indirect"], found(text)


def test_a_participle_clause_ending_in_its_quotation_stays_a_partial():
    text = 'The charity sent two planes of supplies, adding it was "deeply concerned".'
    assert [q for q in found(text) if q[0] == "indirect"] == []


# --- "said A and hoped B": a hope or expectation coordinated in the report stays in it ---------

def test_a_coordinated_hope_stays_in_the_report():
    text = "She said Peru valued its ties with Chile and hoped the dispute would not harm them."
    assert [q[1] for q in found(text) if q[0] == "indirect"] == [
        "Peru valued its ties with Chile and hoped the dispute would not harm them"]


def test_a_coordinated_verb_of_saying_still_ends_the_report():
    text = "She said Peru valued its ties with Chile and denied that the dispute would harm them."
    assert "Peru valued its ties with Chile" in [q[1] for q in found(text) if q[0] == "indirect"]


# --- a text that ends right after a pledge or threat verb ----------------------------------------

@pytest.mark.parametrize("text", [
    "The rebels vowed",
    "Mali's president promised on Sunday",
    "He pledged in a statement",
    "The junta threatened late Monday",
    "The ministry is vowing",
])
def test_a_text_ending_on_a_pledge_verb_parses(text):
    # These used to read one token past the end of the text (an IndexError in the quotes stage).
    assert found(text) == []


# --- an abbreviation's full stop inside a reported clause does not end it --------------------

ABBREVIATED_CLAUSES = [
    ("Insp. Raj Patel said No. 14 Squadron had been moved to the border on Friday.",
     "No. 14 Squadron had been moved to the border on Friday"),
    ("The ombudsman said Art. 9 of the charter had been breached twice.",
     "Art. 9 of the charter had been breached twice"),
    ("A spokeswoman said Lt. Col. Mara Oduya would lead the inquiry.",
     "Lt. Col. Mara Oduya would lead the inquiry"),
    ("The court said the hearing would resume on Sept. 14 in Nairobi.",
     "the hearing would resume on Sept. 14 in Nairobi"),
]


@pytest.mark.parametrize("text, clause", ABBREVIATED_CLAUSES)
def test_an_abbreviation_inside_a_reported_clause_does_not_end_it(text, clause):
    assert [(k, q) for k, q, _ in found(text) if k == "indirect"] == [("indirect", clause)]


def test_a_sentence_ending_on_an_abbreviation_still_ends_the_clause():
    text = "The minister said the promotion made her a Col. The ceremony was brief."
    assert [q for k, q, _ in found(text) if k == "indirect"] == ["the promotion made her a Col"]
