"""Per-extractor cost, in CPU milliseconds per article, and a guard for speed work.

Not part of the test suite. Run from the repository root::

    .venv/bin/python benchmarks/bench_extractors.py                  # timings
    .venv/bin/python benchmarks/bench_extractors.py DIR/*.txt -n 9   # other texts, more repeats
    .venv/bin/python benchmarks/bench_extractors.py --save before.json
    .venv/bin/python benchmarks/bench_extractors.py --compare before.json

Why CPU time, best of N: on a shared machine wall-clock figures swing by half from run
to run; the best CPU time of a few repeats is what the code costs. Each extractor is
timed on the Article the earlier ones produced and on a Doc made beforehand, with the
shared token view (:mod:`reactlib.tokens`) built outside the timings and reported on
its own line, since whichever extractor asks first would otherwise pay for all.
Because the rows reuse each Doc, its lazy columns and per-Doc caches are warm after the
first repeat; the last line, the whole parse on fresh Docs, is the real per-article cost.

``--save`` writes every extractor's output (JSON) for each text; ``--compare`` checks
a later run against it, so that an optimisation can be shown to change nothing. When
other stages are being changed at the same time, ``--only reactlib.dates,reactlib.stances``
compares just those fields.
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from reactlib.pipeline import Pipeline  # noqa: E402
from reactlib.serialize import article_to_dict  # noqa: E402
from reactlib.tokens import TokenView, token_view  # noqa: E402

FIELDS = {"reactlib.dates": "dates", "reactlib.actors": "actors", "reactlib.quotes": "quotes",
          "reactlib.stances": "stances"}


def best_cpu(fn, repeats: int) -> float:
    best = float("inf")
    for _ in range(repeats):
        start = time.process_time()
        fn()
        best = min(best, time.process_time() - start)
    return best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="*", help="text files (default: examples/articles/*.txt)")
    parser.add_argument("-n", "--repeats", type=int, default=5)
    parser.add_argument("--save", help="write each extractor's output to this JSON file")
    parser.add_argument("--compare", help="check outputs against a file written by --save")
    parser.add_argument("--only", help="comma-separated extractor names to save or compare")
    args = parser.parse_args(argv)
    paths = [Path(f) for f in args.files] or sorted((ROOT / "examples" / "articles").glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in paths]
    texts = [t for t in texts if t.strip()]
    pipeline = Pipeline(plugins=[])
    docs = [pipeline.nlp(t) for t in texts]
    for text, doc in zip(texts, docs):
        token_view(doc, text)

    # the Article each extractor receives, made once
    inputs: dict[str, list] = collections.defaultdict(list)
    outputs: dict[str, list] = collections.defaultdict(list)
    for text, doc in zip(texts, docs):
        article = pipeline.new_article(text)
        for extractor in pipeline.extractors:
            inputs[extractor.name].append(article)
            article = extractor.run(article, doc)
            field = FIELDS.get(extractor.name)
            if field:
                outputs[extractor.name].append(article_to_dict(article)[field])

    per = len(texts) / 1000
    rows = {"nlp (spaCy tokenizer + sentences)": best_cpu(lambda: [pipeline.nlp(t) for t in texts], args.repeats),
            "shared token view": best_cpu(lambda: [TokenView(d, t) for d, t in zip(docs, texts)], args.repeats)}
    for extractor in pipeline.extractors:
        pairs = list(zip(inputs[extractor.name], docs))
        rows[extractor.name] = best_cpu(lambda: [extractor.run(a, d) for a, d in pairs], args.repeats)
    # The rows above reuse each Doc, so from the second repeat on they find its lazily built
    # columns and per-Doc caches ready; a real parse builds them once per article. The whole
    # parse on fresh Docs shows what the rows leave out (those caches, Article checks, hooks).
    whole = best_cpu(lambda: [pipeline.parse(t) for t in texts], args.repeats)
    print(f"{len(texts)} articles, {sum(len(d) for d in docs) / len(docs):.0f} tokens each; "
          f"CPU ms/article, best of {args.repeats}")
    for name, seconds in rows.items():
        print(f"  {name:36s} {seconds / per:7.3f}")
    print(f"  {'sum of the rows':36s} {sum(rows.values()) / per:7.3f}")
    print(f"  {'whole parse (a fresh Doc each time)':36s} {whole / per:7.3f}")

    only = set(args.only.split(",")) if args.only else set(outputs)
    record = {name: dict(zip(map(str, paths), outs)) for name, outs in outputs.items() if name in only}
    if args.save:
        Path(args.save).write_text(json.dumps(record, indent=1, sort_keys=True), encoding="utf-8")
    if args.compare:
        old = json.loads(Path(args.compare).read_text(encoding="utf-8"))
        new = json.loads(json.dumps(record))
        changed = [(name, path) for name in old if name in only
                   for path in old[name] if old[name][path] != new.get(name, {}).get(path)]
        for name, path in changed:
            print(f"CHANGED {name}: {path}")
        print("outputs identical" if not changed else f"{len(changed)} outputs changed")
        return 1 if changed else 0
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
