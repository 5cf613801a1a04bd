"""Negation, refusal and hedges in front of a stance cue.

"did not condemn" cancels a condemnation; "refused to back" turns support into a
rejection; "stopped short of calling for" cancels the call; "may support" keeps
the stance but marks it hedged. Only the few words just before the cue (inside
its clause) are looked at: news syntax puts the negation there, and a short window
keeps a negation in another clause from leaking in.
"""

from __future__ import annotations

from attrs import frozen

NEGATORS = frozenset({"not", "n't", "never", "no", "neither", "nor", "without"})
#: Verbs of refusal: the stance after them is refused, not taken.
REFUSALS = frozenset({"refused", "refuses", "refuse", "refusing", "declined", "declines", "decline",
                      "declining", "rejected", "rejects", "resisted", "resists"})
#: "stopped short of", "refrained from", "failed to", "avoided": the stance is not taken.
STOPPERS = frozenset({"short", "refrained", "refrains", "refraining", "failed", "fails", "avoided",
                      "avoids", "avoiding", "hesitated", "stopping", "stops", "stopped"})
HEDGES = frozenset({"may", "might", "could", "would", "considering", "consider", "considers",
                    "mulling", "weighing", "reportedly", "possibly", "perhaps", "likely"})
#: Tokens that end the look-back window (a clause or sentence boundary).
BARRIERS = frozenset({".", ";", ":", "!", "?", ",", "but", "and", "while", "although", "though",
                      "because", "after", "before", "when"})
WINDOW = 5
#: "will not", "would never": before a cue, a refusal of what follows.
FUTURE = frozenset({"will", "would", "wo", "shall"})


@frozen
class Polarity:
    """What the words before a cue do to it."""

    kind: str = "plain"   # plain | negated | refused | hedged
    word: str | None = None

    @property
    def cancels(self) -> bool:
        return self.kind == "negated"


def polarity_before(words: list[str]) -> Polarity:
    """Read the lower-cased words just before a cue (nearest last).

    >>> polarity_before(["germany", "did", "not"]).kind
    'negated'
    >>> polarity_before(["it", "refused", "to"]).kind
    'refused'
    >>> polarity_before(["he", "stopped", "short", "of"]).kind
    'negated'
    """
    window: list[str] = []
    for w in reversed(words):
        if w in BARRIERS or len(window) >= WINDOW:
            break
        window.append(w)
    negated = refused = hedge = None
    for w in window:  # nearest first
        if w in REFUSALS and refused is None:
            refused = w
        elif w in STOPPERS and negated is None:
            negated = w
        elif w in NEGATORS and negated is None:
            negated = w
        elif w in HEDGES and hedge is None:
            hedge = w
    if refused is not None:
        # "did not refuse to back" is backing: a double negative restores the stance
        if negated is not None and window.index(negated) > window.index(refused):
            return Polarity("plain")
        return Polarity("refused", refused)
    if negated is not None:
        k = window.index(negated)
        if k + 1 < len(window) and window[k + 1] in FUTURE and negated in ("not", "n't", "never"):
            # "would not support", "will never back": a refusal announced, not a stance withheld
            return Polarity("refused", f"{window[k + 1]} {negated}")
        return Polarity("negated", negated)
    if hedge is not None:
        return Polarity("hedged", hedge)
    return Polarity()
