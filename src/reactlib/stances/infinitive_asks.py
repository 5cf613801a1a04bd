"""One request verb with two infinitives asks two things.

"called on Kuwait to halt the deportations and to open an inquiry", "urged both sides to lay
down their arms and to return to talks": the verb is said once, but the report carries two
demands, and annotators (the golds of the development sets) count one stance per ask. The
issue splitter of the finder only separates phrases whose issue labels differ; an ask of a
named party stays one stance. This module finds the second infinitive itself: "and to" (or
", to") followed by a word that opens a verb phrase, not a noun phrase. "to Basra and to the
southern provinces" (a determiner, a capital, a number after "to") is a repeated preposition,
and coordinated nouns ("the editors and bloggers") carry no second "to": both stay one ask.

No part-of-speech tagger runs in the default pipeline, so the test is on the shape of the
word after "to": lower-case, alphabetic, not a determiner, pronoun or preposition.
"""

from __future__ import annotations

from typing import Sequence

#: Words after "to" that open a noun phrase or a prepositional phrase, not a verb phrase.
NOT_VERBS = frozenset(
    "the a an this that these those its his her their our my your all both each every any some "
    "no which whom whose what it them him us me whatever".split())


def infinitive_pieces(words: Sequence[str], texts: Sequence[str], a: int, b: int) -> list[tuple[int, int]]:
    """Token ranges within [a, b) of each coordinated infinitive ask ("to VP and to VP").

    ``words`` are the lower-cased tokens, ``texts`` the tokens as written (for case). One
    range [a, b) when no second infinitive stands there."""
    cuts: list[int] = []
    depth_quote = False
    for k in range(a, b - 2):
        w = words[k]
        if w in ('"', "“", "”"):
            depth_quote = not depth_quote if w == '"' else w == "“"
            continue
        if depth_quote or w not in ("and", ","):
            continue
        n = k + 1
        while n < b and not words[n].strip():
            n += 1
        if n + 1 >= b or words[n] != "to":
            continue
        v = n + 1
        while v < b and not words[v].strip():
            v += 1
        if v >= b:
            continue
        word, text = words[v], texts[v]
        if text[:1].islower() and word.isalpha() and word not in NOT_VERBS:
            cuts.append(k)
    if not cuts:
        return [(a, b)]
    pieces, cur = [], a
    for k in cuts:
        pieces.append((cur, k))
        cur = k + 1
    pieces.append((cur, b))
    return pieces
