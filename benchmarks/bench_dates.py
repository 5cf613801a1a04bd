"""Benchmark: reactlib's date extraction against ``dateparser.search_dates``.

Both run in the same process on the same texts (the reference article and the
example articles), each anchored on the article's own date. Reports wall time per
pass and the ratio, then precision and recall of both on the reference article
against its hand-made gold (extent: the spans overlap; extent+value: and the
value agrees; a dateparser datetime agrees with a gold value when its date
written at the gold value's granularity equals it: 2016 vs 2016-01-01).

usage: python benchmarks/bench_dates.py [--repeat N]
needs: dateparser (the ``bench`` extra: pip install 'reactlib[bench]')
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
REFERENCE = SHARED / "corpus" / "karabakh-2020-09-27.txt"
GOLD = SHARED / "corpus" / "karabakh-2020-09-27.gold.json"


def load_texts() -> list[tuple[str, dt.date | None]]:
    from reactlib.article_date import marker_date

    paths = [REFERENCE, *sorted((ROOT / "examples" / "articles").glob("*.txt"))]
    texts = []
    for path in paths:
        text = path.read_text(encoding="utf-8")
        marker = marker_date(text)
        texts.append((text, marker[0] if marker else None))
    return texts


def run_reactlib(text: str, date: dt.date | None) -> list[tuple[int, int, str]]:
    from reactlib.timex import find_time_expressions

    return [(f.start, f.end, f.value) for f in find_time_expressions(text, date)]


def run_dateparser(text: str, date: dt.date | None) -> list[tuple[int, int, str]]:
    from dateparser.search import search_dates

    settings = {"RELATIVE_BASE": dt.datetime.combine(date, dt.time())} if date else {}
    found = search_dates(text, languages=["en"], settings=settings) or []
    spans, cursor = [], 0
    for words, moment in found:  # dateparser gives strings, not offsets: find them in order
        start = text.find(words, cursor)
        if start < 0:
            start = text.find(words)
        if start < 0:
            continue
        cursor = start + len(words)
        spans.append((start, start + len(words), moment.date().isoformat()))
    return spans


def timed(fn, texts, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        began = time.perf_counter()
        for text, date in texts:
            fn(text, date)
        best = min(best, time.perf_counter() - began)
    return best


def value_agrees(gold: str, predicted: str, from_dateparser: bool) -> bool:
    if not from_dateparser:
        return gold == predicted
    return gold[:4].isdigit() and len(gold) in (4, 7, 10) and predicted[: len(gold)] == gold


def prf(gold: list[dict], pred: list[tuple[int, int, str]], from_dateparser: bool, with_value: bool):
    used: set[int] = set()
    hits = 0
    for g in gold:
        for k, (s, e, v) in enumerate(pred):
            if k in used or not (s < g["end"] and g["start"] < e):
                continue
            if with_value and not value_agrees(g["value"], v, from_dateparser):
                continue
            used.add(k)
            hits += 1
            break
    p = hits / len(pred) if pred else 0.0
    r = hits / len(gold) if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    try:
        import dateparser  # noqa: F401
    except ImportError:
        print("dateparser is not installed: pip install 'reactlib[bench]'", file=sys.stderr)
        return 2
    texts = load_texts()
    chars = sum(len(t) for t, _ in texts)
    run_reactlib(*texts[0]), run_dateparser(*texts[0])  # warm up: imports, caches
    ours = timed(run_reactlib, texts, args.repeat)
    theirs = timed(run_dateparser, texts, args.repeat)
    print(f"{len(texts)} articles, {chars:,} characters, best of {args.repeat}")
    print(f"reactlib.timex          {ours * 1000:8.1f} ms")
    print(f"dateparser.search_dates {theirs * 1000:8.1f} ms")
    print(f"reactlib is {theirs / ours:.1f}x faster")
    gold = json.loads(GOLD.read_text(encoding="utf-8"))["dates"]
    text, date = texts[0]
    for name, pred, is_dp in (("reactlib", run_reactlib(text, date), False),
                              ("dateparser", run_dateparser(text, date), True)):
        for label, with_value in (("extent", False), ("extent+value", True)):
            p, r, f = prf(gold, pred, is_dp, with_value)
            print(f"reference article  {name:10} {label:13} P {p:.3f}  R {r:.3f}  F1 {f:.3f}  ({len(pred)} found)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
