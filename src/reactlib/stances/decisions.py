""""Called the decision a grave mistake": criticism of whoever took the decision.

Reaction articles open with the news-maker's act ("Iran said Tuesday it was pulling out of the
deal", "Mali announced its withdrawal from ECOWAS") and later name it only as "the decision" or
"the move". A reactor who calls it a mistake, an error or a blunder criticises the news-maker:
the subject of the article's first sentence. The holder's own decision ("Germany called its
decision a mistake") and a decision with its owner named ("Iran's decision") are left to the
ordinary rules.
"""

from __future__ import annotations

#: Nouns that stand for the news-maker's act.
DECISION_NOUNS = frozenset("decision move step withdrawal announcement pullout exit measure measures "
                           "expulsion expulsions closure ban suspension veto exercises drills blockade "
                           "embargo restrictions deportation deportations crackdown sanctions remarks "
                           "comments decree decrees deal agreement tariff tariffs levy levies "
                           # the lead's act itself: "condemned the launch"
                           "launch launches".split())
#: Verbs of a naming inside the object ("condemned what it called ...").
NAMING_VERBS = frozenset("called calls termed terms described describes labelled labeled dubbed".split())
#: Words of a naming that criticises ("a grave mistake", "a historic blunder").
CRITICAL = frozenset("mistake mistakes error errors blunder blunders misstep miscalculation".split())


def critical_word(words, a: int, b: int) -> int | None:
    """The first criticising noun in tokens [a, b)."""
    return next((k for k in range(a, b) if words[k] in CRITICAL), None)


def names_decision(words, a: int, b: int) -> bool:
    """Whether tokens [a, b) are "the decision", "this move", "Tuesday's step" (no actor owner),
    or "what it called 'illegal sanctions'" — a thing left unnamed but for the holder's naming of
    it, which in a reaction is the news-maker's act."""
    if b - a >= 3 and words[a] == "what" and words[a + 2] in NAMING_VERBS:
        return True
    return any(words[k] in DECISION_NOUNS and k > 0 and words[k - 1] in ("the", "this", "that", "latest")
               for k in range(a, b))


def news_maker(finder) -> str | None:
    """The actor the article's first sentence opens with as its subject (a dateline before it,
    with no actor, is passed over)."""
    for s0, s1 in finder.view.sents[:3]:
        groups = finder.mentions.groups_between(s0, s1)
        if not groups:
            continue
        for g in groups:
            if g.possessive or finder.oblique(g) or finder.modifies_thing(g):
                continue
            return g.actor
        return None
    return None
