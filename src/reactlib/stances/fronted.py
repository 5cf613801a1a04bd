"""Stances told as a noun before their holder: "In a condemnation of the launch, the G7 said …".

Reports often open with the position and name its holder after the comma: "In a show of
support for Kyiv, Poland sent …", "In a rebuke to Beijing, Manila summoned …". No verb of
the lexicon carries the stance there, so the verbal cues never see it. The phrase is read only
where it opens a sentence ("In a/an [one or two adjectives] <noun> <preposition> …,"); its
holder is the first subject after the comma, its target the actor inside the phrase — or, for a
condemnation of an event that names no one ("of the launch"), whoever staged the event.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from .finder import Found, StanceFinder

#: The nouns of a stance (as word tuples) and the stance each carries.
FRONTED_NOUNS: dict[tuple[str, ...], str] = {
    ("condemnation",): "condemn",
    ("denunciation",): "condemn",
    ("rebuke",): "criticize",
    ("reprimand",): "criticize",
    ("rebuff",): "reject",
    ("rejection",): "reject",
    ("warning",): "threaten",
}
#: "a show of support", "a gesture of solidarity": support.
SHOW_NOUNS = frozenset({"show", "gesture", "sign", "display", "demonstration", "expression", "message"})
SHOWN = frozenset({"support", "solidarity"})
#: Prepositions joining the noun to what or whom it is about.
ABOUT = frozenset({"of", "for", "to", "against", "at", "with"})
#: Adjectives allowed between the article and the noun ("in a rare public rebuke").
MAX_ADJECTIVES = 2


def _stance_noun(words: list[str], k: int) -> tuple[str, int] | None:
    """(stance type, index after the noun) for the stance noun starting at ``k``, if any."""
    if (words[k],) in FRONTED_NOUNS:
        return FRONTED_NOUNS[(words[k],)], k + 1
    if words[k] in SHOW_NOUNS and k + 2 < len(words) and words[k + 1] == "of" and words[k + 2] in SHOWN:
        return "support", k + 3
    return None


def fronted_stances(f: StanceFinder) -> list[Found]:
    """Every stance carried by a fronted "In a <stance noun> …," phrase of the article."""
    Found = _finder.Found
    words, n = f.words, f.n
    out: list[Found] = []
    for i in range(n - 3):
        if words[i] != "in" or f.sent_bounds(i)[0] != i and not _after_quote_mark(f, i):
            continue
        if words[i + 1] not in ("a", "an"):
            continue
        hit = None
        for k in range(i + 2, min(n, i + 3 + MAX_ADJECTIVES)):
            hit = _stance_noun(words, k)
            if hit is not None or not words[k].isalpha():
                break
        if hit is None:
            continue
        kind, j = hit
        _, send = f.sent_bounds(i)
        comma = next((k for k in range(j, min(send, j + 15)) if words[k] == ","), None)
        if comma is None or (j < comma and words[j] not in ABOUT):
            continue
        holders = f.subject_after(comma)
        if not holders:
            continue
        inside = [g for g in f.mentions.groups_between(j, comma) if g.actor not in holders]
        target = inside[0].actor if inside else None
        if target is None and kind == "condemn":
            maker = f.perpetrator()
            target = maker if maker not in holders else None
        start, end = f._span(i + 1, comma)
        out.extend(Found(h, kind, start, end, target=target, extra={"cue": "fronted-" + kind}) for h in holders)
    return out


def _after_quote_mark(f: StanceFinder, i: int) -> bool:
    """A sentence opening with a quote mark before "In"."""
    return i > 0 and f.sent_bounds(i)[0] == i - 1 and f.words[i - 1] in ("“", '"', "‘", "'")


# Imported last, as a module: the finder imports this one; its names are read at call time.
from . import finder as _finder  # noqa: E402
