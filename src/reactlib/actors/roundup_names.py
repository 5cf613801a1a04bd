"""A name heading a roundup line: "U.S. Trade Representative Lena Ortiz, asked by reporters:".

Roundups of reactions print each voice as a heading line that names the speaker and ends
with a colon, the words following below. No verb of saying stands after the name, so the
usual evidence that a run of capitalised words is a person ("Lena Ortiz said") is missing;
the layout is the evidence. Only a run of two or more name words that the line opens with
(after at most a few title words) and that a comma or the colon ends counts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .recognize import Recognizer

#: most tokens a heading line may have
MAX_LINE_TOKENS = 40
#: most tokens (title words) before the name on its line
MAX_TITLE_TOKENS = 8


def _breaks_line(rec: "Recognizer", k: int) -> bool:
    return "\n" in rec.words[k] and not rec.words[k].strip()


def heads_roundup_line(rec: "Recognizer", i: int, end: int) -> bool:
    """Is the name run ``i`` … ``end - 1`` the speaker of a heading line ending in a colon?"""
    if end >= rec.n or rec.words[end] not in (",", ":"):
        return False
    k = i - 1
    while k >= 0 and not _breaks_line(rec, k):
        if i - k > MAX_TITLE_TOKENS or rec.words[k] in (",", ":", '"', "\u201c", "\u201d"):
            return False
        k -= 1
    j = end
    stop = min(rec.n, end + MAX_LINE_TOKENS)
    while j < stop and not _breaks_line(rec, j):
        if rec.words[j] in ('"', "\u201c", "\u201d"):
            return False
        j += 1
    if j >= stop:
        return False
    last = j - 1
    while last > end and not rec.words[last].strip():
        last -= 1
    return rec.words[last] == ":"
