"""Stances round 10: mechanisms, not phrasings.

The error breakdown (``benchmarks/stance_errors.py``) of the development sets and of the
sentences below sorts stance errors into classes; this round fixes the classes at the level
of the mechanism that makes them, the same for every cue:

- holder: a subject that is no actor ("a charge the neighbouring country denied", "the EU
  statement criticising China") stops the holder search instead of letting it reach an actor
  further left;
- spurious cues: a cue that is the content of a denial or charge ("denied backing the rebels")
  is no stance of its own; a passive "be met with", "be discussed with" is no consultation;
- target: the news-maker of the lead ("Poland expelled ...", "Argentina closed its border")
  is the target of a reaction to "the move", "the decision", "the expulsions"; an actor after
  "of" behind an event noun ("the killing of a Venezuelan soldier") is its victim, not its
  author.

The sentences are written for these tests (wire-copy style, other countries, people and events
than any evaluation article) and read through ``reactlib.parse``. Types are compared by PLOVER
class, as the scorer does.
"""

from __future__ import annotations

import pytest

import reactlib

D = "date 2025-08-14\n\n"
CLASS = {"support": "S", "praise": "S", "welcome": "S", "accuse": "A", "criticize": "A", "condemn": "A",
         "appeal": "R", "demand": "R", "reject": "J", "threaten": "T", "consult": "C", "mediate": "M",
         "concern": "N"}


def _named(text: str) -> list[tuple[str, str, str | None]]:
    art = reactlib.parse(D + text)
    name = {a.id: a.name for a in art.actors}
    return [(name[s.holder], CLASS[s.type], name.get(s.target)) for s in art.stances]


def _has(got, holder, type_, target=None) -> bool:
    return (holder, CLASS[type_], target) in got


# -- well-read patterns, in new words (guards for the mechanisms changed below) -------------------

KEPT = [
    ("Mongolia on Tuesday condemned the shelling of a border post by Chinese troops.",
     ("Mongolia", "condemn", "China")),
    ("Kazakhstan's foreign ministry urged Uzbekistan to reopen the border crossing.",
     ("Kazakhstan", "appeal", "Uzbekistan")),
    ("\"We stand shoulder to shoulder with the people of Moldova,\" Romanian President Klaus Iohannis said.",
     ("Klaus Iohannis", "support", "Moldova")),
    ("Indonesia called on both Thailand and Cambodia to exercise restraint.",
     ("Indonesia", "appeal", "Cambodia")),
    ("Ghana's president John Mahama held talks with his Togolese counterpart Faure Gnassingbe in Accra.",
     ("John Mahama", "consult", "Faure Gnassingbe")),
    ("Bolivia rejected the accusations made by Argentina, calling them baseless.",
     ("Bolivia", "reject", "Argentina")),
    ("Brazil welcomed the release of the hostages and thanked Colombia for its help.",
     ("Brazil", "praise", "Colombia")),
    ("Pakistan lodged a strong protest with India over the shooting.",
     ("Pakistan", "criticize", "India")),
    ("Peruvian President Dina Boluarte spoke with Chilean President Gabriel Boric on Saturday.",
     ("Dina Boluarte", "consult", "Gabriel Boric")),
    ("Algeria recalled its ambassador to Madrid after Spain backed Morocco's autonomy plan.",
     ("Algeria", "criticize", "Spain")),
    ("Algeria recalled its ambassador to Madrid after Spain backed Morocco's autonomy plan.",
     ("Spain", "support", "Morocco")),
    ("Nigeria's President Bola Tinubu threatened to use force against the junta in Niger unless it "
     "released the president.", ("Bola Tinubu", "threaten", "Niger")),
    ("Saudi Arabia said it \"categorically rejects\" Israel's plan to annex the West Bank.",
     ("Saudi Arabia", "reject", "Israel")),
    ("Morocco accused Algeria of arming the Polisario Front, a charge Algiers denied.",
     ("Algeria", "reject", "Morocco")),
    ("Russia warned Finland that joining NATO would have serious consequences.",
     ("Russia", "threaten", "Finland")),
    ("Mexico broke off diplomatic relations with Ecuador on Friday.",
     ("Mexico", "criticize", "Ecuador")),
    ("Iran's supreme leader Ayatollah Ali Khamenei vowed revenge against Israel for the killing.",
     ("Ali Khamenei", "threaten", "Israel")),
    ("Bangladesh on Friday asked India to extradite the former prime minister.",
     ("Bangladesh", "appeal", "India")),
    ("Senegal condemned the arrest of a Malian journalist by Guinean police.",
     ("Senegal", "condemn", "Guinea")),
    ("The European Union imposed new sanctions on Belarus on Monday. The bloc also called for the "
     "release of all political prisoners.", ("European Union", "criticize", "Belarus")),
]


@pytest.mark.parametrize(("text", "expected"), KEPT)
def test_patterns_in_new_words_stay_read(text, expected):
    got = _named(text)
    assert _has(got, *expected), got


# -- holder: a subject that is no actor stops the search ------------------------------------------

def test_a_non_actor_subject_of_a_denial_is_not_replaced_by_the_accuser():
    # "a charge the neighbouring country denied": the denier is the neighbouring country, not Peru
    got = _named("Peru accused Bolivia of harbouring the fugitive, a charge the neighbouring country denied.")
    assert _has(got, "Peru", "accuse", "Bolivia"), got
    assert not any(g[0] == "Peru" and g[1] == CLASS["reject"] for g in got), got


def test_a_gulf_state_denying_is_not_the_accuser():
    got = _named("Sudan's army-led government accused the United Arab Emirates of supplying weapons to the "
                 "rebels, an allegation the Gulf state has repeatedly denied.")
    assert _has(got, "Sudan", "accuse", "United Arab Emirates"), got
    assert not any(g[0] == "Sudan" and g[1] == CLASS["reject"] for g in got), got


@pytest.mark.parametrize("text", [
    "Hungary blocked a European Union statement criticising China.",
    "Slovakia vetoed a draft declaration condemning Russia.",
    "Austria objected to the wording of a resolution praising Kosovo.",
])
def test_a_participle_after_a_noun_belongs_to_that_noun_not_to_the_sentence_subject(text):
    got = _named(text)
    first = got and [g for g in got if g[1] in (CLASS["criticize"], CLASS["support"])]
    subject = text.split()[0]
    assert not any(g[0] == subject for g in first), got


@pytest.mark.parametrize(("text", "expected"), [
    # the participle after a comma or after a reporting noun keeps the subject
    ("Mali issued a statement condemning the attack on the convoy, blaming Burkina Faso for it.",
     ("Mali", "accuse", "Burkina Faso")),
    ("Greece and Cyprus issued a joint statement criticising Turkey.", ("Cyprus", "criticize", "Turkey")),
])
def test_a_participle_of_the_subject_still_reads(text, expected):
    got = _named(text)
    assert _has(got, *expected), got


# -- spurious cues: a cue inside what is denied or charged ----------------------------------------

@pytest.mark.parametrize(("text", "absent"), [
    ("Rwanda denied backing the M23 rebels.", ("Rwanda", "support", "M23")),
    ("Burundi denied supporting the FNL rebels, calling the claim a fabrication.", ("Burundi", "support", None)),
    ("Belarus rejected accusations of helping Russia evade sanctions.", ("Belarus", "support", "Russia")),
    ("Iran has denied arming the Houthis.", ("Iran", "support", "Houthis")),
])
def test_a_cue_inside_a_denial_is_no_stance(text, absent):
    got = _named(text)
    assert not any(g[0] == absent[0] and g[1] == CLASS[absent[1]] for g in got), got


def test_an_accused_act_of_support_is_no_stance_of_the_accused():
    got = _named("Eritrea accused Egypt of backing Tigrayan rebels.")
    assert _has(got, "Eritrea", "accuse", "Egypt"), got
    assert not any(g[0] == "Egypt" for g in got), got


@pytest.mark.parametrize("text", [
    "Tanzania's president warned that any attack on its territory would be met with force.",
    "Any incursion will be met with a firm response, Kenya's defence minister said.",
    "The request was met with silence in Vienna, Austria said.",
])
def test_a_passive_met_with_is_no_consultation(text):
    got = _named(text)
    assert not any(g[1] == CLASS["consult"] for g in got), got


# -- target: the news-maker of the lead is the target of a reaction to "the move" ------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Argentina closed its border with Chile on Monday.\n\nUruguay criticised the decision and urged "
     "Buenos Aires to reverse it.", ("Uruguay", "criticize", "Argentina")),
    ("Poland expelled three Russian diplomats on Friday.\n\nMoscow denounced the move as hostile.",
     ("Russia", "condemn", "Poland")),
    ("Latvia suspended all rail traffic to Belarus on Wednesday.\n\nMinsk condemned the measure as "
     "discriminatory.", ("Belarus", "condemn", "Latvia")),
    ("Nicaragua banned the Catholic charity on Tuesday.\n\nCosta Rica denounced the ban.",
     ("Costa Rica", "condemn", "Nicaragua")),
    ("Lithuania expelled two Belarusian diplomats on Tuesday.\n\nBelarus criticised the expulsions "
     "and vowed to respond.", ("Belarus", "criticize", "Lithuania")),
])
def test_a_reaction_to_the_move_targets_the_news_maker(text, expected):
    got = _named(text)
    assert _has(got, *expected), got


def test_the_news_maker_is_not_its_own_critic():
    got = _named("Estonia expelled a Russian diplomat on Monday.\n\nEstonia said the decision was necessary "
                 "and criticised the move by Latvia to delay its own.")
    assert not any(g[0] == "Estonia" and g[2] == "Estonia" for g in got), got


def test_a_reaction_to_the_move_with_no_news_maker_keeps_no_target():
    got = _named("Floods hit the capital on Monday.\n\nFiji criticised the decision to close schools.")
    assert ("Fiji", CLASS["criticize"], None) in got or not got, got


# -- target: the victim after "of" behind an event noun is no author --------------------------------

@pytest.mark.parametrize(("text", "wrong"), [
    ("Chile condemned the killing of a former Venezuelan soldier in Santiago.", "Venezuela"),
    ("Ireland condemned the detention of a Nigerian aid worker.", "Nigeria"),
    ("Kenya deplored the abduction of a Ugandan opposition figure in Nairobi.", "Uganda"),
])
def test_the_victim_of_an_event_is_not_the_target(text, wrong):
    got = _named(text)
    assert not any(g[2] == wrong for g in got), got


def test_the_author_of_an_event_stays_the_target():
    got = _named("Ireland condemned the detention of an aid worker by Nigerian soldiers.")
    assert _has(got, "Ireland", "condemn", "Nigeria"), got


# -- a reporting verb's complement starts after a short adjunct, for every verdict -----------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Finland's Prime Minister Petteri Orpo said on Monday that the attack was \"completely unacceptable\".",
     ("Petteri Orpo", "condemn", None)),
    ("Croatia said in a statement late on Friday that the shelling was barbaric.", ("Croatia", "condemn", None)),
    ("Chile said that the raid was totally unacceptable.", ("Chile", "condemn", None)),
])
def test_a_verdict_after_an_adjunct_is_read(text, expected):
    got = _named(text)
    assert _has(got, *expected), got


def test_an_adjunct_with_a_verb_is_no_complement_opener():
    # "said on Monday it would meet ..." : no "that" clause with a verdict, nothing to read
    got = _named("Chile said on Monday it would send a delegation that was ready to talk.")
    assert not any(g[1] == CLASS["condemn"] for g in got), got


# -- "called X" with a person or a state for its object and no naming after it: a phone call -------

@pytest.mark.parametrize(("text", "expected"), [
    ("Greek Prime Minister Kyriakos Mitsotakis called Turkish President Recep Tayyip Erdogan to offer his "
     "condolences.", ("Kyriakos Mitsotakis", "consult", "Recep Tayyip Erdogan")),
    ("Chilean President Gabriel Boric called Argentine President Javier Milei on Sunday and discussed the "
     "fires.", ("Gabriel Boric", "consult", "Javier Milei")),
])
def test_calling_an_actor_is_a_phone_call(text, expected):
    got = _named(text)
    assert _has(got, *expected), got


@pytest.mark.parametrize("text", [
    "Chilean President Gabriel Boric called Argentine President Javier Milei a dangerous populist.",
    "Chilean President Gabriel Boric called Argentine President Javier Milei's remarks offensive.",
    "Chilean President Gabriel Boric called on Argentine President Javier Milei to apologise.",
])
def test_a_naming_or_an_appeal_is_no_phone_call(text):
    got = _named(text)
    assert not any(g[1] == CLASS["consult"] for g in got), got


# -- holder: the owner inside the object of a first verb is no subject of a verb joined to it --------

@pytest.mark.parametrize(("text", "expected", "wrong"), [
    ("Peru said it respected Chile's sovereign decision but urged both countries to resolve the issue "
     "through dialogue.", ("Peru", "appeal", None), "Chile"),
    ("Ghana followed Togo's peaceful transition and urged Benin to hold elections.", ("Ghana", "appeal", "Benin"),
     "Togo"),
    ("Japan studied Korea's new export rules but called for more transparency.", ("Japan", "appeal", None),
     "South Korea"),
])
def test_an_owner_inside_an_object_is_no_subject(text, expected, wrong):
    got = _named(text)
    assert _has(got, *expected), got
    assert not any(g[0] == wrong for g in got), got


def test_a_possessive_subject_still_holds():
    got = _named("Kazakhstan's foreign ministry urged Uzbekistan to reopen the border and called for talks.")
    assert _has(got, "Kazakhstan", "appeal", "Uzbekistan"), got
    assert _has(got, "Kazakhstan", "appeal", None), got


# -- holder: an event or a measure as subject holds no stance; its author is named in it -------------

@pytest.mark.parametrize("text", [
    "The United Nations said the attack threatened global food security.",
    "Canada said the blockade threatened the livelihoods of thousands of fishermen.",
])
def test_an_event_subject_is_no_holder(text):
    got = _named(text)
    assert not any(g[1] == CLASS["threaten"] for g in got), got


def test_an_actor_inside_a_document_subject_is_its_author():
    got = _named("A UN report accused Myanmar of genocide.")
    assert _has(got, "United Nations", "accuse", "Myanmar"), got


# -- target: the state modifying the forces that acted is who staged the event ----------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("A Russian missile struck the Ukrainian port of Izmail on Wednesday.\n\nRomania condemned the strike. "
     "Moscow said it had hit a military target.",
     ("Romania", "condemn", "Russia")),
    # a coast guard is an organisation of its country since actors round 7 (the golds' convention); the
    # scorer counts an organisation of China as China for a country target
    ("Chinese coast guard vessels rammed a Vietnamese fishing boat on Monday.\n\nIndonesia condemned the attack.",
     ("Indonesia", "condemn", "China Coast Guard")),
])
def test_the_state_of_the_acting_forces_staged_the_event(text, expected):
    got = _named(text)
    assert _has(got, *expected), got


# -- target: an object pronoun stands for the nearest fitting actor, for every cue -------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Kenya arrested two Ugandan officials on Friday. Nairobi accused them of spying.", ("Kenya", "accuse", "Uganda")),
    ("Ecuador's foreign minister met Peru's ambassador on Monday. She urged him to convey Quito's concerns.",
     ("Ecuadorian foreign minister", "appeal", "Peruvian ambassador")),
    ("Austria's chancellor received Slovenia's prime minister Robert Golob. He thanked him for his help.",
     ("Austrian chancellor", "praise", "Robert Golob")),
])
def test_an_object_pronoun_is_resolved(text, expected):
    got = _named(text)
    assert _has(got, *expected), got


def test_an_object_pronoun_does_not_stand_for_the_holder():
    got = _named("Vietnam said it would not be intimidated. Hanoi urged them to leave the area.")
    assert not any(g[0] == g[2] for g in got), got


# -- target: a state body named by its function is the state the article is about --------------------

@pytest.mark.parametrize(("text", "expected"), [
    # the police acting is Kenya's own body since actors round 11 (actors/police.py); scored as Kenya
    ("Kenya's police fired tear gas at protesters in Nairobi on Tuesday.\n\nAmnesty International accused "
     "the police of using excessive force.", ("Amnesty International", "accuse", "Kenya's police")),
    ("Togo postponed the election on Monday.\n\nThe United States urged the authorities to set a new date.",
     ("United States", "appeal", "Togo")),
    ("Zimbabwe arrested 40 opposition activists on Sunday.\n\nHuman Rights Watch demanded that the "
     "authorities release them.", ("Human Rights Watch", "demand", "Zimbabwe")),
])
def test_a_state_body_named_by_function_is_the_host_state(text, expected):
    got = _named(text)
    assert _has(got, *expected), got


def test_the_holders_own_state_body_is_no_target():
    got = _named("Kenya deployed troops to the border on Monday.\n\nKenyan President William Ruto urged the "
                 "police to show restraint.")
    assert not any(g[2] == "Kenya" for g in got), got


def test_a_state_body_of_a_named_country_follows_the_ordinary_rules():
    got = _named("Togo postponed the election on Monday.\n\nGhana urged the authorities in Benin to reopen "
                 "the border.")
    assert not any(g[2] == "Togo" for g in got), got


# -- target: help sent or pledged with no one named goes to the state the article is about -----------

QUAKE = "A powerful earthquake struck eastern Afghanistan on Sunday, killing hundreds.\n\n"


@pytest.mark.parametrize(("text", "expected"), [
    (QUAKE + "Pakistan sent a team of 50 rescuers.", ("Pakistan", "support", "Afghanistan")),
    (QUAKE + "Uzbekistan said it would send medical supplies and tents.", ("Uzbekistan", "support", "Afghanistan")),
    (QUAKE + "China pledged $7 million in emergency aid.", ("China", "support", "Afghanistan")),
    (QUAKE + "Turkey dispatched two cargo planes with aid.", ("Turkey", "support", "Afghanistan")),
])
def test_help_with_no_one_named_goes_to_the_host_state(text, expected):
    got = _named(text)
    assert _has(got, *expected), got


@pytest.mark.parametrize("text", [
    QUAKE + "Pakistan sent troops to the border.",
    QUAKE + "China pledged to investigate.",
    QUAKE + "The Afghan government sent a team of rescuers.",
])
def test_no_help_or_own_help_takes_no_host(text):
    got = _named(text)
    assert not any(g[1] == CLASS["support"] and g[2] == "Afghanistan" and g[0] != "Afghanistan" for g in got) \
        or "Afghan government" in text, got
    assert not any(g[0] == g[2] for g in got), got


# -- target: a stance toward a ruling is toward the court, whatever its type -------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("The East African Court of Justice ruled on Monday that Uganda had breached the treaty.\n\nRwanda welcomed "
     "the verdict.", ("Rwanda", "welcome", "East African Court of Justice")),
    ("The East African Court of Justice ruled on Monday that Uganda had breached the treaty.\n\nUganda "
     "rejected the judgment.", ("Uganda", "reject", "East African Court of Justice")),
    # two courts named: the one whose ruling made the news
    ("The Inter-American Court of Human Rights ruled on Monday that Peru must pay damages. The Supreme Court "
     "of Peru had refused them.\n\nChile welcomed the ruling.",
     ("Chile", "welcome", "Inter-American Court of Human Rights")),
])
def test_a_stance_toward_a_ruling_is_toward_the_court(text, expected):
    got = _named(text)
    assert _has(got, *expected), got


def test_the_news_makers_exercises_are_its_act():
    got = _named("China began large-scale military drills around the island on Monday.\n\nThe Philippines "
                 "condemned the exercises as reckless.")
    assert _has(got, "Philippines", "condemn", "China"), got


# -- a call for someone's release asks the state holding them; an offer of help to mediate mediates ----

@pytest.mark.parametrize(("text", "expected"), [
    ("Belarus jailed the opposition activist Ales Bialiatski for ten years on Friday.\n\nThe European Union "
     "called for his immediate and unconditional release.", ("European Union", "appeal", "Belarus")),
    ("Iran sentenced two French teachers to prison on Monday.\n\nFrance demanded their release.",
     ("France", "demand", "Iran")),
])
def test_a_call_for_a_release_asks_the_detaining_state(text, expected):
    got = _named(text)
    assert _has(got, *expected), got


def test_a_call_for_release_by_the_detaining_state_itself_has_no_such_target():
    got = _named("Belarus jailed an activist on Friday.\n\nBelarusian President Alexander Lukashenko called "
                 "for the release of Belarusian truck drivers held in Poland.")
    assert not any(g[2] == "Belarus" for g in got), got


def test_help_offered_in_mediating_is_mediation():
    got = _named("Ghana's foreign minister offered Accra's help in mediating between the two capitals.")
    assert any(g[1] == CLASS["mediate"] for g in got), got


def test_the_channel_after_through_is_no_target():
    got = _named("Floods swept northern Laos on Monday.\n\nSouth Korea said it would send emergency relief goods, "
                 "including tents, through the Korea International Cooperation Agency.")
    assert not any(g[2] == "Korea International Cooperation Agency" for g in got), got
    assert _has(got, "South Korea", "support", "Laos"), got
