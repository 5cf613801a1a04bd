"""Reading article inputs and parsing them in batches, one bad article never stopping the rest.

Input records are ``{"text": ..., "id": ..., "date": ..., "title": ...}`` (only ``text``
required), one per JSONL line. Each result is either an Article or, for an article
that failed, an error record naming what went wrong and where (line number, id), so
that output lines correspond one to one with input lines, in input order.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Iterable, Iterator, Mapping

import attrs

from .errors import DecodeError, InputError, RecordError, ReactlibError
from .pipeline import Pipeline, get_pipeline
from .types import Article


@attrs.frozen
class Failure:
    """An article that could not be parsed: where it was, and the error."""

    error: ReactlibError
    id: str | None = None
    line: int | None = None

    def to_dict(self) -> dict[str, Any]:
        record: dict[str, Any] = {"id": self.id, "error": self.error.to_dict()}
        if self.line is not None:
            record["line"] = self.line
        return record


def read_text_file(path: str | Path, *, encoding_errors: str = "strict") -> str:
    """A text file's content, decoded as UTF-8 (a leading BOM is kept, as offsets index the file).

    :raises DecodeError: the file is not valid UTF-8 (with ``encoding_errors="strict"``),
        naming the file and the byte offset of the first bad byte.
    """
    data = Path(path).read_bytes()
    return decode_bytes(data, str(path), encoding_errors=encoding_errors)


def decode_bytes(data: bytes, source: str, *, encoding_errors: str = "strict") -> str:
    """``data`` decoded as UTF-8, or a DecodeError naming ``source`` and the byte offset."""
    try:
        return data.decode("utf-8", errors=encoding_errors)
    except UnicodeDecodeError as exc:
        raise DecodeError(source, exc.start, exc.reason) from None


def record_from_json_line(line: str, line_no: int) -> Mapping[str, Any]:
    """One JSONL input line as a record with a str ``text``; a RecordError otherwise."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise RecordError(f"line {line_no}: invalid JSON ({exc.msg} at column {exc.colno})") from None
    if not isinstance(record, dict):
        raise RecordError(f"line {line_no}: expected a JSON object with a 'text' field, got {type(record).__name__}")
    if "text" not in record:
        raise RecordError(f"line {line_no}: the record has no 'text' field (fields: {sorted(record)})")
    return record


def iter_jsonl_records(lines: Iterable[bytes | str], source: str = "<input>",
                       *, encoding_errors: str = "strict") -> Iterator[tuple[int, Mapping[str, Any] | Failure]]:
    """(line number, record or Failure) for each non-blank line of a JSONL stream."""
    for line_no, raw in enumerate(lines, start=1):
        try:
            line = decode_bytes(raw, f"{source} line {line_no}", encoding_errors=encoding_errors) \
                if isinstance(raw, bytes) else raw
            if not line.strip():
                continue
            yield line_no, record_from_json_line(line, line_no)
        except InputError as exc:
            yield line_no, Failure(exc, id=None, line=line_no)


def _record_id(record: Mapping[str, Any]) -> str | None:
    value = record.get("id")
    return None if value is None else str(value)


def parse_record(pipeline: Pipeline, record: Mapping[str, Any], line: int | None = None) -> Article | Failure:
    """Parse one input record; any reactlib error becomes a Failure carrying the record's id."""
    record_id = _record_id(record)
    try:
        return pipeline.parse(record["text"], date=record.get("date"), title=record.get("title"), id=record_id)
    except ReactlibError as exc:
        return Failure(exc, id=record_id, line=line)


def parse_many(articles: Iterable[str | Mapping[str, Any]], *, pipeline: Pipeline | None = None,
               **pipeline_options: Any) -> Iterator[Article | Failure]:
    """Parse many articles in order, yielding an Article or a Failure for each.

    :param articles: texts, or records with ``text`` and optionally ``id``, ``date``, ``title``.
    :param pipeline: a Pipeline to use; otherwise one is built from ``pipeline_options``
        (``nlp``, ``plugins``, ``on_plugin_error``, ``max_chars``).
    """
    pipeline = pipeline or get_pipeline(**pipeline_options)
    for index, item in enumerate(articles):
        record = {"text": item} if not isinstance(item, Mapping) else item
        if "text" not in record:
            yield Failure(RecordError(f"article {index}: the record has no 'text' field"), id=_record_id(record))
            continue
        yield parse_record(pipeline, record)
