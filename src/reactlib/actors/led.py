"""Bodies led by a country: "the Saudi-led coalition", "a Kenyan-led multinational force".

Why: wars and peace missions are reported through such bodies ("the Saudi-led coalition said it
intercepted a drone"); without this rule the leading country's adjective was a weak mention and the
body that speaks was no actor at all. The body is an organisation of the leading country, named as
written ("Saudi-led coalition"). Talks, plans or offers "led" by a country are left to the proposal
rules (``proposals.py``): only the nouns of bodies below make one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .gazetteer import COUNTRY_NAME, DEMONYM

if TYPE_CHECKING:  # pragma: no cover
    from .recognize import Recognizer

#: Nouns of bodies a country can lead.
LED_BODIES = frozenset({"coalition", "alliance", "force", "forces", "mission", "bloc", "taskforce"})
#: Words that may stand between "-led" and the noun.
_BETWEEN = frozenset({"military", "international", "multinational", "naval", "arab", "western", "regional",
                      "security", "peacekeeping", "maritime"})


def find_led_bodies(rec: "Recognizer") -> None:
    """Add an organisation for every "<country or demonym>-led [military…] <coalition|force…>"."""
    for start, (end, _, entry) in list(rec.layers.proper.items()):
        if entry.category not in (COUNTRY_NAME, DEMONYM) or entry.country is None:
            continue
        if end + 2 >= rec.n or rec.words[end] != "-" or rec.lowers[end + 1] != "led":
            continue
        k = end + 2
        while k < rec.n and k - end < 5 and rec.lowers[k] in _BETWEEN:
            k += 1
        if k >= rec.n or rec.lowers[k] not in LED_BODIES or any(rec.used[t] for t in range(start, k + 1)):
            continue
        name = rec.view.span_text(start, k + 1)
        rec._add(start, k + 1, kind="organization", name=name, country=entry.country,
                 key=f"led:{name.lower()}")
