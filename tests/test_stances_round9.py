"""Stances round 9: who staged the event when the lead only reports a charge ("X accused Y of
ramming ..."), a gang that claimed a kidnapping, a journalist detained in a country; the event
named later ("condemned the arrest as an act of intimidation", "This was a deliberate act") is
then blamed on that actor; and "the other side" in a party's own words is the opposing party.
Sentences written for these tests about varied events, read through ``reactlib.parse``.
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
    return any(g[0] == holder and g[1] == type_ and g[2] == target for g in got)


# -- the lead's charge names who staged the event ----------------------------------------------------

LEAD_CHARGE = [
    ("Vietnam accused China on Monday of ramming a Vietnamese fishing boat near the Paracel Islands.\n\n"
     "Cambodia condemned the attack as reckless.",
     ("Cambodia", "condemn", "China")),
    ("Lithuania accused Belarus of firing flares at a border patrol on Friday.\n\n"
     "Latvia described the incident as a dangerous provocation.",
     ("Latvia", "condemn", "Belarus")),
    ("Greece has accused Turkey of storming a disputed islet with special forces.\n\n"
     "\"This is an illegal act,\" Greek government spokesman Pavlos Marinakis told reporters.",
     ("Pavlos Marinakis", "condemn", "Turkey")),
    ("South Korea blamed North Korea for the bombing of a liaison office on Tuesday.\n\n"
     "Japan condemned the bombing as a cowardly act.",
     ("Japan", "condemn", "North Korea")),
]


@pytest.mark.parametrize(("text", "expected"), LEAD_CHARGE)
def test_the_lead_charge_names_who_staged_the_event(text, expected):
    got = _named(text)
    assert _has(got, *expected), got


def test_a_charge_of_failing_names_no_one_who_staged_an_event():
    # "accused X of failing to ...": an omission, not an act; the attack stays unattributed
    got = _named("Mali accused France of failing to protect the convoy.\n\n"
                 "Senegal condemned the attack as barbaric.")
    assert not any(g[0] == "Senegal" and g[2] == "France" for g in got), got


def test_a_later_charge_does_not_replace_the_lead():
    # only the opening paragraph tells who did it; a charge deep in the article is one view
    text = ("Armed men stormed a village in central Nigeria on Sunday, killing 30 people.\n\n"
            "Ghana condemned the attack as barbaric.\n\n"
            "Some analysts noted that Chad had been accused in the past of supporting militias in the region, "
            "and Niger accused Chad of shelling a market last year.")
    got = _named(text)
    assert not any(g[0] == "Ghana" and g[2] == "Chad" for g in got), got


# -- groups that claim an attack, states that detain -------------------------------------------------

CLAIMED = [
    ("A gang calling itself the Black Wolves kidnapped 12 students in Ecuador on Monday. The Black Wolves gang "
     "claimed the kidnapping in a video.\n\nPeru condemned what it called \"a barbaric act\".",
     ("Peru", "condemn", "Black Wolves gang")),
    ("Bolivia said a French aid worker had been detained in Venezuela on spying charges.\n\n"
     "France condemned the arrest as \"an act of intimidation\".",
     ("France", "condemn", "Venezuela")),
    ("A Dutch reporter was arrested in Belarus on Sunday, her newspaper said.\n\n"
     "The Committee to Protect Journalists condemned the arrest as outrageous.",
     ("Committee to Protect Journalists", "condemn", "Belarus")),
]


@pytest.mark.parametrize(("text", "expected"), CLAIMED)
def test_the_one_who_claimed_or_detained_is_blamed(text, expected):
    got = _named(text)
    assert _has(got, *expected), got


def test_a_detention_in_a_country_by_someone_else_names_the_agent():
    got = _named("A Swiss engineer was detained in Yemen by Houthi rebels on Sunday.\n\n"
                 "Switzerland condemned the detention as unacceptable.")
    assert not any(g[0] == "Switzerland" and g[2] == "Yemen" for g in got), got


# -- "the other side" in a party's words -------------------------------------------------------------

OTHER_SIDE = [
    ("Armenia and Azerbaijan signed a truce on Friday, ending weeks of fighting between Armenia and "
     "Azerbaijan.\n\nArmenian Prime Minister Nikol Pashinyan warned that Armenia would respond to \"any "
     "provocation by the other side\".",
     ("Nikol Pashinyan", "threaten", "Azerbaijan")),
    ("The talks between Ethiopia and Eritrea collapsed on Monday.\n\nEritrea said the other side had "
     "violated the agreement and warned that it would respond to any attack.",
     ("Eritrea", "threaten", "Ethiopia")),
    ("Fighting between Thailand and Cambodia resumed on Tuesday.\n\n\"We will retaliate against any attack "
     "by the other side,\" Thai army chief Pana Claewplodtook said.",
     ("Pana Claewplodtook", "threaten", "Cambodia")),
    ("Clashes between India and Pakistan flared along the border.\n\nPakistan warned it would respond to any "
     "violation by the other side.",
     ("Pakistan", "threaten", "India")),
]


@pytest.mark.parametrize(("text", "expected"), OTHER_SIDE)
def test_the_other_side_is_the_opposing_party(text, expected):
    got = _named(text)
    assert _has(got, *expected), got


def test_the_other_side_from_a_third_party_names_no_one():
    # a mediator has no side: "the other side" in its words is not resolved
    got = _named("Fighting between Thailand and Cambodia resumed on Tuesday.\n\nMalaysia warned that it "
                 "would respond to any attack by the other side.")
    assert not any(g[0] == "Malaysia" and g[2] in ("Thailand", "Cambodia") for g in got), got


# -- a negating word inside an actor's name negates nothing ------------------------------------------

NAMED_NEGATION = [
    ("Reporters Without Borders condemned the arrest of a Turkish journalist in Istanbul.",
     "Reporters Without Borders", "condemn"),
    ("Doctors Without Borders on Monday urged Israel to allow fuel into Gaza.", "Doctors Without Borders", "appeal"),
    ("Reporters Without Borders praised Norway for its new press law.", "Reporters Without Borders", "praise"),
    ("Médecins Sans Frontières and Doctors Without Borders condemned the shelling of the clinic.",
     "Doctors Without Borders", "condemn"),
]


@pytest.mark.parametrize(("text", "holder", "type_"), NAMED_NEGATION)
def test_a_negator_in_a_name_negates_nothing(text, holder, type_):
    got = _named(text)
    assert any(g[0] == holder and g[1] == type_ for g in got), got


def test_a_real_negation_after_such_a_name_still_cancels():
    got = _named("Reporters Without Borders did not condemn the court's ruling against Hungary.")
    assert not any(g[1] == "condemn" for g in got), got


# -- a rejection answers a charge made before it ------------------------------------------------------

LATER_CHARGE = [
    ("Belarus accused an opposition activist, Ivan Petrov, of plotting a coup.\n\n\"These accusations are absurd,\" "
     "Lithuanian Foreign Minister Kestutis Budrys said.\n\nAmnesty International condemned Belarus for the arrest.",
     ("Kestutis Budrys", "reject", "Belarus"), "Amnesty International"),
    ("Nicaragua accused a Catholic bishop, Rolando Alvarez, of treason on Monday.\n\n\"These charges are "
     "baseless,\" Vatican spokesman Matteo Bruni said.\n\nHuman Rights Watch criticised Nicaragua for the trial.",
     ("Matteo Bruni", "reject", "Nicaragua"), "Human Rights Watch"),
    ("Tunisia accused the opposition leader Rached Ghannouchi of plotting against the state.\n\n\"These "
     "claims are false,\" the Ennahda party said in a statement.\n\nThe EU criticised Tunisia for the verdict.",
     ("Ennahda", "reject", "Tunisia"), "European Union"),
]


@pytest.mark.parametrize(("text", "expected", "later"), LATER_CHARGE)
def test_a_rejection_never_answers_a_later_charge(text, expected, later):
    got = _named(text)
    assert not any(g[1] == "reject" and g[2] == later for g in got), got


def test_a_rejection_answers_the_earlier_charge():
    text, expected, _ = LATER_CHARGE[0]
    got = _named(text)
    assert _has(got, *expected), got


# -- "they" after a list of actors is all of them ------------------------------------------------------

PLURAL = [
    ("Japan, South Korea and Australia said they were deeply concerned about the launch.",
     ["Japan", "South Korea", "Australia"], "concern"),
    ("Kenya and Uganda said on Monday that they would send troops to support Somalia.",
     ["Kenya", "Uganda"], "support"),
    ("Norway, Sweden and Denmark said that they condemned the attack on the pipeline.",
     ["Norway", "Sweden", "Denmark"], "condemn"),
    ("Chile and Peru announced that they would recall their ambassadors from Nicaragua.",
     ["Chile", "Peru"], "criticize"),
]


@pytest.mark.parametrize(("text", "holders", "type_"), PLURAL)
def test_they_after_a_list_is_each_member(text, holders, type_):
    got = _named(text)
    for h in holders:
        assert any(g[0] == h and g[1] == type_ for g in got), (h, got)


def test_they_after_a_joint_statement_is_the_group():
    got = _named("Italy, Spain and Portugal said in a joint statement that they deeply regret Morocco's decision.")
    assert any(g[1] == "concern" and "," in g[0] for g in got), got


def test_they_across_sentences_is_not_the_list():
    # the list is the subject of another sentence: "they" there are the protesters
    got = _named("Ghana and Togo closed the border on Monday. Protesters gathered in Lome, and they condemned the "
                 "closure.")
    assert not any(g[0] in ("Ghana", "Togo") and g[1] == "condemn" for g in got), got


# -- putting forces on alert is a show of force -------------------------------------------------------

ALERT = [
    ("Armenian Prime Minister Nikol Pashinyan said he had put the army on the highest level of alert.", "Nikol Pashinyan"),
    ("Pakistan placed its air force on high alert after the strikes.", "Pakistan"),
    ("Taiwan has put its troops on full combat alert as Chinese warships gathered.", "Taiwan"),
    ("Venezuela is putting its armed forces on maximum alert along the border, President Nicolas Maduro said.",
     "Nicolas Maduro"),
]


@pytest.mark.parametrize(("text", "holder"), ALERT)
def test_forces_put_on_alert_threaten(text, holder):
    got = _named(text)
    assert any(g[0] == holder and g[1] == "threaten" for g in got), got


def test_an_alert_without_forces_is_no_threat():
    got = _named("Hospitals in Morocco were placed on high alert. Spain put its embassy staff on alert.")
    assert not any(g[1] == "threaten" for g in got), got


# -- a court's ruling belongs to the court ------------------------------------------------------------

RULINGS = [
    ("Kenya's Supreme Court annulled the presidential election on Friday.\n\nPresident Uhuru Kenyatta said he "
     "disagreed with the ruling but would respect it.", ("Uhuru Kenyatta", "criticize", "Supreme Court")),
    ("The International Court of Justice ordered Myanmar to prevent genocide.\n\nMyanmar rejected the ruling.",
     ("Myanmar", "reject", "International Court of Justice")),
    ("Malawi's Constitutional Court ordered a rerun of the vote.\n\nThe ruling party strongly disagreed with the "
     "judgment, its spokesman Nicholas Dausi said.", ("Nicholas Dausi", "criticize", "Constitutional Court")),
    ("Brazil's Supreme Federal Court barred Jair Bolsonaro from office.\n\nBolsonaro rejected the verdict as "
     "political persecution.", ("Jair Bolsonaro", "reject", "Supreme Federal Court")),
]


@pytest.mark.parametrize(("text", "expected"), RULINGS)
def test_criticism_of_a_ruling_targets_the_court(text, expected):
    got = _named(text)
    holder, type_, court = expected
    assert any(g[0] == holder and g[1] == type_ and g[2] and court in g[2] for g in got), got


def test_a_ruling_with_two_courts_in_the_article_names_neither():
    got = _named("The High Court and the Supreme Court of Uganda both heard the case.\n\nRobert Kyagulanyi rejected "
                 "the ruling.")
    assert not any(g[1] == "reject" and g[2] and "Court" in g[2] for g in got), got


def test_disagreeing_with_a_government_criticises_it():
    got = _named("Poland said it strongly disagreed with Germany over the new migration rules.")
    assert _has(got, "Poland", "criticize", "Germany"), got


# -- a charge in the speaker's own words, the accused opening the clause -----------------------------

QUOTE_CHARGES = [
    ("\"Moscow has chosen the path of escalation,\" Polish Foreign Minister Radoslaw Sikorski told reporters.",
     ("Radoslaw Sikorski", "accuse", "Russia")),
    ("\"Kyiv, backed by its Western sponsors, is dragging Europe towards a wider war,\" Kremlin spokesman "
     "Dmitry Peskov said.", ("Dmitry Peskov", "accuse", "Ukraine")),
    ("\"The Venezuelan side has not kept a single one of its promises,\" Guyanese President Irfaan Ali said "
     "on Tuesday.", ("Irfaan Ali", "accuse", "Venezuela")),
    ("\"Rwanda violated our airspace twice this week,\" Congolese government spokesman Patrick Muyaya said.",
     ("Patrick Muyaya", "accuse", "Rwanda")),
]


@pytest.mark.parametrize(("text", "expected"), QUOTE_CHARGES)
def test_a_charge_in_the_speakers_words(text, expected):
    got = _named(text)
    assert _has(got, *expected), got


QUOTE_NO_CHARGE = [
    # a denial, a sufferer, the speaker's own side, an object rather than the subject
    "\"Rwanda has not violated anyone's airspace,\" Rwandan government spokeswoman Yolande Makolo said.",
    "\"Ukraine has been the victim of aggression for ten years,\" Polish President Andrzej Duda said.",
    "\"Poland will never be dragged into a war,\" Polish President Andrzej Duda said.",
    "\"We told Kenya that the escalation must stop,\" Somali President Hassan Sheikh Mohamud said.",
]


@pytest.mark.parametrize("text", QUOTE_NO_CHARGE)
def test_no_charge_without_an_accusing_clause(text):
    got = _named(text)
    assert not any(g[1] == "accuse" for g in got), got


# -- "This was an operation of X": the act named, then its author --------------------------------------

AUTHORED = [
    ("\"This is state terrorism by Azerbaijan,\" Armenian Foreign Ministry spokeswoman Ani Badalyan said.",
     ("Ani Badalyan", "accuse", "Azerbaijan")),
    ("\"It was a carefully planned operation of Iran,\" Israeli Foreign Minister Gideon Saar told reporters.",
     ("Gideon Saar", "accuse", "Iran")),
    ("\"This was an act of aggression by Ethiopia,\" Eritrean Information Minister Yemane Gebremeskel said.",
     ("Yemane Gebremeskel", "accuse", "Ethiopia")),
    ("\"That was a cyber attack by North Korea, nothing else,\" Japanese Defence Minister Minoru Kihara said.",
     ("Minoru Kihara", "accuse", "North Korea")),
    ("\"This was a deliberate campaign of Belarus to destabilise the border,\" Lithuanian Interior Minister "
     "Agne Bilotaite said.", ("Agne Bilotaite", "accuse", "Belarus")),
]


@pytest.mark.parametrize(("text", "expected"), AUTHORED)
def test_an_act_named_with_its_author(text, expected):
    got = _named(text)
    assert _has(got, *expected), got


AUTHORED_NOT = [
    "\"This was a meeting of Russia and China,\" Kazakh Foreign Minister Murat Nurtleu said.",
    "\"This is an attack on Armenia,\" Armenian Prime Minister Nikol Pashinyan said.",
    "\"This was a victory of Georgia,\" Georgian Prime Minister Irakli Kobakhidze said.",
    "\"This was an operation of the Armenian army,\" Armenian Defence Minister Suren Papikyan said.",
]


@pytest.mark.parametrize("text", AUTHORED_NOT)
def test_no_author_charged(text):
    got = _named(text)
    assert not any(g[1] == "accuse" for g in got), got


# -- "called the decision a grave mistake": the news-maker is criticised -------------------------------

DECISIONS = [
    ("Turkey said on Monday it would leave the Istanbul Convention.\n\nSweden called the decision \"a grave "
     "mistake\".", ("Sweden", "criticize", "Turkey")),
    ("Mali announced its withdrawal from ECOWAS on Sunday.\n\nNigeria called the move a serious error.",
     ("Nigeria", "criticize", "Mali")),
    ("Hungary has decided to block the EU aid package for Ukraine.\n\nPoland described the decision as a historic "
     "blunder.", ("Poland", "criticize", "Hungary")),
    ("Niger expelled the French ambassador on Friday.\n\nFrance called the move a mistake that would hurt "
     "both countries.", ("France", "criticize", "Niger")),
]


@pytest.mark.parametrize(("text", "expected"), DECISIONS)
def test_calling_the_decision_a_mistake_criticises_its_maker(text, expected):
    got = _named(text)
    assert _has(got, *expected), got


def test_calling_ones_own_decision_a_mistake_criticises_no_one():
    got = _named("Germany closed its last nuclear plants in April.\n\nGermany later called the decision a mistake.")
    assert not any(g[1] == "criticize" for g in got), got


# -- "X will face consequences": a threat to X ----------------------------------------------------------

CONSEQUENCES = [
    ("\"If Serbia sends troops across the line, it will face consequences it cannot imagine,\" a senior NATO "
     "official, Mark Rutte, said.", ("Mark Rutte", "threaten", "Serbia")),
    ("\"Venezuela will face severe consequences if it annexes the Essequibo,\" Guyanese President Irfaan Ali said.",
     ("Irfaan Ali", "threaten", "Venezuela")),
    ("Lithuanian President Gitanas Nauseda warned that Belarus would face serious repercussions for the balloon "
     "incursions.", ("Gitanas Nauseda", "threaten", "Belarus")),
    ("\"North Korea will face the consequences of its reckless choices,\" Japanese Prime Minister Shigeru Ishiba "
     "said.", ("Shigeru Ishiba", "threaten", "North Korea")),
]


@pytest.mark.parametrize(("text", "expected"), CONSEQUENCES)
def test_will_face_consequences_threatens_the_subject(text, expected):
    got = _named(text)
    assert _has(got, *expected), got


def test_facing_consequences_oneself_threatens_no_one():
    got = _named("Iran said on Monday it would face consequences if the talks failed.")
    assert not any(g[1] == "threaten" for g in got), got


def test_we_will_face_consequences_threatens_no_one():
    got = _named("\"We will face the consequences of this drought for years,\" Kenyan President William Ruto said.")
    assert not any(g[1] == "threaten" for g in got), got


# -- a rejection answers a charge made in a quote just before -------------------------------------------

QUOTED_CHARGE_REJECTED = [
    ("\"This was a special operation of Belarus,\" Lithuanian President Gitanas Nauseda said.\n\nBelarus rejected "
     "the accusation.", ("Belarus", "reject", "Gitanas Nauseda")),
    ("\"Rwanda violated our airspace twice this week,\" Congolese spokesman Patrick Muyaya said.\n\nRwanda "
     "dismissed the allegations.", ("Rwanda", "reject", "Patrick Muyaya")),
    ("\"Moscow has chosen the path of escalation,\" Polish Foreign Minister Radoslaw Sikorski said.\n\nRussia "
     "rejected the accusation as baseless.", ("Russia", "reject", "Radoslaw Sikorski")),
    ("\"It was an attack by Azerbaijan,\" Armenian spokeswoman Ani Badalyan said.\n\nAzerbaijan denied the "
     "claims.", ("Azerbaijan", "reject", "Ani Badalyan")),
]


@pytest.mark.parametrize(("text", "expected"), QUOTED_CHARGE_REJECTED)
def test_a_rejection_answers_a_quoted_charge(text, expected):
    got = _named(text)
    assert _has(got, *expected), got


def test_a_rejection_answers_the_state_whose_official_repeated_its_charge():
    got = _named("Eritrea accused Ethiopia of preparing an invasion.\n\n\"The regime in Addis Ababa has chosen the "
                 "path of aggression,\" Eritrean Information Minister Yemane Gebremeskel said.\n\nEthiopia rejected "
                 "the charge.")
    assert _has(got, "Ethiopia", "reject", "Eritrea"), got


def test_a_summons_by_the_state_leaves_the_charge_to_its_official():
    got = _named("Turkey summoned Greece's ambassador on Monday.\n\nTurkish Foreign Ministry spokesman Oncu Keceli "
                 "called the Greek naval drills \"an act of provocation\".\n\nGreek Prime Minister Kyriakos Mitsotakis rejected "
                 "the accusation.")
    assert _has(got, "Kyriakos Mitsotakis", "reject", "Oncu Keceli"), got


# -- "urged it to …": the actor the pronoun stands for ---------------------------------------------------

URGED_IT = [
    ("Germany criticised Hungary's veto and urged it to reconsider.", ("Germany", "appeal", "Hungary")),
    ("The UN welcomed Sudan's decision and urged it to open more crossings.", ("United Nations", "appeal", "Sudan")),
    ("Canada condemned Iran's crackdown on Sunday and called on it to release the protesters.",
     ("Canada", "appeal", "Iran")),
    ("Japan said it regretted China's move and urged it to lift the ban on seafood imports.",
     ("Japan", "appeal", "China")),
]


@pytest.mark.parametrize(("text", "expected"), URGED_IT)
def test_urged_it_to_targets_the_pronouns_actor(text, expected):
    got = _named(text)
    assert _has(got, *expected), got


def test_urged_it_never_targets_the_holder():
    got = _named("The European Commission reviewed the plan and urged it to be adopted quickly.")
    assert not any(g[1] == "appeal" and g[0] == g[2] for g in got), got


# -- sending an envoy is mediation -----------------------------------------------------------------------

ENVOYS = [
    ("The African Union has sent a special envoy to both capitals.", "African Union"),
    ("Qatar dispatched a senior mediator to Kinshasa and Kigali on Sunday.", "Qatar"),
    ("UN Secretary-General Antonio Guterres appointed a personal envoy for the talks.", "Antonio Guterres"),
    ("Turkey will send two envoys to Khartoum next week to help end the fighting.", "Turkey"),
]


@pytest.mark.parametrize(("text", "holder"), ENVOYS)
def test_sending_an_envoy_is_mediation(text, holder):
    got = _named(text)
    assert any(g[0] == holder and g[1] == "mediate" for g in got), got


def test_an_envoy_who_is_sent_back_is_no_mediation():
    got = _named("Niger sent the French envoy back to Paris.")
    assert not any(g[1] == "mediate" for g in got), got


# -- "will do whatever is necessary to prevent X from …": a threat to X --------------------------------

WHATEVER = [
    ("Japan will take all necessary measures to stop North Korea from launching more missiles, Prime Minister "
     "Shigeru Ishiba said.", ("Shigeru Ishiba", "threaten", "North Korea")),
    ("Indian Defence Minister Rajnath Singh said India would do whatever is necessary to deter Pakistan.",
     ("Rajnath Singh", "threaten", "Pakistan")),
    ("Greece will take all necessary steps to prevent Turkey from drilling in its waters.",
     ("Greece", "threaten", "Turkey")),
    ("Estonian Prime Minister Kristen Michal said Estonia would do \"whatever is necessary\" to prevent Russia "
     "from using its shadow fleet.", ("Kristen Michal", "threaten", "Russia")),
]


@pytest.mark.parametrize(("text", "expected"), WHATEVER)
def test_whatever_is_necessary_to_prevent_x_threatens_x(text, expected):
    got = _named(text)
    assert _has(got, *expected), got


def test_whatever_is_necessary_against_a_thing_threatens_no_one():
    got = _named("The government of Argentina will do whatever is necessary to stop inflation.")
    assert not any(g[1] == "threaten" for g in got), got
