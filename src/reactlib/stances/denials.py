"""To deny is to deny a charge: the verb alone tells what is rejected.

"Norway accused Russia of jamming GPS signals. Russia denied this": the object of "deny" may be
a pronoun ("this", "it", "that"), the reports or "any role", yet it is always an accusation, so
the rejection answers whoever last made a charge against the denier
(:class:`~reactlib.stances.culprits.Makers`). "Reject" and "dismiss" say nothing of what is
rejected (an offer, a demand, a charge) and keep needing a noun that tells it.
"""

from __future__ import annotations

from typing import Iterable

from .lexicon import verbs

#: Forms of "deny" as a verb of rejection.
DENY_FORMS = verbs("deny")


def denies(words: Iterable[str]) -> bool:
    """Whether the cue's words carry a form of "deny"."""
    return not DENY_FORMS.isdisjoint(w.lower() for w in words)
