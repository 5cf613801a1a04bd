"""Property tests of the quote extractor and its mark scanner (Hypothesis)."""

from __future__ import annotations

import json
import subprocess
import sys

from hypothesis import given, settings, strategies as st

import reactlib

from reactlib.extractors.quotes import extract_quotes
from reactlib.nlp import blank_english
from reactlib.quotes import scan_quotes
from reactlib.quotes.lexicon import CUE_FORMS
from reactlib.types import Article

from conftest import REFERENCE, REFERENCE_GOLD, SHARED

NLP = blank_english()
WORDS = ["the", "army", "border", "talks", "resumed", "on", "Friday", "minister", "Oslo",
         "calm", "was", "reported", "in", "villages", "and", "towns", "ceasefire", "a"]
MARKS = ['"', "\u201c", "\u201d", "\u00ab", "\u00bb", "\u201e", "\u2039", "\u203a", "'", "``", "''", "\n\n"]

sentences = st.lists(st.sampled_from(WORDS), min_size=3, max_size=12).map(
    lambda ws: " ".join(ws).capitalize() + ".")
quotations = st.lists(st.sampled_from(WORDS), min_size=3, max_size=10).map(
    lambda ws: " ".join(ws).capitalize() + ",")


def run(text: str) -> Article:
    return extract_quotes(Article(text=text), NLP(text))


@settings(max_examples=60, deadline=None)
@given(before=st.lists(sentences, max_size=3), after=st.lists(sentences, max_size=3), quote=quotations,
       marks=st.sampled_from([('"', '"'), ("\u201c", "\u201d"), ("\u00ab", "\u00bb"), ("\u201e", "\u201c")]),
       paragraph=st.booleans())
def test_inserted_quote_is_found_with_exact_offsets(before, after, quote, marks, paragraph):
    sep = "\n\n" if paragraph else " "
    head = sep.join(before) + (sep if before else "")
    attributed = f"{marks[0]}{quote}{marks[1]} the foreign minister said."
    text = head + attributed + (sep + sep.join(after) if after else "")
    start = len(head) + len(marks[0])
    found = [q for q in run(text).quotes if q.kind == "direct"]
    assert [(q.start, q.end) for q in found] == [(start, start + len(quote))]
    q = found[0]
    assert text[q.speaker_start:q.speaker_end] == "the foreign minister"
    assert text[q.cue_start:q.cue_end] == "said"


@settings(max_examples=80, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(WORDS), st.sampled_from(MARKS)), max_size=60))
def test_random_unbalanced_marks_never_crash_nor_swallow_the_text(pieces):
    text = " ".join(pieces)
    article = run(text)
    for q in article.quotes:
        assert text[q.start:q.end] == q.text
        assert q.kind in ("direct", "partial", "indirect")
        if len(text.strip()) > 20:
            assert not (q.start <= len(text) - len(text.lstrip()) and q.end >= len(text.rstrip()))
    for m in scan_quotes(text):
        assert m.open < m.start <= m.end <= m.close
        # a quotation never crosses a paragraph unless the next paragraph reopens it
        for piece in text[m.start:m.end].split("\n\n")[1:]:
            if not piece.strip():
                continue  # an empty paragraph between the two
            assert piece.lstrip()[:1] in ('"', "\u201c", "\u00ab", "\u201e", "\u2039", "'", "`")


CUE_WORDS = sorted(CUE_FORMS)


@settings(max_examples=120, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(WORDS), st.sampled_from(CUE_WORDS), st.sampled_from(MARKS)),
                max_size=12), st.sampled_from(CUE_WORDS))
def test_a_cue_word_ending_the_text_never_crashes(pieces, last):
    # A cue as the text's last word once read one token past the end ("The rebels vowed").
    text = " ".join(["The", "rebels", *pieces, last])
    for quote in reactlib.parse(text).quotes:   # the whole pipeline: the speaker comes from the actors
        assert 0 <= quote.start <= quote.end <= len(text)


@settings(max_examples=40, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab .,\n\"'\u201c\u201d\u00ab\u00bb:")), max_size=300))
def test_scanner_on_arbitrary_mark_soup(text):
    for m in scan_quotes(text):
        assert 0 <= m.open < m.start <= m.end <= m.close < len(text) + 1


def test_scanner_is_linear_on_a_megabyte_of_marks():
    import time
    text = '"a ' * 300_000 + "\u201c" * 100_000
    t0 = time.process_time()  # CPU time: other work on the machine does not count
    scan_quotes(text)
    assert time.process_time() - t0 < 5


def test_reference_article_quotes_score():
    """The reference article: direct+partial spans and indirect spans against the hand answer."""
    out = subprocess.run([sys.executable, "-m", "reactlib", "parse", str(REFERENCE), "--format", "json"],
                         capture_output=True, text=True, check=True).stdout
    pred = json.loads(out)
    sys.path.insert(0, str(SHARED / "eval"))
    try:
        import score
    finally:
        sys.path.pop(0)
    gold = json.loads(REFERENCE_GOLD.read_text(encoding="utf-8"))
    res = score.score(gold, pred, pred["text"])
    assert res["quotes(direct+partial)"]["span"]["f1"] >= 0.95
    assert res["quotes(direct+partial)"]["span+speaker"]["f1"] >= 0.95
    assert res["quotes(indirect)"]["span"]["f1"] >= 0.70


LEAD_CLAUSES = ["the talks will resume on Friday", "Oslo reported calm in the border villages",
                "\"the ceasefire was a mistake\"", "the army was in the towns"]
LEAD_CUES = [", the minister said.", " officials said on Friday.", ", according to the ministry.", "."]


@settings(max_examples=60, deadline=None)
@given(date=st.dates(), prefix=st.sampled_from(["", " ", "\ufeff", "  "]),
       clause=st.sampled_from(LEAD_CLAUSES), cue=st.sampled_from(LEAD_CUES),
       rest=st.lists(sentences, max_size=2), newline=st.booleans())
def test_a_leading_date_marker_is_in_no_quote_or_speaker_span(date, prefix, clause, cue, rest, newline):
    marker = f"{prefix}date {date.isoformat()}" + ("\n" if newline else " ")
    text = marker + clause[0].upper() + clause[1:] + cue + (" " + " ".join(rest) if rest else "")
    for q in run(text).quotes:
        assert q.start >= len(marker.rstrip()), (text, q.text)
        assert q.speaker_start is None or q.speaker_start >= len(marker.rstrip())
