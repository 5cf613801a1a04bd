"""Cues of support worded as what a speaker says about a relationship, not with "support".

"Moscow would keep cooperating with Nicaragua 'in all areas'", "India would continue to work
closely with Bhutan", "Kuwait valued its 'historic relationship' with Bangladesh": a state
that vows to go on working with another, or says it values its ties with it, stands by it
(PLOVER SUPPORT), and so does one that "has full confidence in" another's institutions. The cues want the partner named as an actor after "with" ("keep working with
the families" is none), which the finder checks (``needs_target``).

The cues are built by :func:`content_cues` from the lexicon's own pattern helpers, passed in by
:mod:`.lexicon` itself, so that this module imports nothing from it (no import cycle).
"""

from __future__ import annotations

#: Words that may qualify the valued ties ("its historic and strategic partnership").
TIES_ADJ = ("historic", "historical", "strategic", "special", "close", "strong", "deep", "long-standing",
            "longstanding", "excellent", "good", "friendly", "fraternal", "brotherly", "warm", "and")
#: Nouns of ties between states.
TIES = ("relationship", "relations", "ties", "friendship", "partnership", "cooperation", "alliance", "links")


def content_cues(Cue, S, opt, verbs) -> tuple:
    """The cues, built with the lexicon's ``Cue``, ``S``, ``opt`` and ``verbs``."""
    return (
        # "would keep cooperating with X", "will continue to work closely with X"
        Cue("keep-cooperating", "support", "object",
            [S(verbs("keep", "continue")), opt("to"),
             S("cooperating", "cooperate", "working", "work", "partnering"),
             opt("closely", "together", "hand"), opt("in"), opt("hand"), S("with")], needs_target=True),
        # "valued its 'historic relationship' with X", "cherishes its friendship with X"
        Cue("value-ties", "support", "object",
            [S(verbs("value", "cherish", "treasure", "prize")), opt("its", "their", "our", "the"),
             opt(*TIES_ADJ), opt(*TIES_ADJ), opt(*TIES_ADJ), S(*TIES), S("with")], needs_target=True),
        # "has full confidence in Peru's electoral institutions": trust voiced in a state's bodies
        Cue("confidence-in", "support", "object",
            [S(verbs("have", "express", "voice", "reaffirm", "place") | {"has", "had"}),
             opt("full", "complete", "total", "every", "great", "absolute", "our", "its"),
             S("confidence", "trust", "faith"), S("in")], needs_target=True),
    )
