"""Finding quotations by their marks, in one linear scan of the text.

Why a hand-written scanner and not a regex: quotation marks in news copy are
often unbalanced (a missing closing mark, an apostrophe typed as a quote, a
quote running over several paragraphs), and a regex either swallows the rest of
the article or backtracks. The scanner walks the text once, keeps at most one
open quotation, and never lets a quotation cross a paragraph break unless the
next paragraph re-opens it (the newspaper convention for a quote running over
paragraphs: no closing mark at the end of the first, an opening mark at the
start of the next).

Single quotes are not scanned: inside a double-quoted passage they are nested
quotes and belong to the outer quotation; outside, they are far more often
apostrophes than quotation marks.
"""

from __future__ import annotations

import re
from typing import NamedTuple

#: opening mark -> closing marks that end it
PAIRS: dict[str, str] = {
    "\u201c": "\u201d\u201c",   # “ … ” (and the German-style „ … “ below)
    "\u201e": "\u201c\u201d",   # „ … “
    "\u00ab": "\u00bb",         # « … »
    "\u2039": "\u203a",         # ‹ … ›
    "\u201f": "\u201d",
}
#: marks that only ever close
CLOSERS = frozenset("\u201d\u00bb\u203a")
STRAIGHT = '"'
#: every character (or pair) the scanner acts on; a character class and two literals, so linear
_CANDIDATES = re.compile("``|''|[\"\u201c\u201d\u201e\u201f\u00ab\u00bb\u2039\u203a\n]")
_OPEN_BEFORE = frozenset(" \t\n\r([{\u2014\u2013-/:;\u00a0")


class QuoteMarks(NamedTuple):
    """One quotation: its marks and the words between them.

    ``open``/``close`` are the offsets of the opening and closing marks
    (``close`` is the index of the closing mark itself); ``start``/``end`` delimit
    the quoted words (the marks excluded), so ``text[start:end]`` is the quote.
    """

    open: int
    close: int
    start: int
    end: int

    @property
    def inner(self) -> tuple[int, int]:
        return self.start, self.end


def _is_straight_opener(text: str, i: int) -> bool:
    """A straight ``"`` opens when it follows a space or line start and precedes a word."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if after.isspace():
        return False
    return before in _OPEN_BEFORE or before.isspace()


def _paragraph_reopens(text: str, i: int) -> int:
    """If a paragraph break at ``i`` is followed by an opening mark, that mark's offset, else -1."""
    n = len(text)
    j = i
    saw_newline = False
    while j < n and text[j].isspace():
        saw_newline = saw_newline or text[j] == "\n"
        j += 1
    if saw_newline and j < n and (text[j] in PAIRS or text[j] == STRAIGHT or text[j:j + 2] in ("``", "''")):
        return j
    return -1


def scan_quotes(text: str) -> list[QuoteMarks]:
    """Every well-formed quotation in ``text``, in text order (one linear pass).

    A quotation whose paragraph ends without a closing mark continues into the
    next paragraph only if that paragraph opens with a quotation mark; otherwise
    it is dropped (unbalanced marks yield nothing rather than a runaway quote).
    Two apostrophes ``''`` and two backquotes ````` `` ````` count as double marks.
    """
    out: list[QuoteMarks] = []
    opened = -1          # offset of the open mark, -1 when none is open
    inner_start = -1     # where the quoted words begin
    closers = ""         # closing marks accepted for the open quotation
    resume = 0           # positions before this were consumed by a paragraph re-opening
    for hit in _CANDIDATES.finditer(text):
        i = hit.start()
        if i < resume:
            continue
        c = text[i]
        width = hit.end() - i
        if width == 2:
            c = '"' if text[i] == "'" else "\u201c"
        if opened < 0:
            if width == 2 and c == "\u201c":
                opened, inner_start, closers = i, i + width, '"\u201d'
            elif c in PAIRS:
                opened, inner_start, closers = i, i + width, PAIRS[c]
            elif c == STRAIGHT and (width == 2 or _is_straight_opener(text, i)):
                opened, inner_start, closers = i, i + width, STRAIGHT
        elif c == "\n":
            reopen = _paragraph_reopens(text, i)
            if reopen < 0:
                opened = -1          # unbalanced: drop the quotation
            else:
                resume = reopen + (2 if text[reopen:reopen + 2] in ("``", "''") else 1)
        elif c in closers:
            if i > inner_start:
                out.append(QuoteMarks(opened, i, inner_start, i))
            opened = -1
        elif c in PAIRS and closers != STRAIGHT and c not in closers:
            # A new opening mark while one is open: the first was never closed.
            opened, inner_start, closers = i, i + width, PAIRS[c]
    return out
