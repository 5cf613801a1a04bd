"""``reactlib parse``: parse text files, folders, JSONL corpora, or standard input.

- ``reactlib parse FILE.txt [--date YYYY-MM-DD] --format json`` writes one article object.
- ``reactlib parse corpus.jsonl[.gz] --jobs 2 -o out.jsonl`` reads one article per line
  and writes exactly one line per input line, in input order: the article, or
  ``{"id": ..., "error": {...}, "line": N}`` where that article failed. The exit status
  is 1 when any article failed, after all were written.
- Several inputs, or a folder (every ``.txt``, ``.jsonl`` and ``.jsonl.gz`` in it, in
  sorted order), are read one after another; a text file's id is its path.
- Output: ``--format`` json, jsonl, table, csv (one row per stance) or parquet (one row
  per article; needs pyarrow), or inferred from the ``-o`` file's extension.
- ``--resume`` appends to an existing JSONL output, skipping every article whose id
  (or, for an unreadable line without an id, whose line number) is already there.
- A progress bar with articles/s is drawn on standard error when it is a terminal.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any, Iterable, Iterator, Mapping, TextIO

from ..batch import DEFAULT_BATCH_SIZE, Failure, WorkItem, iter_jsonl_records, open_jsonl, \
    parse_work_items, read_text_file
from ..errors import InputError, ReactlibError
from ..output import format_table, to_json, write_csv
from ..pipeline import Pipeline
from ..types import Article
from ..writers import write_jsonl, write_parquet

FORMATS = ("json", "jsonl", "table", "csv", "parquet")
EXTENSION_FORMATS = {".json": "json", ".jsonl": "jsonl", ".csv": "csv", ".parquet": "parquet",
                     ".txt": "table"}


def add_parser(subparsers) -> argparse.ArgumentParser:
    p = subparsers.add_parser("parse", help="parse articles into actors, quotes, dates and stances",
                              description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("input", nargs="+",
                   help=".txt articles, folders of them, .jsonl or .jsonl.gz corpora "
                        "(one {\"text\": ...} per line), or - for JSONL on stdin")
    p.add_argument("--date", help="the article's date, YYYY-MM-DD (default: a leading 'date YYYY-MM-DD' marker)")
    p.add_argument("--format", choices=FORMATS, default=None,
                   help="json (one article), jsonl (one line per article), table (for people), "
                        "csv (one row per stance), parquet (one row per article); default from -o")
    p.add_argument("-o", "--output", help="write here instead of standard output")
    p.add_argument("-j", "--jobs", type=int, default=1, help="worker processes (default 1)")
    p.add_argument("--batch-size", type=int, default=DEFAULT_BATCH_SIZE,
                   help=f"articles sent to a worker at a time (default {DEFAULT_BATCH_SIZE})")
    p.add_argument("--resume", action="store_true",
                   help="append to the existing JSONL output, skipping articles already in it")
    p.add_argument("--progress", choices=("auto", "always", "never"), default="auto",
                   help="progress bar on standard error: auto (when it is a terminal), always, never")
    p.add_argument("--plugins", default=None, help="plugin selection, as in REACTLIB_PLUGINS (e.g. 'none')")
    p.add_argument("--on-plugin-error", choices=("raise", "skip"), default="raise",
                   help="skip: drop a failing plugin's output for that article and add a warning")
    p.add_argument("--max-chars", type=int, default=None, help="longest article accepted, in characters")
    p.add_argument("--encoding-errors", choices=("strict", "replace"), default="strict",
                   help="replace: decode invalid UTF-8 bytes as U+FFFD instead of failing")
    return p


# -- inputs ------------------------------------------------------------------------------


def _is_jsonl(path: str) -> bool:
    return path == "-" or path.endswith(".jsonl") or path.endswith(".jsonl.gz")


def _expand(inputs: list[str]) -> list[str]:
    """Folders replaced by the article files in them (sorted, recursively); files as given."""
    paths: list[str] = []
    for name in inputs:
        if name == "-" or not Path(name).is_dir():
            if name != "-" and not Path(name).is_file():
                raise ReactlibError(f"no such file or folder: {name!r}; give .txt or .jsonl files, folders, or -")
            paths.append(name)
            continue
        found = sorted(str(p) for p in Path(name).rglob("*")
                       if p.is_file() and (p.suffix == ".txt" or _is_jsonl(p.name)))
        if not found:
            raise ReactlibError(f"folder {name!r} holds no .txt, .jsonl or .jsonl.gz files")
        paths.extend(found)
    return paths


def _with_date(record: Mapping[str, Any], date: str | None) -> Mapping[str, Any]:
    return {**record, "date": date} if date and record.get("date") is None else record


def _jsonl_items(path: str, args: argparse.Namespace) -> Iterator[WorkItem]:
    stream = sys.stdin.buffer if path == "-" else open_jsonl(path)
    source = "<stdin>" if path == "-" else path
    try:
        for line_no, item in iter_jsonl_records(stream, source, encoding_errors=args.encoding_errors):
            yield line_no, item if isinstance(item, Failure) else _with_date(item, args.date)
    finally:
        if stream is not sys.stdin.buffer:
            stream.close()


def _text_item(path: str, args: argparse.Namespace) -> WorkItem:
    try:
        text = read_text_file(path, encoding_errors=args.encoding_errors)
    except InputError as exc:
        return None, Failure(exc, id=path)
    except OSError as exc:
        return None, Failure(InputError(f"{path}: cannot be read ({exc.strerror or exc})"), id=path)
    return None, _with_date({"text": text, "id": path}, args.date)


def work_items(paths: list[str], args: argparse.Namespace) -> Iterator[WorkItem]:
    """Every article of every input, in order, as (line number or None, record or Failure)."""
    for path in paths:
        if _is_jsonl(path):
            yield from _jsonl_items(path, args)
        else:
            yield _text_item(path, args)


# -- resume --------------------------------------------------------------------------------


def done_keys(output: str) -> set[Any]:
    """Ids (and error line numbers) already in a JSONL output; a torn last line is cut off.

    A run that was killed may leave half a line at the end of the file; it is removed
    so the appended output stays valid JSONL, and that article is parsed again.
    """
    keys: set[Any] = set()
    path = Path(output)
    if not path.exists():
        return keys
    good_end = 0
    with open(path, "rb") as f:
        for raw in f:
            try:
                record = json.loads(raw)
            except (json.JSONDecodeError, UnicodeDecodeError):
                break
            if not raw.endswith(b"\n"):
                break
            good_end += len(raw)
            if isinstance(record, dict):
                if record.get("id") is not None:
                    keys.add(str(record["id"]))
                elif "error" in record and record.get("line") is not None:
                    keys.add(("line", record["line"]))
    if good_end < path.stat().st_size:
        with open(path, "r+b") as f:
            f.truncate(good_end)
    return keys


def skip_done(items: Iterable[WorkItem], keys: set[Any]) -> Iterator[WorkItem]:
    for line, record in items:
        if isinstance(record, Failure):
            key = record.id if record.id is not None else ("line", record.line)
        else:
            key = None if record.get("id") is None else str(record["id"])
        if key is not None and key in keys:
            continue
        yield line, record


# -- progress and output ---------------------------------------------------------------------


def with_progress(results: Iterator[Article | Failure], mode: str) -> Iterator[Article | Failure]:
    """``results`` unchanged, drawing a tqdm bar (articles/s) on standard error when wanted."""
    if mode == "never" or (mode == "auto" and not sys.stderr.isatty()):
        return results
    try:
        from tqdm import tqdm
    except ImportError:  # the progress extra is not installed: run without a bar
        return results
    return iter(tqdm(results, unit=" articles", file=sys.stderr, dynamic_ncols=True, smoothing=0.1))


def _infer_format(args: argparse.Namespace, paths: list[str]) -> str:
    if args.format:
        return args.format
    if args.output:
        suffix = Path(args.output).suffix.lower()
        if suffix in EXTENSION_FORMATS:
            return EXTENSION_FORMATS[suffix]
    single_text = len(paths) == 1 and not _is_jsonl(paths[0])
    return "json" if single_text else "jsonl"


def _write(results: Iterator[Article | Failure], fmt: str, out: TextIO) -> None:
    if fmt == "csv":
        write_csv(results, out)
    elif fmt == "json":
        items = list(results)
        if len(items) == 1:
            out.write(to_json(items[0], indent=1) + "\n")
        else:
            out.write("[\n" + ",\n".join(to_json(i) for i in items) + "\n]\n")
    elif fmt == "table":
        for r in results:
            out.write(format_table(r) if isinstance(r, Article) else f"error: {r.error}\n")
            out.write("\n")
    else:
        write_jsonl(results, out, flush=out is sys.stdout)


def run(args: argparse.Namespace) -> int:
    paths = _expand(args.input)
    fmt = _infer_format(args, paths)
    if fmt == "parquet" and not args.output:
        raise ReactlibError("--format parquet writes a binary file: give one with -o out.parquet")
    if args.resume and (fmt != "jsonl" or not args.output):
        raise ReactlibError("--resume appends to a JSONL file: give -o out.jsonl (and --format jsonl)")
    if args.jobs < 1:
        raise ReactlibError(f"--jobs {args.jobs}: give 1 or more worker processes")
    selection = None if args.plugins is None else [s for s in args.plugins.split(",") if s]
    options = {"plugins": selection, "on_plugin_error": args.on_plugin_error, "max_chars": args.max_chars}

    if len(paths) == 1 and not _is_jsonl(paths[0]) and fmt == "json":
        # One article file: the contract's single-object case (its id stays unset).
        text = read_text_file(paths[0], encoding_errors=args.encoding_errors)
        article = Pipeline(**options).parse(text, date=args.date, id=None)
        return _emit(iter([article]), fmt, args)

    items = work_items(paths, args)
    if args.resume:
        items = skip_done(items, done_keys(args.output))
    results = parse_work_items(items, n_process=args.jobs, batch_size=args.batch_size, **options)
    return _emit(with_progress(results, args.progress), fmt, args)


def _emit(results: Iterator[Article | Failure], fmt: str, args: argparse.Namespace) -> int:
    failed = 0

    def counted() -> Iterator[Article | Failure]:
        nonlocal failed
        for r in results:
            if isinstance(r, Failure):
                failed += 1
                where = f" [id {r.id}]" if r.id is not None else ""
                print(f"reactlib: {r.error.code}{where} {r.error}", file=sys.stderr)
            yield r

    if fmt == "parquet":
        write_parquet(counted(), args.output)
    elif args.output:
        mode = "a" if args.resume else "w"
        with open(args.output, mode, encoding="utf-8", newline="\n") as out:
            _write(counted(), fmt, out)
    else:
        _write(counted(), fmt, sys.stdout)
    return 1 if failed else 0


