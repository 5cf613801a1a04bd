"""Who staged the event, when the article never says so in its own voice.

:func:`reactlib.stances.culprits.perpetrator_by_act` reads the lead's first act verb ("North
Korea fired a missile"). Many reports instead open with a charge or a detention:

- "Vietnam accused China of ramming a fishing boat", "Seoul blamed Pyongyang for the bombing":
  the accused staged the event the rest of the article reacts to ("condemned the attack as
  reckless", "This was a deliberate act");
- "a reporter detained in Belarus", "was arrested in Venezuela": the state where someone is
  held (no agent after "by") detained them;
- "The Black Wolves gang claimed the kidnapping": whoever claims an attack staged it.

Charges and detentions count only in the lead (its first sentences), where the news is told; a
charge deep in the article is one party's view of something else. A charge of an omission
("accused X of failing to protect …") names no one who acted.
"""

from __future__ import annotations

from itertools import compress

from typing import Callable, Sequence

#: The accusing verbs whose object is the accused.
CHARGE_VERBS = frozenset("accused accuses accusing blamed blames blaming".split())
#: Acts, as gerunds after "accused X of": the accused did them.
ACT_GERUNDS = frozenset("""
ramming firing launching attacking invading seizing shelling bombing storming striking staging
detonating annexing occupying raiding boarding detaining abducting kidnapping capturing
assassinating downing carrying conducting orchestrating masterminding killing arresting hacking
shooting targeting torpedoing sabotaging jamming
""".split())
#: Events, as nouns after "blamed X for (the)", "claimed (responsibility for) the".
EVENT_WORDS = frozenset("""
attack attacks bombing bombings shelling raid raids strike strikes assault kidnapping kidnappings
abduction abductions assassination killing killings massacre explosion blast hijacking incursion
incident ramming cyber-attack cyberattack hack sabotage
""".split())
#: Verbs of holding someone: the state where it happens did it, when no agent is named.
DETENTION_VERBS = frozenset("detained arrested jailed imprisoned".split())
#: Words allowed between the accused and "of"/"for" ("accused China on Monday of …").
TIME_FILLERS = frozenset("on in at last this early late monday tuesday wednesday thursday friday saturday "
                         "sunday today yesterday night morning evening week , again also".split())
#: How many sentences make the lead.
LEAD_SENTENCES = 3


def lead_end(sentences: Sequence[tuple[int, int]], cap: int = 160) -> int:
    """The token after the lead: the end of its first sentences, at most ``cap`` tokens."""
    if not sentences:
        return 0
    last = sentences[min(LEAD_SENTENCES, len(sentences)) - 1][1]
    return min(last, cap)


def perpetrator_by_charge(words: Sequence[str], stop: int, object_after: Callable[[int], tuple[str, int] | None]
                          ) -> str | None:
    """The actor accused of an act in tokens [0, stop): "accused X of ramming", "blamed X for the bombing".

    ``object_after(k)`` gives the actor right after token ``k`` and the token after its phrase."""
    for k in range(min(stop, len(words))):
        if words[k] not in CHARGE_VERBS:
            continue
        obj = object_after(k)
        if obj is None:
            continue
        actor, p = obj
        while p < stop and words[p] in TIME_FILLERS:
            p += 1
        if p + 1 >= len(words) or words[p] not in ("of", "for"):
            continue
        q = p + 1
        if words[q] in ("the", "a", "an", "this", "last", "its", "their"):
            q += 1
        if q < len(words) and (words[q] in ACT_GERUNDS or words[q] in EVENT_WORDS):
            return actor
    return None


#: the verbs of a claim of responsibility
_CLAIM_WORDS = frozenset({"claimed", "claims"})


def perpetrator_by_claim(words: Sequence[str], subject_before: Callable[[int], str | None]) -> str | None:
    """The subject of "claimed (responsibility for) the attack", anywhere in the article; a bare
    "claimed responsibility" claims the event the article is about."""
    for k in compress(range(len(words)), map(_CLAIM_WORDS.__contains__, words)):
        q = k + 1
        if q < len(words) and words[q] == "responsibility" and (q + 1 == len(words) or words[q + 1] != "for"):
            # "claimed responsibility in a statement": the article's event is what was claimed
            actor = subject_before(k)
            if actor is not None:
                return actor
            continue
        if q + 1 < len(words) and words[q] == "responsibility" and words[q + 1] == "for":
            q += 2
        if q < len(words) and words[q] in ("the", "a", "an", "last", "this", "sunday", "monday", "tuesday",
                                           "wednesday", "thursday", "friday", "saturday", "saturday's"):
            q += 1
        if q < len(words) and words[q] in EVENT_WORDS:
            actor = subject_before(k)
            if actor is not None:
                return actor
    return None


def detaining_state(words: Sequence[str], stop: int, place_after: Callable[[int], str | None]) -> str | None:
    """The country after "detained / arrested in" in tokens [0, stop), with no agent named ("by …")."""
    for k in range(min(stop, len(words) - 2)):
        if words[k] not in DETENTION_VERBS or words[k + 1] != "in":
            continue
        if "by" in words[k + 2:k + 8]:
            continue  # "detained in Yemen by Houthi rebels": the agent is named
        state = place_after(k + 1)
        if state is not None:
            return state
    return None


def lead_perpetrator(finder) -> str | None:
    """The perpetrator from the lead's charge, a claim, or the lead's detention, in that order,
    over a :class:`~reactlib.stances.finder.StanceFinder`'s tokens and mentions."""
    words, mentions = finder.words, finder.mentions

    def after(k: int) -> object | None:
        return finder.group_after(k + 1, min(finder.n, k + 8))

    def object_after(k: int) -> tuple[str, int] | None:
        g = after(k)
        return (g.actor, g.end) if g is not None and not g.possessive else None

    def subject_before(k: int) -> str | None:
        g = finder.adjacent_subject(k)
        if g is None:
            # "The Black Wolves gang, led by X, claimed …": the phrase opening the sentence
            s0, s1 = finder.sent_bounds(k)
            first = mentions.groups_between(s0, s1)
            if first and first[0].start - s0 <= 1 and not first[0].possessive:
                g = first[0]
        return g.actor if g is not None else None

    def place_after(k: int) -> str | None:
        g = after(k)
        return g.actor if g is not None and g.kind == "country" and not g.possessive else None

    stop = lead_end(finder.view.sents)
    return (perpetrator_by_charge(words, stop, object_after) or perpetrator_by_claim(words, subject_before)
            or detaining_state(words, stop, place_after))
