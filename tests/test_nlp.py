"""The default spaCy pipeline: sentence boundaries exactly as spaCy's own components give them."""

from __future__ import annotations

import spacy
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.attrs import SENT_START

from reactlib.nlp import ArraySentencizer, blank_english

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
    stock, ours = STOCK.make_doc(text), OURS.make_doc(text)
    STOCK.get_pipe("sentencizer")(stock)
    OURS.get_pipe("sentencizer")(ours)
    assert starts(ours) == starts(stock)


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
