"""Holder and target from a dependency parse, when the pipeline has one.

The default pipeline (``spacy.blank("en")``) has no parser, so the stance rules read
word order. When a trained pipeline has parsed the doc (``doc.has_annotation("DEP")``)
the parse answers the two questions more directly:

- *holder*: the nominal subject (``nsubj``) of the cue's verb; a verb with no subject
  of its own ("... and threatened", "vowed to support") takes the subject of the verb
  it is coordinated with or complements (``conj``, ``xcomp``), up a few levels. A
  passive's agent ("condemned by X") is read by the rules, not here.
- *target*: the direct object (``dobj``/``obj``) of that verb, else the object of one
  of its prepositions (``with``, ``for``, ``on``, ...); conjuncts of it are targets too.

Each answer is an actor only when the word the parse points at lies inside an actor
mention; otherwise the caller falls back to its rules. Only the parse's arcs are read,
each a bounded number of steps, so the cost stays linear.
"""

from __future__ import annotations

from typing import Callable, Iterable

SUBJECT_DEPS = frozenset({"nsubj"})
OBJECT_DEPS = frozenset({"dobj", "obj"})
#: Dependencies by which a verb without a subject inherits one from its head.
SHARED_SUBJECT_DEPS = frozenset({"conj", "xcomp"})
MAX_UP = 4


def has_parse(doc) -> bool:
    """Whether the doc carries a dependency parse."""
    try:
        return bool(doc.has_annotation("DEP"))
    except (AttributeError, ValueError):
        return False


def _with_conjuncts(tok) -> list:
    out = [tok]
    for c in tok.children:
        if c.dep_ == "conj":
            out.append(c)
            if len(out) >= 6:
                break
    return out


def _verb_of(doc, i: int):
    """The verb a cue word belongs to: the word itself, or its head for a particle or
    a light-verb object ("called on", "expressed support")."""
    tok = doc[i]
    if tok.pos_ in ("VERB", "AUX") or any(c.dep_ in SUBJECT_DEPS for c in tok.children):
        return tok
    if tok.dep_ in ("prt", "prep", "dobj", "obj", "acomp") and tok.head is not tok:
        return tok.head
    return tok


def subject_actors(doc, i: int, actor_at: Callable[[int], object]) -> list:
    """Mention groups that are the subject of the cue's verb at token ``i``.

    ``actor_at(k)`` gives the mention group (with an ``actor`` attribute) at token ``k``, or None."""
    verb = _verb_of(doc, i)
    for _ in range(MAX_UP):
        subj = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
        if subj is not None:
            return _actors(_with_conjuncts(subj), actor_at)
        if any(c.dep_ == "nsubjpass" for c in verb.children):
            return []
        if verb.dep_ not in SHARED_SUBJECT_DEPS or verb.head is verb:
            return []
        verb = verb.head
    return []


def object_actors(doc, i: int, actor_at: Callable[[int], object],
                  preps: Iterable[str]) -> list:
    """Mention groups that are the object of the cue's verb at token ``i``: its direct object,
    else the object of one of ``preps`` attached to it (or to the object)."""
    verb = _verb_of(doc, i)
    preps = frozenset(preps)
    for c in verb.children:
        if c.dep_ in OBJECT_DEPS and c.i > verb.i:
            found = _actors(_with_conjuncts(c), actor_at)
            if found:
                return found
            # "expressed support for X": the preposition hangs on the object noun
            for p in c.children:
                if p.dep_ == "prep" and p.lower_ in preps:
                    found = _pobj(p, actor_at)
                    if found:
                        return found
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in preps and c.i > verb.i:
            found = _pobj(c, actor_at)
            if found:
                return found
    return []


def _pobj(prep, actor_at) -> list:
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    return _actors(_with_conjuncts(obj), actor_at) if obj is not None else []


def _actors(tokens, actor_at) -> list:
    out: list = []
    for t in tokens:
        a = actor_at(t.i)
        if a is not None and all(a.actor != b.actor for b in out):
            out.append(a)
    return out
