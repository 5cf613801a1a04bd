"""Thanks to helpers the article does not name as actors are still praise.

"thanked the donor countries", "praised the rescue workers", "hailed the volunteers", "I thank
those countries that voted with us": those
praised are people or states who helped, but no actor of the article stands for them, so the
praise has no target. It is still a position of the speaker (PLOVER SUPPORT, target null, as the
golds annotate it), unlike praise of a thing ("praised the weather"), which is no stance.
"""

from __future__ import annotations

from typing import Iterable

#: Nouns of those who help in a crisis ("the donor countries", "the rescue workers").
HELPER_NOUNS = frozenset(
    "donor donors rescuers rescue volunteers responders first-responders firefighters medics doctors "
    "nurses emergency relief aid humanitarian workers helpers troops soldiers coastguard lifeguards "
    "partners neighbours neighbors".split())
#: Unnamed states and backers thanked for standing with the speaker ("I thank those countries that
#: voted with us", "thanked all the friendly nations"): as much helpers as donors are.
BACKER_NOUNS = frozenset("countries states nations governments friends allies supporters delegations".split())
#: Cues of thanks and praise that may keep a null target for such helpers.
PRAISE_CUES = frozenset({"praise", "gratitude", "tribute"})


def praises_helpers(cue_name: str, head_words: Iterable[str]) -> bool:
    """Whether a praise cue's object (its first words) names helpers, with no actor for them."""
    return cue_name in PRAISE_CUES and not (HELPER_NOUNS | BACKER_NOUNS).isdisjoint(head_words)
