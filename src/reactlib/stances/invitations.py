"""An invitation of one named party to talks with the host is a consultation, not an appeal.

"invited his Peruvian counterpart to Santiago for talks", "invited Estonia for consultations":
the inviter proposes to meet the invited one itself, which the golds record as consult (CAMEO
036 "express intent to meet"), like "talks with X". What the invited one is asked to do with
others stays an appeal ("invited Estonia to join talks between Sweden and Norway", "to
negotiate with Latvia"), and inviting all parties of a dispute is mediation (cue
``invite-parties``).
"""

from __future__ import annotations

from typing import Sequence

from attrs import evolve

from .lexicon import verbs
from .skipping import skip_words

INVITE = verbs("invite")
#: What one is invited to when the inviter is the other side of the table.
MEETING_NOUNS = frozenset("talks consultations discussions meeting meetings".split())
#: Words that may stand between the preposition and the meeting noun ("for direct talks").
_FILLERS = frozenset("a an direct bilateral urgent fresh new further formal informal official".split())
#: After the meeting noun, a third party's talks ("talks between A and B") are not the host's.
_OTHERS = frozenset({"between", "among", "with"})


def invites_to_talks(words: Sequence[str], raw: Sequence[str], j: int, stop: int) -> bool:
    """Whether tokens [j, stop) after an invitation's cue invite the one named to meet the host.

    The first "for" or "to" that opens a meeting noun decides; every "to" before it must lead to
    a place (a capitalised word), never to a verb ("to join", "to negotiate").
    """
    k = j
    while k < stop:
        w = words[k]
        if w in ("for", "to"):
            m = skip_words(words, k + 1, stop, _FILLERS)
            if m < stop and words[m] in MEETING_NOUNS:
                after = skip_words(words, m + 1, stop)
                return (words[after] if after < stop else "") not in _OTHERS
            if w == "to":
                n = skip_words(raw, k + 1, stop)
                if n >= stop or not raw[n][:1].isupper():
                    return False
        k += 1
    return False


def as_consultation(found):
    """The appeal of an invitation to talks, read as the consultation it proposes."""
    return evolve(found, type="consult", issue=None, issue_text=None,
                  extra={**found.extra, "cue": "invite-talks"})
