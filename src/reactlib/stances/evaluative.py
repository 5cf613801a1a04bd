"""Praise carried by an evaluative phrase rather than a verb of praise.

Reaction reports quote leaders admiring one another without "praised": "witness
once again to his shrewd and determined position", "the courageous decision of
the Syldavian government", "Kovacs's wise leadership". A possessor (a pronoun or
an actor with 's, or "of X" after the noun), one or more approving adjectives and a
noun of conduct make praise toward the possessor. The phrase only counts in
reported speech (inside a quote, or after a reporting verb in the same sentence):
in the reporter's own narration such adjectives describe, they do not praise.
"""

from __future__ import annotations

from itertools import compress

#: Adjectives that approve of someone's conduct.
APPROVING = frozenset("""
shrewd determined courageous brave wise principled resolute steadfast visionary admirable
remarkable outstanding exemplary decisive bold tireless skilful skillful statesmanlike
constructive prudent commendable heroic valiant unwavering sincere farsighted far-sighted
""".split())
#: Nouns of conduct that such adjectives qualify.
CONDUCT = frozenset("""
position positions stance leadership courage efforts effort role approach response handling
policy commitment wisdom vision decision decisions actions resolve stand determination
diplomacy steps step work contribution
""".split())
#: Words that may join the adjectives ("shrewd and determined").
JOINERS = frozenset({"and", ",", "yet", "but", "very", "truly", "most", "so"})
#: The words of a run of approving adjectives ("wise and courageous").
RUN_WORDS = APPROVING | JOINERS
POSSESSIVE_PRONOUNS = frozenset({"his", "her", "their", "its"})


def evaluative_phrases(words: list[str]) -> list[tuple[int, int, int]]:
    """(possessor index, first adjective, conduct noun) for each approving phrase.

    The possessor index points at "his"/"her"/… or at the 's after an actor; for the
    "the courageous decision of X" form it is the index of "of" (its actor follows).
    One pass over the words: each approving adjective looks at most a few words away."""
    out = []
    n = len(words)
    # only the approving adjectives' positions, found by C-level set look-ups
    for k in compress(range(len(words)), map(APPROVING.__contains__, words)):
        if k > 0 and words[k - 1] in RUN_WORDS:
            continue  # the first adjective of a run opens the phrase
        # the run of adjectives, then the noun
        e = k
        while e + 1 < n and e - k < 6 and words[e + 1] in RUN_WORDS:
            e += 1
        noun = e + 1
        if noun >= n or words[noun] not in CONDUCT:
            continue
        p = k - 1
        if p >= 0 and (words[p] in POSSESSIVE_PRONOUNS or words[p] in ("'s", "’s")):
            out.append((p, k, noun))
        elif p >= 0 and words[p] == "the" and noun + 1 < n and words[noun + 1] == "of":
            out.append((noun + 1, k, noun))
    return out
