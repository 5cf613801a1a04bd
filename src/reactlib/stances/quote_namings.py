"""A speaker who names the deed in their own words condemns it: "'This is a terrorist attack'".

"'This was a cowardly and barbaric act,' the prime minister said", "'It is a crime against our
people'", "'What happened in the capital is an outrageous provocation'": a quoted sentence that
opens with "this", "that", "it" or "what happened …", goes on with a form of "be" and names the
deed (an attack, an act, a crime, a murder) with a damning word
(:data:`~reactlib.stances.finder.DAMNING`, "murder", "massacre") is the speaker's condemnation, the same reading as "called the attack barbaric". Only the head of the
naming counts: the words up to a preposition ("a report about … illegal fishing" names a report),
except "act of"/"acts of" ("an act of terror"). A negated naming ("this is not a terrorist
attack") condemns nothing, nor does a quote with no speaker or an indirect one (a reporter's
paraphrase is the reporter's words), nor a damning word about anything but a deed ("a blatant
violation of international law" with no one named: no stance, the convention of earlier rounds).
A charge the speaker makes in the same sentence ("This is X's aggression") already reads it.

The target is whoever staged the event when the article names one that is not the speaker's
own side (:func:`~reactlib.stances.unanswered_charges.charging_culprit`), else no one, as the
golds annotate a condemnation of an attack whose author is unknown.
"""

from __future__ import annotations

from functools import cache

from ..tokens import trigger_words
from .quoted_spans import quoted_positions, speaking_quote
from .unanswered_charges import charging_culprit

#: Subjects that point at the deed itself.
SUBJECTS = trigger_words("this that it what".split())
BE = frozenset("is was 's ’s remains".split())
#: Damning words a naming may hold besides the finder's DAMNING list.
DEEDS = frozenset("murder murders massacre massacres slaughter incursion incursions".split())
#: Nouns of a deed: the naming must call the thing an act, not a breach of rules ("this is a
#: blatant violation of international law" with no one named stays silent, as it always has).
DEED_NOUNS = frozenset("""
attack attacks act acts crime crimes murder murders massacre massacres slaughter terror terrorism
atrocity atrocities killing killings assault bombing provocation incursion incursions invasion
""".split())
#: Stances by the speaker in the sentence that already read the naming ("This is X's aggression").
CHARGE_TYPES = frozenset({"condemn", "accuse", "criticize"})
#: Words that may stand between "be" and the naming.
FILLERS = frozenset("clearly simply plainly nothing less than more no other a an the yet another "
                    "truly nothing but".split())
NEGATORS = frozenset({"not", "never", "n't", "hardly"})
#: Words that end the head of the naming.
HEAD_END = frozenset("of on about against for to in by with from at into over , . ; : ! ? and but".split())
#: Nouns after which "of" continues the naming ("an act of terror").
ACT_NOUNS = frozenset({"act", "acts", "form"})
#: Tokens that may precede the subject at the start of a quoted sentence.
OPENERS = frozenset('. ! ? : " “ ” ‘ \''.split())
#: How far "what happened …" may run before its verb "be".
WHAT_REACH = 8
HEAD_REACH = 7


def _opens_sentence(finder, k: int, qstart: int) -> bool:
    """Whether token ``k`` opens the quote or a sentence inside it."""
    p = k - 1
    while p >= qstart and finder.is_space[p]:
        p -= 1
    return p < qstart or finder.words[p] in OPENERS


def _be_after(finder, k: int, stop: int) -> int | None:
    """The token of "be" that the subject at ``k`` governs, or None."""
    words = finder.words
    if words[k] == "what":
        reach = range(k + 1, min(stop, k + WHAT_REACH))
        if k + 1 >= stop or words[k + 1] not in ("happened", "occurred", "took"):
            return None
    else:
        reach = range(k + 1, min(stop, k + 2))
    for p in reach:
        if words[p] in BE:
            return p
        if words[p] in HEAD_END and words[p] not in ("in", "at", "on"):
            return None
    return None


@cache
def _damning() -> frozenset[str]:
    """The finder's DAMNING words and the :data:`DEEDS`, joined once (read at call time: the
    finder imports this module)."""
    return _finder.DAMNING | DEEDS


def _damning_head(finder, b: int, stop: int) -> int | None:
    """The damning word in the head of the naming after "be" at ``b``, or None."""
    words = finder.words
    damning = _damning()
    seen = 0
    p = b + 1
    while p < stop and seen < HEAD_REACH:
        w = words[p].lower()
        if finder.is_space[p]:
            p += 1
            continue
        if w in NEGATORS:
            return None
        if w in damning:
            return p if _names_deed(words, p, stop) else None
        if w in HEAD_END and not (w == "of" and words[p - 1].lower() in ACT_NOUNS) and w not in FILLERS:
            return None
        seen += 1
        p += 1
    return None


def _names_deed(words, p: int, stop: int) -> bool:
    """Whether the damning word at ``p`` is, or qualifies, a deed noun ("a cowardly act",
    "an act of terror", "a political murder")."""
    for x in range(p, min(stop, p + 4)):
        w = words[x].lower()
        if w in DEED_NOUNS:
            return True
        if w in HEAD_END and w != "and":
            return False
    return any(words[x].lower() in DEED_NOUNS for x in range(max(0, p - 3), p))


def quote_namings(finder, found: list) -> list:
    """Condemnations voiced as a damning naming of "this" or "what happened", inside quotes."""
    Found = _finder.Found
    words = finder.words
    out: list = []
    for k in quoted_positions(finder, words=SUBJECTS):
        own = speaking_quote(finder, k)
        if own is None or own[2].kind != "direct":
            continue
        qstart, qend, quote = own
        if not _opens_sentence(finder, k, qstart):
            continue
        b = _be_after(finder, k, qend)
        if b is None:
            continue
        hit = _damning_head(finder, b, qend)
        if hit is None:
            continue
        speaker = quote.speaker
        s0, s1 = finder.sent_bounds(k)
        if any(f.type in CHARGE_TYPES and finder.same_voice(f.holder, speaker)
               and s0 <= finder.mentions.token_at(f.start) < s1 for f in found + out):
            continue
        target = charging_culprit(finder, [speaker])
        start, stop = finder._span(k, hit + 1)
        out.append(Found(speaker, "condemn", start, stop, target=target, quote=quote.id,
                         issue_text=words[hit], extra={"cue": "quote-naming"}))
    return out


# Imported last, as a module: the finder imports this one; its names are read at call time.
from . import finder as _finder  # noqa: E402
