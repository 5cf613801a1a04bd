"""Help in kind told by what is sent or offered: craft and crews, with no word of aid.

Reports of a disaster list the help that neighbours send as things: "Brazil sent two
water-bombing planes", "South Africa sent two helicopters yesterday", "Uruguay offered a team of
60 firefighters". The send cue (``send-aid``) wanted a word of relief in the object and the offer
cue (``offer-aid``) a word of aid ("assistance", "help"), so aircraft sent and crews offered were
read as no stance. A donor sending craft, or offering a team of relief workers, to a stricken
country supports that country (CAMEO 07, "provide aid"), as "sent rescue teams" does.

Only craft that carry help count, and only when no weapon word qualifies them: "sent two
fighter jets", "sent military helicopters", "sent warships" are shows of force, no help. An
offer counts only when its object opens as a thing given ("a team of", "two planes", "60
firefighters") and names relief within a few words: "offered a compromise", "offered its
resignation" are no help.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Sequence

from ..tokens import trigger_words
from .lexicon import verbs

if TYPE_CHECKING:  # pragma: no cover
    from .finder import Found, StanceFinder

#: The verbs of offering, registered with the Doc's trigger index (found in its one pass).
OFFER = trigger_words(verbs("offer"))

#: Craft sent to carry help: read as relief when nothing makes them weapons.
CRAFT = frozenset("helicopter helicopters plane planes aircraft airplanes aeroplanes water-bombers "
                  "water-bombing firefighting-planes tankers ambulances boats hospital-ship".split())
#: Words that make the craft a show of force ("fighter jets", "military helicopters", "attack
#: helicopters"), not help.
FORCE_WORDS = frozenset("fighter fighters military attack combat war warplanes warships bomber bombers "
                        "reconnaissance surveillance spy armed gunship gunships naval troops soldiers "
                        "drones missiles tanks".split())
#: Words that open an object as things counted out ("a team of", "two planes", "several crews");
#: the finder's ``GIFT_OPENERS`` adds the words of aid given.
COUNT_OPENERS = frozenset("a an two three four five several dozens hundreds".split())
#: How far into the object (tokens) the craft or relief word may stand ("two Canadair
#: water-bombing planes", "a team of 60 firefighters").
RELIEF_REACH = 6


def object_window(words: Sequence[str], j: int, stop: int) -> list[str]:
    """The object's words from token ``j``: at most :data:`RELIEF_REACH` of them, before ``stop``,
    and ending at the first comma or full stop (any token neither alphanumeric nor hyphenated).
    One place for the window that every test of what is sent or offered reads."""
    window = list(words[j:min(stop, len(words), j + RELIEF_REACH)])
    cut = next((k for k, w in enumerate(window) if not (w.isalnum() or "-" in w)), len(window))
    return window[:cut]


def armed(words: Sequence[str], j: int, stop: int) -> bool:
    """Whether a weapon word qualifies what is sent from token ``j`` ("two military helicopters",
    "fighter planes"): a show of force, no help, even when the craft also carry relief."""
    return not FORCE_WORDS.isdisjoint(object_window(words, j, stop))


def offers_relief(words: Sequence[str], j: int, stop: int, relief: frozenset[str]) -> bool:
    """Whether an offer's object from token ``j`` is relief given in kind ("a team of 60
    firefighters", "two helicopters", "medical supplies"): it opens as a thing (an article or a
    number) and names a ``relief`` word or craft before it ends, with no weapon among them."""
    if j >= min(stop, len(words)):
        return False
    if not (words[j] in COUNT_OPENERS or words[j][:1].isdigit()):
        return False  # "offered its resignation", "offered condolences": read by other cues
    window = object_window(words, j, stop)
    return FORCE_WORDS.isdisjoint(window) and not (relief.isdisjoint(window) and CRAFT.isdisjoint(window))


def offered_relief(f: StanceFinder) -> list[Found]:
    """Every offer whose object is relief in kind (:func:`offers_relief`), as support of the one
    named after "to", or else of the stricken state the article is about."""
    from .finder import RELIEF_WORDS, Found

    out: list[Found] = []
    for i in f.view.positions(OFFER):
        j = i + 1
        stop = f.clause_end(j, stop_at_cues=False)
        if not offers_relief(f.words, j, stop + 1, RELIEF_WORDS):
            continue
        quote = f.quote_at(i)
        holders = f.holders_for(i, quote)
        if not holders:
            continue
        to = next((k for k in range(j, min(stop, j + RELIEF_REACH + 4)) if f.words[k] == "to"), None)
        g = f.mentions.group_starting(to + 1) if to is not None and to + 1 < f.n else None
        target = g.actor if g is not None and not g.possessive else f.foreign_host(holders)
        if target is None:
            continue
        holders = [h for h in holders if not f.same_side(h, target)]
        holders = f.own_country_reported(i, holders, quote, "support", "offer-relief")
        end = g.end if g is not None else min(stop, j + RELIEF_REACH)
        start, stop_ = f._span(i, end)
        out.extend(Found(h, "support", start, stop_, target=target, extra={"cue": "offer-relief"})
                   for h in holders)
    return out
