"""Writing results: JSON, JSON lines, CSV rows of stances, and a readable table.

The JSON shapes are those of OUTPUT_CONTRACT.md; keys are written in a fixed order
and non-ASCII characters as themselves, so the same article always gives the same
bytes.
"""

from __future__ import annotations

import csv
import io
import json
from typing import Any, Iterable, TextIO

from .batch import Failure
from .types import Article

CSV_COLUMNS = ("article_id", "date", "holder", "holder_country", "type", "plover", "target",
               "target_country", "issue", "issue_text", "evidence", "quote")


def to_json(record: Article | Failure, *, indent: int | None = None) -> str:
    """One article (or failure) as JSON text."""
    return json.dumps(record.to_dict(), ensure_ascii=False, indent=indent)


def stance_rows(article: Article) -> Iterable[dict[str, Any]]:
    """One flat row per stance, with names instead of ids, for spreadsheets."""
    for stance in article.stances:
        holder = article.actor(stance.holder)
        target = article.actor(stance.target)
        yield {
            "article_id": article.id,
            "date": article.date.isoformat() if article.date else None,
            "holder": holder.name if holder else None,
            "holder_country": holder.country if holder else None,
            "type": stance.type,
            "plover": stance.plover,
            "target": target.name if target else None,
            "target_country": target.country if target else None,
            "issue": stance.issue,
            "issue_text": stance.issue_text,
            "evidence": article.text[stance.start:stance.end],
            "quote": stance.quote,
        }


def write_csv(articles: Iterable[Article | Failure], out: TextIO) -> None:
    """Stances of all articles as CSV with a header row; failures are skipped here
    (the caller reports them on standard error)."""
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for article in articles:
        if isinstance(article, Article):
            writer.writerows(stance_rows(article))


def _clip(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def format_table(article: Article) -> str:
    """A readable summary of one article for people at a terminal."""
    buf = io.StringIO()
    head = f"Article {article.id or ''}".rstrip()
    buf.write(f"{head}  date: {article.date.isoformat() if article.date else 'unknown'}\n")
    names = {a.id: a.name for a in article.actors}
    buf.write(f"\nActors ({len(article.actors)})\n")
    for a in article.actors:
        buf.write(f"  {a.id:4} {a.name:32} {a.kind:12} {a.country or '-':4} {a.role or ''}\n")
    buf.write(f"\nQuotes ({len(article.quotes)})\n")
    for q in article.quotes:
        who = names.get(q.speaker, "?")
        buf.write(f"  {q.id:4} {q.kind:8} {_clip(who, 24):24} {q.cue or '-':10} {_clip(q.text, 60)}\n")
    buf.write(f"\nDates ({len(article.dates)})\n")
    for d in article.dates:
        buf.write(f"  {_clip(d.text, 24):24} {d.type:9} {d.value}\n")
    buf.write(f"\nStances ({len(article.stances)})\n")
    for s in article.stances:
        target = names.get(s.target, "-") if s.target else "-"
        buf.write(f"  {_clip(names.get(s.holder, '?'), 24):24} {s.type:10} {_clip(target, 24):24} {s.issue or ''}\n")
    for w in article.warnings:
        buf.write(f"\nwarning: {w}\n")
    return buf.getvalue()
