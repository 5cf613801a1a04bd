"""Built-in quotes extractor: who said what, with cue, channel and speaker.

An ordinary plugin: it registers one extractor through the same hook a
third-party package would use. The rules live in :mod:`reactlib.quotes`; this
module turns what they find into :class:`~reactlib.types.Quote` records and
resolves each speaker mention to an actor with :class:`~reactlib.linking.ActorLinker`.
"""

from __future__ import annotations

from .. import hookimpl
from ..extractor import Extractor
from ..linking import ActorLinker
from ..quotes import find_quotes
from ..quotes.channels import channel_of
from ..types import Article, Quote

NAME = "reactlib.quotes"


def extract_quotes(article: Article, doc: object) -> Article:
    """Add every direct, partial and indirect quote, with ids q1, q2, … in text order."""
    text = article.text
    linker = ActorLinker(article, doc)
    quotes: list[Quote] = []
    previous_speaker: str | None = None
    for n, f in enumerate(find_quotes(text, doc), start=1):
        speaker = None
        speaker_text = None
        if f.speaker_span is not None:
            speaker = linker.resolve(*f.speaker_span)
            speaker_text = text[f.speaker_span[0]:f.speaker_span[1]]
        elif f.inherit_from_previous:
            speaker = previous_speaker
        cs, ce = f.cue_span if f.cue_span else (None, None)
        ss, se = f.speaker_span if f.speaker_span else (None, None)
        context = text[f.context[0]:f.context[1]]
        channel = channel_of(_unquoted(context, f, text), speaker_text, f.cue)
        quotes.append(Quote.from_span(
            text, f.start, f.end, id=f"q{n}", kind=f.kind, speaker=speaker, cue=f.cue,
            cue_start=cs, cue_end=ce, speaker_start=ss, speaker_end=se, channel=channel,
            extra={"parts": [list(p) for p in f.parts]} if f.parts else {}))
        if f.kind == "direct":
            previous_speaker = speaker
    return article.evolve(quotes=quotes)


def _unquoted(context: str, f, text: str) -> str:
    """The attribution context without the quote's own words (they name no channel)."""
    c0 = f.context[0]
    s, e = f.start - c0, f.end - c0
    if 0 <= s <= e <= len(context):
        return context[:s] + " " + context[e:]
    return context


@hookimpl
def reactlib_register_extractors(register):
    register(Extractor(name=NAME, run=extract_quotes, provides={"quotes"}, needs={"actors"}))
