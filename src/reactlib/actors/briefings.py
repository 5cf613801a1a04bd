"""Where a titled speaker briefed the press: "told a news conference in Manila".

Why: a spokesman or officer whose title names no country ("navy spokesman Rear Admiral …",
"Colonel …") is otherwise given the country the story is about, which in a two-country story is
often the other side. Officials brief the press at home, so the capital after "told reporters /
a news conference / a briefing in" is the best evidence left. It is used only when the title, the
office table and the owner say nothing (see ``assign_focus_countries``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .gazetteer import CAPITAL
from .seats import body_seats

if TYPE_CHECKING:
    from .recognize import Recognizer

#: the audience after "told": "told reporters in …", "told a news conference in …"
_AUDIENCES = frozenset({"reporters", "journalists", "conference", "briefing", "media", "press"})
_VERBS = frozenset({"told", "tells", "tell", "addressed", "briefed"})
_WIDTH = 6  # words between the verb and "in": "a hastily arranged news conference"


def briefing_place(rec: "Recognizer", name_end: int) -> str | None:
    """The country of the capital in "<name> told reporters in <capital>", else None."""
    j = name_end
    if j < rec.n and rec.words[j] == ",":
        return None  # "Name, who …": the verb after an aside is not this one
    if j >= rec.n or rec.lowers[j] not in _VERBS:
        return None
    audience = False
    for k in range(j + 1, min(rec.n - 1, j + 1 + _WIDTH)):
        w = rec.lowers[k]
        if w in _AUDIENCES:
            audience = True
        elif w == "in" and audience:
            hit = rec.layers.proper.get(k + 1)
            if hit is not None and hit[2].category == CAPITAL and hit[2].country \
                    and rec.doc[k + 1:hit[0]].text not in body_seats():
                return hit[2].country  # not Brussels: a briefing there may be the EU's
            return None
        elif not rec.words[k].isalpha() or rec.words[k][:1].isupper():
            return None
    return None
