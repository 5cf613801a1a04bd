"""Finding quotations by their marks, in one linear scan of the text.

Why a hand-written scanner and not a regex: quotation marks in news copy are
often unbalanced (a missing closing mark, an apostrophe typed as a quote, a
quote running over several paragraphs), and a regex either swallows the rest of
the article or backtracks. The scanner walks the text once, keeps at most one
open quotation, and never lets a quotation cross a paragraph break unless the
next paragraph re-opens it (the newspaper convention for a quote running over
paragraphs: no closing mark at the end of the first, an opening mark at the
start of the next).

Single quotes (‘…’ and '…') are scanned in a second pass, only outside the
double quotations (inside one they are nested and belong to it), and only where
they cannot be apostrophes: the opening mark follows a space or an opening
bracket and precedes a letter, the closing mark follows a non-space and is not
followed by a letter or digit (so "don’t" and "Kabul’s" never close), and the
quotation stays within one paragraph and :data:`SINGLE_MAX_CHARS`.
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
    #: this quotation continues the one before it (a paragraph re-opened by a mark)
    continued: bool = False

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


def _closes_mixed(text: str, i: int, c: str, width: int, closers: str) -> bool:
    """Whether a mark of the other style closes the open quotation: ``“no evidence"``, ``"yes”``.

    Copy edited by several hands mixes curly and straight marks within one quotation.
    The mark closes only where it cannot open: after a non-space and before no letter
    or digit, so a straight mark opening a nested or next quotation is left alone.
    """
    if not ((c == STRAIGHT and width == 1 and "\u201d" in closers) or (c == "\u201d" and closers == STRAIGHT)):
        return False
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return not before.isspace() and not after.isalnum()


def scan_quotes(text: str) -> list[QuoteMarks]:
    """Every well-formed quotation in ``text``, in text order (one linear pass).

    A quotation whose paragraph ends without a closing mark continues into the
    next paragraph only if that paragraph opens with a quotation mark; otherwise
    it is dropped (unbalanced marks yield nothing rather than a runaway quote).
    Two apostrophes ``''`` and two backquotes ````` `` ````` count as double marks.
    """
    out: list[QuoteMarks] = []
    pending: list[QuoteMarks] = []   # paragraphs of a quotation still open, kept until it closes
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
                pending = []
            else:
                # each paragraph is a quotation of its own ("the characters between the marks"),
                # the later ones marked as continuing the first
                end = i
                while end > inner_start and text[end - 1].isspace():
                    end -= 1
                if end > inner_start:
                    pending.append(QuoteMarks(opened, end, inner_start, end, bool(pending)))
                resume = reopen + (2 if text[reopen:reopen + 2] in ("``", "''") else 1)
                opened, inner_start = reopen, resume
        elif c in closers or _closes_mixed(text, i, c, width, closers):
            if i > inner_start:
                out.extend(pending)
                out.append(QuoteMarks(opened, i, inner_start, i, bool(pending)))
            pending = []
            opened = -1
        elif c in PAIRS and closers != STRAIGHT and c not in closers:
            # A new opening mark while one is open: the first was never closed.
            opened, inner_start, closers = i, i + width, PAIRS[c]
            pending = []
    return out


#: a single-quoted passage longer than this is taken for two apostrophes, not a quotation
SINGLE_MAX_CHARS = 300
_SINGLE = re.compile("[\u2018\u2019'\n]")
#: words that begin with an apostrophe ("'til", "'em"): not an opening mark
_ELIDED = ("til ", "em ", "cause ", "n ", "tis ")


def _single_opens(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if not (before in _OPEN_BEFORE or before.isspace()) or not after.isalpha():
        return False
    return not text[i + 1:i + 7].lower().startswith(_ELIDED)


def _single_closes(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return not before.isspace() and not after.isalnum()


def scan_single_quotes(text: str, doubles: list[QuoteMarks]) -> list[QuoteMarks]:
    """Single-quoted passages outside the double quotations ``doubles`` (one linear pass)."""
    out: list[QuoteMarks] = []
    k = 0                # next double quotation that may lie ahead
    opened = -1
    closer = ""
    for hit in _SINGLE.finditer(text):
        i = hit.start()
        while k < len(doubles) and doubles[k].close < i:
            k += 1
        if k < len(doubles) and doubles[k].open <= i:
            opened = -1  # inside a double quotation: nested, and no single quote spans one
            continue
        c = text[i]
        if c == "\n":
            opened = -1
            continue
        if opened >= 0 and c == closer and i > opened + 1 and _single_closes(text, i):
            if i - opened <= SINGLE_MAX_CHARS and sum(ch.isalpha() for ch in text[opened + 1:i]) >= 2:
                out.append(QuoteMarks(opened, i, opened + 1, i))
            opened = -1
        elif c in "\u2018'" and _single_opens(text, i):
            opened, closer = i, ("\u2019" if c == "\u2018" else "'")
    return out


def scan_all_quotes(text: str) -> list[QuoteMarks]:
    """Double and single quotations of ``text``, in text order."""
    doubles = scan_quotes(text)
    singles = scan_single_quotes(text, doubles)
    if not singles:
        return doubles
    return sorted(doubles + singles)
