"""A commitment to someone, or to their defence, is support: "our commitment to the defence of X".

"Washington's commitment to the defence of South Korea and Japan remains ironclad", "reaffirmed
Washington's commitment to the Philippines": the lexicon's ``commitment-to`` cue reads "reaffirmed
its commitment to X" only with a verb of voicing right before the noun, so the commitment told as
the subject of a sentence, or owned by a name ("Washington's"), was missed. Support (PLOVER
SUPPORT) goes from the one voicing it (a quote's speaker, else the narrative holder) to each actor
named after "to", or after "to the defence / security / sovereignty of"; "commitment to a
settlement", "commitment to reform" name no one and give nothing, and a commitment owned by
someone else than the speaker's side ("Vietnam said Japan's commitment to X was weak") is none.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..tokens import trigger_words
from .quoted_spans import speaking_quote

if TYPE_CHECKING:  # pragma: no cover
    from .finder import Found, StanceFinder

COMMITMENT = trigger_words({"commitment", "commitments"})
#: What of someone a commitment may be to ("the defence of X").
GUARDED = frozenset("defence defense security sovereignty independence safety protection "
                    "territorial integrity".split())

#: Words that may open the noun phrase "commitment" heads ("its firm commitment", "the ironclad
#: commitment"), read past to find the holder or the owner's name.
PHRASE_LEADS = frozenset("its their our his her the firm strong ironclad unwavering steadfast continued "
                         "full".split())


def _object_start(words: list[str], k: int, n: int) -> int | None:
    """The token after "commitment to (the defence of)" at ``k``, or None."""
    x = k + 1
    if x >= n or words[x] != "to":
        return None
    x += 1
    if x < n and words[x] == "the":
        y = x + 1
        while y < n and words[y] in GUARDED:
            y += 1
        if y > x + 1 and y < n and words[y] == "of":
            return y + 1  # "to the defence of X", "to the territorial integrity of X"
    return x


def _phrase_start(f: StanceFinder, k: int) -> tuple[int, str | None]:
    """The first token of the noun phrase "commitment" heads: past "its", "the" or an owner's name
    ("reaffirmed Washington's commitment"), so the holder is the one voicing it, read from there;
    and the owner named, if any."""
    p = k - 1
    while p >= 0 and f.words[p] in PHRASE_LEADS:
        p -= 1
    if p >= 1 and f.words[p] in ("'s", "’s"):
        p -= 1  # the owner's name before its possessive mark
    g = f.mentions.group_at(p) if p >= 0 else None
    if g is not None and g.possessive:
        return max(0, g.start - 1), g.actor  # "Washington's commitment": the owner is voiced, not the voice
    return max(0, p), None


def commitments(f: StanceFinder) -> list[Found]:
    """Every commitment to a named actor (or to its defence), as support of that actor."""
    from .finder import Found

    words = f.words
    out: list[Found] = []
    for k in f.view.positions(COMMITMENT):
        x = _object_start(words, k, f.n)
        if x is None or x >= f.n:
            continue
        g = f.mentions.group_starting(x) or (f.mentions.group_starting(x + 1) if words[x] == "the" else None)
        if g is None or g.possessive:
            continue  # "commitment to reform", "to X's reforms": no one supported
        own = speaking_quote(f, k)
        p, owner = _phrase_start(f, k)
        holders = [own[2].speaker] if own is not None else f.holders_for(p, None)
        if owner is not None:
            # "Vietnam said Japan's commitment to X was weak": only the owner's side voices it
            holders = [h for h in holders if f.same_side(h, owner)]
        named = f.coordinated_right(g, f.sent_bounds(k)[1])
        targets = [c.actor for c in named]
        start, stop = f._span(k, max(c.end for c in named))
        out.extend(Found(h, "support", start, stop, target=t, quote=own[2].id if own else None,
                         extra={"cue": "commitment"})
                   for h in holders for t in targets if not f.same_side(h, t))
    return out
