"""StanceFinder.next_nonspace: the forward skip over blanks that the finder and the concern-clause
reader share (invented text)."""

from __future__ import annotations

from reactlib.nlp import blank_english
from reactlib.pipeline import Pipeline
from reactlib.stances.finder import StanceFinder

NLP = blank_english()


def _finder(text: str) -> StanceFinder:
    return StanceFinder(Pipeline(plugins=[]).parse(text), NLP(text))


def test_next_nonspace_skips_blanks_up_to_stop():
    f = _finder("Peru said\n\n that Chile erred.")
    said = f.words.index("said")
    that = f.words.index("that")
    assert any(f.is_space[said + 1:that])  # the line break is a space token
    assert f.next_nonspace(said + 1) == that
    assert f.next_nonspace(that) == that  # a word is its own answer
    assert f.next_nonspace(said + 1, said + 1) == said + 1  # never past ``stop``
    assert f.next_nonspace(f.n) == f.n
