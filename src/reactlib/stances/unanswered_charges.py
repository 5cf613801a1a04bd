"""Whose charges a speaker dismisses when no one was reported making them.

"Eritrea detained the Swedish journalist on espionage charges. 'These accusations are absurd,'
the Swedish minister said": the article tells of the act (a detention, an expulsion) but reports
no accusation as a stance, so the maker of the dismissed charges is the one who staged the
event (:meth:`~reactlib.stances.finder.StanceFinder.perpetrator`), unless that is the speaker's
own side (then the speaker answers charges against itself and no maker is known).
"""

from __future__ import annotations


def charging_culprit(finder, holders: list[str]) -> str | None:
    """The event's perpetrator, if it is no holder and none of the holders' own side."""
    culprit = finder.perpetrator()
    if culprit is None:
        return None
    return None if any(finder.same_side(h, culprit) for h in holders) else culprit
