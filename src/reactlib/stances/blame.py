"""Blame told as attribution: "said X was behind the attack" is an accusation of X.

Reaction reports often accuse without an accusing verb: "said it was 'highly likely' that the
Russian state was behind the attack", "said X was responsible for / to blame for the fire",
"said X had carried out the strike", "said the attack was carried out by X", "said the sinking
bore the hallmarks of X", "attributed the attack to X". The speaker (the subject of the reporting verb) accuses X.

These are read before the narrative pass, so that a later "rejected the accusation" or
"denied involvement" answers the speaker (see :class:`.culprits.Makers`).

Each reading needs an actor named as the one blamed and, for "behind" / "responsible for" /
"carried out", an event or a pronoun for it after the predicate: "stood behind Ukraine" is
support, "had carried out the reforms" no charge. A negator ("was not behind") or a question
("who was behind") leaves no actor in the slot, hence no stance.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .lead_charge import EVENT_WORDS, TIME_FILLERS
from .lexicon import verbs
from .mentions import DETERMINERS

if TYPE_CHECKING:  # pragma: no cover
    from .finder import Found, StanceFinder

#: Verbs that report a belief or a statement whose clause may blame an actor.
REPORTING = verbs("believe", "conclude", "suspect", "allege", "insist", "assess") | {"said", "says", "saying"}
#: Events an attribution may name, beyond the lead-charge events.
EVENTS = EVENT_WORDS | frozenset("""
poisoning poisonings fire fires cyberattacks cyber-attacks hacking hacks sabotage shootings shooting
sinking downing murder murders plot plots bombardment airstrike airstrikes drone missile rocket
rockets attempt damage outage outages leak leaks blasts explosions ambush ambushes crash collision
""".split())
#: Pronouns standing for the event ("was behind it").
EVENT_PRONOUNS = frozenset("it this that them these those both".split())
#: Words allowed between the blamed actor and the predicate ("had almost certainly been behind").
BETWEEN = frozenset("""
was were is are had has have been be would could may might must likely probably almost certainly
clearly also directly ultimately indeed
""".split())
#: Words that undo the reading ("was not behind", "could never have").
NEGATORS = frozenset("not n't never no".split())
#: Words of "it was highly likely that": skipped between the reporting verb and the blamed actor.
LIKELIHOOD = frozenset("""
it was is highly very most more than likely probable clear certain almost beyond doubt that
""".split())
#: Verbs of carrying out an act ("had carried out the strike").
ACT_VERBS = frozenset("carried conducted orchestrated masterminded perpetrated staged plotted "
                      "ordered".split())
#: Verbs that attribute an event to an actor ("attributed the attack to X").
ATTRIBUTE_VERBS = verbs("attribute", "trace")
#: Verbs before "the hallmarks of X".
HALLMARK_VERBS = verbs("bear", "have", "carry", "show") | {"bore", "borne"}
#: Nouns that may follow the blamed actor's name and head its phrase: a nationality's state
#: ("the Belarusian state was behind"), a name's group ("the Wagner group was behind it").
STATE_HEADS = frozenset("state government regime army military authorities forces services intelligence "
                        "leadership group movement militia network agents operatives".split())
#: Auxiliaries of a passive act ("the attack was carried out by X").
PASSIVE = frozenset("was were had has have been is are".split())
#: Words one of which every reading needs.
TRIGGERS = frozenset({"behind", "responsible", "accountable", "blame", "hallmarks"}) | ACT_VERBS | ATTRIBUTE_VERBS
QUOTE_CHARS = frozenset('"“”\'‘’')
#: How far (tokens) after the predicate the event may be named.
EVENT_REACH = 5


def _skip(f: StanceFinder, k: int, words: frozenset[str] = frozenset()) -> int:
    """The first token from ``k`` that is not a space, a quote mark or one of ``words``."""
    while k < f.n and (f.is_space[k] or f.words[k] in QUOTE_CHARS or f.words[k] in words):
        k += 1
    return k


def _event_follows(f: StanceFinder, k: int) -> bool:
    """Whether an event (or a pronoun for one) is named in the few words from ``k``."""
    k = _skip(f, k)
    if k < f.n and f.words[k] in EVENT_PRONOUNS:
        return True
    seen = 0
    while k < f.n and seen < EVENT_REACH:
        w = f.words[k]
        if w in EVENTS:
            return True
        if w in (".", ";", ",") or f.mentions.group_starting(k) is not None:
            return False
        if not f.is_space[k]:
            seen += 1
        k += 1
    return False


def _blamed_predicate(f: StanceFinder, k: int) -> bool:
    """Whether the tokens from ``k`` (right after the blamed actor) blame it for an event."""
    start = k
    k = _skip(f, k, BETWEEN | NEGATORS)
    if any(f.words[j] in NEGATORS for j in range(start, k)):
        return False
    if k >= f.n:
        return False
    w = f.words[k]
    if w == "behind":
        return _event_follows(f, k + 1)
    if w in ("responsible", "accountable") and k + 1 < f.n:
        j = _skip(f, k + 1)
        return j < f.n and f.words[j] == "for" and _event_follows(f, j + 1)
    if w == "to":
        j = _skip(f, k + 1)
        return j < f.n and f.words[j] == "blame"
    if w in ACT_VERBS:
        j = _skip(f, k + 1)
        if w in ("carried",) and (j >= f.n or f.words[j] != "out"):
            return False
        return _event_follows(f, j + 1 if f.words[j] == "out" else j)
    return False


def _blamed_actor(f: StanceFinder, i: int):
    """The actor a reporting verb at ``i`` says was behind an event, with its group."""
    k = _skip(f, i + 1, TIME_FILLERS - {","})
    if k < f.n and f.words[k] == "that":
        k = _skip(f, k + 1)
    if k < f.n and f.words[k] == "it":
        k = _skip(f, k, LIKELIHOOD)
    while k < f.n and f.words[k] in DETERMINERS:
        k = _skip(f, k + 1)
    g = f.mentions.group_starting(k) if k < f.n else None
    if g is None or g.possessive:
        return None
    end = g.end
    if end < f.n and f.is_space[end] and end + 1 < f.n and f.words[end + 1] in STATE_HEADS:
        end += 2
    elif end < f.n and f.words[end] in STATE_HEADS:
        end += 1
    return g if _blamed_predicate(f, end) else None


def _passive_blame(f: StanceFinder, i: int):
    """The agent of "<reporting verb> (that) the attack was carried out by X" at ``i``."""
    w = f.words
    k = _skip(f, i + 1, TIME_FILLERS - {","})
    if k < f.n and w[k] == "that":
        k = _skip(f, k + 1)
    if k >= f.n or w[k] not in DETERMINERS:
        return None
    stop = min(f.n, k + 8)
    event = next((j for j in range(k, stop) if w[j] in EVENTS), None)
    if event is None:
        return None
    j = _skip(f, event + 1)
    if j >= f.n or w[j] not in PASSIVE:
        return None
    j = _skip(f, j, PASSIVE)
    if j >= f.n or w[j] not in ACT_VERBS:
        return None
    j = _skip(f, j + 1)
    if j < f.n and w[j] == "out":
        j = _skip(f, j + 1)
    if j >= f.n or w[j] != "by":
        return None
    return _named_group(f, _skip(f, j + 1))


def _named_group(f: StanceFinder, k: int):
    """The actor group opening at ``k`` after any determiners ("the", "a"), unless it is a
    possessive ("Russia's agents": the blame goes to what follows, not to Russia)."""
    while k < f.n and f.words[k] in DETERMINERS:
        k = _skip(f, k + 1)
    g = f.mentions.group_starting(k) if k < f.n else None
    return g if g is not None and not g.possessive else None


def _speaker(f: StanceFinder, i: int, target: str) -> list[str]:
    if i > 0 and f.words[i - 1] in ("who", "whether", "if"):
        return []
    return [h for h in f.holders_for(i, f.quote_at(i)) if h != target]


def _found(f: StanceFinder, holders: list[str], target: str, i: int, stop: int, cue: str) -> list[Found]:
    start, end = f._span(i, f.clause_end(stop, stop_at_cues=False))
    return [_finder.Found(h, "accuse", start, end, target=target, extra={"cue": cue}) for h in holders]


def _hallmarks(f: StanceFinder, i: int) -> list[Found]:
    """"<speaker> said the attack bore the hallmarks of X" at "hallmarks" (``i``)."""
    w = f.words
    if i + 1 >= f.n or w[i + 1] != "of" or i < 2 or w[i - 1] != "the" or w[i - 2] not in HALLMARK_VERBS:
        return []
    g = _named_group(f, _skip(f, i + 2))
    if g is None:
        return []
    sstart, _ = f.sent_bounds(i)
    verb = next((j for j in range(i - 3, max(sstart, i - 30) - 1, -1) if w[j] in REPORTING), None)
    if verb is None:
        return []
    return _found(f, _speaker(f, verb, g.actor), g.actor, verb, g.end, "hallmarks")


def _attributed(f: StanceFinder, i: int) -> list[Found]:
    """"<speaker> attributed the attack to X" at the verb ``i`` (active voice only)."""
    w = f.words
    if i > 0 and w[i - 1] in ("was", "were", "been", "be", "is", "are", "being"):
        return []
    _, send = f.sent_bounds(i)
    k, event = i + 1, False
    while k < min(send, i + 12) and w[k] != "to":
        event = event or w[k] in EVENTS or w[k] in EVENT_PRONOUNS
        k += 1
    if not event or k >= min(send, i + 12):
        return []
    g = _named_group(f, _skip(f, k + 1))
    if g is None:
        return []
    return _found(f, _speaker(f, i, g.actor), g.actor, i, g.end, "attribute")


def attributed_blame(f: StanceFinder) -> list[Found]:
    """Every accusation the article tells as an attribution of blame."""
    out: list[Found] = []
    if TRIGGERS.isdisjoint(f.words):
        return out  # most articles blame no one this way: one pass in C, no Python loop
    for i, word in enumerate(f.words):
        if word in REPORTING:
            g = _blamed_actor(f, i) or _passive_blame(f, i)
            if g is not None:
                out.extend(_found(f, _speaker(f, i, g.actor), g.actor, i, g.end, "blame-attribution"))
        elif word == "hallmarks":
            out.extend(_hallmarks(f, i))
        elif word in ATTRIBUTE_VERBS:
            out.extend(_attributed(f, i))
    return out


# Imported last, as a module: the finder imports this one; its names are read at call time.
from . import finder as _finder  # noqa: E402
