"""A naming that dismisses a charge is a rejection of it: "called it 'absurd and unfounded'".

"Called", "described as", "branded", "labelled" name a thing; what the naming says decides the
stance. A damning word condemns (see ``StanceFinder._evaluate``), a word of approval praises,
and a word that denies truth — "baseless", "absurd", "a fabrication", "lies" — *rejects*, but
only when the thing named is a charge: "called the accusations groundless", "described the
claims as lies", or "it"/"this" right after a charge ("Moscow rejected the accusation. Its
spokesman called it absurd"). A dismissive word about anything else ("called the prices
ridiculous") is no stance.

The target is the charge's maker: an actor named inside the phrase ("the Philippine claims",
"the report by Colombia") or, failing that, whoever last made an accusation that the rejecter
answers (:class:`~reactlib.stances.culprits.Makers`). With no maker found the rejection keeps
no target rather than a guessed one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .lexicon import CHARGE_NOUNS
from .fictions import DEGREE_WORDS, FICTIONS
from .verdicts import REBUTTALS

if TYPE_CHECKING:  # pragma: no cover
    from .finder import Found, StanceFinder

#: Nouns of a charge beside CHARGE_NOUNS that a dismissal may name ("called the report a fabrication").
CHARGED_TEXTS = CHARGE_NOUNS | frozenset("report reports statement statements assertion assertions "
                                         "version story stories".split())
#: Pronouns that may stand for the charge just made.
PRONOUNS = frozenset({"it", "this", "that", "them", "these", "those"})
#: Words before a pronoun that show a charge was just made (the charge noun, or its verb).
CHARGE_CONTEXT = CHARGE_NOUNS | frozenset("accused accuses accusing blamed blames blaming alleged "
                                          "alleges".split())
#: Words that dismiss a charge: denials of truth, and calling it made up (round 17).
DISMISSIVE = REBUTTALS | FICTIONS
#: How far back (tokens) a pronoun may find the charge it stands for.
PRONOUN_REACH = 40
#: How many words the named phrase may have before the dismissive word.
NAMED_REACH = 8


def dismissal(f: StanceFinder, i: int, j: int, wend: int, holders: list[str]) -> list[Found] | None:
    """The rejections the naming cue at token ``i`` (object from ``j``) makes, or None when it
    dismisses no charge (the caller then reads the naming as usual)."""
    from .finder import Found

    words = f.words
    if DISMISSIVE.isdisjoint(words[j:min(wend, j + NAMED_REACH + 3)]):
        return None
    hit = next((k for k in range(j, min(wend, j + NAMED_REACH + 3)) if words[k] in DISMISSIVE), None)
    if hit is None:
        return None
    named = [w for w in words[j:hit] if w not in ('"', "“", "”", "'", "as", "a", "an", "the")
             and w not in DEGREE_WORDS and w not in DISMISSIVE]
    if not named:
        return None
    if named[0] in PRONOUNS and len(named) == 1:
        if not any(words[k] in CHARGE_CONTEXT for k in range(max(0, i - PRONOUN_REACH), i)):
            return None
    elif CHARGED_TEXTS.isdisjoint(named):
        return None
    owner = next((g.actor for g in f.mentions.groups_between(j, hit)
                  if g.actor not in holders and not any(f.same_voice(g.actor, h) for h in holders)), None)
    # a spokesman's dismissal answers the charges against their state ("The Kremlin rejected the
    # accusation. Spokesman Dmitry Peskov called it absurd")
    target = owner or f.makers.maker(CHARGE_NOUNS, holders + f.home_states(holders), i, f.same_voice, f.speaks_for)
    start, stop = f._span(i, hit + 1)
    return [Found(h, "reject", start, stop, target=target, extra={"dismissive": words[hit]}) for h in holders
            if h != target]
