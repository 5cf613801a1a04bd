"""A court's finding against a party is an accusation; its order to a party is a demand.

"The court ruled that X violated the convention", "the tribunal found that X had breached …":
the court charges X (accuse, court → X). "The court ordered X to pay …", "X was ordered to
report back …": the court demands of X (demand, court → X). No verb of the lexicon carries
these — "ruled" and "ordered" are stances only when a court speaks them and, for a finding,
only when what follows "that" is a party's breach. So the holder must be a court or tribunal
the article names as an actor (the subject of the verb; for the passive "X was ordered to",
the article's one court, or the one its lead sentence opens with); a finding that a party did *not* breach anything, or that something
other than a party was so, is no stance.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .decisions import news_maker
from .lexicon import verbs
from .mentions import DETERMINERS
from .rulings import court_ids, the_court

if TYPE_CHECKING:  # pragma: no cover
    from .finder import Found, StanceFinder

#: Verbs by which a court states a finding (followed by "that").
FINDING = verbs("rule", "find", "hold", "conclude", "determine", "declare")
#: Verbs of a breach, in the finding's clause.
BREACH = frozenset("violated breached infringed contravened committed failed broke violates "
                   "breaches fails".split())
#: Auxiliaries allowed between the party and the breach ("had violated"); a negator stops the
#: reading ("had not violated" is no finding against X).
AUXILIARIES = frozenset("had has have".split())
#: Verbs of a court's order ("ordered X to", "X was ordered to").
ORDER = frozenset({"ordered", "orders", "order"})


def _court_holder(f: StanceFinder, i: int, courts: list[str]) -> str | None:
    """The court that is the subject of the verb at ``i``, if the subject is a court."""
    holders = f.holders_for(i, f.quote_at(i))
    return holders[0] if len(holders) == 1 and holders[0] in courts else None


def _party_at(f: StanceFinder, k: int, court: str):
    """The actor group starting at ``k`` (past a determiner), if it is not the court itself."""
    while k < f.n and f.words[k] in DETERMINERS:
        k += 1
    g = f.mentions.group_starting(k) if k < f.n else None
    return g if g is not None and g.actor != court and not g.possessive else None


def _finding(f: StanceFinder, i: int, court: str) -> Found | None:
    """"<court> ruled that X (had) violated …" at the finding verb ``i``."""
    if i + 1 >= f.n or f.words[i + 1] != "that":
        return None
    g = _party_at(f, i + 2, court)
    if g is None:
        return None
    k = g.end
    while k < f.n and (f.is_space[k] or f.words[k] in AUXILIARIES):
        k += 1
    if k >= f.n or f.words[k] not in BREACH:
        return None
    start, end = f._span(i, f.clause_end(k + 1, stop_at_cues=False))
    return _finder.Found(court, "accuse", start, end, target=g.actor, extra={"cue": "court-finding"})


def _order(f: StanceFinder, i: int, courts: list[str]) -> Found | None:
    """"<court> ordered X to …" or "X was ordered to …" (the article's one court) at ``i``."""
    w = f.words
    if i + 1 < f.n and w[i + 1] == "to" and i >= 2 and w[i - 1] in ("was", "were", "been", "is", "are"):
        # the article's one court, or the one its lead sentence opens with (as for a ruling's target)
        court = the_court(courts, news_maker(f), f.lead_actors())
        g = f.group_ending_before(i - 1)
        if court is None or g is None or g.actor in courts or f.oblique(g):
            return None
        target, stop = g.actor, i + 2
    else:
        court = _court_holder(f, i, courts)
        g = _party_at(f, i + 1, court) if court else None
        if g is None or g.end >= f.n or w[g.end] != "to":
            return None
        target, stop = g.actor, g.end + 1
    start, end = f._span(i, f.clause_end(stop, stop_at_cues=False))
    return _finder.Found(court, "demand", start, end, target=target, extra={"cue": "court-order"})


def court_findings(f: StanceFinder) -> list[Found]:
    """Every court finding of a breach and every court order of the article."""
    courts = court_ids(f.article.actors)
    if not courts:
        return []
    out: list[Found] = []
    for i, word in enumerate(f.words):
        if word in FINDING:
            court = _court_holder(f, i, courts)
            found = _finding(f, i, court) if court else None
        elif word in ORDER:
            found = _order(f, i, courts)
        else:
            continue
        if found is not None:
            out.append(found)
    return out


# Imported last, as a module: the finder imports this one; its names are read at call time.
from . import finder as _finder  # noqa: E402
