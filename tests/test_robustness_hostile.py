"""Hostile input costs time linear in its size: measured as a ratio against ordinary text.

Each hostile text is parsed by the full default pipeline in a forked child with a time
limit, so that a quadratic case fails the test instead of hanging the suite. The
bound is a ratio to ordinary article text of the same length, never a wall clock.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import reactlib
from reactlib.testing import parse_time_in_child

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "articles"
SIZE = 100_000
MAX_RATIO = 8.0


def sized(unit: str, n: int = SIZE) -> str:
    return (unit * (n // len(unit) + 1))[:n]


def numbered(unit: str, n: int = SIZE) -> str:
    """``unit`` repeated with a running number at ``#``, so no two chunks are alike
    (spaCy caches the tokenization of repeated chunks, which would hide a slow case)."""
    parts, total, i = [], 0, 0
    while total < n:
        part = unit.replace("#", str(i))
        parts.append(part)
        total += len(part)
        i += 1
    return "".join(parts)[:n]


def ordinary(n: int = SIZE) -> str:
    texts = [p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*.txt"))]
    return sized("\n\n".join(texts) + "\n\n", n)


HOSTILE = {
    "100k_quotation_marks": lambda: sized('"'),
    "curly_quotes_no_space": lambda: sized("\u201c\u201d"),
    "no_spaces_at_all": lambda: sized("abcdefghijklmnopqrstuvwxyz"),
    "no_spaces_punctuated": lambda: sized("abc,def.ghi;"),
    "nested_quotes": lambda: numbered("\u201cHe said \u2018she said \"they said \u00ab# ") + "",
    "ten_thousand_word_sentence": lambda: numbered("the minister of state # said that "),
    "quote_marks_between_words": lambda: numbered('"word# " '),
    "emoji_and_invisible": lambda: numbered("\U0001F600\u200b\u202e#\x00 "),
    "unclosed_quotes": lambda: numbered('Norland said "we # will '),
    "capitalised_names": lambda: numbered("President John Smith Jr. # of Norland "),
}


def parse_time(text: str, limit: float) -> float | None:
    """Seconds to parse ``text`` in a child process, or None past ``limit``."""
    return parse_time_in_child(text, limit)


@pytest.fixture(scope="module")
def ordinary_time() -> float:
    reactlib.parse("Warm up: Norland said \"yes\" on Monday.", date="2020-01-01")  # build the pipeline first
    return min(parse_time(ordinary(), 600) for _ in range(2))


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_text_costs_at_most_a_few_times_ordinary_text(name, ordinary_time):
    text = HOSTILE[name]()
    assert len(text) == SIZE
    limit = max(5.0, MAX_RATIO * 3 * ordinary_time)
    elapsed = parse_time(text, limit)
    assert elapsed is not None, f"{name}: still running after {limit:.1f}s (ordinary: {ordinary_time:.2f}s)"
    ratio = elapsed / ordinary_time
    assert ratio <= MAX_RATIO, f"{name}: {elapsed:.2f}s, {ratio:.1f}x ordinary text of the same size"


GROWING = {
    "one_long_sentence": lambda n: numbered("the minister of state # said that ", n),
    "many_cues_no_full_stop": lambda n: numbered("Norland # said Tarsia # told ", n),
    "quotation_marks": lambda n: sized('"', n),
}


@pytest.mark.parametrize("name", sorted(GROWING))
def test_twice_the_hostile_text_takes_about_twice_the_time(name, ordinary_time):
    """A ratio at one size can hide a quadratic cost that only shows on bigger texts."""
    # The fastest of three runs at each size, the sizes taking turns, so that a burst of
    # load on a shared machine slows both sizes alike and is not read as a growing cost.
    small_text, large_text = GROWING[name](SIZE), GROWING[name](2 * SIZE)
    smalls, larges = [], []
    for _ in range(3):
        smalls.append(parse_time(small_text, max(5.0, MAX_RATIO * 3 * ordinary_time)))
        assert smalls[-1] is not None, f"{name}: too slow at {SIZE:,} characters"
        larges.append(parse_time(large_text, max(10.0, 8 * smalls[-1])))
    small = min(smalls)
    large = min((t for t in larges if t is not None), default=None)
    assert large is not None and large <= 3.0 * small, \
        f"{name}: {small:.2f}s at {SIZE:,} characters, {large if large else 'over ' + str(8 * small)}s at {2 * SIZE:,}"
