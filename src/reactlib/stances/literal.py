"""Literal uses of stance verbs: a physical thing as the object is no stance.

Several cue verbs are metaphors of force or handling ("slammed the plan", "blasted the
government", "pressed Moscow", "backed the rebels", "hailed the deal"). Their literal sense
takes a physical object: "slammed the door", "blasted the ball", "pressed the button", "backed
the truck into the bay", "hailed a taxi". Who is criticised, pressed or backed in a reaction
is an actor, a decision or a position, never a door or a ball, so a physical object right
after the verb (a determiner and up to two modifiers between) cancels the cue. The list is
of ordinary objects and vehicles, not of anything tied to a news story.
"""

from __future__ import annotations

from typing import Sequence

#: cue verbs (first word prefixes) whose literal sense takes a physical object
FORCE_VERB_PREFIXES = ("slam", "blast", "press", "push", "back", "hail", "hit", "hammer", "pound", "shrug",
                       "wave", "brush", "welcom")

PHYSICAL_OBJECTS = frozenset({
    "door", "doors", "gate", "gates", "window", "windows", "ball", "balls", "button", "buttons", "lever",
    "switch", "brake", "brakes", "pedal", "accelerator", "horn", "bell", "key", "keys", "table", "desk",
    "car", "cars", "truck", "trucks", "lorry", "van", "bus", "taxi", "cab", "boat", "boats", "vessel",
    "ship", "trailer", "vehicle", "rock", "rocks", "wall", "walls", "glass", "phone", "receiver", "dust",
    "crumbs", "net", "goal", "goalkeeper", "music", "speakers", "fist", "fists", "hand", "hands", "flag",
    "flags", "handkerchief", "container", "cart", "wheelbarrow", "pram", "stroller",
})

_SKIP = frozenset({"the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "that",
                   "front", "back", "heavy", "big", "small", "large", "red", "green", "old", "new", "metal",
                   "wooden", "car", "delivery", "loading", "home", "off", "aside", "away"})


def literal_object(cue_word: str, following: Sequence[str]) -> bool:
    """True when the cue verb ``cue_word`` takes a physical object among ``following`` words.

    ``following`` are the lowercased words after the cue (its particle included); the object's
    head is the first word that is no determiner or common modifier, within four words.
    """
    if not cue_word.startswith(FORCE_VERB_PREFIXES):
        return False
    for w in following[:4]:
        if w in PHYSICAL_OBJECTS:
            return True
        if w not in _SKIP:
            return False
    return False


#: Holders of an office one may dismiss from it ("dismissed its ambassador", "his security adviser").
OFFICES = frozenset("""
ambassador ambassadors envoy envoys adviser advisers advisor advisors minister ministers chief chiefs
head heads commander commanders general generals governor governors director directors official
officials officer officers staff aide aides spokesman spokeswoman spokesperson secretary cabinet deputy
deputies prosecutor judge judges coach manager
""".split())
OWNERS = frozenset({"its", "his", "her", "their", "our"})


def dismissed_from_office(cue_word: str, following: Sequence[str]) -> bool:
    """True for "dismissed its ambassador", "dismissed her security adviser": the holder's own
    official removed from office, not a position rejected ("dismissed the minister's claims" and
    "dismissed Kenya's ambassador's remarks" are rejections: the office-holder is only an owner)."""
    if not cue_word.startswith("dismiss") or not following or following[0] not in OWNERS:
        return False
    for k, w in enumerate(following[1:4], start=1):
        if w in OFFICES:
            return k + 1 >= len(following) or following[k + 1] not in ("'s", "’s", "'")
    return False
