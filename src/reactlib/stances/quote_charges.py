"""Charges a speaker makes in their own words, with the accused as the clause's subject.

"The regime in Addis Ababa has chosen the path of aggression," "Pristina, encouraged by its
Western patrons, is pushing the region towards a new conflict," "The American side has not
honoured a single one of its commitments": the speaker accuses the actor the clause opens with.
:meth:`~reactlib.stances.finder.StanceFinder._quote_accusations` reads the noun forms
("X's aggression", "provocations by X"); this module reads the clause forms.

Only a clause that opens a sentence of the quote counts (its subject), an aside in commas after
the subject is passed over, and the speaker's own side is never accused. A negated violation
("has not violated the truce") is a denial, not a charge; "has not honoured its commitments" is
itself the charge.
"""

from __future__ import annotations

from .mentions import QUOTE_MARKS

#: Nouns that make a predicate a charge ("has chosen the path of aggression").
CHARGE_NOUNS = frozenset("""
aggression provocation provocations occupation crimes atrocities violations terrorism terrorist invasion
interference meddling genocide escalation lies propaganda blackmail piracy
""".split())
#: Verbs that make a predicate a charge ("has violated the truce", "is sabotaging the talks").
CHARGE_VERBS = frozenset("""
violated violates violating breached breaches breaching broke breaks breaking sabotaged sabotages
sabotaging undermined undermines undermining provoked provokes provoking destabilised destabilized
destabilising destabilizing escalated escalating fuelling fueling
""".split())
#: "pushing the region towards a new conflict": the verb, then what it pushes toward.
PUSH_VERBS = frozenset("pushing pushes pushed dragging drags dragged driving drives drove leading".split())
PUSH_GOALS = frozenset("conflict war escalation brink abyss confrontation catastrophe".split())
#: "has not honoured its commitments": a broken promise, the charge itself.
KEPT_VERBS = frozenset("honoured honored kept fulfilled respected met".split())
PROMISES = frozenset("commitments commitment promises promise obligations obligation word pledges pledge".split())
#: Words that make the subject a sufferer, not a doer ("Russia has been the victim of aggression").
SUFFERING = frozenset("victim victims target targets suffered suffering subjected".split())
#: Words that end the predicate.
STOPS = frozenset({".", ";", "!", "?", "but", "while", "whereas"})
#: How many tokens the predicate may run.
PREDICATE = 16


def quote_charges(finder) -> list:
    """The clause-form charges inside every direct quote of the article."""
    Found = _finder.Found

    out: list = []
    words = finder.words
    for s, e, q in finder.quotes:
        if q.kind != "direct" or not q.speaker:
            continue
        own_country = finder.mentions.countries.get(q.speaker)
        for g in finder.mentions.groups_between(s, e):
            if g.actor == q.speaker or g.possessive or not _opens_sentence(finder, g.start, s):
                continue
            if own_country and finder.mentions.countries.get(g.actor) == own_country:
                continue
            hit = _charge_in(words, _after_aside(words, g.end, e), e)
            if hit is None:
                continue
            start, stop = finder._span(g.start, hit + 1)
            out.append(Found(q.speaker, "accuse", start, stop, target=g.actor, quote=q.id,
                             issue_text=words[hit], extra={"cue": "quote-charge"}))
        out.extend(_authored_acts(finder, s, e, q, own_country, Found))
    return out


#: Acts a speaker may name as someone's ("This was a special operation of Russia").
AUTHORED = frozenset("operation operations attack attacks act acts plot attempt campaign provocation aggression "
                     "terrorism crime crimes work sabotage".split())
#: The acts that may stand between "an act of" and "by X" ("an act of aggression by X").
NAMED_ACTS = CHARGE_NOUNS | AUTHORED


def _authored_acts(finder, s: int, e: int, q, own_country, found_type) -> list:
    """"This was a special operation of Russia", "This is state terrorism by X", "It was an act of
    aggression by X": the act named, then its author after "of"/"by" (not "on": a victim)."""
    words, out = finder.words, []
    for k in range(s, e - 3):
        if words[k] not in ("this", "it", "that") or not _opens_sentence(finder, k, s) \
                or words[k + 1] not in ("is", "was", "'s", "’s"):
            continue
        for x in range(k + 2, min(e - 1, k + 9)):
            if words[x] in STOPS or words[x] in QUOTE_MARKS or words[x] == ",":
                break
            if words[x] in AUTHORED and words[x + 1] in ("of", "by"):
                g = finder.group_after(x + 2, min(e, x + 8))
                if g is None and words[x + 1] == "of" and x + 3 < e and words[x + 2] in NAMED_ACTS \
                        and words[x + 3] == "by":
                    g = finder.group_after(x + 4, min(e, x + 10))  # "an act of aggression by X"
                if g is None or g.actor == q.speaker or g.possessive \
                        or (own_country and finder.mentions.countries.get(g.actor) == own_country):
                    break
                start, stop = finder._span(k, g.end)
                out.append(found_type(q.speaker, "accuse", start, stop, target=g.actor, quote=q.id,
                                      issue_text=words[x], extra={"cue": "authored-act"}))
                break
    return out


def _opens_sentence(finder, start: int, quote_start: int) -> bool:
    p = start - 1
    while p >= quote_start and (finder.words[p] == "the" or finder.is_space[p]):
        p -= 1
    return p < quote_start or finder.words[p] in QUOTE_MARKS or finder.words[p] in (".", "!", "?") \
        or finder.view.sent_start[p + 1]


def _after_aside(words, k: int, end: int) -> int:
    """Past ", encouraged by its Western patrons," right after the subject."""
    if k < end and words[k] == ",":
        for x in range(k + 1, min(end, k + 12)):
            if words[x] == ",":
                return x + 1
            if words[x] in STOPS:
                break
    return k


def _charge_in(words, a: int, end: int) -> int | None:
    negated = False
    for k in range(a, min(end, a + PREDICATE)):
        w = words[k]
        if w in STOPS or w in QUOTE_MARKS or (w == "," and k > a):
            return None
        if w in SUFFERING:
            return None
        if w in ("not", "n't", "never"):
            negated = True
            continue
        if w in KEPT_VERBS and negated:
            if any(x in PROMISES for x in words[k + 1:min(end, k + 9)]):
                return k
            continue
        if negated:
            continue
        if w in CHARGE_NOUNS or w in CHARGE_VERBS:
            return k
        if w in PUSH_VERBS and any(x in PUSH_GOALS for x in words[k + 1:min(end, k + 8)]):
            return k
    return None


# Imported last, as a module: the finder imports this one; its names are read at call time.
from . import finder as _finder  # noqa: E402
