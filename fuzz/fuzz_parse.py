"""Atheris fuzz harness: arbitrary bytes through the whole of reactlib.

Run for a bounded time (see docs/robustness.md)::

    .venv/bin/python fuzz/fuzz_parse.py -max_total_time=300 -max_len=4096 fuzz/corpus

Each input is decoded three ways (as a str to :func:`reactlib.parse`, as a JSONL
stream through the batch reader, and as raw bytes to the file reader), so the
harness reaches the input checks, the extractors and the batch error paths. A
finding is any exception that is not a :class:`reactlib.errors.ReactlibError`, or
an Article whose offsets do not index its own text.
"""

from __future__ import annotations

import io
import sys
import tempfile

import atheris

with atheris.instrument_imports(include=["reactlib"]):
    import reactlib
    from reactlib.batch import Failure, iter_jsonl_records, parse_items, read_text_file
    from reactlib.errors import ReactlibError

PIPELINE = reactlib.get_pipeline(max_chars=20_000)


def check(article: reactlib.Article) -> None:
    text = article.text
    for quote in article.quotes:
        assert text[quote.start:quote.end] == quote.text, quote
    for timex in article.dates:
        assert text[timex.start:timex.end] == timex.text, timex
    for actor in article.actors:
        for start, end in actor.mentions:
            assert 0 <= start < end <= len(text), actor
    article.to_dict()


def test_one_input(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    mode = fdp.ConsumeIntInRange(0, 2)
    if mode == 0:
        text = fdp.ConsumeUnicodeNoSurrogates(fdp.remaining_bytes())
        try:
            article = PIPELINE.parse(text, date="2020-09-27")
        except ReactlibError:
            return
        check(article)
    elif mode == 1:
        raw = fdp.ConsumeBytes(fdp.remaining_bytes())
        items = iter_jsonl_records(io.BytesIO(raw), "<fuzz>", encoding_errors="strict")
        for result in parse_items(PIPELINE, items):
            if not isinstance(result, Failure):
                check(result)
    else:
        raw = fdp.ConsumeBytes(fdp.remaining_bytes())
        with tempfile.NamedTemporaryFile(suffix=".txt") as f:
            f.write(raw)
            f.flush()
            try:
                text = read_text_file(f.name)
            except ReactlibError:
                text = read_text_file(f.name, encoding_errors="replace")
        try:
            check(PIPELINE.parse(text))
        except ReactlibError:
            pass


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
