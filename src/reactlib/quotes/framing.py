"""A quotation paragraph after a paragraph that ends by naming who reacted.

Why: wire copy often closes a paragraph with the reaction ("Japanese Prime Minister Shigeru
Ishiba condemned the launch.") and gives the words in the next paragraph on their own, with no
verb of saying: '"This is a grave threat to peace."'. The reader takes them as that actor's. The
same-paragraph case ('Zakharova was scathing on Telegram. "…"') is
:func:`reactlib.quotes.colon.framing_subject`; this one crosses one paragraph break and asks for
more: the sentence before must be short, hold no quotation, and have a verb of reacting right
after its subject, so a quote after a plain report ("The storm flooded the valley.") gets no
speaker from it.
"""

from __future__ import annotations

from .colon import unquoted_sentence_start
from .speakers import subject_of
from .tokens import Tokens

#: Verbs of reacting or saying that make their subject the likely voice of the quotation that follows.
REACTION_VERBS = frozenset("""condemned denounced welcomed hailed criticised criticized rejected warned urged praised
reacted responded slammed deplored lamented mourned vowed pledged appealed voiced accused blamed defended dismissed
thanked congratulated promised decried protested insisted said says told added stated declared announced
wrote tweeted posted""".split())
#: Longest framing sentence (words) and farthest verb from its start (tokens).
MAX_WORDS = 25
MAX_SUBJECT_TOKENS = 12


def reaction_paragraph_subject(toks: Tokens, text: str, open_tok: int, quoted: list[bool]) -> tuple[int, int] | None:
    """The subject (token span) of the reaction sentence closing the paragraph before the quotation."""
    k = open_tok - 1
    while k >= 0 and toks.is_space[k]:
        k -= 1
    if k < 0 or not toks.text[k].endswith((".", "!")):
        return None
    # the white-space tokens stepped over lie inside ``between``: its line breaks are all there are
    breaks = text[toks.end[k]:toks.start[open_tok]].count("\n")
    if breaks == 0:
        return None   # the same paragraph: colon.framing_subject's case
    if breaks > 2:
        return None
    first = unquoted_sentence_start(toks, quoted, k, MAX_WORDS)
    if first is None or not toks.text[first][:1].isupper():
        return None
    for v in range(first + 1, min(k, first + MAX_SUBJECT_TOKENS + 1)):
        if toks.lower[v] in REACTION_VERBS:
            subject = subject_of(toks, v, first)
            if subject is None or subject[0] != first:
                return None   # the verb's subject does not open the sentence: no clear framing
            return subject
        if toks.text[v] in (",", ";", ":") or quoted[v]:
            return None
    return None
