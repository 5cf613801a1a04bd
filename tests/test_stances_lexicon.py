"""Stance cue coverage, generated from a table rather than from articles.

For each stance class of the contract (its PLOVER class: ACCUSE, REQUEST, SUPPORT, REJECT,
THREATEN, CONSULT, MEDIATE, and the concern the contract adds), the table lists the words a
journalist uses for it, from general knowledge of news English (verbs with their inflections,
stance nouns after a light verb, adjectives of state), and a few argument frames each:

- active: "X <verbed> Y over/for ...", "X <verbed> Y's decision ...";
- passive: "Y was <verbed> by X ...";
- light verb + noun: "X voiced/expressed <noun> of/for/at Y";
- possessive noun: "X's <noun> of Y ...".

Every cue word is read in every frame it takes, with invented actors (countries not tied to
any evaluation article). Literal uses of the same words ("the storm blasted the coast",
"slammed the door", "pressed the button") must give no stance.
"""

from __future__ import annotations

import pytest

import reactlib
from reactlib.stances.lexicon import verb_forms

from stance_reading import CLASS, read as _read

#: holder, target pairs: small and mid-sized countries, none the subject of an evaluation article
PAIRS = [("Chile", "Peru"), ("Norway", "Iceland"), ("Ghana", "Togo")]

_PAST_IRREGULAR = {"slam": "slammed", "blast": "blasted", "rebut": "rebutted", "spurn": "spurned",
                   "hold": "held", "meet": "met", "speak": "spoke", "upbraid": "upbraided",
                   "extol": "extolled", "snub": "snubbed"}


def past(base: str) -> str:
    """The simple past / past participle of a regular cue verb (the forms the lexicon spells)."""
    if base in _PAST_IRREGULAR:
        return _PAST_IRREGULAR[base]
    forms = verb_forms(base)
    ed = sorted(f for f in forms if f.endswith("ed"))
    return next((f for f in ed if f.endswith("ized")), ed[0])


# -- the table ------------------------------------------------------------------------------------

#: verbs taking the target as object: (class, verbs). Frames: active, possessive object, passive.
OBJECT_VERBS = [
    ("condemn", ["condemn", "denounce", "decry", "deplore"]),
    ("criticize", ["criticize", "slam", "blast", "castigate", "lambast", "rebuke", "censure", "chastise",
                   "fault", "berate", "assail", "excoriate", "chide", "reprimand", "upbraid", "reproach",
                   "scold", "pillory", "vilify", "disparage"]),
    ("accuse", ["accuse", "blame"]),
    ("praise", ["praise", "hail", "commend", "applaud", "laud", "salute", "congratulate", "thank", "extol",
                "compliment"]),
    ("welcome", ["welcome"]),
    ("support", ["support", "endorse", "back", "defend", "champion"]),
    ("reject", ["reject", "dismiss", "rebuff", "repudiate", "spurn", "snub", "disavow"]),
    ("threaten", ["threaten", "warn"]),
]

#: phrasal verbs and fixed verb phrases before the target: (class, phrase in the past tense)
PHRASES = [
    ("criticize", "hit out at"), ("criticize", "lashed out at"), ("criticize", "took aim at"),
    ("criticize", "railed against"), ("criticize", "rounded on"), ("criticize", "hit back at"),
    ("accuse", "pointed the finger at"), ("accuse", "held responsible"),
    ("support", "stood with"), ("support", "sided with"), ("support", "stood by"),
    ("support", "rallied behind"), ("support", "threw its weight behind"),
    ("support", "expressed solidarity with"), ("support", "voiced support for"),
    ("support", "reaffirmed its commitment to"),
    ("praise", "paid tribute to"), ("praise", "expressed gratitude to"), ("praise", "voiced appreciation for"),
    ("reject", "brushed aside"), ("reject", "shrugged off"), ("reject", "waved away"),
    ("appeal", "called on"), ("appeal", "urged"), ("appeal", "implored"), ("appeal", "pressed"),
    ("appeal", "appealed to"), ("appeal", "pleaded with"), ("appeal", "asked"), ("appeal", "requested"),
    ("appeal", "encouraged"), ("appeal", "exhorted"),
    ("demand", "demanded that"),
    ("consult", "met"), ("consult", "spoke with"), ("consult", "held talks with"), ("consult", "consulted"),
    ("consult", "consulted with"), ("consult", "conferred with"), ("consult", "phoned"),
    ("consult", "held a phone call with"),
    ("threaten", "issued a stern warning to"), ("threaten", "vowed retaliation against"),
]

#: light verb + noun, then "of / at / with / over" the target: (class, phrase)
NOUN_PHRASES = [
    ("condemn", "voiced condemnation of"), ("criticize", "expressed criticism of"),
    ("criticize", "issued a rebuke to"), ("condemn", "expressed outrage at"),
    ("criticize", "expressed disappointment with"), ("criticize", "voiced displeasure with"),
    ("reject", "voiced its rejection of"), ("reject", "expressed opposition to"),
    ("welcome", "expressed satisfaction with"),
]

#: possessive stance nouns in narration: "X's <noun> of Y angered ..."
POSSESSIVE_NOUNS = [
    ("condemn", "condemnation of"), ("criticize", "criticism of"), ("criticize", "rebuke of"),
    ("support", "support for"), ("reject", "rejection of"), ("praise", "praise for"),
    ("threaten", "threats against"),
]

#: concern: adjectives of state and nouns with a light verb; the issue follows
CONCERN = ["was alarmed by", "was worried about", "was dismayed by", "was concerned about",
           "voiced alarm over", "expressed concern over", "expressed deep worry about",
           "voiced fears over", "expressed dismay at", "was troubled by", "was deeply disturbed by"]

#: requests with an issue and no target
REQUEST_FOR = ["called for", "appealed for", "pressed for", "pushed for", "urged", "demanded",
               "pleaded for", "lobbied for"]

#: mediation offers
MEDIATE = ["offered to mediate between", "offered to broker talks between", "is ready to mediate between",
           "offered its good offices to"]


def _cases():
    cases = []
    for cls, bases in OBJECT_VERBS:
        for i, base in enumerate(bases):
            h, t = PAIRS[i % len(PAIRS)]
            v = past(base)
            cases.append((f"{h} on Tuesday {v} {t} over the fishing dispute.", (h, cls, t)))
            cases.append((f"{h} {v} {t}'s decision to close the border crossing.", (h, cls, t)))
            if cls not in ("threaten",):
                cases.append((f"{t} was {v} by {h} on Tuesday for closing the border crossing.", (h, cls, t)))
    for i, (cls, phrase) in enumerate(PHRASES):
        h, t = PAIRS[i % len(PAIRS)]
        if cls == "demand":
            cases.append((f"{h} {phrase} {t} withdraw its troops from the border.", (h, cls, t)))
        elif cls == "appeal":
            cases.append((f"{h} {phrase} {t} to reopen the border crossing.", (h, cls, t)))
        elif cls == "accuse" and phrase == "held responsible":
            cases.append((f"{h} held {t} responsible for the collapse of the talks.", (h, cls, t)))
        else:
            cases.append((f"{h} on Tuesday {phrase} {t} after the border incident.", (h, cls, t)))
    for i, (cls, phrase) in enumerate(NOUN_PHRASES):
        h, t = PAIRS[i % len(PAIRS)]
        cases.append((f"{h} {phrase} {t}'s decision to close the border crossing.", (h, cls, t)))
    for i, (cls, noun) in enumerate(POSSESSIVE_NOUNS):
        h, t = PAIRS[i % len(PAIRS)]
        cases.append((f"{h}'s {noun} {t} came after the fishing dispute escalated.", (h, cls, t)))
    for i, phrase in enumerate(CONCERN):
        h, _ = PAIRS[i % len(PAIRS)]
        cases.append((f"{h} {phrase} the growing tension along the border.", (h, "concern", None)))
    for i, phrase in enumerate(REQUEST_FOR):
        h, _ = PAIRS[i % len(PAIRS)]
        tail = " an immediate ceasefire." if "for" in phrase else " an immediate ceasefire."
        cases.append((f"{h} {phrase}{tail}", (h, "appeal", None)))
    for i, phrase in enumerate(MEDIATE):
        h, t = PAIRS[i % len(PAIRS)]
        cases.append((f"{h} {phrase} Mali and Niger.", (h, "mediate", None)))
    return cases


CASES = _cases()


def _ok(got, holder, type_, target) -> bool:
    if target is None:
        return any(g[0] == holder and g[1] == CLASS[type_] for g in got)
    return (holder, CLASS[type_], target) in got


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:60] for c in CASES])
def test_cue_word_is_read_in_its_frame(text, expected):
    got = _read(text)
    assert _ok(got, *expected), got


# -- literal uses: the same words with no stance ---------------------------------------------------

LITERAL = [
    "The storm blasted the coast of Chile on Tuesday.",
    "A Peruvian official slammed the door of the ministry and left.",
    "An engineer in Norway pressed the button to open the dam.",
    "Ghana's forwards blasted the ball past the Togo goalkeeper.",
    "Heavy rain battered Iceland, and winds slammed into the harbour.",
    "Chile's miners hailed a taxi outside the ministry.",
    "Workers in Peru backed the truck into the loading bay.",
    "Norway's fishermen pushed the boats into the water.",
    "A Ghanaian crane lifted the container and held it over the dock.",
]


@pytest.mark.parametrize("text", LITERAL)
def test_literal_use_is_no_stance(text):
    got = _read(text)
    assert not got, got


def test_commitment_to_settle_stays_mediation_not_support():
    # "commitment to X" supports X; "commitment to reach a settlement" is a commitment to mediate
    got = _read("Norway reiterated its commitment to reach a negotiated settlement between Mali and Niger.")
    assert any(g[0] == "Norway" and g[1] == "M" for g in got), got
    assert not any(g[0] == "Norway" and g[1] == "S" for g in got), got
