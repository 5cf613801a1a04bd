"""Quotes round 4: speakers behind documents and offices, and quote paragraphs with no cue.

Own passages (a Peruvian ambassador recalled, a Ghanaian statement on Togo, a Kenyan
presidential office, a Japanese reaction to a launch, and others). The expected speaker of every
quote was written down before the library was run on the passage. A document ("the statement
said"), an office ("Ruto's office said") or a spokesperson of an institution ("a spokesperson for
the ministry said") speaks for whoever issued it; a lone quotation paragraph after a sentence
naming who reacted is that actor's.
"""

from __future__ import annotations

import pytest

import reactlib


def speaker_of(text: str, kind: str, fragment: str):
    """The speaker actor (or None) of the quote of ``kind`` containing ``fragment``."""
    article = reactlib.parse(text)
    actors = {a.id: a for a in article.actors}
    found = [q for q in article.quotes if q.kind == kind and fragment in q.text]
    assert found, f"no {kind} quote containing {fragment!r}: {[(q.kind, q.text) for q in article.quotes]}"
    return actors.get(found[0].speaker)


def _speaks_for(actor, country: str) -> bool:
    """A country speaks through its institutions and officials: the actor is of ``country``."""
    return actor is not None and actor.country == country


# -- 1. "the statement said/read": the statement's issuer ------------------------------------------

@pytest.mark.parametrize("text, fragment, country", [
    ('Ghana\'s foreign ministry issued a statement on Monday. "Ghana stands with the people of Togo," '
     'the statement said.', "Ghana stands with", "GHA"),
    ('Peru recalled its ambassador from Caracas on Friday. "This aggression will not go unanswered," '
     'the statement read.', "This aggression", "PER"),
    ('The Philippine coast guard released a statement after the collision. "Our vessel was rammed without '
     'warning," the statement said.', "Our vessel was rammed", "PHL"),
    ('Morocco issued a statement late on Sunday. "The kingdom will defend its territorial integrity by all '
     'means," the statement said, without naming Algeria.', "The kingdom will defend", "MAR"),
])
def test_the_statement_speaks_for_its_issuer(text, fragment, country):
    assert _speaks_for(speaker_of(text, "direct", fragment), country)


def test_a_statement_with_no_issuer_before_it_names_nobody():
    text = '"Calm has returned to the capital," the statement said.'
    assert speaker_of(text, "direct", "Calm has returned") is None


# -- 2. offices and spokespeople of institutions ----------------------------------------------------

@pytest.mark.parametrize("text, kind, fragment, country", [
    ('Senegal condemned the killing. "Violence has no place in our region," a statement from the presidency said.',
     "direct", "Violence has no place", "SEN"),
    ('Argentina summoned the British envoy. "We reject these claims entirely," a spokesperson for the ministry '
     'said.', "direct", "We reject these claims", "ARG"),
    ('Vietnam protested to Beijing on Tuesday. A spokesman for the foreign ministry said the survey ship had '
     'left Vietnamese waters.', "indirect", "the survey ship had left", "VNM"),
    ("Nairobi's envoy to the talks said progress was slow.", "indirect", "progress was slow", "KEN"),
    ('Ecuador declared a state of emergency. The Interior Ministry said 40 people had been arrested.',
     "indirect", "40 people had been arrested", "ECU"),
])
def test_institutions_and_their_spokespeople_speak_for_their_country(text, kind, fragment, country):
    assert _speaks_for(speaker_of(text, kind, fragment), country)


def test_a_leaders_office_speaks_for_the_leader():
    text = 'President William Ruto met the families. "He is deeply saddened," Ruto\'s office said.'
    actor = speaker_of(text, "direct", "He is deeply saddened")
    assert actor is not None and actor.name == "William Ruto"


# -- 3. a quotation paragraph with no cue ----------------------------------------------------------

@pytest.mark.parametrize("text, fragment, name", [
    ('Japanese Prime Minister Shigeru Ishiba condemned the launch.\n\n"This is a grave threat to peace and we will '
     'respond firmly with our allies."', "This is a grave threat", "Shigeru Ishiba"),
    ('Chilean President Gabriel Boric denounced the attack on the embassy.\n\n"No diplomatic mission should '
     'ever be targeted in this way."', "No diplomatic mission", "Gabriel Boric"),
    ('Indonesian President Prabowo Subianto said the attack was cowardly. "We will find those responsible."\n\n'
     '"Nobody is above the law in this country."', "Nobody is above the law", "Prabowo Subianto"),
])
def test_a_quote_paragraph_belongs_to_the_actor_just_named(text, fragment, name):
    actor = speaker_of(text, "direct", fragment)
    assert actor is not None and actor.name == name


def test_a_quote_paragraph_after_a_sentence_naming_nobody_has_no_speaker():
    text = 'The storm flooded the valley overnight.\n\n"Everything is gone, the houses, the cattle, everything."'
    article = reactlib.parse(text)
    assert all(q.speaker is None for q in article.quotes)


# -- 4. places and relative clauses inside the subject ---------------------------------------------

def test_an_embassy_in_a_capital_speaks_for_its_own_country():
    text = ("The Canadian embassy in Caracas said in a post on X that Ottawa \"respects the will of the "
            "Venezuelan people\" and urged calm.")
    assert _speaks_for(speaker_of(text, "partial", "respects the will"), "CAN")


def test_the_owner_before_whose_speaks_for_its_people():
    text = ("The African Union, whose monitors had called the vote \"largely peaceful\", said it was "
            "\"studying the complaints closely\".")
    actor = speaker_of(text, "partial", "studying the complaints")
    assert actor is not None and actor.name == "African Union"
    actor = speaker_of(text, "partial", "largely peaceful")
    assert actor is not None and actor.name == "African Union"


def test_an_administration_official_is_of_the_government_in_focus():
    text = ("Washington imposed new tariffs on Monday. A senior administration official said more "
            "measures were possible.")
    actor = speaker_of(text, "indirect", "more measures were possible")
    assert actor is not None and actor.anonymous and actor.country == "USA"


# -- 5. bodies of a person or a post, fronted circumstances, members of a court --------------------

@pytest.mark.parametrize("text, kind, fragment, country", [
    ("Chile protested on Monday. Its embassy in Lima said on X that the claims were \"absurd\".",
     "partial", "absurd", "CHL"),
    ("Kenyan Foreign Minister Musalia Mudavadi called his counterpart. Mudavadi's ministry said the call had "
     "been \"constructive\".", "partial", "constructive", "KEN"),
    ("Uzbekistan's Prosecutor General's Office said in a statement that the two men had \"confessed\".",
     "partial", "confessed", "UZB"),
    ("A Colombian military official, who asked not to be named, said the soldiers were \"safe and well\".",
     "partial", "safe and well", "COL"),
])
def test_bodies_speak_for_their_country(text, kind, fragment, country):
    assert _speaks_for(speaker_of(text, kind, fragment), country)


def test_a_leaders_office_still_speaks_for_the_leader_after_a_ministry_rule():
    text = 'President Gabriel Boric met the families. Boric\'s office said he was "deeply moved".'
    actor = speaker_of(text, "partial", "deeply moved")
    assert actor is not None and actor.name == "Gabriel Boric"


def test_a_fronted_place_does_not_hide_the_subject_of_a_coordinated_cue():
    text = ("In Kuala Lumpur, Prime Minister Anwar Ibrahim ordered an inquiry into the fire and said his government "
            "would compensate the families.")
    actor = speaker_of(text, "indirect", "his government would compensate")
    assert actor is not None and actor.name == "Anwar Ibrahim"


def test_the_judges_speak_for_the_court_named_before():
    text = ("Malawi's Constitutional Court annulled the election on Monday. The judges said the count had "
            "been \"irredeemably compromised\".")
    actor = speaker_of(text, "partial", "irredeemably compromised")
    assert actor is not None and actor.name == "Constitutional Court" and actor.country == "MWI"


def test_a_joint_statement_of_three_countries_is_the_groups():
    text = ("Spain, Italy and Portugal said in a joint statement that they \"deeply regret\" the decision. "
            "The three Mediterranean countries said they were ready to help.")
    actor = speaker_of(text, "partial", "deeply regret")
    assert actor is not None and actor.kind == "group" and actor.name == "Spain, Italy and Portugal"
    actor = speaker_of(text, "indirect", "they were ready to help")
    assert actor is not None and actor.name == "Spain, Italy and Portugal"


# -- 6. subjects with asides, possessors, and a pronoun after its report --------------------------

@pytest.mark.parametrize("text, fragment, name", [
    ('Belgium, the former colonial power, deplored "a cowardly attack" and expressed its condolences.',
     "a cowardly attack", "Belgium"),
    ('The bloc\'s chairwoman, Ghanaian President John Mahama, condemned the coup and called on the soldiers to '
     '"return to barracks".', "return to barracks", "John Mahama"),
    ('Turkish President Recep Tayyip Erdogan, whose country hosts the talks, met both leaders and praised their '
     '"courage and patience", his office said.', "courage and patience", "Recep Tayyip Erdogan"),
])
def test_a_subject_with_an_aside_speaks_for_a_coordinated_cue(text, fragment, name):
    actor = speaker_of(text, "partial", fragment)
    assert actor is not None and actor.name == name


def test_it_after_a_possessive_is_the_possessed_body():
    text = ("Iran's official news agency IRNA said the test had succeeded, which it described as a \"message "
            "to our enemies\".")
    actor = speaker_of(text, "partial", "message to our enemies")
    assert actor is not None and actor.kind == "organization"


def test_a_pronoun_after_its_report_is_not_an_actor_of_the_report():
    text = ("The African Union said the ceasefire was holding. Kinshasa remained committed to the talks, "
            "it added.")
    actor = speaker_of(text, "indirect", "Kinshasa remained committed")
    assert actor is not None and actor.name == "African Union"


def test_a_quote_paragraph_after_a_reported_statement_is_its_speakers():
    text = ('Foreign Minister Ana Ruiz said Peru would recall its envoy.\n\n'
            '"We will not accept this kind of behaviour from a neighbour."')
    actor = speaker_of(text, "direct", "We will not accept")
    assert actor is not None and actor.name == "Ana Ruiz"


def test_a_common_noun_place_after_the_speaker_is_not_the_speaker():
    text = "Ethnic Tuaregs in the north said in a letter that they feared reprisals."
    actor = speaker_of(text, "indirect", "they feared reprisals")
    assert actor is not None and actor.kind == "group"


def test_a_speaker_with_an_age_and_a_description_in_commas():
    text = ("Juan Carlos de la Torre, 51, a farmer from the border town of Desaguadero, told local radio he had "
            "seen the helicopter land.")
    actor = speaker_of(text, "indirect", "he had seen the helicopter")
    assert actor is not None and actor.name == "Juan Carlos de la Torre"


def test_the_spokesman_of_a_post_is_the_named_spokesman():
    text = ("The UN Secretary-General's spokesman, Stephane Dujarric, said Antonio Guterres was following the "
            "situation closely.")
    actor = speaker_of(text, "indirect", "Antonio Guterres was following")
    assert actor is not None and actor.name == "Stephane Dujarric"


def test_community_leaders_speak_as_their_community():
    text = "Mapuche community leaders said they were worried about the new dam."
    actor = speaker_of(text, "indirect", "they were worried")
    assert actor is not None and actor.kind == "group" and actor.name == "Mapuche community leaders"


# -- 7. "the statement read" -----------------------------------------------------------------------

def test_the_statement_read_is_a_cue_for_the_issuer():
    text = ('Ivory Coast condemned the coup on Thursday. "Ivory Coast firmly rejects any seizure of power by '
            'force," the statement read.')
    article = reactlib.parse(text)
    quote = next(q for q in article.quotes if q.kind == "direct")
    assert quote.cue == "read"
    assert _speaks_for(next(a for a in article.actors if a.id == quote.speaker), "CIV")


@pytest.mark.parametrize("text", [
    "A statement read out on state television said the borders were closed.",
    "She read the names of the dead at the memorial.",
])
def test_read_as_another_verb_is_no_cue(text):
    assert all(q.cue != "read" for q in reactlib.parse(text).quotes)


@pytest.mark.parametrize("text, fragment, name", [
    ("Houthi rebels in Yemen said they had fired drones at a tanker.", "they had fired drones", "Houthis"),
    ("Residents in Goma said the town was calm after the shelling.", "the town was calm", "residents"),
])
def test_people_before_a_place_speak_not_the_place(text, fragment, name):
    actor = speaker_of(text, "indirect", fragment)
    assert actor is not None and actor.name == name


@pytest.mark.parametrize("text, fragment, name", [
    ("Rescue workers in the city of Elazig said they were still pulling survivors from the rubble.",
     "still pulling survivors", "rescue workers"),
    ("The Red Crescent said it had set up tents for 20,000 people.", "set up tents", "Red Crescent"),
    ("Doctors at the main hospital said they had run out of blood.", "run out of blood", "doctors"),
])
def test_unnamed_groups_and_aid_bodies_speak(text, fragment, name):
    actor = speaker_of(text, "indirect", fragment)
    assert actor is not None and actor.name == name


def test_countries_that_each_pledge_are_no_joint_group():
    text = "Israel, Azerbaijan and Qatar also pledged aid to the survivors."
    assert all(a.kind != "group" for a in reactlib.parse(text).actors)
