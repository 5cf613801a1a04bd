"""An expectation voiced toward someone is a demand: "Oslo expected Russia to release them".

Diplomats rarely say "demand" of a partner: "Germany expected her to be freed 'without delay'",
"Cambodia expected 'full transparency' on water releases", "We expect Ankara to withdraw its
ship". An actor (or "we" in a speaker's own words) that *actively* expects something of another
demands it of them. The target is, in order: the actor named as the object ("expected Russia
to"), the one named after "from" ("expected full disclosure from Hungary"), else the one who
staged the event the article reacts to, else the other party of the dispute, else the last other
state named in the paragraph before the verb; with none of these
the expectation is an appeal with no target.

An expectation *of events* is no stance, so the verb must be active with an actor as its subject
("divers are expected to reach", "was widely expected to win", "the figures were expected to
rise" are passives), not negated ("did not expect") and followed by what is asked: an object and
"to", a quoted demand, or "from X".

Inside reported words the holder is the speaker when the subject is the speaker's own side
("Eide said Oslo expected ..." is Eide's demand, as the golds read it).
"""

from __future__ import annotations

from ..tokens import trigger_words
from .quoted_spans import speaking_quote

#: The active forms of the verb.
EXPECT = trigger_words({"expected", "expects", "expect"})
#: Words before the verb that make it no stance (passive, negated, hedged, universal).
NOT_ACTIVE = frozenset("""
is are was were be been being am 's widely also generally not n't never no nobody none hardly
""".split())
#: First-person subjects, the speaker's own.
FIRST_PERSON = frozenset({"we", "i"})
#: Words that end the clause searched for "from X".
ENDS = frozenset({".", "!", "?", ";", ",", "but", "and"})
#: How far "from X" may follow the verb.
WINDOW = 14
QUOTE_OPEN = frozenset({'"', "“", "«"})


def expectation_demands(finder, found: list) -> list:
    """Demands (or appeals) voiced as an expectation, not already read by another cue."""
    words = finder.words
    starts = finder.view.positions(EXPECT)  # the verb's positions, from the Doc's trigger index
    if not starts:
        return []
    Found = _finder.Found
    out: list = []
    for i in starts:
        if i == 0:
            continue
        w = words[i]
        p = i - 1
        while p >= 0 and finder.is_space[p]:
            p -= 1
        if p < 0 or words[p] in NOT_ACTIVE:
            continue
        own = speaking_quote(finder, i)
        speaker = own[2].speaker if own else None
        subject = _subject(finder, p, own)
        if subject is None:
            continue
        holder = subject
        if speaker and (subject == speaker or finder.same_voice(subject, speaker) or finder.speaks_for(speaker, subject)):
            holder = speaker
        asked = _what_is_asked(finder, i + 1)
        if asked is None:
            continue
        stop, target = asked
        if target is None or finder.same_side(holder, target):
            target = _fallback_target(finder, holder, i)
        s0, s1 = finder.sent_bounds(i)
        if any(f.type in ("demand", "appeal") and finder.same_voice(f.holder, holder)
               and s0 <= finder.mentions.token_at(f.start) < s1 for f in found):
            continue
        start, end = finder._span(i, stop)
        out.append(Found(holder, "demand" if target else "appeal", start, end, target=target,
                         issue_text=finder._text(i + 1, stop) or None, quote=own[2].id if own else None,
                         extra={"cue": "expect"}))
    return out


def _subject(finder, p: int, own) -> str | None:
    w = finder.words[p]
    if w in FIRST_PERSON:
        return own[2].speaker if own is not None and own[2].kind == "direct" else None
    g = finder.mentions.group_at(p)
    if g is not None and g.end == p + 1 and not g.possessive:
        return g.actor
    if w in ("it", "he", "she", "they"):
        g = finder._group_or_pronoun(p)
        return g.actor if g is not None else None
    return None


def _what_is_asked(finder, j: int) -> tuple[int, str | None] | None:
    """(end of the request, object actor or None), or None when nothing is asked."""
    words, n = finder.words, finder.n
    x = j
    while x < n and finder.is_space[x]:
        x += 1
    if x >= n:
        return None
    if words[x] in ("her", "him", "them", "it") and x + 1 < n and words[x + 1] == "to":
        # "expected her to be freed": the one freed is no addressee of the demand
        return finder.clause_end(x + 1), None
    g = finder.mentions.group_at(x) if words[x] != "the" else finder.mentions.group_at(x + 1)
    if g is not None and not g.possessive and g.end < n and words[g.end] == "to":
        return finder.clause_end(g.end), g.actor
    if words[x] in QUOTE_OPEN or words[x] == "from" or x + 1 < n and words[x + 1] in QUOTE_OPEN:
        for y in range(x, min(n, x + WINDOW)):
            if words[y] in ENDS and y > x + 1:
                break
            if words[y] == "from":
                h = finder.group_after(y + 1, min(n, y + 5))
                if h is not None:
                    return h.end, h.actor
        if words[x] in QUOTE_OPEN or x + 1 < n and words[x + 1] in QUOTE_OPEN:
            return finder.clause_end(x), None
    return None


def _fallback_target(finder, holder: str, i: int) -> str | None:
    culprit = finder.perpetrator()
    if culprit and not finder.same_side(holder, culprit):
        return culprit
    other = finder.opposing_party(holder)
    if other is not None:
        return other
    return _state_in_paragraph(finder, holder, i)


def _state_in_paragraph(finder, holder: str, i: int) -> str | None:
    """The last other state named in the paragraph before token ``i`` ("Cambodia, usually
    Laos's closest partner, ... expected full transparency": of Laos)."""
    text = finder.article.text
    at = finder.view.start[i]
    para = text.rfind("\n\n", 0, at)
    lo = finder.mentions.token_at(para + 2) if para >= 0 else 0
    for g in reversed(finder.mentions.groups_between(lo, i)):
        if finder.mentions.kinds.get(g.actor) == "country" and not finder.same_side(holder, g.actor):
            return g.actor
    return None


# Imported last, as a module: the finder imports this one; its names are read at call time.
from . import finder as _finder  # noqa: E402
