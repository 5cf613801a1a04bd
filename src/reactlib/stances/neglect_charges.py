"""Warnings ignored, duties neglected: "X said Y had ignored repeated warnings" is a charge.

The finder reads "X said Y had shelled …" as an accusation of Y when the verb is a hostile act
(``CHARGE_VERBS``). Ignoring what one was told or owed is charged the same way in reactions to
accidents and disasters: "India said Moscow had ignored repeated warnings", "said the operator had
neglected its safety obligations". Only a verb of neglect whose object, within a few words, is a
warning, a request or a duty counts: "said Y had ignored the question" or "neglected to mention"
is no charge.
"""

from __future__ import annotations

from collections.abc import Sequence

#: Verbs of neglect.
NEGLECT = frozenset("ignored ignores ignoring neglected neglects disregarded disregards".split())
#: What is ignored when the neglect is a charge.
OWED = frozenset("warning warnings alerts alert calls call appeals appeal requests request pleas plea "
                 "obligations obligation duties duty commitments rulings ruling orders order advice "
                 "concerns complaints protests signals".split())
#: How far after the verb (tokens) the object's head may stand ("ignored three repeated warnings").
REACH = 4


def neglects(words: Sequence[str], v: int) -> bool:
    """Whether the verb at ``v`` is a neglect of something owed ("ignored repeated warnings")."""
    if v >= len(words) or words[v] not in NEGLECT:
        return False
    return not OWED.isdisjoint(words[v + 1:min(len(words), v + 1 + REACH)])
