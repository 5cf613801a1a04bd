"""Streaming writers for batch output: JSON lines, CSV stance tables and Parquet article tables.

Each writer consumes results one at a time and holds at most one row group in
memory, so writing a corpus of millions of articles takes constant memory.
``pyarrow`` is needed for Parquet only (``pip install reactlib[parquet]``); it is
imported when a Parquet file is written, not before.
"""

from __future__ import annotations

import json
from typing import Any, Iterable, Iterator, TextIO

from .batch import Failure
from .errors import ReactlibError
from .output import to_json, write_csv
from .types import Article

__all__ = ["PARQUET_COLUMNS", "article_row", "write_csv", "write_jsonl", "write_parquet"]

#: One row per input article; nested records are JSON text, so the schema never depends
#: on what the extractors found (a file written today reads the same as one written later).
PARQUET_COLUMNS = ("id", "line", "date", "title", "ok", "error_type", "error_code", "error_message",
                   "n_actors", "n_quotes", "n_dates", "n_stances",
                   "actors", "quotes", "dates", "stances", "warnings", "text")


def write_jsonl(results: Iterable[Article | Failure], out: TextIO, *, flush: bool = False) -> None:
    """One JSON object per line, in the order given."""
    for record in results:
        out.write(to_json(record) + "\n")
        if flush:
            out.flush()


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def article_row(result: Article | Failure) -> dict[str, Any]:
    """The flat Parquet row of one result (an article, or a failure with its error)."""
    if isinstance(result, Failure):
        row = dict.fromkeys(PARQUET_COLUMNS)
        row.update(id=result.id, line=result.line, ok=False, error_type=type(result.error).__name__,
                   error_code=result.error.code, error_message=str(result.error))
        return row
    data = result.to_dict()
    return {
        "id": result.id, "line": None, "date": data.get("date"), "title": result.title, "ok": True,
        "error_type": None, "error_code": None, "error_message": None,
        "n_actors": len(result.actors), "n_quotes": len(result.quotes),
        "n_dates": len(result.dates), "n_stances": len(result.stances),
        "actors": _json(data["actors"]), "quotes": _json(data["quotes"]), "dates": _json(data["dates"]),
        "stances": _json(data["stances"]), "warnings": _json(list(result.warnings)), "text": result.text,
    }


def _parquet_schema():
    import pyarrow as pa

    types = {"line": pa.int64(), "ok": pa.bool_(), "n_actors": pa.int64(), "n_quotes": pa.int64(),
             "n_dates": pa.int64(), "n_stances": pa.int64()}
    return pa.schema([(name, types.get(name, pa.string())) for name in PARQUET_COLUMNS])


def _chunks(rows: Iterator[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    chunk: list[dict[str, Any]] = []
    for row in rows:
        chunk.append(row)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def write_parquet(results: Iterable[Article | Failure], path: str, *, row_group_size: int = 1000) -> None:
    """Write one row per result to a Parquet file, a row group at a time.

    :raises ReactlibError: pyarrow is not installed.
    """
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise ReactlibError("writing Parquet needs pyarrow: pip install 'reactlib[parquet]'") from None
    schema = _parquet_schema()
    with pq.ParquetWriter(path, schema) as writer:
        rows = (article_row(r) for r in results)
        wrote = False
        for chunk in _chunks(rows, row_group_size):
            writer.write_table(pa.Table.from_pylist(chunk, schema=schema))
            wrote = True
        if not wrote:  # an empty corpus still gives a readable file with the schema
            writer.write_table(pa.Table.from_pylist([], schema=schema))
