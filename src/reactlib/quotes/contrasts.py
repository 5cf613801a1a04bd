"""Whether a contrast after a reported clause (", while …", ", though …") is still the report.

A speaker's contrast belongs to what the speaker said: "said cocoa exports had risen, while gold
exports fell" (figures and polls are reported so; PolNeAR's annotators keep such a contrast in
the content). A contrast that tells another speaker's act is the writer's own juxtaposition:
"said the border would stay open, while Bolivia's government urged calm" ends the report at the
comma. The second is told by a verb of speech or demand inside the contrast's clause.
"""

from __future__ import annotations

from .lexicon import CUE_FORMS
from .tokens import Tokens

#: words opening a contrast that may belong to the report
CONTRAST_OPENERS = frozenset(("while", "though", "although"))
#: cue classes that make a contrast another speaker's act
_ACT_CLASSES = ("speech", "demand")
#: how far into the contrast its verb is looked for (tokens)
_LOOK_AHEAD = 10


def contrast_tells_another_act(toks: Tokens, comma: int, hi: int, quoted: list[bool]) -> bool:
    """Whether ``, while/though …`` at ``comma`` tells someone's act of speech or demand (the
    report ends at the comma) rather than going on with the report."""
    k = comma + 3   # past ", while" and at least one word of the contrast's subject
    stop = min(hi, comma + 2 + _LOOK_AHEAD)
    while k < stop and toks.text[k] not in (",", ".", ";") and not quoted[k]:
        entry = CUE_FORMS.get(toks.lower[k])
        if entry is not None and entry[1] in _ACT_CLASSES:
            return True
        k += 1
    return False
