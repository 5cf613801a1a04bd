"""``reactlib render ARTICLE -o article.html``: one self-contained page to look at.

ARTICLE is a ``.txt`` article (parsed now), a ``.json`` article that ``reactlib parse``
wrote, or a ``.jsonl`` file from which ``--id`` (or the first line) is taken.
Parsed records (with a ``schema`` key) are shown as they are; raw text is parsed
with the selected plugins.
"""

# iter_articles() below is shared with ``reactlib graph``.

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any, Iterator, Mapping

from ..batch import Failure, iter_jsonl_records, parse_record, read_text_file
from ..errors import InputError, RecordError
from ..pipeline import Pipeline
from ..render import write_html
from ..types import Article


def add_parser(subparsers) -> argparse.ArgumentParser:
    p = subparsers.add_parser("render", help="write an HTML page showing an article's actors, quotes, dates and stances",
                              description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("article", help="a .txt article, a parsed .json article, or a .jsonl corpus (with --id)")
    p.add_argument("-o", "--output", required=True, help="the HTML file to write")
    p.add_argument("--id", default=None, help="in a .jsonl corpus, the id of the article to render (default: the first)")
    p.add_argument("--date", help="the article's date, YYYY-MM-DD, when parsing a .txt file")
    p.add_argument("--title", default=None, help="page heading (default: the article's title or id)")
    add_pipeline_options(p)
    return p


def add_pipeline_options(p: argparse.ArgumentParser) -> None:
    """Options for parsing raw text, shared by the commands that read articles."""
    p.add_argument("--plugins", default=None, help="plugin selection, as in REACTLIB_PLUGINS (e.g. 'none')")
    p.add_argument("--on-plugin-error", choices=("raise", "skip"), default="raise",
                   help="skip: drop a failing plugin's output for that article and add a warning")


def make_pipeline(args: argparse.Namespace) -> Pipeline:
    selection = None if args.plugins is None else [s for s in args.plugins.split(",") if s]
    return Pipeline(plugins=selection, on_plugin_error=args.on_plugin_error)


def _from_record(record: Mapping[str, Any], pipeline: Pipeline, line: int | None) -> Article | Failure:
    if "error" in record and "text" not in record:
        return Failure(RecordError(f"line {line}: a failed article from reactlib parse: "
                                   f"{record['error'].get('message', record['error'])}"), id=record.get("id"), line=line)
    if "schema" in record:
        try:
            return Article.from_dict(record)
        except InputError as exc:
            return Failure(exc, id=record.get("id"), line=line)
    return parse_record(pipeline, record, line=line)


def _iter_file(path: Path, pipeline: Pipeline, date: str | None) -> Iterator[Article | Failure]:
    if path.suffix == ".jsonl":
        with open(path, "rb") as stream:
            for line_no, item in iter_jsonl_records(stream, str(path)):
                yield item if isinstance(item, Failure) else _from_record(item, pipeline, line_no)
    elif path.suffix == ".json":
        try:
            data = json.loads(read_text_file(path))
        except json.JSONDecodeError as exc:
            raise RecordError(f"{path} is not JSON ({exc.msg} at line {exc.lineno})") from None
        for record in data if isinstance(data, list) else [data]:
            if not isinstance(record, Mapping):
                raise RecordError(f"{path}: expected article objects, found {type(record).__name__}")
            yield _from_record(record, pipeline, None)
    else:
        yield pipeline.parse(read_text_file(path), date=date, id=path.stem)


def iter_articles(source: str, pipeline: Pipeline, *, date: str | None = None) -> Iterator[Article]:
    """Articles from a file or a directory (its ``.txt``, ``.json`` and ``.jsonl`` files, sorted).

    Articles that fail are reported on standard error and left out.
    """
    path = Path(source)
    if path.is_dir():
        files = sorted(p for p in path.iterdir() if p.suffix in (".txt", ".json", ".jsonl") and p.is_file())
    elif path.is_file():
        files = [path]
    else:
        raise InputError(f"no such file or directory: {source!r}")
    for file in files:
        for item in _iter_file(file, pipeline, date):
            if isinstance(item, Failure):
                print(f"reactlib: skipped {file}: {item.error.code} {item.error}", file=sys.stderr)
            else:
                yield item


def run(args: argparse.Namespace) -> int:
    pipeline = make_pipeline(args)
    chosen = None
    for article in iter_articles(args.article, pipeline, date=args.date):
        if args.id is None or article.id == args.id:
            chosen = article
            break
    if chosen is None:
        wanted = f"with id {args.id!r} " if args.id is not None else ""
        raise InputError(f"no article {wanted}could be read from {args.article!r}")
    write_html(chosen, args.output, title=args.title)
    print(f"wrote {args.output}", file=sys.stderr)
    return 0
