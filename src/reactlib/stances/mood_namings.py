"""A naming that voices worry is a concern; one that endorses a measure supports its maker.

"Called", "described as", "termed" name a thing, and what the naming says decides the stance
(``StanceFinder._evaluate``): a damning word condemns, a word of approval praises, a rebuttal
rejects a charge, "a mistake" criticises a decision. Two more moods are common in reactions:

- worry — "called the flooding 'deeply worrying'", "described the situation as alarming": a
  *concern*, with no target (the worry is about a state of things, not an actor);
- endorsement — "called the measure 'long overdue'", "the right decision", "a necessary step",
  "the only way to restore trust": *support* for whoever made the thing named — an actor named
  inside the phrase ("Slovenia's recount"), else the maker of the act where the article first
  tells it ("Ghana's decision to …", "the commission ordered a recount"; a headline, a line with
  no closing stop, is passed over since it names the act loosely), else the article's news-maker
  when the thing is its act ("the measure", "the recount"), else no one.

A negation in the naming ("not particularly worrying", "not the right decision") cancels it;
"concerning" counts only after a word of degree ("deeply concerning"), since it is also a
preposition.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .decisions import DECISION_NOUNS, news_maker

if TYPE_CHECKING:  # pragma: no cover
    from .finder import Found, StanceFinder

#: Words of a naming that voice worry.
WORRYING = frozenset("worrying worrisome alarming troubling disturbing distressing concerning "
                     "unsettling".split())
#: Worry words that are also something else ("concerning" the preposition): only after a degree.
AMBIGUOUS = frozenset({"concerning"})
#: Words of degree that may come before a worry word.
DEGREE = frozenset("deeply very extremely highly gravely particularly increasingly profoundly most so "
                   "really truly greatly".split())
#: Pairs of words that endorse a measure ("long overdue", "the right decision").
ENDORSING_PAIRS = frozenset({("long", "overdue"), ("long", "awaited"), ("right", "decision"),
                             ("right", "step"), ("right", "move"), ("right", "thing"),
                             ("necessary", "step"), ("necessary", "measure"), ("only", "way"),
                             ("correct", "decision"), ("wise", "decision"), ("justified", "measure")})
#: Single words that endorse a measure.
ENDORSING_WORDS = frozenset({"long-overdue", "long-awaited", "overdue"})
#: Words that cancel the naming when they come before its mood word.
NEGATIONS = frozenset({"not", "n't", "never", "hardly", "neither", "nor", "no", "anything"})
#: Nouns naming the news-maker's act beside DECISION_NOUNS.
ACTS = DECISION_NOUNS | frozenset("recount reform reforms tariff tariffs law bill plan policy".split())
#: Nouns too generic to look for themselves: any act noun may be the one they stand for.
GENERIC = DECISION_NOUNS
#: Tokens that close a sentence (a headline has none).
STOPS = frozenset({".", "!", "?", '"', "”", "'", "’"})
#: How far (tokens) before an act noun its possessor may stand ("Ghana's new import tariff").
OWNER_REACH = 4
#: How many words the naming may run before its mood word.
REACH = 12


def _negated(words, a: int, k: int) -> bool:
    return any(words[x] in NEGATIONS for x in range(a, k))


def _worry_at(words, a: int, b: int) -> int | None:
    for k in range(a, min(b, a + REACH)):
        w = words[k]
        if w in WORRYING and (w not in AMBIGUOUS or (k > a and words[k - 1] in DEGREE)):
            return k
    return None


def _endorsement_at(words, a: int, b: int) -> int | None:
    for k in range(a, min(b, a + REACH)):
        if words[k] in ENDORSING_WORDS:
            return k
        if k + 1 < b and (words[k], words[k + 1]) in ENDORSING_PAIRS:
            return k + 1
        if k + 2 < b and words[k + 1] == "-" and (words[k], words[k + 2]) in ENDORSING_PAIRS:
            return k + 2
    return None


def act_maker(f: StanceFinder, noun: str, before: int, others) -> str | None:
    """Who did the act named ``noun`` where the article first tells it before token ``before``:
    its possessor ("Ghana's decision") or the subject of the sentence telling it ("the commission
    ordered a recount"); headlines (no closing stop) are passed over."""
    words = f.words
    nouns = ACTS if noun in GENERIC else {noun}
    for s0, s1 in f.view.sents:
        if s0 >= before:
            break
        last = next((x for x in range(s1 - 1, s0 - 1, -1) if not f.is_space[x]), None)
        if last is None or words[last] not in STOPS:
            continue
        for x in range(s0, min(s1, before)):
            if words[x] not in nouns:
                continue
            groups = f.mentions.groups_between(s0, x)
            owner = next((g for g in reversed(groups) if g.possessive and x - g.end <= OWNER_REACH), None)
            if owner is None:
                owner = next((g for g in groups if not g.possessive and not f.oblique(g)
                              and not f.modifies_thing(g)), None)
            if owner is not None and others(owner.actor):
                return owner.actor
            break
    return None


def mood_naming(f: StanceFinder, i: int, j: int, wend: int, holders: list[str]) -> list[Found]:
    """The concern or support the naming cue at token ``i`` (the thing named from ``j``, the
    clause ending at ``wend``) voices; empty when it voices neither."""
    from .finder import Found

    words = f.words
    k = _worry_at(words, j, wend)
    if k is not None:
        if _negated(words, j, k):
            return []
        start, stop = f._span(i, k + 1)
        return [Found(h, "concern", start, stop, extra={"worrying": words[k]}) for h in holders]
    k = _endorsement_at(words, j, wend)
    if k is None or _negated(words, j, k):
        return []
    others = lambda a: a not in holders and not any(f.same_voice(a, h) for h in holders)  # noqa: E731
    owner = next((g.actor for g in f.mentions.groups_between(j, k)
                  if others(g.actor) and not f.mentions.after_preposition(g.start, j)), None)
    act = next((words[x] for x in range(j, k) if words[x] in ACTS), None)
    if owner is None and act is not None:
        owner = act_maker(f, act, i, others)
    if owner is None and act is not None:
        maker = news_maker(f)
        owner = maker if maker is not None and others(maker) else None
    start, stop = f._span(i, k + 1)
    return [Found(h, "support", start, stop, target=owner, extra={"endorsing": words[k]}) for h in holders]
