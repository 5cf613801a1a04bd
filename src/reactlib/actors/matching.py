"""Gazetteer phrases found in a Doc, with spaCy's PhraseMatcher.

PhraseMatcher is linear in the length of the text whatever the number of phrases,
which is what a 1 MB article of junk needs. The matchers are built once per
vocabulary and gazetteer (building them takes far longer than matching one
article) and kept in a small cache; :func:`warm` builds them ahead of the first
article when the pipeline is configured.
"""

from __future__ import annotations

import threading
from typing import Any

import spacy
from attrs import frozen
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from .gazetteer import Entry, Gazetteer, default_gazetteer

_MAX_CACHED = 8
_lock = threading.Lock()
_cache: dict[tuple[int, int], tuple[Any, Gazetteer, PhraseMatcher, PhraseMatcher]] = {}
_tokenizer: Any = None


def _pattern_tokenizer() -> Any:
    global _tokenizer
    if _tokenizer is None:
        _tokenizer = spacy.blank("en").tokenizer
    return _tokenizer


def _pattern(vocab: Any, phrase: str) -> Doc:
    tokens = _pattern_tokenizer()(phrase)
    return Doc(vocab, words=[t.text for t in tokens], spaces=[bool(t.whitespace_) for t in tokens])


def matchers(vocab: Any, gazetteer: Gazetteer | None = None) -> tuple[PhraseMatcher, PhraseMatcher]:
    """(proper-name matcher on ORTH, lexicon matcher on LOWER) for this vocab and gazetteer."""
    gazetteer = gazetteer or default_gazetteer()
    key = (id(vocab), id(gazetteer))
    with _lock:
        hit = _cache.get(key)
        if hit is not None and hit[0] is vocab and hit[1] is gazetteer:
            return hit[2], hit[3]
        proper = PhraseMatcher(vocab, attr="ORTH")
        for phrase in gazetteer.proper:
            proper.add(phrase, [_pattern(vocab, phrase)])
        lexicon = PhraseMatcher(vocab, attr="LOWER")
        for phrase in gazetteer.lexicon:
            if not phrase.endswith("#anaphor"):
                # Tokenizer exceptions are case-sensitive ("Mr." is one token, "mr." two), so the
                # capitalised forms are patterns too; matching is on LOWER either way.
                variants = {phrase, phrase.capitalize(), phrase.title()}
                docs, seen = [], set()
                for variant in sorted(variants):
                    pattern = _pattern(vocab, variant)
                    shape = tuple(t.lower_ for t in pattern)
                    if shape not in seen:
                        seen.add(shape)
                        docs.append(pattern)
                lexicon.add("L:" + phrase, docs)
        if len(_cache) >= _MAX_CACHED:
            _cache.pop(next(iter(_cache)))
        _cache[key] = (vocab, gazetteer, proper, lexicon)
        return proper, lexicon


def warm(vocab: Any, gazetteer: Gazetteer | None = None) -> None:
    """Build the matchers for ``vocab`` now rather than on the first article."""
    matchers(vocab, gazetteer)


@frozen
class Layers:
    """What the gazetteer found, indexed by start token.

    :ivar proper: start -> (end, phrase, Entry); leftmost-longest, never overlapping.
    :ivar lexicon: start -> [(end, category, phrase)], longest first.
    """

    proper: dict[int, tuple[int, str, Entry]]
    lexicon: dict[int, list[tuple[int, str, str]]]

    def proper_covering(self) -> dict[int, int]:
        """token index -> start token of the proper phrase covering it."""
        out: dict[int, int] = {}
        for start, (end, _, _) in self.proper.items():
            for i in range(start, end):
                out[i] = start
        return out


def find(doc: Doc, gazetteer: Gazetteer | None = None) -> Layers:
    """Run both matchers over ``doc``."""
    gazetteer = gazetteer or default_gazetteer()
    proper_m, lexicon_m = matchers(doc.vocab, gazetteer)
    strings = doc.vocab.strings
    found = sorted(((s, e, strings[m]) for m, s, e in proper_m(doc)), key=lambda x: (x[0], -(x[1] - x[0])))
    proper: dict[int, tuple[int, str, Entry]] = {}
    reach = 0
    for start, end, phrase in found:
        if start >= reach:
            proper[start] = (end, phrase, gazetteer.proper[phrase])
            reach = end
    lexicon: dict[int, list[tuple[int, str, str]]] = {}
    for match_id, start, end in lexicon_m(doc):
        phrase = strings[match_id][2:]
        lexicon.setdefault(start, []).append((end, gazetteer.lexicon[phrase], phrase))
    for items in lexicon.values():
        items.sort(key=lambda x: (-x[0], x[2]))
    return Layers(proper=proper, lexicon=lexicon)
