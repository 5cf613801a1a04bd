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

With ``--coverage``, it also reports how many PolNeAR *dev* attribution sources
(the "who" of a quote, pronouns apart) overlap an actor mention: a rough recall of
speakers on real articles about another event (the 2016 US election).

usage: python benchmarks/bench_actors.py [--repeat N] [--limit N] [--coverage]
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


PRONOUNS = {"he", "she", "they", "it", "i", "we"}


def source_coverage(split: str = "dev") -> None:
    """Share of PolNeAR sources (non-pronoun, pronoun) that overlap an actor mention."""
    if split == "test":
        raise SystemExit("the PolNeAR test split is held out; measure on train or dev")
    from reactlib.actors import extract_actors
    from reactlib.nlp import blank_english
    from reactlib.types import Article

    nlp = blank_english()
    root = SHARED / "datasets" / "polnear" / split
    counts = {"names": [0, 0], "pronouns": [0, 0]}
    for path in sorted((root / "text").glob("*.txt")):
        anns = sorted((root / "attributions").glob(path.stem + "_*.ann"))
        if not anns:
            continue
        text = path.read_text(encoding="utf-8")
        mentions = [m for a in extract_actors(Article(text=text), nlp(text)).actors for m in a.mentions]
        for line in anns[0].read_text(encoding="utf-8").splitlines():
            parts = line.split("\t")
            if len(parts) < 3 or not parts[1].startswith("Source "):
                continue
            try:
                start, end = map(int, parts[1].split()[1:3])
            except ValueError:  # discontinuous spans: skip
                continue
            group = counts["pronouns" if parts[2].strip().lower() in PRONOUNS else "names"]
            group[1] += 1
            group[0] += any(s < end and start < e for s, e in mentions)
    for group, (hit, total) in counts.items():
        print(f"PolNeAR {split} sources ({group}) overlapping an actor mention: {hit}/{total} = {hit / max(total, 1):.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--limit", type=int, default=200, help="PolNeAR train articles to include")
    parser.add_argument("--coverage", action="store_true", help="also report PolNeAR dev source coverage")
    args = parser.parse_args()
    if args.coverage:
        source_coverage("dev")

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
