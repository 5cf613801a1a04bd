"""A phrase in commas between the cue and its clause: "says, win or lose on Sunday, he is staying".

After "said, …" the comma usually closes the attribution ("…, the official said, and …") or
opens a phrase before "that" (handled by the "that" search in :mod:`reactlib.quotes.indirect`).
When the speaker opens the sentence, and the phrase in commas is followed by a finite clause
with no "that", the phrase is the speaker's own ("rain or shine", "despite the floods") and the
report runs from it to the sentence end, as PolNeAR and the reaction articles read such lines.
"""

from __future__ import annotations

from .clauses import looks_like_clause
from .tokens import Tokens

#: how long the phrase in commas may be
PHRASE_REACH = 12
#: words that open another attribution or the writer's addition, not the speaker's phrase
_NOT_THE_SPEAKERS = frozenset("and but or adding saying according citing noting who which".split())


def clause_after_phrase(toks: Tokens, comma: int, hi: int, quoted: list[bool]) -> bool:
    """Whether the comma at ``comma`` (right after the cue) opens a short phrase, closed by a
    comma, that a finite clause follows."""
    first = comma + 1
    if first >= hi or quoted[first] or toks.lower[first] in _NOT_THE_SPEAKERS or not toks.text[first][:1].isalnum():
        return False
    k = first
    while k < hi and k - first <= PHRASE_REACH:
        if quoted[k] or toks.text[k] in (".", ";", ":", "!", "?", "\u2014") or "\n" in toks.text[k]:
            return False
        if toks.text[k] == ",":
            nxt = k + 1
            return (k > first + 1 and nxt < hi and not quoted[nxt] and toks.lower[nxt] != "that"
                    and toks.lower[nxt] not in _NOT_THE_SPEAKERS and looks_like_clause(toks, nxt, hi))
        k += 1
    return False
