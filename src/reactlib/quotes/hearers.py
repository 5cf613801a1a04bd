"""Audiences as hearers: "told a rally in Porto the vote …", "told the newspaper the mine …".

A verb of telling names its hearer before the reported clause. People ("reporters", "him",
a name) are handled where the clause is drawn (:mod:`reactlib.quotes.indirect`); this module
knows the hearers that are a gathering, a body or an outlet. Their phrase may carry a
determiner, modifiers ("a town-hall meeting", "a Lisbon radio station") and a place ("in
Accra"); without this, the reported clause began inside the phrase ("rally in Porto the vote
would be close"). Only a head noun from :data:`AUDIENCE_NOUNS` counts, so "told his aides to
…" and "told the truth" are left to the other rules.
"""

from __future__ import annotations

from .tokens import Tokens
from .words import DETERMINERS

#: nouns of a hearer that is a gathering, a body or an outlet
AUDIENCE_NOUNS = frozenset("""
rally rallies crowd crowds audience audiences meeting gathering assembly conference briefing hearing
forum summit convention session event townhall newspaper paper daily weekly magazine broadcaster
station channel network agency outlet website podcast programme program show committee panel
parliament congress senate council delegates donors voters supporters students members
""".split())

#: how many words may stand between the determiner and the head noun ("a Lisbon radio station")
_MODIFIER_REACH = 4
#: how many capitalised words a place after the hearer may have ("in Porto", "in New York")
_PLACE_REACH = 4


def _word(toks: Tokens, k: int) -> bool:
    return toks.text[k][:1].isalnum()   # white space never starts with a letter or digit


def audience_hearer_end(toks: Tokens, j: int, hi: int) -> int | None:
    """The index after an audience hearer starting at ``j`` (its place included), or None.

    "a rally in Porto" → the token after "Porto"; "the newspaper" → the token after it.
    """
    k = j
    if k < hi and (toks.lower[k] in DETERMINERS or toks.text[k].endswith(("'s", "\u2019s"))):
        k += 1
    first = k
    while k < hi and k - first <= _MODIFIER_REACH and (_word(toks, k) or toks.text[k] in ("'s", "\u2019s", "-")):
        if toks.lower[k] in AUDIENCE_NOUNS and not (k + 1 < hi and toks.lower[k + 1] in AUDIENCE_NOUNS):
            end = k + 1
            if end + 1 < hi and toks.lower[end] in ("in", "at") and toks.text[end + 1][:1].isupper():
                p = end + 1
                while p < hi and p - end <= _PLACE_REACH and toks.text[p][:1].isupper():
                    p += 1
                end = p
            return end
        if toks.lower[k] in ("that", "to") or (k > first and toks.lower[k] in DETERMINERS):
            return None
        k += 1
    return None
