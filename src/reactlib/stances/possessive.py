"""Support told with its owner between verb and noun: "expressed the kingdom's solidarity with X".

Also offers of help so told: "offered Senegal's help with the investigation".

Officials speak for their state: "conveyed the government's condolences to X", "reaffirmed
Japan's support for X". The lexicon's cues ("expressed solidarity with", "conveyed condolences
to") cannot see through the owner, and a bare noun after "'s" is read as a noun, not a stance
("Japan's support" in narration names no act). Here the owner phrase — at most a few words,
"the" and plain words, ending in "'s" — sits between a light verb of the lexicon and a noun of
support, so the verb makes the noun an act: the stance is read as if the owner were not there,
with the verb's subject as holder and the one after "for", "with" or "to" as target.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .lexicon import CUES, INTENSIFIERS, LIGHT, verbs
from .matcher import CueMatch

if TYPE_CHECKING:  # pragma: no cover
    from .finder import Found, StanceFinder

#: Nouns of support and the lexicon cue each is read with.
NOUN_CUE = {"support": "support-noun", "backing": "support-noun", "solidarity": "support-noun",
            "condolences": "condolences", "sympathy": "condolences", "sympathies": "condolences",
            # "offered Senegal's help with the investigation": an offer of help, read as the
            # lexicon's offer of aid (support of the one helped, or untargeted help)
            "help": "offer-aid", "assistance": "offer-aid", "aid": "offer-aid", "expertise": "offer-aid"}
#: The nouns of help, which only an offering verb makes an act ("Japan's aid to X" is not one).
HELP_NOUNS = frozenset({"help", "assistance", "aid", "expertise"})
OFFERING = verbs("offer", "pledge", "promise", "extend")
PREPOSITIONS = frozenset({"for", "with", "to", "in"})
POSSESSIVE = frozenset({"'s", "’s"})
#: How many words an owner phrase may have ("the", "kingdom"; "the", "Saudi", "government").
MAX_OWNER = 4
#: The lexicon's cues by name.
CUES_BY_NAME = {c.name: c for c in CUES}
#: The lexicon's light verbs, and those of its condolences cue ("conveyed", "sent").
VERBS = LIGHT | verbs("send", "convey")


def verb_before_owner(words: list[str], k: int, light: frozenset[str]) -> int | None:
    """The verb of ``light`` at most MAX_OWNER words before token ``k`` (where the owner phrase
    ends, or begins), with only plain words between ("conveyed *the kingdom*'s"), or None."""
    verb = next((v for v in range(k - 1, max(-1, k - 1 - MAX_OWNER), -1) if words[v] in light), None)
    return verb if verb is not None and all(w.isalpha() for w in words[verb + 1:k]) else None


def possessive_support(f: StanceFinder) -> list[Found]:
    """Every "<light verb> <owner>'s <support noun> <for/with/to> X" of the article."""
    words, n = f.words, f.n
    out: list[Found] = []
    for k in range(1, n - 1):
        if words[k] not in POSSESSIVE:
            continue
        noun = k + 1
        while noun < n and words[noun] in INTENSIFIERS:
            noun += 1
        if noun >= n - 1 or words[noun] not in NOUN_CUE or words[noun + 1] not in PREPOSITIONS:
            continue
        if words[noun + 1] == "in" and words[noun] not in HELP_NOUNS:
            continue  # "help in the search" is help; "support in the region" is not support of anyone
        verb = verb_before_owner(words, k, VERBS)
        if verb is None:
            continue
        if words[noun] in HELP_NOUNS and words[verb] not in OFFERING:
            continue
        out.extend(f._one(CueMatch(CUES_BY_NAME[NOUN_CUE[words[noun]]], verb, noun + 2)))
    return out
