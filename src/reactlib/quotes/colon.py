"""Attribution by colon: "Kerry: We will accept more refugees", "TAPPER: Are you running?"

Headlines and interview transcripts attribute words with a name and a colon
at the start of a line, with no reporting verb. The cue is the colon itself.
"""

from __future__ import annotations

from .tokens import Tokens

MAX_NAME_TOKENS = 5
MIN_WORDS = 3


def _is_line_start(text: str, offset: int) -> bool:
    k = offset - 1
    while k >= 0 and text[k] in " \t":
        k -= 1
    return k < 0 or text[k] == "\n"


def colon_attributions(toks: Tokens, text: str, quoted: list[bool]) -> list[tuple[tuple[int, int], int, tuple[int, int]]]:
    """(speaker token span, colon token, content char span) for each line of the form "Name: words"."""
    out = []
    for lo, hi in toks.sents:
        first = lo
        while first < hi and toks.is_space[first]:
            first += 1
        if first >= hi or not _is_line_start(text, toks.start[first]):
            continue
        colon = -1
        for i in range(first, min(hi, first + MAX_NAME_TOKENS + 1)):
            if toks.text[i] == ":":
                colon = i
                break
            t = toks.text[i]
            if quoted[i] or not (t[:1].isupper() or t in ("'s", "\u2019s", ".", "-") or t.lower() in ("of", "the")):
                break
        if colon <= first:
            continue
        # the rest of the line after the colon
        line_end = text.find("\n", toks.end[colon])
        if line_end < 0:
            line_end = len(text)
        start = toks.end[colon]
        while start < line_end and text[start].isspace():
            start += 1
        end = line_end
        while end > start and text[end - 1].isspace():
            end -= 1
        if len(text[start:end].split()) < MIN_WORDS:
            continue
        out.append(((first, colon - 1), colon, (start, end)))
    return out
