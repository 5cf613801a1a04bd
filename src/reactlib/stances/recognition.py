"""Refusing to recognise an outcome is a rejection of it, even when the outcome is not named.

"Recognise" is a stance only toward an actor ("recognised Kosovo") or an outcome ("recognised
the result"); otherwise it is perception ("did not recognise the attackers"). Reaction
articles often name the outcome once and then refer back to it:

- by a pronoun: the referendum passed ... "We will not recognise *it*";
- by a relative clause whose object is the outcome: "a ruling went against it, *a decision*
  Beijing does not recognise" (the object of "recognise" is a gap, the noun before it).

Both are read as a rejection with no target (no actor is rejected, the outcome is), and only when
the recognition is refused: a pronoun object with no outcome noun close before it, or a gap
whose antecedent is no outcome, gives nothing.
"""

from __future__ import annotations

from typing import Sequence

#: Nouns of an outcome one may refuse to recognise (beside the ones recognised, see finder).
OUTCOMES = frozenset("""
result results outcome outcomes vote votes election elections referendum plebiscite poll polls ballot
ruling rulings verdict verdicts judgment judgement decision decisions award annexation independence
sovereignty government authorities victory win count tally
""".split())
#: Pronouns that may stand for the outcome named before.
PRONOUNS = frozenset({"it", "this", "that"})
#: How far back (tokens) an outcome noun may stand for a pronoun or a gap to refer to it.
BACK_REACH = 60
#: How far back (tokens) the antecedent of a relative gap may stand ("a decision Beijing does
#: not recognise": determiner, noun, then the clause's subject and auxiliaries).
GAP_REACH = 8


def refused_outcome(words: Sequence[str], i: int, j: int, floor: int) -> bool:
    """Whether the refused "recognise" at token ``i`` (its object starting at ``j``) rejects an
    outcome named before it: a pronoun object with an outcome noun in the ``BACK_REACH`` tokens
    before, or no object at all (a relative gap) after an outcome noun in the same sentence
    (``floor``: the sentence's first token)."""
    n = len(words)
    k = j
    while k < n and words[k] in ("'", "’", '"', "“", "”") :
        k += 1
    if k < n and words[k] in PRONOUNS:
        return any(words[x] in OUTCOMES for x in range(max(0, i - BACK_REACH), i))
    if k >= n or not words[k][:1].isalnum():
        # nothing after the verb: the object is the noun the relative clause hangs on
        return any(words[x] in OUTCOMES for x in range(max(floor, i - GAP_REACH), i))
    return False
