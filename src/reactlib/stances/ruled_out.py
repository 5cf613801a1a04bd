"""Something ruled out in so many words is a rejection: "talks with Lusaka are out of the question".

A speaker who says that talks, a deal or a return "are out of the question", "are off the table",
"are not an option" or "are a non-starter" refuses it (PLOVER REJECT) with no verb of refusal. The
one rejected is the actor named in what is ruled out ("talks with Lusaka", "any Russian
presence") that is not the speaker's side; inside a quote with no such actor, the adversary found
as for a threat (the other party, the event's author); in narration with none, no one
("a ceasefire is out of the question": a rejection with no target).

What is ruled out is no stance of its own: "talks with X" inside it is no consultation, so such a
consultation read from the same words is dropped. "Sanctions are on the table" (a threat) and
"not out of the question" (left open) are not this.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..tokens import trigger_words
from .quoted_spans import speaking_quote

if TYPE_CHECKING:  # pragma: no cover
    from .finder import Found, StanceFinder

#: The copulas before the phrase ("are", "remains", "is simply").
COPULAS = frozenset({"is", "are", "was", "were", "remains", "remain", "remained", "be", "'s", "’s"})
#: Adverbs that may stand between the copula and the phrase.
ADVERBS = frozenset({"simply", "absolutely", "completely", "totally", "clearly", "now", "still", "also"})
#: Where the subject of the phrase starts, looking back from the copula.
SUBJECT_OPENERS = frozenset({"that", '"', "“", "”", ":", ";", ","})
#: The last word of each ruling-out phrase ("out of the question", "off the table", "not an option",
#: "a non-starter"): registered with the Doc's trigger index, which says where they stand.
PHRASE_ENDS = trigger_words({"question", "table", "option", "non-starter"})
#: How far back (tokens) the subject may start.
SUBJECT_REACH = 12


def _phrase_start(words: list[str], k: int) -> int | None:
    """The first token of a ruling-out phrase ending at ``k`` (a word of ``PHRASE_ENDS``), or None
    when the words before ``k`` do not make one."""
    w = words[k]
    if w == "question" and words[max(0, k - 3):k] == ["out", "of", "the"]:
        return k - 3
    if w == "table" and words[max(0, k - 2):k] == ["off", "the"]:
        return k - 2
    if w in ("option", "non-starter") and k >= 2 and words[k - 1] in ("an", "a") and words[k - 2] == "not":
        return k - 2
    if w == "non-starter" and k >= 1 and words[k - 1] == "a":
        return k - 1
    return None


def ruled_out(finder: StanceFinder, found: list[Found]) -> list[Found]:
    """``found`` with every ruling-out read as a rejection, and the consultations inside what is
    ruled out dropped."""
    from .finder import Found

    words = finder.words
    ends = finder.view.positions(PHRASE_ENDS)
    if not ends:
        return found
    out = list(found)
    for k in ends:
        p = _phrase_start(words, k)
        if p is None:
            continue
        b = p - 1
        while b >= 0 and words[b] in ADVERBS:
            b -= 1
        if b < 0 or words[b] not in COPULAS or (b >= 1 and words[b - 1] in ("not", "never", "n't")):
            continue  # "is not out of the question": left open
        s0, s1 = finder.sent_bounds(k)
        a = b - 1
        while a > max(s0, b - SUBJECT_REACH) and words[a - 1] not in SUBJECT_OPENERS:
            a -= 1
        if a >= b:
            continue
        own = speaking_quote(finder, k)
        holders = [own[2].speaker] if own is not None else finder.holders_for(a, None)
        if not holders:
            continue
        named = [g.actor for g in finder.mentions.groups_between(a, b)
                 if not any(finder.same_side(h, g.actor) for h in holders)]
        target = named[0] if named else None
        if target is None and own is not None:
            from .quote_threats import threat_target
            target = threat_target(finder, found, own, own[2].speaker, k, s0, s1, "defiance")
        lo, hi = finder._span(a, k + 1)
        out = [f for f in out if not (f.type == "consult" and lo <= f.start < hi)]
        out.extend(Found(h, "reject", lo, hi, target=target, quote=own[2].id if own else None,
                         extra={"cue": "ruled-out"}) for h in holders if h != target)
    return out
