"""Words that dismiss a charge as made up: "called it 'another hysterical fantasy'".

A spokesman answering an accusation often calls it a story rather than a falsehood: "a
fantasy", "pure fiction", "a fairy tale", "a hoax", "hysterical". These join the rebuttals
("baseless", "absurd", "lies") that :func:`.dismissals.dismissal` reads, and like them reject
only when the thing named is a charge (or "it" just after one): "called the opera a fantasy of
colour" is no stance.
"""

from __future__ import annotations

#: Words that call a charge made up or hysterical.
FICTIONS = frozenset("fantasy fantasies fiction fictional fairy-tale fairytale fairy hoax "
                     "hysterical hysteria invented concocted fabrications".split())
#: Words of degree between the thing named and its dismissal ("it 'another hysterical fantasy'",
#: "it pure fiction"): not part of what is named.
DEGREE_WORDS = frozenset("another pure yet sheer complete total utter just simply nothing but more "
                         "absolute mere".split())
