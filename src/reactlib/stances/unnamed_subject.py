"""A clause with a subject of its own that names no actor has no holder from before it.

"Voters in X approved the status, but the main opposition movement rejected the outcome": the
clause after "but" has its own subject, a noun phrase the actor stage did not link to any actor.
Walking back from "rejected" for the nearest actor would cross that subject into the clause
before and hand the stance to X. Here the words right before the cue (past auxiliaries) are
read: plain lower-case words opened by "the"/"a"/"an", itself after a clause conjunction, are
the subject, and the stance gets no holder rather than a wrong one. Phrases the holder walk
reads itself ("and the two sides …", "but the junta …") are left to it.

Who owns which subject (see also :mod:`.nominal_subject`, which the finder asks first, before
the holder search that asks this module):

- this module: a phrase of *agents* the actor stage did not link ("the main opposition
  movement", "the miners' union"), after a conjunction. The cue keeps no holder.
- :mod:`.nominal_subject`: a phrase headed by a *thing* (an event or a measure: "and the attack
  threatened …"), and the noun a zero relative clause or a participle hangs on ("a charge the
  country denied", "a statement criticising X"), wherever it stands. Its holder is the actor
  named inside the phrase, or none. The caller passes those thing nouns in ``skip_words`` so
  that the two never both answer.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .culprits import STAND_INS

if TYPE_CHECKING:  # pragma: no cover
    from .finder import StanceFinder

#: Words that may stand between the subject and the cue ("had rejected", "also condemned").
AUXILIARIES = frozenset("has had have will would also quickly swiftly later then".split())
#: Conjunctions after which a new subject opens.
CONJUNCTIONS = frozenset({"but", "and", "while", "whereas", "although", "though"})
ARTICLES = frozenset({"the", "a", "an"})
POSSESSIVE_MARKS = frozenset({"'", "’", "'s", "’s"})
#: The longest subject phrase read ("the main pro-independence movement": 3 words after "the").
MAX_WORDS = 5


def _back(f: StanceFinder, k: int, floor: int) -> int | None:
    """The token before ``k`` that is not a space (determiners and quote marks count here)."""
    k -= 1
    while k >= floor and f.is_space[k]:
        k -= 1
    return k if k >= floor else None


def unnamed_subject(f: StanceFinder, i: int, floor: int, skip_words: frozenset[str]) -> bool:
    """Whether the cue at token ``i`` has an unnamed noun-phrase subject after a conjunction
    (``skip_words``: nouns the holder walk reads itself, such as "sides", "leaders")."""
    k = _back(f, i, floor)
    while k is not None and f.words[k] in AUXILIARIES:
        k = _back(f, k, floor)
    words = []
    while k is not None and len(words) <= MAX_WORDS:
        w = f.words[k]
        if f.mentions.group_at(k) is not None:
            return False
        if w in ARTICLES:
            p = _back(f, k, floor)
            return bool(words) and p is not None and f.words[p] in CONJUNCTIONS \
                and words[0] not in skip_words and words[0] not in STAND_INS
        if words and w in POSSESSIVE_MARKS:
            k = _back(f, k, floor)  # "the miners' union": an unnamed owner
            continue
        if w != "-" and not (w.replace("-", "").isalpha() and f.view.text[k][:1].islower()):
            return False
        words.append(w)
        k = _back(f, k, floor)
    return False
