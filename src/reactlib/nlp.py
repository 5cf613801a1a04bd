"""The spaCy pipeline every article goes through.

No statistical English pipeline can be assumed (none installs offline), so the
default is ``spacy.blank("en")`` with rule-based sentence boundaries: spaCy's
sentencizer, plus a paragraph rule (a line break always ends a sentence), which
news text needs because headlines and datelines carry no full stop.

A user with a trained pipeline passes it instead; extractors then use its parser
and entities where :func:`has_parser` / :func:`has_entities` say they exist.
"""

from __future__ import annotations

import spacy
from spacy.attrs import IS_SPACE
from spacy.language import Language
from spacy.tokens import Doc

from .tokenizer_guard import guard_tokenizer

PARAGRAPHS = "reactlib_paragraphs"

#: spaCy's blank pipeline refuses texts over ``max_length`` characters; reactlib
#: enforces its own limit (``max_chars``) instead, with a clearer error.
BLANK_MAX_LENGTH = 100_000_000


@Language.component(PARAGRAPHS)
def paragraph_boundaries(doc: Doc) -> Doc:
    """Start a sentence after every whitespace token that contains a line break."""
    if "\n" not in doc.text:
        return doc
    # Only whitespace tokens can hold a line break: look at those alone (read in one
    # array call), not at every token in Python.
    for i in doc.to_array([IS_SPACE]).nonzero()[0]:
        if i + 1 < len(doc) and "\n" in doc[int(i)].text:
            doc[int(i) + 1].is_sent_start = True
    return doc


def blank_english() -> Language:
    """A new default pipeline: blank English tokenizer, sentencizer, paragraph rule."""
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe(PARAGRAPHS, after="sentencizer")
    nlp.max_length = BLANK_MAX_LENGTH
    # spaCy's tokenizer is quadratic on long space-free runs of quotation marks or
    # brackets; the guard keeps it linear and leaves ordinary text untouched.
    return guard_tokenizer(nlp)


def has_parser(doc: Doc) -> bool:
    """Whether the doc carries dependency parses (a trained pipeline was used)."""
    return doc.has_annotation("DEP")


def has_entities(doc: Doc) -> bool:
    """Whether the doc carries named entities from a statistical or rule-based NER."""
    return doc.has_annotation("ENT_IOB")
