"""A quoted fragment in the object of any finite verb: the verb's subject voices it.

The reporting lexicon lists verbs of saying, demanding and judging, but news copy
attributes quoted fragments through any verb whose subject takes a stance:
'Spain lauded the "remarkable courage" of the rescuers', 'Ottawa offered "unwavering
support"', 'the court struck the quota down, citing "serious flaws"'. Without this
rule such fragments were dropped altogether. The verb is found by form (a lower-case
past tense in ``-ed`` in the fragment's own clause, or the main verb of a clause whose
comma a participle follows) and its subject by :func:`~.speakers.subject_of`.

The result is only a candidate: the extractor keeps it when the subject resolves to
an actor, so that 'The agreement created a "joint body"' or a writer's scare quote
after an inanimate subject stays unattributed (:attr:`Found.needs_actor`).
"""

from __future__ import annotations

from .clauses import IRREGULAR_PAST
from .speakers import subject_of
from .tokens import Tokens, skip_inline_space
from .words import DETERMINERS

#: how far left of the opening mark the verb may sit in the fragment's clause
WINDOW = 12
#: how far left of a participle's comma the main verb may sit ("X struck down Y on Thursday, citing")
MAIN_WINDOW = 25
_BE_OR_LINK = frozenset("be been being was were is are am so too very".split())
#: words that open a clause: the fragment then sits in that clause, not in the verb's object
_CLAUSE_OPENERS = frozenset(
    "that which who whom whose because if when while where unless although though after before since and or but".split())
#: words in -ed that are no verbs
_NOT_VERBS = frozenset("hundred need indeed proceed succeed exceed naked wicked sacred kindred breed greed speed "
                       "seed feed shed bed red".split())


def _previous_word(toks: Tokens, k: int, lo: int) -> int:
    k -= 1
    while k >= lo and toks.is_space[k] and "\n" not in toks.text[k]:
        k -= 1
    return k


def _past_verb(toks: Tokens, k: int, lo: int) -> bool:
    """A finite past tense by form: 'lauded', 'has offered'; not 'the wounded', 'was alarmed', 'so-called'."""
    t = toks.text[k]
    if t not in IRREGULAR_PAST and (not (t.isalpha() and t.islower() and len(t) > 4 and t.endswith("ed"))
                                     or t in _NOT_VERBS):
        return False
    p = _previous_word(toks, k, lo)
    return not (p >= lo and (toks.lower[p] in DETERMINERS or toks.lower[p] in _BE_OR_LINK
                             or toks.text[p] in ("-", "\u2010")))


def _main_verb_before(toks: Tokens, comma: int, lo: int, quoted: list[bool]) -> int | None:
    """The main clause's verb before the comma of a participle phrase (', citing "…"')."""
    for k in range(comma - 1, max(lo, comma - MAIN_WINDOW) - 1, -1):
        if quoted[k] or toks.text[k] in (";", ":") or "\n" in toks.text[k]:
            return None
        if _past_verb(toks, k, lo):
            return k
    return None


#: words that may follow a quoted object ("lauded the "courage" of …", "threatened "steps" if …"); another
#: lower-case word makes the quotation a modifier or a name: a "foreign influence" law, a "zero tolerance" policy
_AFTER_OBJECT = frozenset("""of to at in on for from with by if when unless and or but as after before over against
that which who while because during since until than into across amid among about without""".split())


def _modifies_a_noun(toks: Tokens, close_tok: int) -> bool:
    k = skip_inline_space(toks, close_tok + 1, len(toks))
    if k >= len(toks):
        return False
    t = toks.text[k]
    # a participle after it describes the quoted noun: 'the "historic compromise" reached in Geneva'
    return t.isalpha() and t.islower() and toks.lower[k] not in _AFTER_OBJECT and not t.endswith(("ed", "ing"))


def voicing_verb(toks: Tokens, open_tok: int, close_tok: int, lo: int,
                 quoted: list[bool]) -> tuple[int, tuple[int, int]] | None:
    """(verb token, subject span) of the clause whose object holds the quotation ``open_tok`` … ``close_tok``."""
    if _modifies_a_noun(toks, close_tok):
        return None
    for k in range(open_tok - 1, max(lo, open_tok - WINDOW) - 1, -1):
        t, w = toks.text[k], toks.lower[k]
        if toks.is_space[k]:
            if "\n" in t:
                return None
            continue
        if quoted[k] or t in (",", ";", ":", "(", ")", ".", "!", "?", "\u2014", "\u2013") or w in _CLAUSE_OPENERS:
            return None
        verb = None
        if _past_verb(toks, k, lo):
            verb = k
        elif t.isalpha() and t.islower() and w.endswith("ing"):
            p = _previous_word(toks, k, lo)
            if p >= lo and toks.text[p] == ",":
                verb = _main_verb_before(toks, p, lo, quoted)
                if verb is None:
                    return None
        if verb is None:
            continue
        subject = subject_of(toks, verb, lo)
        if subject is None or any(quoted[n] for n in range(subject[0], subject[1] + 1)):
            return None
        return verb, subject
    return None
