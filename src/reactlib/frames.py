"""pandas tables of what reactlib found: one row per stance, quote, actor or date.

Most people who analyse reactions work in pandas. :func:`to_dataframe` flattens a
sequence of articles into one long table of the chosen record kind, with the article's
position (``article``) and id (``article_id``) on every row, actor ids resolved to names
and countries, and offsets kept so every row can be traced back to its words. The
columns are the same whether or not anything was found, so code written against an
empty result keeps working on a full one.

pandas is optional (``pip install "reactlib[pandas]"``) and imported only when a table
is asked for.
"""

from __future__ import annotations

from typing import Any, Iterable, Iterator

from .errors import InputError
from .extras import require
from .types import Article

TABLES = ("stances", "quotes", "actors", "dates")

#: The columns of each table, in order.
COLUMNS: dict[str, tuple[str, ...]] = {
    "stances": ("article", "article_id", "date", "holder", "holder_name", "holder_country", "type", "plover",
                "target", "target_name", "target_country", "issue", "issue_text", "quote", "start", "end",
                "evidence"),
    "quotes": ("article", "article_id", "date", "id", "kind", "speaker", "speaker_name", "speaker_country",
               "cue", "channel", "start", "end", "text"),
    "actors": ("article", "article_id", "date", "id", "name", "kind", "country", "role", "organization",
               "anonymous", "n_mentions", "mentions"),
    "dates": ("article", "article_id", "date", "text", "type", "value", "start", "end"),
}


def _articles(articles: Article | Iterable[Any]) -> Iterator[tuple[int, Article]]:
    if isinstance(articles, Article):
        articles = [articles]
    try:
        items = iter(articles)
    except TypeError:
        raise InputError(f"to_dataframe takes an Article or an iterable of Articles, "
                         f"not {type(articles).__name__}") from None
    for index, item in enumerate(items):
        if isinstance(item, Article):
            yield index, item
        elif hasattr(item, "error"):  # a batch Failure: nothing to tabulate for that article
            continue
        else:
            raise InputError(f"to_dataframe: item {index} is a {type(item).__name__}, not an Article")


def _base(index: int, article: Article) -> dict[str, Any]:
    return {"article": index, "article_id": article.id,
            "date": article.date.isoformat() if article.date else None}


def _actor_fields(article: Article, actor_id: str | None, prefix: str) -> dict[str, Any]:
    actor = article.actor(actor_id)
    return {f"{prefix}_name": actor.name if actor else None,
            f"{prefix}_country": actor.country if actor else None}


def rows(articles: Article | Iterable[Any], table: str = "stances") -> Iterator[dict[str, Any]]:
    """The rows of :func:`to_dataframe` as plain dicts (no pandas needed)."""
    if table not in TABLES:
        raise InputError(f"unknown table {table!r}; choose one of {', '.join(TABLES)}")
    for index, article in _articles(articles):
        base = _base(index, article)
        if table == "stances":
            for s in article.stances:
                yield {**base, "holder": s.holder, **_actor_fields(article, s.holder, "holder"),
                       "type": s.type, "plover": s.plover,
                       "target": s.target, **_actor_fields(article, s.target, "target"),
                       "issue": s.issue, "issue_text": s.issue_text, "quote": s.quote,
                       "start": s.start, "end": s.end, "evidence": article.text[s.start:s.end]}
        elif table == "quotes":
            for q in article.quotes:
                yield {**base, "id": q.id, "kind": q.kind, "speaker": q.speaker,
                       **_actor_fields(article, q.speaker, "speaker"), "cue": q.cue, "channel": q.channel,
                       "start": q.start, "end": q.end, "text": q.text}
        elif table == "actors":
            for a in article.actors:
                yield {**base, "id": a.id, "name": a.name, "kind": a.kind, "country": a.country,
                       "role": a.role, "organization": a.organization, "anonymous": a.anonymous,
                       "n_mentions": len(a.mentions), "mentions": [list(m) for m in a.mentions]}
        else:
            for d in article.dates:
                yield {**base, "text": d.text, "type": d.type, "value": d.value, "start": d.start, "end": d.end}


def to_dataframe(articles: Article | Iterable[Any], table: str = "stances"):
    """One pandas DataFrame of the chosen records of ``articles``.

    :param articles: an Article, or an iterable of Articles (batch failures are skipped).
    :param table: ``"stances"``, ``"quotes"``, ``"actors"`` or ``"dates"``; see
        :data:`COLUMNS` for the columns of each.
    :raises MissingExtraError: pandas is not installed.
    :raises InputError: an unknown table, or something that is not an Article.
    """
    pd = require("pandas", "pandas", "reactlib.to_dataframe")
    if table not in TABLES:
        raise InputError(f"unknown table {table!r}; choose one of {', '.join(TABLES)}")
    frame = pd.DataFrame(list(rows(articles, table)), columns=list(COLUMNS[table]))
    for column in ("article", "start", "end", "n_mentions"):
        if column in frame.columns:
            frame[column] = frame[column].astype("int64")
    return frame
