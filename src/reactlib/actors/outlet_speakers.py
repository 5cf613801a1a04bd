"""An outlet placed by no word of its own takes the country of whoever speaks to it, else the story's.

Why: "Chile's foreign minister told the newspaper Diario de la Costa that …": nothing in the
outlet's name or its press noun says where it is, and the focus guess of :mod:`press` answers only
for state media and press reviews, so the outlet was left with no country. People give interviews
to their own country's press far more often than to another's, so an outlet that someone in its
sentence speaks to ("told", "in an interview with", "speaking to") takes that person's country
(:mod:`channels` already does so for state media). An outlet that nobody speaks to, or whose
speaker has no country, takes the article's main country when it has one: the local press of the
country the story is about. Runs at the end, when people have their countries.
"""

from __future__ import annotations

from typing import Any

from .channels import spoken_to_at
from .textspans import line_sentence_start


def place_outlets_by_speaker(text: str, clusters: list[Any], main: str | None) -> None:
    """Give outlets (``own_voice`` "media") with no country their speaker's, else ``main`` (module doc)."""
    people = None
    for c in clusters:
        if c.kind != "organization" or c.country or c.extra.get("own_voice") != "media" or not c.mentions:
            continue
        if people is None:
            people = [(s, p) for p in clusters if p.kind == "person" and p.country for s, _ in p.mentions]
        first = min(c.mentions)[0]
        country = None
        if spoken_to_at(text, first):
            sentence_start = line_sentence_start(text, first)
            speakers = [(s, p) for s, p in people if sentence_start <= s < first]
            if speakers:
                country = max(speakers, key=lambda sp: sp[0])[1].country
        c.country = country or main
