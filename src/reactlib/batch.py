"""Reading article inputs and parsing them in batches, one bad article never stopping the rest.

Input records are ``{"text": ..., "id": ..., "date": ..., "title": ...}`` (only ``text``
required), one per JSONL line. Each result is either an Article or, for an article
that failed, a :class:`Failure` naming what went wrong and where (line number, id), so
that output lines correspond one to one with input lines, in input order.

:func:`parse_many` is the batch entry point: a generator that keeps input order, holds
only a bounded number of articles in memory, and with ``n_process > 1`` spreads the
work over worker processes (see :mod:`reactlib.parallel`), one pipeline per worker.
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path
from typing import Any, Iterable, Iterator, Mapping, Union

import attrs

from .errors import DecodeError, InputError, PipelineError, RecordError, ReactlibError
from .pipeline import Pipeline, get_pipeline
from .types import Article

#: Articles per unit of work sent to a worker process: large enough that the cost of
#: sending work between processes is small, small enough to keep memory flat.
DEFAULT_BATCH_SIZE = 32

#: One unit of batch input: (line number or None, the record or an early Failure).
WorkItem = tuple[Union[int, None], Union[Mapping[str, Any], "Failure"]]


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


# -- reading inputs -------------------------------------------------------------------


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
    """One JSONL input line as a record with a ``text`` field; a RecordError otherwise.

    The type of ``text`` is checked later, by the pipeline, so that a record whose text
    is not a string fails with the same error as ``parse(42)`` does.
    """
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise RecordError(f"line {line_no}: invalid JSON ({exc.msg} at column {exc.colno})") from None
    except RecursionError:  # a line of 100,000 nested brackets
        raise RecordError(f"line {line_no}: invalid JSON (nested too deeply)") from None
    if not isinstance(record, dict):
        raise RecordError(f"line {line_no}: expected a JSON object with a 'text' field, got {type(record).__name__}")
    if "text" not in record:
        raise RecordError(f"line {line_no}: the record has no 'text' field (fields: {sorted(record)[:20]})")
    return record


def iter_jsonl_records(lines: Iterable[bytes | str], source: str = "<input>",
                       *, encoding_errors: str = "strict") -> Iterator[tuple[int, Mapping[str, Any] | Failure]]:
    """(line number, record or Failure) for each non-blank line of a JSONL stream."""
    for line_no, raw in enumerate(lines, start=1):
        line: str | None = None  # not the previous line's, if this one does not decode
        try:
            line = decode_bytes(raw, f"{source} line {line_no}", encoding_errors=encoding_errors) \
                if isinstance(raw, bytes) else raw
            if not line.strip():
                continue
            yield line_no, record_from_json_line(line, line_no)
        except InputError as exc:
            yield line_no, Failure(exc, id=_id_of_line(line), line=line_no)


def _id_of_line(line: object) -> str | None:
    """The ``id`` of a JSON object line that failed for another reason (no text), if any."""
    if not isinstance(line, str) or '"id"' not in line:
        return None
    try:
        record = json.loads(line)
    except (ValueError, RecursionError):
        return None
    return _record_id(record) if isinstance(record, dict) else None


def open_jsonl(path: str | Path):
    """A binary line stream of a ``.jsonl`` or gzip-compressed ``.jsonl.gz`` file."""
    path = Path(path)
    if path.name.endswith(".gz"):
        return gzip.open(path, "rb")
    return open(path, "rb")  # noqa: SIM115 - the caller closes it


# -- parsing --------------------------------------------------------------------------


def _record_id(record: Mapping[str, Any]) -> str | None:
    value = record.get("id")
    return None if value is None else str(value)


def parse_record(pipeline: Pipeline, record: Mapping[str, Any], line: int | None = None) -> Article | Failure:
    """Parse one input record; any error becomes a Failure carrying the record's id and line.

    Errors that are not reactlib's own (a bug, or spaCy failing on some text) are caught
    too, so one article can never stop a batch of a million: they are reported as a
    :class:`~reactlib.errors.ReactlibError` naming the exception.
    """
    record_id = _record_id(record)
    try:
        return pipeline.parse(record["text"], date=record.get("date"), title=record.get("title"), id=record_id)
    except ReactlibError as exc:
        return Failure(exc, id=record_id, line=line)
    except (KeyboardInterrupt, SystemExit):  # pragma: no cover - the user stops the run
        raise
    except BaseException as exc:  # noqa: BLE001 - never lose the rest of the batch
        error = ReactlibError(f"internal error on this article ({type(exc).__name__}: {exc}); please report it")
        return Failure(error, id=record_id, line=line)


def parse_items(pipeline: Pipeline, items: Iterable[WorkItem]) -> Iterator[Article | Failure]:
    """Parse (line, record) work items in order; Failures found while reading pass through."""
    for line, record in items:
        if isinstance(record, Failure):
            yield record
        else:
            yield parse_record(pipeline, record, line=line)


def as_work_items(articles: Iterable[Any]) -> Iterator[WorkItem]:
    """(None, record) for each text or record given to :func:`parse_many`.

    A record without ``text`` becomes a Failure at once; anything that is not a
    mapping is treated as the text itself, so that a non-string gives NotTextError.
    """
    for index, item in enumerate(articles):
        if isinstance(item, Failure):
            yield None, item
            continue
        record = item if isinstance(item, Mapping) else {"text": item}
        if "text" not in record:
            error = RecordError(f"article {index}: the record has no 'text' field (fields: {sorted(map(str, record))[:20]})")
            yield None, Failure(error, id=_record_id(record))
            continue
        yield None, record


def parse_many(articles: Iterable[str | Mapping[str, Any]], *, n_process: int = 1,
               batch_size: int = DEFAULT_BATCH_SIZE, pipeline: Pipeline | None = None,
               start_method: str | None = None, **pipeline_options: Any) -> Iterator[Article | Failure]:
    """Parse many articles in input order, yielding an Article or a Failure for each.

    Memory stays flat however long ``articles`` is: it is read lazily, and at most
    ``2 * n_process`` batches are in flight at once.

    :param articles: texts, or records with ``text`` and optionally ``id``, ``date``, ``title``
        (any iterable, including a generator over a file of millions of lines).
    :param n_process: worker processes; 1 parses in this process. Each worker builds
        its own pipeline once, from ``pipeline_options``.
    :param batch_size: articles sent to a worker at a time.
    :param pipeline: a Pipeline to use (only with ``n_process=1``: a built pipeline
        cannot be sent to other processes; give ``pipeline_options`` instead).
    :param start_method: multiprocessing start method (default: ``fork`` where available).
    :param pipeline_options: ``nlp``, ``plugins``, ``on_plugin_error``, ``max_chars``.
    """
    return parse_work_items(as_work_items(articles), n_process=n_process, batch_size=batch_size,
                            pipeline=pipeline, start_method=start_method, **pipeline_options)


def parse_work_items(items: Iterable[WorkItem], *, n_process: int = 1, batch_size: int = DEFAULT_BATCH_SIZE,
                     pipeline: Pipeline | None = None, start_method: str | None = None,
                     **pipeline_options: Any) -> Iterator[Article | Failure]:
    """:func:`parse_many` over (line, record) work items (what the command line reads)."""
    if not isinstance(n_process, int) or isinstance(n_process, bool) or n_process < 1:
        raise PipelineError(f"n_process={n_process!r}; give a whole number of processes, 1 or more")
    if not isinstance(batch_size, int) or isinstance(batch_size, bool) or batch_size < 1:
        raise PipelineError(f"batch_size={batch_size!r}; give a whole number of articles, 1 or more")
    if n_process == 1:
        return parse_items(pipeline or get_pipeline(**pipeline_options), items)
    if pipeline is not None:
        raise PipelineError("a built Pipeline cannot be shared with worker processes; with n_process > 1 "
                            "pass its settings instead (nlp=..., plugins=..., on_plugin_error=..., max_chars=...)")
    from .parallel import parse_in_processes

    return parse_in_processes(items, n_process=n_process, batch_size=batch_size,
                              start_method=start_method, pipeline_options=pipeline_options)
