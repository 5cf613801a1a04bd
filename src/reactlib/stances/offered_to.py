"""Help offered to someone named between the verb and the help: "offered Mozambique rescue support".

The lexicon's ``offer-aid`` reads "offered medical help" and "offered aid to X": the help comes
right after the verb. With a double object the one helped stands first and the help after it:
"Zambia offered Mozambique rescue support", "offered Chad the use of its ports", "offers Malawi
technical assistance"; a refuge granted or offered to a person ("granted Urbina humanitarian
residence", "would offer him citizenship") supports that person. That is support of the one named,
as "offered aid to X" is. Only a named actor (not a possessive: "offered Mozambique's president a
lift" gives nothing) and a help word within a few words count; "offered Zambia an apology",
"offered Malawi its condolences" (read by other cues) are no help here, nor is help named by the
helper's own agency ("Washington offered FBI help with the analysis").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..tokens import trigger_words
from .lexicon import verbs

if TYPE_CHECKING:  # pragma: no cover
    from .finder import Found, StanceFinder

#: The verbs of offering, registered with the Doc's trigger index (found in its one pass).
OFFER = trigger_words(verbs("offer", "grant"))
#: What is offered when one helps ("rescue support", "technical assistance", "a loan").
HELP_WORDS = frozenset("support assistance aid help expertise loan loans funding funds supplies shelter "
                       "asylum refuge citizenship residence residency protection".split())
#: How far after the one helped (tokens) the help word may stand ("its full logistical support").
HELP_REACH = 4


def _help_after(f: StanceFinder, k: int, stop: int) -> int | None:
    """The token after the help word that starts within HELP_REACH of ``k``, or None."""
    for x in range(k, min(stop, k + HELP_REACH)):
        w = f.words[x]
        if w in HELP_WORDS:
            return x + 1
        if w == "use" and x + 1 < stop and f.words[x + 1] == "of":
            return x + 2  # "offered Chad the use of its ports"
        if not (w.isalpha() or w == "-"):
            return None  # a comma or a full stop ends the object
    return None


def offered_to(f: StanceFinder) -> list[Found]:
    """Every offer or grant of help whose first object is a named actor, as support of that actor."""
    from .finder import Found

    out: list[Found] = []
    for i in f.view.positions(OFFER):
        k = i + 1
        g = f.mentions.group_starting(k) if k < f.n else None
        if g is None or g.possessive:
            continue
        end = _help_after(f, g.end, f.clause_end(g.end, stop_at_cues=False))
        if end is None:
            continue
        quote = f.quote_at(i)
        # "offered FBI help": the holder's own agency names the help, it is not the one helped
        holders = [h for h in f.holders_for(i, quote) if h != g.actor and not f.same_side(h, g.actor)]
        # "Minister X said Brazil would offer Uganda a loan": the official voices the offer
        holders = f.own_country_reported(i, holders, quote, "support", "offer-to")
        start, stop = f._span(i, end)
        out.extend(Found(h, "support", start, stop, target=g.actor, extra={"cue": "offer-to"})
                   for h in holders)
    return out
