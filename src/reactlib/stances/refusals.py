"""Refusing to pay what was imposed, or to be coerced, rejects whoever imposes or coerces.

"Chad will not pay a tariff it has not negotiated", "we refuse to pay the fine", "Uganda will not
be blackmailed": a refusal with no verb of rejection (PLOVER REJECT). Paying is refused only when
what is named is a charge laid on the speaker ("tariff", "levy", "fine", "ransom"): "will not pay
for the damage" or "will not pay the salaries" is no refusal of anyone. Being coerced is refused
in the passive ("will not be blackmailed", "won't be bullied", "will not be dictated to"); "we will
not be intimidated" is left to :mod:`.quote_defiance`'s reading (the golds fold it into the stance
it comes with).

The one rejected is an actor named in what is refused that is not the speaker's side; else, in a
quote, the adversary found as a threat's target is (the other party, the event's author); else
the foe the same voice charged just before ("accused Nairobi of …. 'We will not be blackmailed'");
else whoever imposed the charge, told with its verb before ("Cameroon imposed a transit tariff"). With
no one found nothing is read. A rejection with no target by the same voice in the same sentence
("a tariff it has not negotiated" read as "not negotiate") is the same refusal and is dropped.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..tokens import trigger_words
from .act_authors import act_author
from .quoted_spans import speaking_quote

if TYPE_CHECKING:  # pragma: no cover
    from .finder import Found, StanceFinder

#: The verbs refused: paying, and being coerced (passive participles).
PAY = frozenset({"pay"})
COERCED = frozenset({"blackmailed", "bullied", "coerced", "dictated", "bribed", "extorted"})
TRIGGERS = trigger_words(PAY | COERCED)
#: Charges laid on someone, which paying would accept.
IMPOSED = frozenset("tariff tariffs tax taxes levy levies fine fines duty duties toll tolls fee fees ransom "
                    "surcharge surcharges penalty penalties reparations tribute".split())
#: The verbs that tell a charge imposed ("imposed a transit tariff").
IMPOSING = frozenset("imposed imposes introduced introduces levied levies slapped announced set raised".split())
NEGATORS = frozenset({"not", "never", "n't", "refuse", "refuses", "refused", "refusing", "won't"})
#: Words between the negator and the verb ("will not be", "refused to").
BETWEEN = frozenset({"be", "to", "ever", "simply", "just", "any", "longer"})
#: Stances whose target a refusal that names no one answers, and how far back (tokens) they count.
CHARGES = frozenset({"accuse", "criticize", "condemn", "reject"})
CHARGE_REACH = 60
#: How far after "pay" (tokens) the charge may stand ("pay a new transit tariff").
OBJECT_REACH = 4


def _negated(words: list[str], k: int) -> bool:
    """Whether a negator stands before ``k``, past only "be", "to" and the like."""
    p = k - 1
    while p >= 0 and words[p] in BETWEEN:
        p -= 1
    return p >= 0 and words[p] in NEGATORS


def _last_charged(f: StanceFinder, found: list[Found], holders: list[str], k: int) -> str | None:
    """The foe the same voice charged or criticised last, within ``CHARGE_REACH`` tokens before
    ``k``: "X accused Nairobi of strangulation. 'Uganda will not be blackmailed,' he said"."""
    charged = [x for x in found if x.type in CHARGES and x.target is not None
               and any(f.same_voice(x.holder, h) for h in holders)
               and not any(f.same_side(h, x.target) for h in holders)
               and k - CHARGE_REACH <= f.mentions.token_at(x.start) < k]
    return max(charged, key=lambda x: x.start).target if charged else None


def refusals(f: StanceFinder, found: list[Found]) -> list[Found]:
    """``found`` with every refusal to pay a charge, or to be coerced, read as a rejection."""
    from .finder import Found
    from .quote_threats import threat_target

    words = f.words
    out = list(found)
    for k in f.view.positions(TRIGGERS):
        if not _negated(words, k):
            continue
        w = words[k]
        if w == "pay":
            charge = next((x for x in range(k + 1, min(f.n, k + 1 + OBJECT_REACH)) if words[x] in IMPOSED), None)
            if charge is None:
                continue  # "will not pay for the damage": no charge refused
            end = charge + 1
        else:
            if words[k - 1] != "be":
                continue  # "has not blackmailed anyone": no refusal
            charge, end = None, k + 1
        own = speaking_quote(f, k)
        holders = [own[2].speaker] if own is not None else f.holders_for(k, None)
        if not holders:
            continue
        s0, s1 = f.sent_bounds(k)
        named = [g.actor for g in f.mentions.groups_between(k + 1, min(s1, end + 3))
                 if not g.possessive and not any(f.same_side(h, g.actor) for h in holders)]
        target = named[0] if named else None
        if target is None and own is not None:
            target = threat_target(f, found, own, own[2].speaker, k, s0, s1, "defiance")
        if target is None:
            target = _last_charged(f, found, holders, k)
        if target is None and charge is not None:
            def subject_at(x: int) -> str | None:
                g = f.adjacent_subject(x)
                return g.actor if g is not None else None
            target = act_author(words, charge, s0, subject_at, lambda x: None, forms=IMPOSING)
        if target is None or any(f.same_side(h, target) for h in holders):
            continue
        out = [x for x in out if not (x.type == "reject" and x.target is None
                                      and any(f.same_voice(x.holder, h) for h in holders)
                                      and s0 <= f.mentions.token_at(x.start) < s1)]
        lo, hi = f._span(k, end)
        out.extend(Found(h, "reject", lo, hi, target=target, quote=own[2].id if own else None,
                         extra={"cue": "refusal"}) for h in holders)
    return out
