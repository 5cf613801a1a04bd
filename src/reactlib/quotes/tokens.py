"""The quote rules' view of a Doc: the shared :class:`reactlib.tokens.TokenView`.

The rules index tokens by position many times; plain lists are faster than spaCy
attribute access. The view is built once per Doc and shared with the other
stages (:func:`reactlib.tokens.token_view`), so the quote rules no longer build a
copy of their own. What only the quote rules need (a parsed subject) lives here.
"""

from __future__ import annotations

from typing import Any

from ..tokens import TokenView, token_view
from .words import QUANTIFIER_SUBJECTS

#: the type the quote rules annotate with
Tokens = TokenView


def tokens_of(doc: Any, text: str | None = None) -> TokenView:
    """The Doc's shared token view (made on first use)."""
    return token_view(doc, text)


def skip_space(toks: TokenView, k: int, stop: int) -> int:
    """The first token from ``k`` on that is not white space, or ``stop`` when only white space is left before it."""
    while k < stop and toks.is_space[k]:
        k += 1
    return k


def skip_inline_space(toks: TokenView, k: int, stop: int) -> int:
    """Like :func:`skip_space`, but stops at white space that holds a line break (a paragraph ends there)."""
    while k < stop and toks.is_space[k] and "\n" not in toks.text[k]:
        k += 1
    return k


def skip_space_back(toks: TokenView, k: int, lo: int) -> int:
    """The last token from ``k`` back that is not white space, or ``lo - 1`` when only white space is left from ``lo``."""
    while k >= lo and toks.is_space[k]:
        k -= 1
    return k


def parsed_subject(toks: TokenView, i: int) -> tuple[int, int] | None:
    """With a dependency parse: the subject phrase (first, last) of the verb at token ``i``.

    A user's trained pipeline knows subjects better than position rules do; the
    blank pipeline has no parse and this returns None.
    """
    if not toks.has_parser:
        return None
    for child in toks.doc[i].children:
        if child.dep_ in ("nsubj", "nsubjpass", "csubj"):
            return child.left_edge.i, child.right_edge.i
    return None


#: words after which a word opens a clause of its own ("…, and most said")
_CLAUSE_LINKS = frozenset("and but yet while so though although".split())


def opens_clause(toks: TokenView, k: int, lo: int) -> bool:
    """Whether token ``k`` opens its clause: nothing before it from ``lo`` but spaces, or
    punctuation, or a conjunction ("Several said" and "…, and most said"; not "The nurses all
    said" nor "the most telling")."""
    j = k - 1
    while j >= lo and toks.is_space[j]:
        j -= 1
    return j < lo or not toks.text[j][:1].isalnum() or toks.lower[j] in _CLAUSE_LINKS


def quantifier_subject(toks: TokenView, k: int, lo: int) -> bool:
    """Whether token ``k`` is a quantifier opening its clause alone, so standing for the people
    already named: "Several said …", "…, and most said …" (see :func:`opens_clause`)."""
    return toks.lower[k] in QUANTIFIER_SUBJECTS and opens_clause(toks, k, lo)


def surname_like(toks: TokenView, k: int, lo: int) -> bool:
    """A capitalised auxiliary right after a capitalised word ends a name, it is no verb:
    "Prime Minister Helena May said", "columnist Anton Will wrote" (not in a title-case headline)."""
    return (toks.text[k][:1].isupper() and k - 1 >= lo and toks.text[k - 1][:1].isupper()
            and toks.text[k - 1].isalpha() and not _title_case_run(toks, k))


def _title_case_run(toks: TokenView, k: int) -> bool:
    """A capitalised word after token ``k`` too: a headline in title case ("Museum Will Tell of …"),
    where the auxiliary is the verb's."""
    return k + 1 < len(toks.text) and toks.text[k + 1][:1].isupper()
