"""A public toolkit for third-party quote extractors: tokens, speakers and channels as reactlib reads them.

A plugin that finds quotes its own way (a trained tagger, another lexicon, an LLM) still
wants its :class:`~reactlib.types.Quote` records to agree with reactlib's: the same token
boundaries, the same actor for "the minister" or "she", the same channel for "told
reporters". The rules behind those answers live in private modules that change from
release to release; this module is the stable face of them, with the signatures below
kept across releases (new keyword arguments only, with defaults).

- :func:`blank_english`: the default spaCy pipeline, whose tokens and sentences are those
  of the ``Doc`` reactlib hands every extractor;
- :func:`speaker_of`: the actor a speaker mention denotes ("European Council president
  Charles Michel" is Michel, "its embassy in London" its owner, "she" the last woman
  named), as reactlib's own quote rules resolve it;
- :func:`channel_of`: the channel (``twitter``, ``statement``, ``press conference``,
  ``interview``, …) named around a quote or its cue.

Use them inside an extractor that ``refines={"quotes"}`` (or ``needs={"actors"}``), where
the article already has its actors::

    from reactlib import Extractor, Quote, hookimpl
    from reactlib.speakers import channel_of, speaker_of

    def my_quotes(article, doc):
        start, end, src_start, src_end = ...   # what your model found
        quote = Quote.from_span(article.text, start, end, id="q1", kind="indirect",
                                speaker=speaker_of(article, doc, src_start, src_end),
                                speaker_start=src_start, speaker_end=src_end,
                                channel=channel_of(article.text, start, end))
        return article.evolve(quotes=(*article.quotes, quote))

(Not to be confused with :mod:`reactlib.quotes.speakers`, the private rules that find a
speaker mention in the first place.)
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language

from .errors import InputError
from .types import Article

__all__ = ["CHANNEL_WINDOW", "blank_english", "channel_of", "speaker_of"]

#: characters each side of the span that :func:`channel_of` reads by default: the
#: attribution's own neighbourhood (the window reactlib's quote rules use)
CHANNEL_WINDOW = 200


def blank_english() -> Language:
    """A new copy of reactlib's default pipeline (blank English tokenizer, sentence rules).

    Tokenise with it (``blank_english().make_doc(text)``, or call it for sentences too) to
    train or run a model on exactly the tokens of the ``Doc`` reactlib gives extractors at
    parse time, so that the model's token offsets are reactlib's.
    """
    from .nlp import blank_english as _blank_english

    return _blank_english()


def _check_span(text: str, start: int, end: int, what: str) -> None:
    if not all(isinstance(v, int) and not isinstance(v, bool) for v in (start, end)):
        raise InputError(f"{what}: start and end must be integers, got {start!r} and {end!r}")
    if not 0 <= start < end <= len(text):
        raise InputError(f"{what}: span ({start}, {end}) is not a non-empty span of the "
                         f"{len(text)}-character text")


def speaker_of(article: Article, doc: Any, start: int, end: int) -> str | None:
    """The id of the actor that the speaker mention ``article.text[start:end]`` denotes, or None.

    The same reading as reactlib's own quotes: the head of the phrase speaks ("Monte Shaw,
    director of the association" is Shaw; "the Ecuadorian interior minister, Rosa Quispe"
    is Quispe; "Bayramov's ministry" is his country, when it is an actor), and pronouns,
    roles and institutions resolve through the article's actors. None when the mention
    names no actor of ``article``.

    :param article: the article so far; it must already carry its actors (run inside an
        extractor that needs ``actors`` or refines ``quotes``).
    :param doc: the spaCy ``Doc`` of ``article.text`` the extractor received (its
        sentences bound pronoun look-ups; the linker made for it is shared with reactlib's
        own stages, so calling this for every quote costs no new linker).
    :param start: character offset of the mention's first character.
    :param end: character offset just after its last character.
    :raises InputError: the span is not a non-empty span of the text.
    """
    _check_span(article.text, start, end, "speaker_of")
    from .extractors.quotes import resolve_speaker
    from .linking import shared_linker

    return resolve_speaker(shared_linker(article, doc), article.text, start, end)


def channel_of(text: str, start: int, end: int, *, speaker: str | None = None, cue: str | None = None,
               window: int = CHANNEL_WINDOW) -> str | None:
    """The channel named near ``text[start:end]`` (a quote or its cue), or None.

    The words within ``window`` characters before and after the span are read, not the
    span's own (a quote's words name no channel of its own delivery): "told reporters" is a
    ``press conference``, "in a post on X" ``twitter``, "in a statement" ``statement``.
    Without such words, a cue ``write`` or ``post`` is ``written``, and an institution
    (``speaker``: "the foreign ministry") that says or announces is a ``statement``.

    :param speaker: the speaker mention's words, if any.
    :param cue: the cue, lower-cased (its lemma, "say", "post", when you have it).
    :param window: characters read each side of the span.
    :raises InputError: the span is not a non-empty span of ``text``, or ``window`` is negative.
    """
    _check_span(text, start, end, "channel_of")
    if not isinstance(window, int) or window < 0:
        raise InputError(f"channel_of: window must be a non-negative integer, got {window!r}")
    from .quotes.channels import channel_of as _channel_of

    near = text[max(0, start - window):start] + " " + text[end:end + window]
    return _channel_of(near, speaker, cue)
