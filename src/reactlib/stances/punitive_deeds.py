"""Punitive acts with no word of protest: an envoy declared unwelcome, a pact suspended, visas revoked.

A government that "declared the Bolivian ambassador persona non grata", "suspended its trade
agreement with X", "revoked the visas of three Bolivian officials" or "imposed visa bans on X's
officials" disapproves of X in the strongest way it has, as one that expels envoys or severs ties
(CAMEO 16x, "reduce relations"): criticism of X, like the lexicon's ``expel-envoy`` and
``sever-ties``. Announced only ("would revoke", "threatened to suspend"), they are threats read
elsewhere (the cue names join ``PUNITIVE_ACT_CUES``). "Suspended the agreement" with no partner
named, "revoked the licence of a bank" and "declared a state of emergency" are none.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from ..tokens import trigger_words
from .negation import NEGATORS

if TYPE_CHECKING:  # pragma: no cover
    from .finder import Found, StanceFinder

#: The cue names, so the finder treats them as punitive acts (a modal before them drops them).
PUNITIVE_DEED_CUES = frozenset({"pact-suspended", "visas-revoked"})
#: Pacts a government may suspend or tear up with another ("its trade agreement with X").
PACT_NOUNS = ("agreement", "agreements", "accord", "accords", "treaty", "treaties", "pact", "deal", "deals",
              "cooperation", "partnership", "memorandum")
PACT_ADJ = ("trade", "free-trade", "security", "defence", "defense", "military", "economic", "bilateral",
            "fishing", "border", "visa", "extradition", "energy", "all", "its", "the", "a", "their")


def punitive_deed_cues(Cue, S, opt, verbs) -> tuple:
    """The cues, built with the lexicon's ``Cue``, ``S``, ``opt`` and ``verbs``."""
    return (
        # "suspended its trade agreement with X", "tore up the fishing accord with X"
        Cue("pact-suspended", "criticize", "object",
            [S(verbs("suspend", "cancel", "scrap", "annul", "freeze", "terminate", "revoke", "abrogate")
               | {"tore", "torn", "tear"}), opt("up"), opt(*PACT_ADJ), opt(*PACT_ADJ), opt(*PACT_ADJ),
             S(*PACT_NOUNS), S("with")], needs_target=True),
        # "revoked the visas of three Bolivian officials", "imposed visa bans on X's officials"
        Cue("visas-revoked", "criticize", "object",
            [S(verbs("revoke", "cancel", "impose") | {"slapped"}), opt("the"), S("visas", "visa"),
             opt("bans", "ban", "restrictions"), S("of", "on", "for")], needs_target=True),
    )


#: The word that opens "persona non grata", registered with the Doc's trigger index.
PERSONA = trigger_words({"persona"})
#: How far before "persona non grata" (tokens) the verb "declared" may stand.
PNG_REACH = 9


@cache
def _declare_forms() -> frozenset[str]:
    from .lexicon import verbs  # at call time: the lexicon imports this module

    return verbs("declare")


def personae_non_gratae(f: StanceFinder) -> list[Found]:
    """"declared the Bolivian ambassador persona non grata": criticism of the envoy's state.

    Read here rather than by a lexicon cue because the envoy stands between the verb and the
    words that make it an expulsion; the target is the envoy's country, as for a summons."""
    from .finder import ANNOUNCED_BEFORE, ENVOY_WORDS, Found

    out: list[Found] = []
    starts = f.view.positions(PERSONA)
    if not starts:
        return out
    declare = _declare_forms()
    for k in starts:
        if f.words[k + 1:k + 3] != ["non", "grata"]:
            continue
        sstart, _ = f.sent_bounds(k)
        i = next((x for x in range(k - 1, max(sstart, k - PNG_REACH) - 1, -1) if f.words[x] in declare), None)
        if i is None or ENVOY_WORDS.isdisjoint(f.words[i + 1:k]):
            continue
        p = f._prev_word(i)
        if p is not None and (f.words[p] in ANNOUNCED_BEFORE or f.words[p] in NEGATORS):
            continue  # "threatened to declare …", "can declare", "did not declare": no act done
        envoys = [f.envoy_country(g) for g in f.mentions.groups_between(i + 1, k)]
        holders = f.holders_for(i, f.quote_at(i))
        start, end = f._span(i, k + 3)
        out.extend(Found(h, "criticize", start, end, target=g.actor, extra={"cue": "persona-non-grata"})
                   for g in envoys if g.actor for h in holders if h != g.actor)
    return out
