"""Defiance in a speaker's words rejects the one pressing: "will neither provoke nor bow to pressure".

"Taiwan would 'neither provoke nor bow to pressure'", "Vilnius would 'not give in to blackmail'":
refusing to yield to pressure, threats or blackmail rejects the demands of whoever applies them
(PLOVER REJECT). The one pressing is found as a threat's target is
(:func:`~reactlib.stances.quote_threats.threat_target`): the other party of the dispute, the
event's author, or whoever last acted against the speaker's side. With no such adversary
("farmers will not bow to pressure from the banks") nothing is read.

"We will not be intimidated" is left alone: the golds read it as part of the stance it comes
with, never as a rejection of its own.
"""

from __future__ import annotations

from ..tokens import trigger_words
from .quoted_spans import quoted_positions, speaking_quote

#: Verbs of yielding.
YIELD = trigger_words("bow bend yield succumb submit cave give".split())
#: What is not yielded to.
PRESSURES = frozenset("pressure pressures threats threat blackmail intimidation coercion ultimatums "
                      "ultimatum dictates".split())
NEGATORS = frozenset({"not", "never", "nor", "n't"})


def quote_defiance(finder, found: list) -> list:
    """Rejections voiced as a refusal to yield to pressure, inside quotes."""
    words = finder.words
    if PRESSURES.isdisjoint(words):
        return []
    from .quote_threats import threat_target
    Found = _finder.Found
    out: list = []
    for k in quoted_positions(finder, margin=4, words=YIELD):
        x = k + 1
        if words[k] in ("give", "cave") and x < finder.n and words[x] == "in":
            x += 1
        if x + 1 >= finder.n or words[x] != "to":
            continue
        y = x + 1
        while y < finder.n and (words[y] in ('"', "“", "”", "any", "the", "such", "foreign") or finder.is_space[y]):
            y += 1
        if y >= finder.n or words[y] not in PRESSURES:
            continue
        if not any(words[p] in NEGATORS for p in range(max(0, k - 4), k)):
            continue
        own = speaking_quote(finder, k)
        if own is None:
            continue
        speaker = own[2].speaker
        s0, s1 = finder.sent_bounds(k)
        target = threat_target(finder, found, own, speaker, k, s0, s1, "defiance")
        if target is None:
            continue
        if any(f.type == "reject" and finder.same_voice(f.holder, speaker) and f.target == target
               and s0 <= finder.mentions.token_at(f.start) < s1 for f in found):
            continue
        start, stop = finder._span(k, y + 1)
        out.append(Found(speaker, "reject", start, stop, target=target, quote=own[2].id,
                         issue_text=words[y], extra={"cue": "quote-defiance"}))
    return out


# Imported last, as a module: the finder imports this one; its names are read at call time.
from . import finder as _finder  # noqa: E402
