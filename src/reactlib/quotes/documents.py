"""Documents that speak: '"…," the statement read.'

Why: wire copy quotes statements, communiqués and letters with the verb "read" ('"Senegal condemns
any seizure of power," the statement read'; 'The letter reads: "…"'). "read" is no verb of saying
in general ("she read the names", "a statement read out on television"), so it is a cue here only
right after a document noun phrase and before a punctuation mark, a colon or "that"; "read by",
"read out", "read on" are participles. The speaker is the document, whose issuer the linker finds
(:meth:`reactlib.linking.ActorLinker.document_issuer`). Every look is a few tokens wide.
"""

from __future__ import annotations

from ..tokens import trigger_words
from .cues import Cue
from .tokens import Tokens, skip_space

#: Documents whose words can be quoted with "read".
DOCUMENT_NOUNS = frozenset("statement communique communiqué letter note message text post declaration "
                           "release notice banner sign placard resolution".split())
#: every word that may begin a document cue ("read"), for the Doc's trigger index
DOCUMENT_CUE_WORDS = trigger_words({"read", "reads"})
#: Words after "read" that make it a participle or another verb, not a cue.
_NOT_AFTER = frozenset({"by", "out", "on", "aloud", "in", "at", "to", "from", "the", "a", "an"})
#: Farthest document noun before "read" (tokens): "a statement from the presidency read".
_LOOKBACK = 5


def document_cues(toks: Tokens, lo: int, hi: int, quoted: list[bool]) -> list[Cue]:
    """Cues "<document> read(s)" among tokens ``lo`` … ``hi - 1`` outside quotations."""
    out = []
    for i in toks.positions_between(DOCUMENT_CUE_WORDS, lo + 1, hi):  # the Doc's "read"s alone, not every token
        if quoted[i]:
            continue
        nxt = skip_space(toks, i + 1, hi)
        if nxt < hi and toks.lower[nxt] in _NOT_AFTER:
            continue
        if nxt < hi and toks.text[nxt][:1].isalnum() and toks.lower[nxt] != "that":
            continue   # "read the names": another verb
        if any(toks.lower[k] in DOCUMENT_NOUNS and not quoted[k] for k in range(max(lo, i - _LOOKBACK), i)):
            out.append(Cue(i, i, i, "read", "speech"))
    return out


def with_document_cues(cues: list[Cue], toks: Tokens, lo: int, hi: int, quoted: list[bool]) -> list[Cue]:
    """``cues`` with the document cues of the sentence added, in text order."""
    extra = [c for c in document_cues(toks, lo, hi, quoted) if all(c.first != k.first for k in cues)]
    return sorted([*cues, *extra], key=lambda c: c.first) if extra else cues
