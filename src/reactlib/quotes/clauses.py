"""Telling a reported clause from a noun-phrase object, without a parser.

"declared that the border is closed" reports words; "declared three days of
national mourning" and "reiterated its readiness to host talks" only name what
was declared or reiterated: they are acts, not quotes. A complement is taken as
a clause when it starts with "that" or when, within its first few words, a
finite verb shows up (an auxiliary or modal, or a past-tense form after the
subject): "it would send troops", "the attack killed twelve", "those
responsible will pay".

Also here: nouns of accusation that turn "X, a charge Y has denied." into a
denial, not a report of X by Y.
"""

from __future__ import annotations

from .tokens import Tokens
from .words import DETERMINERS

#: cues that often take a noun-phrase object ("declared a state of emergency");
#: after these, a complement without "that" must look like a clause to be reported
NP_OBJECT_CUES = frozenset(
    "declare announce reiterate confirm acknowledge admit report reveal indicate signal "
    "show estimate predict observe recall stress emphasize note maintain demand remark "
    "mention concede point claim proclaim add post".split())
#: finite auxiliaries and modals: a clause has one, or a past-tense verb
FINITE = frozenset("is was are were will would can could should may might must has had have "
                   "did does do shall 's 're won't can't isn't wasn't aren't weren't".split())
#: common irregular past forms (a past-tense verb after the subject marks a clause too)
IRREGULAR_PAST = frozenset("sank hit shot fell took made left came went began broke ran struck fled lost won "
                           "held kept sent spent built fought caught threw stole drove rose gave got saw knew "
                           "met paid led brought bought sought told said meant stood understood sold grew drew flew hid".split())
#: how many tokens into the complement the finite verb may appear
CLAUSE_WINDOW = 10
#: "a charge Yerevan has denied", "an accusation the group rejects", "claims Moscow dismissed"
ACCUSATION_NOUNS = frozenset("charge charges accusation accusations claim claims allegation allegations "
                             "assertion assertions report reports suggestion suggestions".split())
_STOP = frozenset((",", ".", ";", ":", "!", "?", "to"))


def past_form(toks: Tokens, k: int) -> bool:
    """Whether token ``k`` is a lower-case past form ("offered", "sent"): a finite verb or a participle."""
    w = toks.lower[k]
    return toks.text[k][:1].islower() and (w.endswith("ed") or w in IRREGULAR_PAST)


#: modal auxiliaries, which take a bare verb ("may say"), never a past form ("May said")
MODALS = frozenset("may might will would can could should must".split())


def modal_named(toks: Tokens, k: int) -> bool:
    """Whether a capitalised modal at ``k`` is a name, as a past form follows it: "May said",
    "Will told reporters". A modal never governs a past tense, so the word is no auxiliary."""
    return toks.text[k][:1].isupper() and toks.lower[k] in MODALS and k + 1 < len(toks.text) \
        and past_form(toks, k + 1)


def looks_like_clause(toks: Tokens, j: int, end: int) -> bool:
    """Whether tokens ``j`` … ``end - 1`` open with a finite clause, not a bare noun phrase."""
    if j >= end:
        return False
    if toks.lower[j] == "that":
        return True
    after_place = False
    for k in range(j, min(end, j + CLAUSE_WINDOW)):
        w = toks.lower[k]
        if w in _STOP:
            return False      # "its readiness to host talks": an infinitive after a noun
        if w in FINITE:
            return k > j
        if w in _LOCATIVE:
            after_place = True
        if after_place and w in PUBLISHED:
            continue   # "responsibility in a statement posted online": a participle of the medium, not a verb
        if k > j and past_form(toks, k) \
                and toks.lower[k - 1] not in DETERMINERS and toks.lower[k - 1] not in ("of", "for", "and", "with", "by"):
            return True
    return False


#: prepositions of a medium ("in a video posted online"): a publishing participle after them modifies the medium
_LOCATIVE = frozenset(("in", "on", "at", "via", "through"))
#: participles of publishing ("a statement posted", "a video released"), never the verb of a report
PUBLISHED = frozenset("posted published released issued broadcast aired shared carried uploaded circulated "
                      "distributed sent".split())


#: "-ing" words that are prepositions or nouns, not participles
_NOT_PARTICIPLES = frozenset("during including according regarding concerning following notwithstanding "
                             "something nothing anything everything thing morning evening building "
                             "meeting funding spending bombing shooting fighting ruling warning".split())


#: a standing in a race after its subject: "the senator ahead by six points", "both tied at 45 percent"
_STANDING = frozenset("ahead behind tied even".split())
#: what a poll shows someone "with": "with a four-point lead", "with a narrow edge"
_LEADS = frozenset("lead advantage edge margin".split())


def looks_like_small_clause(toks: Tokens, j: int, end: int) -> bool:
    """Whether tokens ``j`` … ``end - 1`` are a subject and a participle: "the president leading by six points".

    What a poll or a video shows is often a scene or a standing, not a finite
    clause ("shows the incumbent trailing", "showed troops firing on the crowd",
    "shows the senator ahead by six points", "shows Clinton with a four-point lead").
    """
    for k in range(j + 1, min(end, j + CLAUSE_WINDOW)):
        w = toks.lower[k]
        if w in _STOP:
            return False
        if w in _STANDING or (w == "with" and any(toks.lower[m] in _LEADS for m in range(k + 1, min(end, k + 7)))):
            return True     # "shows the senator ahead by six points", "shows Clinton with a narrow lead"
        if w.endswith("ing") and len(w) > 4 and toks.text[k].islower() and w not in _NOT_PARTICIPLES \
                and toks.lower[k - 1] not in DETERMINERS:
            return True
    return False


def is_accusation_phrase(toks: Tokens, first: int, last: int) -> bool:
    """Whether the phrase ``first`` … ``last`` opens with "a charge", "an accusation", "claims"…"""
    k = first
    if k <= last and toks.lower[k] in DETERMINERS:
        k += 1
    return k <= last and toks.lower[k] in ACCUSATION_NOUNS
