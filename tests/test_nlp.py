"""The default spaCy pipeline: sentence boundaries exactly as spaCy's own components give them."""

from __future__ import annotations

import spacy
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from spacy.attrs import SENT_START

from reactlib.abbreviations import keep_abbreviations_in_sentence
from reactlib.clock_stops import end_sentences_after_clock
from reactlib.nlp import ArraySentencizer, blank_english
from reactlib.tokenizer_guard import MAX_CHUNK

# Words, sentence-final marks of several scripts, other punctuation, quotes and line breaks.
PIECES = ["Lima", "protested", "Mr.", "U.N.", "3.5", ".", "!", "?", "...", "?!", "。", "！", "؟",
          ",", ";", ":", "-", "(", ")", '"', "\u201d", "\u2019", "«", "»", " ", "  ", "\n", "\n\n", "\t"]


def stock_english():
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


STOCK = stock_english()
OURS = blank_english()


def starts(doc):
    return doc.to_array([SENT_START]).tolist()


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40).map("".join))
def test_array_sentencizer_matches_spacy_sentencizer(text):
    # A whitespace-free run longer than MAX_CHUNK is cut by the tokenizer guard, not by
    # spaCy, so the two Docs' tokens differ there (see test_a_long_chunk_cut_by_the_guard...).
    assume(max(map(len, text.split()), default=0) <= MAX_CHUNK)
    stock, ours = STOCK.make_doc(text), OURS.make_doc(text)
    STOCK.get_pipe("sentencizer")(stock)
    OURS.get_pipe("sentencizer")(ours)
    assert starts(ours) == starts(stock)


def test_a_long_chunk_cut_by_the_guard_starts_no_sentence_inside():
    doc = OURS("Lima" * 20 + ". Talks resumed.")
    assert len(doc[0].text) == MAX_CHUNK  # the guard cut the 80-letter run
    assert [sent.text.strip() for sent in doc.sents] == ["Lima" * 20 + ".", "Talks resumed."]


def test_sentences_of_a_news_paragraph():
    doc = OURS("KYIV, Ukraine\nThe ministry said on Friday: \"We reject it.\" Talks resumed!\n\nNo one came.")
    assert [s.text.strip() for s in doc.sents if not s.text.isspace()] == [
        "KYIV, Ukraine", "The ministry said on Friday: \"We reject it.\"", "Talks resumed!", "No one came."]


def test_sentencizer_keeps_spacy_name_settings_and_serialisation():
    sentencizer = OURS.get_pipe("sentencizer")
    assert isinstance(sentencizer, ArraySentencizer)
    copy = ArraySentencizer(punct_chars=["|"]).from_bytes(sentencizer.to_bytes())
    assert copy.punct_chars == sentencizer.punct_chars
    custom = ArraySentencizer(punct_chars=["|"])
    doc = custom(OURS.make_doc("one | two. three"))
    assert [t.is_sent_start for t in doc] == [True, False, True, False, False]


# -- the tokenizer guard's chunk cache -------------------------------------------------

from spacy.attrs import NORM, ORTH, SPACY  # noqa: E402

from reactlib.tokenizer_guard import MAX_CHUNK, GuardedTokenizer  # noqa: E402

# Chunks with spaCy special cases ("don't", "U.S.", "a.m.", "'s") next to ordinary ones:
# after the first special case spaCy stops caching chunks for the rest of a text.
CHUNKS = ["don't", "U.S.", "(U.S.", "a.m.", "Ghana's", "'s", ":)", "e.g.", "co-operate", "1990s", "$5", "5km",
          '"Yes,"', "\u201cNo\u201d", "\u2014", "...", "Mr.", "Jan.", "10:30", "http://example.org/a?b=1", "Quito",
          "protested", "(", ")", "!", ",", "\U0001F642", "I'm", "gov't", "vs.", "\u00ab", "\u00bb", "n't"]


GUARDED = GuardedTokenizer(spacy.blank("en").tokenizer)


def signature(doc):
    return doc.to_array([ORTH, NORM, SPACY]).tolist(), [t.text_with_ws for t in doc]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(CHUNKS), st.sampled_from([" ", "", "\n", "  ", "\n\n"])),
                min_size=1, max_size=30).map(lambda pairs: "".join(a + b for a, b in pairs)))
def test_guarded_tokenizer_gives_spacys_tokens_before_and_after_caching(text):
    # Chunks longer than MAX_CHUNK are cut by the guard's own linear rule on purpose (the
    # next test); this property is about the cache, so it holds for texts spaCy sees whole.
    assume(all(len(chunk) <= MAX_CHUNK for chunk in text.split()))
    # one guarded tokenizer for all examples: each text meets chunks cached from earlier ones
    first, second = GUARDED(text), GUARDED(text)
    assert signature(first) == signature(STOCK.tokenizer(text))
    assert signature(second) == signature(first)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(CHUNKS), min_size=1, max_size=12)
       .map(lambda parts: ("".join(parts) * MAX_CHUNK)[: 2 * MAX_CHUNK]))
def test_guarded_tokenizer_cuts_a_long_chunk_into_word_runs_and_single_marks(chunk):
    text = f"Officials said {chunk} on Monday."
    doc = GUARDED(text)
    assert doc.text == text  # offsets stay those of the input
    start = text.index(chunk)
    inside = [t.text for t in doc if start <= t.idx < start + len(chunk)]
    assert "".join(inside) == chunk
    assert all(len(piece) == 1 or (piece.isalnum() and len(piece) <= MAX_CHUNK) for piece in inside)
    assert [t.text for t in doc][-3:] == ["on", "Monday", "."]  # spaCy still tokenizes around it


def test_guarded_tokenizer_hands_spacy_at_most_its_cache_size_of_chunks():
    tokenizer = spacy.blank("en").tokenizer
    tokenizer.max_cache_size = 5
    guarded = GuardedTokenizer(tokenizer)
    text = " ".join(f"word{i}" for i in range(50))
    assert [t.text for t in guarded(text)] == text.split()
    assert len(guarded._seen) == 5


# -- the paragraph rule ----------------------------------------------------------------

def paragraph_starts_token_by_token(doc):
    """The rule as written: after each whitespace token holding a line break, a sentence starts."""
    return {t.i + 1 for t in doc if t.is_space and "\n" in t.text and t.i + 1 < len(doc)}


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40).map("".join))
def test_paragraph_rule_starts_a_sentence_after_every_line_break(text):
    # as above: a run longer than MAX_CHUNK is cut by the guard, so its tokens differ from stock spaCy's
    assume(max(map(len, text.split()), default=0) <= MAX_CHUNK)
    doc = OURS(text)
    for i in paragraph_starts_token_by_token(doc):
        assert doc[i].is_sent_start
    # elsewhere the sentencizer's boundaries stand, as the abbreviation and clock rules leave them
    stock = end_sentences_after_clock(keep_abbreviations_in_sentence(STOCK(text)))
    moved = {i for i in range(len(doc)) if doc[i].is_sent_start != stock[i].is_sent_start}
    assert moved <= paragraph_starts_token_by_token(doc)
