"""The roundup layout: a heading line names the speaker and ends with a colon.

Roundups of reactions print each voice as a heading line, "Colombia's foreign ministry, in a
communique:", and the words in the paragraph below it: a quotation standing alone, or a
sentence whose subject is the heading's speaker with fragments in marks and no verb of
saying ('Colombia "welcomes the vote" and offered help …'). The heading attributes what the
paragraph right below it says and nothing further down.
"""

from __future__ import annotations

from .speakers import noun_phrase_right
from .tokens import Tokens, skip_space
from .words import DETERMINERS

#: most tokens a heading line may have before its colon
MAX_HEADING_TOKENS = 40


def _line_start(toks: Tokens, colon: int) -> int | None:
    """First token of the line ending in ``colon``, when the colon closes its line; None otherwise."""
    after = colon + 1
    if after < len(toks) and not (toks.is_space[after] and "\n" in toks.text[after]):
        return None
    k = colon - 1
    stop = max(-1, colon - MAX_HEADING_TOKENS)
    while k > stop:
        if "\n" in toks.text[k]:
            return k + 1
        k -= 1
    return 0 if k < 0 else None


def heading_subject(toks: Tokens, colon: int, quoted: list[bool]) -> tuple[int, int] | None:
    """The speaker a heading line ending in ``colon`` names: "The Bolivian embassy in Lima, in a
    message:" names the embassy; a line opening with a lowercase word or "A"/"This" names no one."""
    lo = _line_start(toks, colon)
    if lo is None:
        return None
    first = skip_space(toks, lo, colon)
    if first >= colon or any(quoted[k] for k in range(first, colon)):
        return None
    if toks.lower[first] == "the":
        if first + 1 >= colon or not toks.text[first + 1][:1].isupper():
            return None
    elif not toks.text[first][:1].isupper() or toks.lower[first] in DETERMINERS:
        return None
    np = noun_phrase_right(toks, first, colon)
    if np is None or first_past_verb(toks, np) is not None:
        return None   # "The embassy reacted": a sentence, not a heading
    return np


def first_past_verb(toks: Tokens, np: tuple[int, int]) -> int | None:
    """The first lowercase word ending in "-ed" after the head of a phrase read rightwards
    ("The embassy reacted"): the phrase is a sentence's subject there."""
    for k in range(np[0] + 1, np[1] + 1):
        t = toks.text[k]
        if t[:1].islower() and t.endswith("ed"):
            return k
    return None


def heading_above(text: str, toks: Tokens, position: int, quoted: list[bool]) -> tuple[int, int] | None:
    """The speaker named by the heading line right above the paragraph holding ``position``, if any."""
    para = text.rfind("\n", 0, position)
    if para <= 0:
        return None
    k = para - 1
    while k >= 0 and text[k] in " \t\r":
        k -= 1
    if k < 0 or text[k] != ":":
        return None
    colon = toks.at_char(k)
    if colon >= len(toks) or toks.text[colon] != ":":
        return None
    return heading_subject(toks, colon, quoted)
