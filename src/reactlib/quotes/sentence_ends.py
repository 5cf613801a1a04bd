"""A sentence that ends on an abbreviation: "… growers in the U.K. She says …".

spaCy's tokenizer keeps the full stop on the abbreviations it knows ("U.S.", "U.K.", "D.C.",
"a.m."), so no full-stop token is left for the sentencizer and the next sentence runs on in
the same span. A reported clause drawn up to the sentence end then swallowed the next
sentence, its own report included. Here the abbreviation ends the sentence when the next word
is a capitalised word that opens sentences ("She", "The", "It", "But" …;
:data:`reactlib.abbreviations.SENTENCE_OPENERS`), never a name or a noun it may qualify
("the U.S. Navy", "U.S. troops", "9 a.m. on Friday").
"""

from __future__ import annotations

from ..abbreviations import SENTENCE_OPENERS
from .tokens import Tokens, skip_space


def ends_sentence_on_abbreviation(toks: Tokens, j: int, hi: int) -> bool:
    """Whether token ``j`` is a dotted abbreviation ("U.K.", "a.m.") ending its sentence."""
    text = toks.text[j]
    if len(text) < 3 or not text.endswith(".") or "." not in text[:-1] or not text.replace(".", "").isalpha():
        return False
    k = skip_space(toks, j + 1, hi)
    return k < hi and toks.text[k] in SENTENCE_OPENERS
