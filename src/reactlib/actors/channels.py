"""An outlet someone speaks to, or a report is credited to, is an actor of the story.

Why: "told the state news agency Montsame that …", "told Polish radio RMF FM", "as reported by the
news agency Kabar": the outlet carries the statement, and annotators of reaction articles list it as
an organisation with its country just as they do an outlet that "reported". Only outlets already
recognised by their form (:mod:`press`: a press noun before or after the name, a press word in
it) count, so "told reporters" or "told state television" (no name) add nothing.
"""

from __future__ import annotations

import re
from typing import Any

from .textspans import line_sentence_start

#: What stands before an outlet's name when it is spoken to or credited: "told (the) (state news
#: agency) ", "as reported by ", "in an interview with ", "speaking to ".
_CHANNEL_BEFORE = re.compile(
    r"\b(?:told|reported by|quoted by|cited by|carried by|interview with|speaking to|spoke to)\s+"
    r"(?:the\s+)?(?:[\w-]+\s+){0,4}$")


def spoken_to_at(text: str, start: int) -> bool:
    """Is the outlet whose name starts at ``start`` spoken to or credited with a report there?"""
    return _CHANNEL_BEFORE.search(text[max(0, start - 60):start]) is not None


#: "state" / "official" media words right before an outlet's name ("told the official Radio X").
_STATE_BEFORE = re.compile(r"\b(?:state(?:-run|-owned|-controlled)?|official|government-run|government-owned)"
                           r"\s{1,3}(?:[\w-]{1,20}\s{1,3}){0,2}$", re.I)


def place_state_outlets_by_speaker(text: str, clusters: list[Any]) -> None:
    """A state outlet placed by no word of its own that someone in its sentence speaks to is his country's.

    Why: "the central bank's president, Ovidio Reyes, told the official Radio Ya" — an official
    speaks to his own state's media. The speaker is placed only late (by the body he heads), after
    the outlets are, so this runs at the end and corrects a country guessed from the story's focus.
    """
    people = [(s, c) for c in clusters if c.kind == "person" and c.country for s, _ in c.mentions]
    for c in clusters:
        guessed = c.extra.pop("focus_country", False)
        if c.kind != "organization" or (c.country and not guessed) or c.extra.get("own_voice") != "media" \
                or not c.mentions:
            continue
        first = min(c.mentions)[0]
        if not (spoken_to_at(text, first) and _STATE_BEFORE.search(text[max(0, first - 40):first])):
            continue
        sentence_start = line_sentence_start(text, first)
        speakers = [(s, p) for s, p in people if sentence_start <= s < first]
        if speakers:
            c.country = max(speakers, key=lambda sp: sp[0])[1].country
