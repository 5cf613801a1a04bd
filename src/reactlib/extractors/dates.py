"""Built-in dates extractor: every time expression, as TimeML TIMEX3, anchored on the article date.

An ordinary plugin: it registers one extractor through the same hook a
third-party package would use. The work is done by :mod:`reactlib.timex` on the
raw text; the spaCy Doc only lends its sentence boundaries (clause context for
tense: "said on Sunday" is the Sunday gone, "will meet on Monday" the one to come).

The article's own date, when written as a leading ``date YYYY-MM-DD`` marker, is
reported as a DATE at the marker value's offsets.
"""

from __future__ import annotations

from .. import hookimpl
from ..article_date import marker_date
from ..extractor import Extractor
from ..timex import find_time_expressions
from ..tokens import token_view
from ..types import Article, TimeExpression

NAME = "reactlib.dates"


def _sentences(doc: object, text: str) -> list[tuple[int, int]] | None:
    """Sentence spans from a spaCy Doc with sentence boundaries, else None (our own rule then).

    Read from the shared token view (the same spans as ``doc.sents``, without a Span
    object per sentence)."""
    try:
        if doc is not None and doc.has_annotation("SENT_START"):  # type: ignore[attr-defined]
            view = token_view(doc, text)
            return [(view.start[first], view.end[end - 1]) for first, end in view.sents]
    except (AttributeError, ValueError):
        return None
    return None


def extract_dates(article: Article, doc: object) -> Article:
    """The article with ``dates``: every time expression, sorted by start offset."""
    text = article.text
    found = find_time_expressions(text, article.date, _sentences(doc, text))
    records = []
    marker = marker_date(text)
    if marker is not None:
        value, m_start, m_end = marker
        records.append(TimeExpression.from_span(text, m_start, m_end, type="DATE", value=value.isoformat(),
                                                extra={"role": "article date"}))
    for item in found:
        if marker is not None and m_start < item.end and item.start < m_end:
            continue
        extra = {"mod": item.mod} if item.mod else {}
        records.append(TimeExpression.from_span(
            text, item.start, item.end, type=item.type, value=item.value, extra=extra))
    return article.evolve(dates=sorted(records, key=lambda t: (t.start, t.end)))


@hookimpl
def reactlib_register_extractors(register):
    register(Extractor(name=NAME, run=extract_dates, provides={"dates"}))
