"""A warning of what is likely to happen is a worry, even without a modal verb.

"warned that further eruptions were possible", "warned that more floods were likely", "warned
that an outbreak was imminent": the finder reads "warned that ..." as a concern when the clause
says what *could* happen (a modal: "could delay a deal") and as nothing when it describes the
present ("warned that the crisis was spiralling"). A forecast told with an adjective of
likelihood is the first kind: the warner fears an event to come (PLOVER CONCERN).
"""

from __future__ import annotations

from typing import Iterable

#: Adjectives that make a clause a forecast of an event ("were possible", "was imminent").
LIKELIHOOD_WORDS = frozenset(
    "possible likely probable imminent inevitable expected looming foreseeable".split())


def forecasts_event(clause_words: Iterable[str]) -> bool:
    """Whether a "warned that" clause foretells an event by an adjective of likelihood."""
    return not LIKELIHOOD_WORDS.isdisjoint(clause_words)
