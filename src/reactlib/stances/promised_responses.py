"""A response promised answers the event: "Russia vowed a firm response" threatens its author.

"Moldova expelled three Russian diplomats on Monday … Zakharova promised 'a tough response'":
a response or retaliation vowed with no one named after it is aimed at whoever staged the event
the article reacts to (its perpetrator, or the subject of the first act verb of the opening
sentences, :func:`~reactlib.stances.quote_criticism.event_author`), when that one is no side of
the holder's: "Moldova expelled … Moldova vowed a firm response" names no one, nor does a
response vowed by the event's author itself.
"""

from __future__ import annotations

from .quote_criticism import event_author

#: The cues of a response or retaliation vowed (the lexicon's).
RESPONSE_CUES = frozenset({"vow-response", "vow-revenge"})


def answered_foe(finder, cue_name: str, holders: list[str]) -> str | None:
    """Whom a response vowed with no target answers: the event's author, if no holder's side."""
    if cue_name not in RESPONSE_CUES or not holders:
        return None
    author = event_author(finder)
    if author is None or any(finder.same_side(h, author) for h in holders):
        return None
    return author
