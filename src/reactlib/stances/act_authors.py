""""Condemned the arrest", "criticised the ban": the author of a named act.

A reaction often names the act it answers only by its noun, a sentence or more after the act
was told with its verb: "Belarus arrested an opposition leader on Friday. Lithuania condemned the
arrest." The one who arrested, banned, expelled or sentenced is the target. The noun is matched
to its own verb (an arrest to "arrested", a ban to "banned"), and the nearest such verb before the
reaction that has an actor as subject (or as agent after "by") gives the author. Violent acts
("the incursion", "the shelling") are read the same way when the one-perpetrator rule finds
nobody: "Bolivian soldiers crossed the river … condemned the incursion" (a crossing is told by
"crossed" or "entered"). An act with an owner named ("Hungary's ban") is left to the ordinary
rules, as is an act never told with its verb. Round 19b: every hostile act is read so, each noun
by its own verb ("the attack" by "attacked", "the strike" by "struck", "the launch" by "launched"
or "fired", "the interception" by "intercepted"), for when no one-perpetrator answer exists.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

#: Nouns of a non-violent act and the verb forms that tell it.
ACT_NOUN_VERBS: dict[str, frozenset[str]] = {
    noun: frozenset(forms.split()) for noun, forms in {
        "arrest": "arrested arrests", "arrests": "arrested arrests",
        "detention": "detained detains", "detentions": "detained detains",
        "jailing": "jailed jails", "imprisonment": "imprisoned imprisons",
        "sentence": "sentenced sentences", "sentencing": "sentenced sentences",
        "conviction": "convicted convicts",
        "ban": "banned bans", "expulsion": "expelled expels", "expulsions": "expelled expels",
        "deportation": "deported deports", "deportations": "deported deports",
        "closure": "closed closes shut", "dissolution": "dissolved dissolves",
        "suspension": "suspended suspends", "raid": "raided raids", "raids": "raided raids",
        "seizure": "seized seizes", "execution": "executed executes", "executions": "executed executes",
        "revocation": "revoked revokes", "cancellation": "cancelled canceled cancels",
        "annulment": "annulled annuls", "shutdown": "shut",
        # violent acts, for when the article's one-perpetrator rule has no answer
        "incursion": "crossed entered", "incursions": "crossed entered",
        "invasion": "invaded invades", "shelling": "shelled shells",
        "bombing": "bombed bombs", "bombings": "bombed bombs",
        "attack": "attacked attacks", "attacks": "attacked attacks", "assault": "assaulted",
        "strike": "struck", "strikes": "struck", "airstrike": "struck", "airstrikes": "struck",
        "launch": "launched fired test-fired", "launches": "launched fired test-fired",
        "killing": "killed", "killings": "killed", "massacre": "massacred",
        "kidnapping": "kidnapped abducted", "abduction": "abducted kidnapped",
        "assassination": "assassinated", "hijacking": "hijacked", "interception": "intercepted",
        "storming": "stormed", "occupation": "occupied", "annexation": "annexed",
        "blockade": "blockaded", "downing": "downed", "boarding": "boarded",
    }.items()}
#: Objects that make an act verb no hostile act ("struck a deal", "fired the minister", "launched
#: talks"): the verb then tells no strike, launch or attack.
NON_ACT_OBJECTS = frozenset("deal deals agreement accord bargain compromise tone note chord balance minister "
                            "ministers official officials chief coach talks campaign appeal inquiry "
                            "investigation probe".split())
#: How many tokens after the verb its object may start.
OBJECT_REACH = 3
#: Words before the act noun that leave it unowned ("the arrest", "this ban", "Friday's raid").
DETERMINERS = frozenset("the this that these those".split())
#: How far back (tokens) the act may have been told.
REACH = 400


def takes_non_act_object(words: Sequence[str], k: int) -> bool:
    """Whether the verb at ``k`` has an object that makes it no hostile act ("struck a deal",
    "fired the minister"); shared with the one-perpetrator rule (culprits), so that both read
    "struck", "fired" and "launched" alike."""
    return not NON_ACT_OBJECTS.isdisjoint(words[k + 1:k + 1 + OBJECT_REACH])


#: How far an opening manner phrase "in the strongest (possible) terms" may run.
MANNER_REACH = 6
#: Quote marks a quoted verb leaves before its object ('"condemn in the strongest terms" the …').
QUOTE_MARKS = frozenset('" \u201c \u201d \''.split())


def past_manner(words: Sequence[str], a: int) -> int:
    """Where the object starts when tokens from ``a`` open with a manner phrase ("condemned in the
    strongest terms the incursion"), past it and any quote mark; ``a`` itself otherwise."""
    if a >= len(words) or words[a] != "in":
        return a
    for k in range(a + 1, min(len(words), a + MANNER_REACH)):
        if words[k] == "terms":
            k += 1
            while k < len(words) and words[k] in QUOTE_MARKS:
                k += 1
            return k
    return a


def act_noun(words: Sequence[str], a: int, b: int) -> int | None:
    """The first act noun in tokens [a, b) right after a determiner, perhaps past one modifier
    ("the arrest", "the latest arrests", "this blanket ban")."""
    for k in range(a, b):
        if words[k] in ACT_NOUN_VERBS and k > a and (
                words[k - 1] in DETERMINERS or (k - 1 > a and words[k - 2] in DETERMINERS)):
            return k
    return None


def act_author(words: Sequence[str], noun: int, before: int, subject_at: Callable[[int], str | None],
               agent_at: Callable[[int], str | None], forms: frozenset[str] | None = None) -> str | None:
    """The actor who did the act named by ``words[noun]``: the subject (or the agent after
    "by") of the nearest verb telling that act before token ``before``. ``forms`` gives the
    verbs instead, for an act named by the noun of its undoing (:mod:`.undoing_calls`)."""
    forms = forms if forms is not None else ACT_NOUN_VERBS[words[noun]]
    for k in range(before - 1, max(-1, before - REACH), -1):
        if words[k] not in forms or takes_non_act_object(words, k):
            continue
        if k + 1 < len(words) and words[k + 1] == "by":
            actor = agent_at(k)
        else:
            actor = subject_at(k)
        if actor is not None:
            return actor
    return None
