"""The tense of the clause around a time expression, without a parser.

"said on Sunday" means the Sunday just gone, "will meet on Monday" the coming
Monday. The nearest verb cue in the same sentence decides: future modals and
"plans to"-style phrases say future; past forms (-ed, irregular past, "was")
say past; a progressive ("is meeting Monday") says future. A past form right
after a future modal ("will be held") belongs to the modal's verb group.
"""

from __future__ import annotations

from .tokens import Tokens

PAST, FUTURE, PRESENT = "past", "future", "present"

FUTURE_WORDS = frozenset({"will", "shall", "would", "ll", "upcoming", "tomorrow", "later"})
FUTURE_BEFORE_TO = frozenset({
    "plans", "plan", "planned", "going", "set", "expected", "scheduled", "due", "intends",
    "hopes", "aims", "wants", "is", "are", "agreed", "promised", "vowed", "pledged",
})
PLANNED = frozenset({"planned", "scheduled", "set", "slated", "due", "called", "expected", "pencilled", "penciled"})
IRREGULAR_PAST = frozenset({
    "said", "told", "was", "were", "had", "did", "met", "held", "made", "took", "gave", "went",
    "came", "saw", "began", "broke", "fought", "spoke", "wrote", "sent", "left", "led", "won",
    "lost", "struck", "fled", "rose", "fell", "became", "brought", "bought", "thought", "felt",
    "kept", "ran", "stood", "found", "got", "paid", "sought", "shot", "flew", "drew", "threw",
    "knew", "grew", "chose", "hung", "slid", "swept", "woke", "wore", "tore", "ate", "sank",
    "overtook", "undertook", "withdrew", "upheld", "meant", "heard", "dealt", "built", "spent",
    "ago", "yesterday", "earlier", "last",
})
NOT_PAST_ED = frozenset({"need", "needed", "speed", "red", "bed", "feed", "seed", "shed", "breed", "proceed",
                         "succeed", "exceed", "indeed", "embed", "hundred", "sacred", "naked", "wicked"})
PRESENT_BE = frozenset({"is", "are", "am", "'s", "'re"})
BRIDGES = frozenset({"be", "been", "being", "have", "not", "also", "then", "now", "still", "soon",
                     "probably", "likely", "again", "n't", "t", "finally"})


def _cue(tokens: Tokens, i: int) -> str | None:
    word = tokens.lower[i]
    if word in FUTURE_WORDS:
        if word == "ll" and not (i > 0 and tokens.lower[i - 1] == "'"):
            return None
        return FUTURE
    if word == "to" and i > 0 and tokens.lower[i - 1] in FUTURE_BEFORE_TO:
        return FUTURE
    if word in ("for", "on") and i > 0 and tokens.lower[i - 1] in PLANNED:
        return FUTURE  # "protests were planned for Tuesday": a plan points ahead
    if word in IRREGULAR_PAST or (len(word) > 3 and word.endswith("ed") and word.isalpha()
                                  and word not in NOT_PAST_ED):
        # "will be held", "to be announced": the past form belongs to a future verb group
        k = i - 1
        while k >= 0 and tokens.lower[k] in BRIDGES:
            k -= 1
        if k >= 0 and (tokens.lower[k] in FUTURE_WORDS or tokens.lower[k] == "to"):
            return FUTURE
        if k >= 0 and tokens.lower[k] in PRESENT_BE and k < i - 1:
            return None
        return PAST
    if len(word) > 4 and word.endswith("ing") and i > 0 and tokens.lower[i - 1] in PRESENT_BE:
        return FUTURE  # "is meeting on Monday": the progressive of plans
    return None


def clause_tense(tokens: Tokens, first: int, last: int, lo: int, hi: int) -> str | None:
    """The tense cue nearest the expression ``tokens[first:last]`` within ``tokens[lo:hi]``, or None."""
    best: tuple[int, int, str] | None = None
    for i in range(lo, hi):
        if first <= i < last:
            continue
        if tokens.lower[i] in (";",):
            if i < first:
                best = None
                continue
            break
        cue = _cue(tokens, i)
        if cue is None:
            continue
        distance = first - i if i < first else (i - last + 1) + 0.5
        if best is None or distance < best[0]:
            best = (distance, i, cue)
    return best[2] if best else None
