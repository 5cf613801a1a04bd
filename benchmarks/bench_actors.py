"""Benchmark: what actor extraction costs next to plain tokenisation of the same texts.

Texts: the reference article, the example articles, and (when present) the
PolNeAR *train* split (development data; the held-out test split is never read).
For every text it times, in the same process:

- ``tokenise``: ``nlp.make_doc(text)`` — spaCy's tokenizer alone;
- ``pipeline doc``: ``nlp(text)`` — tokenizer + sentencizer + paragraph rule (the Doc reactlib parses);
- ``actors``: :func:`reactlib.actors.extract_actors` on that Doc (gazetteer matching, rules, linking).

The phrase matchers are built before timing (they are built once per pipeline in
normal use) and their build time is reported separately. Prints total seconds per
pass, the ratio actors / tokenise, and actors found per article.

usage: python benchmarks/bench_actors.py [--repeat N] [--limit N]
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
REFERENCE = SHARED / "corpus" / "karabakh-2020-09-27.txt"
POLNEAR_TRAIN = SHARED / "datasets" / "polnear" / "train" / "text"


def load_texts(limit: int) -> list[str]:
    paths = [REFERENCE, *sorted((ROOT / "examples" / "articles").glob("*.txt"))]
    if POLNEAR_TRAIN.is_dir():
        paths += sorted(POLNEAR_TRAIN.glob("*.txt"))[:limit]
    return [p.read_text(encoding="utf-8") for p in paths if p.is_file()]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--limit", type=int, default=200, help="PolNeAR train articles to include")
    args = parser.parse_args()

    from reactlib.actors import default_gazetteer, extract_actors
    from reactlib.actors.matching import warm
    from reactlib.nlp import blank_english
    from reactlib.types import Article

    texts = load_texts(args.limit)
    nlp = blank_english()
    started = time.perf_counter()
    default_gazetteer()
    warm(nlp.vocab)
    build = time.perf_counter() - started

    docs = [nlp(t) for t in texts]
    articles = [Article(text=t) for t in texts]
    tokenise, pipeline, actors = [], [], []
    found = 0
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        for text in texts:
            nlp.make_doc(text)
        t1 = time.perf_counter()
        for text in texts:
            nlp(text)
        t2 = time.perf_counter()
        found = 0
        for article, doc in zip(articles, docs):
            found += len(extract_actors(article, doc).actors)
        t3 = time.perf_counter()
        tokenise.append(t1 - t0)
        pipeline.append(t2 - t1)
        actors.append(t3 - t2)

    chars = sum(len(t) for t in texts)
    tok, pipe, act = (statistics.median(x) for x in (tokenise, pipeline, actors))
    print(f"texts: {len(texts)} articles, {chars:,} characters; median of {args.repeat} passes")
    print(f"gazetteer + matchers build (once per pipeline): {build:.3f} s")
    print(f"tokenise (nlp.make_doc):        {tok:.3f} s")
    print(f"pipeline doc (nlp(text)):       {pipe:.3f} s")
    print(f"actors (extract_actors on doc): {act:.3f} s  ({chars / act / 1e3:,.0f} k chars/s)")
    print(f"ratio actors / tokenise: {act / tok:.1f}x   (actors + pipeline doc) / tokenise: {(act + pipe) / tok:.1f}x")
    print(f"actors found: {found} ({found / len(texts):.1f} per article)")


if __name__ == "__main__":
    main()
