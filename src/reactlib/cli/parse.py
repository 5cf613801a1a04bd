"""``reactlib parse``: parse a text file, a JSONL corpus, or standard input.

- ``reactlib parse FILE.txt [--date YYYY-MM-DD] --format json`` writes one article object.
- ``reactlib parse FILE.jsonl --format jsonl`` (or ``-`` for standard input) reads one
  article per line and writes exactly one line per input line, in input order: the
  article, or ``{"id": ..., "error": {...}}`` where that article failed. The exit
  status is 1 when any article failed, after all were written.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Iterator, TextIO

from ..batch import Failure, iter_jsonl_records, parse_record, read_text_file
from ..errors import ReactlibError
from ..output import format_table, to_json, write_csv
from ..pipeline import Pipeline
from ..plugins import selection_from_string
from ..types import Article

FORMATS = ("json", "jsonl", "table", "csv")


def add_parser(subparsers) -> argparse.ArgumentParser:
    p = subparsers.add_parser("parse", help="parse articles into actors, quotes, dates and stances",
                              description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("input", help="a .txt article, a .jsonl corpus (one {\"text\": ...} per line), or - for JSONL on stdin")
    p.add_argument("--date", help="the article's date, YYYY-MM-DD (default: a leading 'date YYYY-MM-DD' marker)")
    p.add_argument("--format", choices=FORMATS, default=None,
                   help="json (one article), jsonl (one line per article), table (for people), csv (stances)")
    p.add_argument("-o", "--output", help="write here instead of standard output")
    p.add_argument("--plugins", default=None, help="plugin selection, as in REACTLIB_PLUGINS (e.g. 'none')")
    p.add_argument("--on-plugin-error", choices=("raise", "skip"), default="raise",
                   help="skip: drop a failing plugin's output for that article and add a warning")
    p.add_argument("--max-chars", type=int, default=None, help="longest article accepted, in characters")
    p.add_argument("--encoding-errors", choices=("strict", "replace"), default="strict",
                   help="replace: decode invalid UTF-8 bytes as U+FFFD instead of failing")
    return p


def _is_jsonl(path: str) -> bool:
    return path == "-" or path.endswith(".jsonl")


def _results(args: argparse.Namespace, pipeline: Pipeline) -> Iterator[Article | Failure]:
    if _is_jsonl(args.input):
        if args.input == "-":
            stream = sys.stdin.buffer
            source = "<stdin>"
        else:
            stream = open(args.input, "rb")  # noqa: SIM115 - closed below
            source = args.input
        try:
            for line_no, item in iter_jsonl_records(stream, source, encoding_errors=args.encoding_errors):
                if isinstance(item, Failure):
                    yield item
                    continue
                if args.date and item.get("date") is None:
                    item = {**item, "date": args.date}
                yield parse_record(pipeline, item, line=line_no)
        finally:
            if stream is not sys.stdin.buffer:
                stream.close()
    else:
        text = read_text_file(args.input, encoding_errors=args.encoding_errors)
        yield pipeline.parse(text, date=args.date, id=None)


def _write(results: Iterator[Article | Failure], fmt: str, out: TextIO) -> int:
    failed = 0

    def counted() -> Iterator[Article | Failure]:
        nonlocal failed
        for r in results:
            if isinstance(r, Failure):
                failed += 1
                print(f"reactlib: {r.error.code} {r.error}", file=sys.stderr)
            yield r

    if fmt == "csv":
        write_csv(counted(), out)
    elif fmt == "json":
        items = list(counted())
        if len(items) == 1:
            out.write(to_json(items[0], indent=1) + "\n")
        else:
            out.write("[\n" + ",\n".join(to_json(i) for i in items) + "\n]\n")
    elif fmt == "table":
        for r in counted():
            out.write(format_table(r) if isinstance(r, Article) else f"error: {r.error}\n")
            out.write("\n")
    else:
        for r in counted():
            out.write(to_json(r) + "\n")
            out.flush() if out is sys.stdout else None
    return 1 if failed else 0


def run(args: argparse.Namespace) -> int:
    fmt = args.format or ("jsonl" if _is_jsonl(args.input) else "json")
    selection = None if args.plugins is None else selection_from_string(args.plugins)
    pipeline = Pipeline(plugins=selection, on_plugin_error=args.on_plugin_error, max_chars=args.max_chars)
    if not _is_jsonl(args.input) and not Path(args.input).is_file():
        raise ReactlibError(f"no such file: {args.input!r}; give a .txt file, a .jsonl file, or -")
    if args.output:
        with open(args.output, "w", encoding="utf-8", newline="\n") as out:
            return _write(_results(args, pipeline), fmt, out)
    return _write(_results(args, pipeline), fmt, sys.stdout)
