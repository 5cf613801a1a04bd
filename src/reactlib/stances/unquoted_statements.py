""""The ministry said: We condemn the attack …": a statement given in full without quote marks.

Agencies often print a statement after a colon, in the first person but with no quote marks, and
may carry it on over the next sentences ("… said: We reject these accusations. We call on all
sides to …"). Inside quote marks "we" is the quote's speaker; here no quote is found, so "we" and
"I" would have no holder. The speaker is the subject of the reporting verb before the colon
("the Chilean foreign ministry said:", "It read:"); the following sentences that open in the first
person still belong to the same statement.
"""

from __future__ import annotations

#: Verbs that introduce a statement after a colon.
REPORTING = frozenset("said says stated states read reads declared declares added adds wrote writes "
                      "announced announces tweeted posted".split())
#: First-person words that show a sentence goes on in the statement's voice.
FIRST_PERSON = frozenset("we i our my us".split())
#: Sentences after the colon's own that may carry the statement on.
CARRY_ON = 3
#: Tokens allowed between the reporting verb and the colon ("said in a statement on Monday:").
VERB_REACH = 8


def _colon_verb(words, a: int, b: int) -> int | None:
    """The reporting verb before the last colon in tokens [a, b), or None."""
    colon = next((k for k in range(b - 1, a - 1, -1) if words[k] == ":"), None)
    if colon is None:
        return None
    return next((k for k in range(colon - 1, max(a - 1, colon - 1 - VERB_REACH), -1) if words[k] in REPORTING), None)


def statement_speaker(finder, k: int) -> list[str]:
    """The holders of a first-person pronoun at token ``k`` outside any quote: the speaker of
    the colon-introduced statement it belongs to, or nobody."""
    words = finder.words
    s0, _ = finder.sent_bounds(k)
    verb = _colon_verb(words, s0, k)
    hops = 0
    while verb is None and hops < CARRY_ON:
        # a sentence carrying the statement on opens in the first person ("We also call …")
        first = next((x for x in range(s0, k + 1) if not finder.is_space[x]), k)
        if words[first] not in FIRST_PERSON or s0 == 0:
            return []
        s0, s1 = finder.sent_bounds(s0 - 1)
        verb = _colon_verb(words, s0, s1)
        hops += 1
    if verb is None:
        return []
    return finder.holders_for(verb, None)
