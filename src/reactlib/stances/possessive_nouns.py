"""Stances told as a possessed noun in narration: "Kenya's condemnation of the strike".

Reports often name a position as a noun owned by its holder: "the EU's call for restraint",
"Japan's support for the mission", "Beijing's rejection of the ruling", "Turkey's offer to
mediate", "Germany's criticism of Israel". The verbal cues of the lexicon do not see them (a
cue word after "'s" is a noun, see ``StanceFinder._is_noun_use``), yet the noun says who holds
which position: the owner before "'s". Each noun is read with the lexicon cue of the same
meaning, as if the owner had used the verb ("Kenya condemned the strike"), so targets, issues
and the culprit of an event are found exactly as for the verb.

When a light verb stands before the owner ("reiterated the EU's call for restraint",
"conveyed the kingdom's condolences"), the verb's subject holds the stance and the cue is read
from the verb, as :mod:`reactlib.stances.possessive` does for support.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .lexicon import INTENSIFIERS, LIGHT, verbs
from .matcher import CueMatch
from .possessive import CUES_BY_NAME, verb_before_owner

if TYPE_CHECKING:  # pragma: no cover
    from .finder import Found, StanceFinder

#: noun -> (lexicon cue it is read with, words that may follow the noun and belong to the cue).
#: The cue's arguments begin after those words ("call *for* restraint", "offer *to mediate*").
NOUNS: dict[str, tuple[str, tuple[tuple[str, ...], ...]]] = {
    "condemnation": ("condemn", (("of",),)),
    "condemnations": ("condemn", (("of",),)),
    "denunciation": ("condemn", (("of",),)),
    "criticism": ("criticize", (("of",),)),
    "criticisms": ("criticize", (("of",),)),
    "rebuke": ("criticize", (("of",), ("to",))),
    "support": ("support-verb", (("for",),)),
    "backing": ("support-verb", (("for",), ("of",))),
    "endorsement": ("support-verb", (("of",),)),
    "solidarity": ("support-verb", (("with",),)),
    "condolences": ("condolences", (("to",),)),
    "praise": ("praise", (("for",), ("of",))),
    "call": ("call-for", (("for",),)),
    "calls": ("call-for", (("for",),)),
    "appeal": ("call-for", (("for",),)),
    "appeals": ("call-for", (("for",),)),
    "plea": ("call-for", (("for",),)),
    "demand": ("demand", (("for",), ("that",))),
    "demands": ("demand", (("for",), ("that",))),
    "rejection": ("reject", (("of",),)),
    "dismissal": ("reject", (("of",),)),
    "warning": ("threaten", (("to",),)),
    "threat": ("threaten", (("to",), ("of",), ("against",))),
    "threats": ("threaten", (("to",), ("of",), ("against",))),
    "offer": ("offer-help", (("to", "mediate"), ("to", "broker"), ("to", "help"), ("to", "assist"),
                             ("of", "mediation"), ("of", "humanitarian", "aid"), ("of", "aid"),
                             ("of", "assistance"), ("of", "humanitarian", "assistance"), ("of", "help"))),
}
#: "call on X to ...": the addressee follows "on".
CALL_ON = {"call", "calls", "appeal", "appeals"}
#: "offer to mediate", "offer of mediation": an offer to settle, read with the mediation cue.
MEDIATION_WORDS = frozenset({"mediate", "broker", "mediation"})
#: Verbs that make the owner's noun an act of the verb's subject ("reiterated the EU's call").
LIGHT_VERBS = LIGHT | verbs("send", "convey", "echo", "repeat", "renew", "issue")
#: Common irregular past tenses that begin a sentence's predicate after a noun phrase.
FINITE = frozenset("came went drew met fell grew rose won lost took gave made brought saw led left sent struck "
                   "found got put set began became caught hit ran stood".split())
#: Words that may stand between "'s" and the noun ("Japan's *continued strong* support").
ADJECTIVES = INTENSIFIERS | frozenset({"swift", "sharp", "public", "latest", "renewed", "repeated", "earlier",
                                      "formal", "official", "unusually", "harsh", "blunt", "rare", "new",
                                      "angry", "furious", "stern", "outright", "categorical", "flat", "sharp",
                                      "emphatic", "quick", "immediate", "initial", "strongly-worded"})


def possessive_nouns(f: StanceFinder) -> list[Found]:
    """Every "<owner>'s <stance noun> ..." of the article, read as the owner's stance."""
    words, n = f.words, f.n
    out: list[Found] = []
    for k in range(1, n - 1):
        if words[k] not in ("'s", "’s"):
            continue
        owner = f.mentions.group_at(k - 1)
        if owner is None or owner.end != k:
            continue
        noun = k + 1
        while noun < n and noun - k <= 3 and words[noun] in ADJECTIVES:
            noun += 1
        if noun >= n or words[noun] not in NOUNS:
            continue
        name, tails = NOUNS[words[noun]]
        end = _tail_end(words, noun + 1, tails)
        if end is None:
            continue
        if words[noun] in CALL_ON and words[noun + 1] in ("on", "upon"):
            name, end = "call-on", noun + 2
        if name == "offer-help" and MEDIATION_WORDS.intersection(words[noun + 1:end]):
            name = "offer-mediate" if words[end - 1] != "mediation" else "offer-mediation"
        if name in ("support-verb", "praise", "condemn", "criticize", "reject") and words[end - 1] in ("of", "for",
                                                                                                   "with", "to"):
            end -= 1  # the object's preposition is the target's, as after the verb ("support for X")
        verb = verb_before_owner(words, owner.start, LIGHT_VERBS)
        if verb is not None:
            if name in ("support-verb", "condolences"):
                continue  # read by reactlib.stances.possessive
            start = verb
        else:
            start = noun
        f.arg_stop = _phrase_end(f, end)
        try:
            found = f._one(CueMatch(CUES_BY_NAME[name], start, end))
        finally:
            f.arg_stop = None
        if start == noun:
            # "Germany's demand for gas": in narration, an ask that names no one and nothing
            # of the issue vocabulary is no stance
            found = [x for x in found if x.type not in ("appeal", "demand") or x.target or x.issue]
        out.extend(_with_cue(x, words[noun]) for x in found)
    return out


def _phrase_end(f: StanceFinder, j: int) -> int:
    """Where the noun phrase whose arguments start at ``j`` ends: before the sentence's own
    verb ("Kenya's condemnation of the strike *came* ...", "... *was* welcomed by X"), found
    without a tagger as an auxiliary, a common irregular past, or an -ed word after a noun
    ("the ruling *angered*"; "the detained journalists" keeps its participle)."""
    from .finder import AUXILIARIES, DETERMINERS, PREPOSITIONS

    words = f.words
    _, send = f.sent_bounds(j)
    for k in range(j, min(send, j + 30)):
        w = words[k]
        if w in FINITE or (w in AUXILIARIES and w not in ("also", "again", "not", "now", "still", "further")):
            return k
        if k > j and w.endswith("ed") and len(w) > 4:
            p = words[k - 1]
            if p not in DETERMINERS and p not in PREPOSITIONS and p not in INTENSIFIERS and p not in (
                    "and", "or", "newly", "recently", "jointly", "widely", ","):
                return k
    return send


def _tail_end(words: list[str], j: int, tails: tuple[tuple[str, ...], ...]) -> int | None:
    """The index after the longest tail that follows the noun at ``j``, or None with none."""
    best = None
    for tail in tails:
        if tuple(words[j:j + len(tail)]) == tail and (best is None or j + len(tail) > best):
            best = j + len(tail)
    return best


def _with_cue(found: Found, noun: str) -> Found:
    from attrs import evolve

    return evolve(found, extra={**found.extra, "cue": f"possessive-{noun}"})
