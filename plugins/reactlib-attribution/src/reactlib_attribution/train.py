"""Train the attribution tagger from your own copy of an attribution corpus.

    python -m reactlib_attribution.train TRAIN_DIR DEV_DIR OUTPUT_DIR [--limit N]
        [--max-steps N] [--max-epochs N] [--eval-frequency N] [--seed N]

``TRAIN_DIR`` and ``DEV_DIR`` are splits in PolNeAR's layout (``text/NAME.txt``,
``attributions/NAME_ANNOTATOR.ann`` in brat standoff). The plugin ships no data and no
weights: PolNeAR's texts belong to their publishers, so each user trains from the copy
they are entitled to use.

What it does, with spaCy's own training API (``spacy.cli.train.train``):

1. converts both splits to ``OUTPUT_DIR/corpus/{train,dev}.spacy`` (Docs tokenised by
   reactlib's tokenizer, with CUE, SOURCE and CONTENT entities; see
   :mod:`reactlib_attribution.convert`);
2. writes ``OUTPUT_DIR/config.cfg``: spaCy's CPU "efficiency" config for a ``tok2vec``
   and ``ner`` pipeline, no pretrained vectors (none are needed or downloaded);
3. trains, keeping the model that scores best on the dev split in
   ``OUTPUT_DIR/model-best`` (spaCy's layout). Point ``REACTLIB_ATTRIBUTION_MODEL`` at
   ``OUTPUT_DIR`` (or at ``model-best``) to use it.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from reactlib.errors import InputError
from reactlib.nlp import blank_english
from spacy.tokens import DocBin

from .brat import read_split
from .convert import LABELS, to_doc


def convert_split(split_dir: Path, out_path: Path, limit: int | None = None) -> dict[str, int]:
    """Write one split as a DocBin; returns counts (articles, attributions, spans kept, dropped)."""
    articles = read_split(split_dir)[:limit]
    if not articles:
        raise InputError(f"reactlib-attribution: no annotated articles in {split_dir} "
                         "(expected text/NAME.txt and attributions/NAME_ANNOTATOR.ann)")
    nlp = blank_english()
    docbin = DocBin(store_user_data=False)
    counts = {"articles": 0, "attributions": 0, "spans": 0, "dropped": 0, "tokens": 0}
    for _name, text, attributions in articles:
        doc, dropped = to_doc(nlp, text, attributions)
        docbin.add(doc)
        counts["articles"] += 1
        counts["attributions"] += len(attributions)
        counts["spans"] += len(doc.ents)
        counts["dropped"] += dropped
        counts["tokens"] += len(doc)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    docbin.to_disk(out_path)
    return counts


def training_config(train_path: Path, dev_path: Path, *, max_steps: int, max_epochs: int,
                    eval_frequency: int, seed: int):
    """spaCy's own efficiency config for tok2vec + ner on CPU, pointed at the converted corpus."""
    from spacy.cli.init_config import init_config

    config = init_config(lang="en", pipeline=["ner"], optimize="efficiency", gpu=False)
    config["paths"]["train"] = str(train_path)
    config["paths"]["dev"] = str(dev_path)
    config["paths"]["vectors"] = None
    training = config["training"]
    training["max_steps"] = max_steps
    training["max_epochs"] = max_epochs
    training["eval_frequency"] = eval_frequency
    training["seed"] = seed
    training["patience"] = 0  # stop by steps/epochs, which the user chooses to fit the time
    config["initialize"]["vectors"] = None
    return config


def train(train_dir: Path, dev_dir: Path, output_dir: Path, *, limit: int | None = None,
          max_steps: int = 3000, max_epochs: int = 0, eval_frequency: int = 200, seed: int = 0,
          quiet: bool = False) -> Path:
    """Convert, configure and train; returns the path of the best model."""
    from spacy.cli.train import train as spacy_train

    corpus = output_dir / "corpus"
    say = (lambda *a: None) if quiet else (lambda *a: print(*a, file=sys.stderr))
    started = time.time()
    for name, split in (("train", train_dir), ("dev", dev_dir)):
        counts = convert_split(split, corpus / f"{name}.spacy", limit)
        say(f"reactlib-attribution: {name}: {counts}")
    config = training_config(corpus / "train.spacy", corpus / "dev.spacy", max_steps=max_steps,
                             max_epochs=max_epochs, eval_frequency=eval_frequency, seed=seed)
    config_path = output_dir / "config.cfg"
    config.to_disk(config_path)
    say(f"reactlib-attribution: converted in {time.time() - started:.0f}s; training ({', '.join(LABELS)})")
    spacy_train(config_path, output_path=output_dir, use_gpu=-1, overrides={})
    say(f"reactlib-attribution: done in {time.time() - started:.0f}s; model in {output_dir / 'model-best'}")
    return output_dir / "model-best"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="reactlib-attribution-train",
                                     description="Train reactlib's attribution tagger from PolNeAR-style splits.")
    parser.add_argument("train_dir", type=Path)
    parser.add_argument("dev_dir", type=Path)
    parser.add_argument("output_dir", type=Path)
    parser.add_argument("--limit", type=int, default=None, help="use only the first N articles of each split")
    parser.add_argument("--max-steps", type=int, default=3000)
    parser.add_argument("--max-epochs", type=int, default=0, help="0: no limit but --max-steps")
    parser.add_argument("--eval-frequency", type=int, default=200)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    for path in (args.train_dir, args.dev_dir):
        if not (path / "text").is_dir():
            print(f"reactlib-attribution-train: {path} has no text/ directory", file=sys.stderr)
            return 2
    try:
        train(args.train_dir, args.dev_dir, args.output_dir, limit=args.limit, max_steps=args.max_steps,
              max_epochs=args.max_epochs, eval_frequency=args.eval_frequency, seed=args.seed)
    except InputError as exc:
        print(f"reactlib-attribution-train: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
