"""A name followed by an article-less post of a body: "Nomvula Dlamini, spokeswoman of the Reserve Bank, said".

Why: the described-speaker rule (``Recognizer._described_speaker``) wants "a/an/the" before the
description ("Ruth Sela, a local teacher, said"), but reports drop the article before a post
("Aziz Karimov, head of the election commission, told reporters"). Without this rule the person was
lost. The shape is narrow: comma, a role word of the lexicon, "of"/"at"/"for", words with no inner
punctuation but hyphens, then a comma and a reporting verb. The body after "of" gives the person a
country later (:mod:`heads`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from .recognize import Recognizer

_LINKS = frozenset({"of", "at", "for"})
#: Longest post (tokens) between the commas.
_MAX_POST = 14


def post_described_speaker(rec: "Recognizer", end: int, reporting: frozenset[str]) -> bool:
    """Is the name ending at ``end`` followed by ", <post> of … ," and a reporting verb?"""
    if end + 3 >= rec.n or rec.words[end] != ",":
        return False
    post = rec._lex(end + 1, ("role",))
    if post is None or post[0] >= rec.n or rec.lowers[post[0]] not in _LINKS:
        return False
    for k in range(post[0] + 1, min(end + _MAX_POST, rec.n - 1)):
        w = rec.words[k]
        if w == ",":
            return rec.lowers[k + 1] in reporting
        if w != "-" and rec.doc[k].is_punct:
            return False
    return False
