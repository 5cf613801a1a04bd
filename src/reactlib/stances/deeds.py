"""Cues of stances shown by deeds rather than words: aid cut off or put under review, sanctions
being prepared, care offered in kind, asylum granted.

Reaction articles report what governments *did* as often as what they said, and the golds
read these acts as stances (PLOVER/CAMEO count them as events of the same kind):

- "suspended its development aid to X", "froze aid to X", "cut off military assistance to X":
  a punishment carried out, criticism of X, like a summons or an expulsion (CAMEO 16x,
  "reduce relations"); "would suspend its aid to X unless ..." stays a threat (the finder
  reads a modal before a punitive act as a threat, see ``PUNITIVE_ACT_CUES``);
- "was reviewing its aid to X", "would reconsider its assistance to X": aid put in doubt, a
  threat to X (CAMEO 13x), never a pledge of aid;
- "further sanctions were being prepared", "new penalties are being drawn up": punishment in
  preparation told in the passive, a threat with no one named;
- "offered to fly him to a hospital", "offered to evacuate the wounded": help in kind, support
  of whoever is helped (read with the other offers of help, ``HELP_CUES``);
- "Estonia offered its support": support offered with no one named, help to the stricken state;
- "granted asylum to X", "offered political asylum to X": protection given, support of X.

The cues want a named actor after "to" where they have one (``needs_target``): "suspended the
official pending an inquiry" or "suspended its operations" is no stance toward a state.

Like :mod:`.content_cues`, the cues are built from the lexicon's own pattern helpers, passed in
by :mod:`.lexicon`, so that this module imports nothing from it (no import cycle).
"""

from __future__ import annotations

from functools import cache

#: Words that may qualify the aid cut or reviewed ("its development aid", "all budget support").
AID_ADJ = ("development", "military", "humanitarian", "budget", "financial", "economic", "foreign",
           "security", "bilateral", "direct", "non-humanitarian", "general", "technical")
#: What is given as aid (the noun of the deed).
AID_NOUNS = ("aid", "assistance", "funding", "support", "loans", "grants", "cooperation")
#: Determiners before the aid ("its aid", "all aid", "part of its aid").
AID_DET = ("its", "all", "the", "their", "some", "most", "further", "remaining")
#: What a state keeps up with another and may put under review ("its cooperation with X").
TIE_NOUNS = ("cooperation", "engagement", "ties", "relations", "relationship", "partnership", "dealings")
#: Verbs that take aid away (done: criticism) and that put it in doubt (a threat).
AID_CUT_VERBS = ("suspend", "freeze", "halt", "cut", "stop", "end", "slash", "withdraw", "terminate", "reduce")
AID_REVIEW_VERBS = ("review", "reconsider", "reassess", "reevaluate", "reexamine", "rethink")
#: Cue names the finder treats as help offered (:data:`reactlib.stances.finder.HELP_CUES`).
DEED_HELP_CUES = frozenset({"offer-care"})
#: Protests and punishments carried out (this module's and the lexicon's): a position told by a
#: deed, which :mod:`.merge` keeps apart from a charge in words by the same voice toward the
#: same target ("accused X of ramming the boat" and "summoned X's ambassador" are two).
PROTEST_DEED_CUES = frozenset({"summon", "lodge-protest", "protest-to", "impose-sanctions", "expel-envoy",
                               "sever-ties", "freeze-assets", "order-envoy-out", "recall-envoy", "aid-cut",
                               "suspend-member"})
#: Cue names that are punishments carried out, threats when announced with a modal.
DEED_PUNITIVE_CUES = frozenset({"aid-cut"})


def undoes_aid(words) -> bool:
    """Whether a verb that takes aid away or puts it in doubt is among ``words``: "announced it
    would reconsider its assistance to X" pledges no aid."""
    return not _undoing_forms().isdisjoint(words)


@cache
def _undoing_forms() -> frozenset[str]:
    from .lexicon import verbs  # at call time: the lexicon imports this module

    return verbs(*AID_CUT_VERBS, *AID_REVIEW_VERBS) | {"withdrew", "withdrawn", "withheld"}


def aid_to_the_country(name: str, words, j: int) -> bool:
    """"was reviewing its aid to the country": the country meant is the one the article is
    about (:func:`first_named_country`), when the aid cue at ``j`` names no actor."""
    return name in ("aid-cut", "aid-review", "ties-review") and words[j:j + 2] in (["the", "country"], ["the", "nation"])


def first_named_country(f, holders) -> str | None:
    """The country named first in the article that is not a holder's own voice: in a round-up of
    reactions, the lead names the country where the event happened before the reacting ones (the
    news-maker, or the country named most often, may be a reacting state)."""
    firsts = []
    for a in f.article.actors:
        if a.kind == "country" and a.mentions \
                and not f.holders_own(a.id, holders):
            firsts.append((min(s for s, _ in a.mentions), a.id))
    return min(firsts)[1] if firsts else None


def offered_support(words, i: int, j: int) -> bool:
    """"Estonia offered its support" (the cue from ``i`` to ``j``): support offered with no one
    named is help to the stricken state the article is about, as for "offered naval assistance"
    (``help_unnamed`` in the finder); "offered its support for the plan" backs a thing."""
    return words[i] in _OFFER_FORMS and words[j - 1] == "support" and (j >= len(words) or words[j] not in ("for", "of"))


_OFFER_FORMS = frozenset({"offer", "offers", "offered", "offering", "pledge", "pledges", "pledged", "pledging",
                          "extend", "extends", "extended", "extending"})


def deed_cues(Cue, S, opt, verbs) -> tuple:
    """The cues, built with the lexicon's ``Cue``, ``S``, ``opt`` and ``verbs``."""
    return (
        # "suspended its development aid to X", "cut off military assistance to X"
        Cue("aid-cut", "criticize", "object",
            [S(verbs(*AID_CUT_VERBS) | {"withdrew", "withdrawn", "withheld"}), opt("off"), opt(*AID_DET),
             opt(*AID_ADJ), opt(*AID_ADJ), S(*AID_NOUNS), S("to", "for")], needs_target=True),
        # "was reviewing its aid to X", "would reconsider its assistance to X"
        Cue("aid-review", "threaten", "object",
            [S(verbs(*AID_REVIEW_VERBS)), opt(*AID_DET), opt(*AID_ADJ), opt(*AID_ADJ), S(*AID_NOUNS),
             S("to", "for")], needs_target=True),
        # "was reviewing its cooperation with X", "would reassess its ties with the government"
        Cue("ties-review", "threaten", "object",
            [S(verbs(*AID_REVIEW_VERBS)), opt(*AID_DET), opt(*AID_ADJ), S(*TIE_NOUNS), S("with")],
            needs_target=True),
        # "further sanctions were being prepared", "new penalties are being drawn up"
        Cue("sanctions-prepared", "threaten", "object",
            [S("sanctions", "penalties"), S("are", "were", "is", "was", "being", "be", "been"), opt("being", "been"),
             S("prepared", "drafted", "considered", "drawn", "weighed", "planned", "readied", "studied")]),
        # "offered to fly him to a hospital", "offered to evacuate the wounded"
        Cue("offer-care", "support", "object",
            [S(verbs("offer", "volunteer")), S("to"),
             S("fly", "evacuate", "airlift", "treat", "shelter", "house", "repatriate")]),
        # "granted asylum to X", "offered political asylum to X"
        Cue("grant-asylum", "support", "object",
            [S(verbs("grant", "offer", "give", "extend", "provide") | {"gave", "given"}),
             opt("political", "temporary", "diplomatic", "humanitarian"), S("asylum", "refuge", "sanctuary"),
             S("to")], needs_target=True),
    )
