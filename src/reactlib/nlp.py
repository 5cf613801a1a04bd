"""The spaCy pipeline every article goes through.

No statistical English pipeline can be assumed (none installs offline), so the
default is ``spacy.blank("en")`` with rule-based sentence boundaries: spaCy's
sentencizer, an abbreviation rule (:mod:`reactlib.abbreviations`: "Lt. Col. Ines Garza"
stays one sentence), a paragraph rule (a line break always ends a sentence), which
news text needs because headlines and datelines carry no full stop, and a rule that makes a
leading ``date YYYY-MM-DD`` marker a sentence of its own.

A user with a trained pipeline passes it instead; extractors then use its parser
and entities where :func:`has_parser` / :func:`has_entities` say they exist.
"""

from __future__ import annotations

import spacy
from spacy.attrs import IS_PUNCT, IS_SPACE, ORTH, SENT_START
from spacy.language import Language
from spacy.pipeline import Sentencizer
from spacy.strings import get_string_id
from spacy.tokens import Doc

from .abbreviations import ABBREVIATIONS
from .clock_stops import CLOCK_STOPS
from .article_date import DATE_MARKER
from .tokenizer_guard import guard_tokenizer

PARAGRAPHS = "reactlib_paragraphs"
DATE_MARKER_SENTENCE = "reactlib_date_marker"
SENTENCIZER = "reactlib_sentencizer"

#: spaCy's blank pipeline refuses texts over ``max_length`` characters; reactlib
#: enforces its own limit (``max_chars``) instead, with a clearer error.
BLANK_MAX_LENGTH = 100_000_000


class ArraySentencizer(Sentencizer):
    """spaCy's sentencizer, deciding from one array of token ids instead of Token objects.

    The same rule and the same boundaries as :class:`spacy.pipeline.Sentencizer` (whose
    settings, serialisation and annotation it keeps): a sentence starts at the first
    token that is neither punctuation nor a sentence-final mark after such a mark. The
    stock one builds a Python ``Token`` for every token of every article, which costs
    about a tenth of tokenising; here the rule reads the token ids and punctuation flags
    of one ``Doc.to_array`` call.
    """

    _final_ids: frozenset[int] = frozenset()
    _final_ids_of: object = None

    def predict(self, docs):
        if self._final_ids_of is not self.punct_chars:  # set anew by __init__ or from_bytes
            self._final_ids = frozenset(get_string_id(c) for c in self.punct_chars)
            self._final_ids_of = self.punct_chars
        final_ids = self._final_ids
        guesses = []
        for doc in docs:
            n = len(doc)
            starts = [False] * n
            if n:
                table = doc.to_array([ORTH, IS_PUNCT])
                starts[0] = True
                seen_final = False
                for i, (orth, punct) in enumerate(zip(table[:, 0].tolist(), table[:, 1].tolist())):
                    if orth in final_ids:
                        seen_final = True
                    elif seen_final and not punct:
                        starts[i] = True
                        seen_final = False
            guesses.append(starts)
        return guesses


@Language.factory(SENTENCIZER, default_config={"punct_chars": None, "overwrite": False,
                                               "scorer": {"@scorers": "spacy.senter_scorer.v1"}})
def make_array_sentencizer(nlp: Language, name: str, punct_chars, overwrite: bool, scorer) -> ArraySentencizer:
    return ArraySentencizer(name, punct_chars=punct_chars, overwrite=overwrite, scorer=scorer)


@Language.component(PARAGRAPHS)
def paragraph_boundaries(doc: Doc) -> Doc:
    """Start a sentence after every whitespace token that contains a line break."""
    # Only whitespace tokens can hold a line break: look at those alone (read in one
    # array call), not at every token in Python, nor at ``doc.text`` (which joins a
    # Token object per token).
    n = len(doc)
    starts = [int(i) + 1 for i in doc.to_array([IS_SPACE]).nonzero()[0] if i + 1 < n and "\n" in doc[int(i)].text]
    if not starts:
        return doc
    if doc.has_annotation("DEP"):
        doc[starts[0]].is_sent_start = True  # spaCy refuses to move a parsed doc's boundaries: its error
    # All at once: spaCy's ``Token.is_sent_start`` setter checks the whole doc for a parse
    # each time, which made a long article with thousands of paragraphs quadratic.
    flags = doc.to_array([SENT_START])
    flags[starts] = 1
    doc.from_array([SENT_START], flags)
    return doc


#: Tokens searched for the end of a leading ``date YYYY-MM-DD`` marker (BOM, spaces, "date",
#: the date's pieces: far fewer than this).
_MARKER_TOKENS = 16


@Language.component(DATE_MARKER_SENTENCE)
def date_marker_sentence(doc: Doc) -> Doc:
    """Start a sentence right after a leading ``date YYYY-MM-DD`` marker.

    The marker gives the article's date (:mod:`reactlib.article_date`) but is no part of the
    article's prose: with the first paragraph on the same line (" date 2026-03-02 Farmers in
    the Rift Valley will get …, the ministry said.") it would otherwise open the lead's
    sentence, and every span that runs from a sentence's start (an indirect quote, a subject
    phrase, a stance's evidence) would begin with it.
    """
    head = doc[:_MARKER_TOKENS]
    match = DATE_MARKER.match(head.text_with_ws)
    if match is None or doc.has_annotation("DEP"):
        return doc
    for token in head:
        if token.idx >= match.end() and not token.is_space:
            token.is_sent_start = True
            break
    return doc


def blank_english() -> Language:
    """A new default pipeline: blank English tokenizer, sentencizer, paragraph rule."""
    nlp = spacy.blank("en")
    # under spaCy's own name, which reactlib.spacy_component and users look for
    nlp.add_pipe(SENTENCIZER, name="sentencizer")
    # "Lt. Col. Ines Garza": the full stop of an abbreviation spaCy does not know ends no sentence
    nlp.add_pipe(ABBREVIATIONS, after="sentencizer")
    nlp.add_pipe(CLOCK_STOPS, after=ABBREVIATIONS)   # "… at 6 a.m. President X …": two sentences
    nlp.add_pipe(PARAGRAPHS, after=CLOCK_STOPS)
    nlp.add_pipe(DATE_MARKER_SENTENCE, after=PARAGRAPHS)  # the marker is a sentence of its own
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
