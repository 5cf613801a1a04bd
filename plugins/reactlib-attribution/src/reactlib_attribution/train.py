"""Train the attribution tagger from your own copy of an attribution corpus.

    python -m reactlib_attribution.train TRAIN_DIR DEV_DIR OUTPUT_DIR [--limit N]
        [--max-steps N] [--max-epochs N] [--eval-frequency N] [--seed N]
        [--init-model DIR] [--learn-rate R] [--linear-decay] [--warmup-steps N]
        [--average] [--batch-words N] [--dropout P] [--patience N]
        [--width N] [--depth N] [--window-size N] [--embed-rows N] [--init-tok2vec FILE]

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

Training is where the time goes (half an hour gives about four epochs on one core), so
the options let a run continue from an earlier model (``--init-model``: its ``tok2vec``
and ``ner`` are the starting weights, and its architecture is kept) and anneal
(``--linear-decay``: the learning rate falls linearly to zero at ``--max-steps``;
``--average``: dev scores and the saved model use the moving average of the weights),
which steadies the dev score where a constant rate makes it swing by several points
from one evaluation to the next.
"""

from __future__ import annotations

import argparse
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from reactlib.errors import InputError, PluginLoadError
from reactlib.speakers import blank_english
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


@dataclass(frozen=True)
class Options:
    """What a training run may change in spaCy's efficiency config (None: spaCy's own value)."""

    init_model: Path | None = None  #: continue from this model's tok2vec and ner
    learn_rate: float | None = None
    linear_decay: bool = False  #: learning rate falls linearly to 0 at max_steps
    warmup_steps: int = 0  #: with linear_decay, steps of linear warm-up first
    average: bool = False  #: evaluate and save the moving average of the weights
    batch_words: int | None = None  #: a constant batch size in words (spaCy: 100 growing to 1000)
    dropout: float | None = None
    patience: int = 0  #: stop after this many steps without a better dev score (0: never)
    width: int | None = None  #: tok2vec width (spaCy: 96)
    depth: int | None = None  #: tok2vec convolution layers (spaCy: 4)
    window_size: int | None = None  #: tokens each side per layer (spaCy: 1)
    embed_rows: int | None = None  #: hash-embedding rows of NORM (others scaled alike; spaCy: 5000)
    init_tok2vec: Path | None = None  #: pretrained tok2vec weights (reactlib_attribution.pretrain)


def training_config(train_path: Path, dev_path: Path, *, max_steps: int, max_epochs: int,
                    eval_frequency: int, seed: int, options: Options = Options()):
    """spaCy's own efficiency config for tok2vec + ner on CPU, pointed at the converted corpus,
    with the changes in ``options``."""
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
    training["patience"] = options.patience  # 0: stop by steps/epochs, chosen to fit the time
    config["initialize"]["vectors"] = None
    optimizer = training["optimizer"]
    rate = options.learn_rate if options.learn_rate is not None else optimizer["learn_rate"]
    if options.linear_decay:
        optimizer["learn_rate"] = {"@schedules": "warmup_linear.v1", "warmup_steps": options.warmup_steps,
                                   "total_steps": max_steps, "initial_rate": rate}
    else:
        optimizer["learn_rate"] = rate
    optimizer["use_averages"] = options.average
    if options.batch_words is not None:
        training["batcher"]["size"] = options.batch_words
    if options.dropout is not None:
        training["dropout"] = options.dropout
    tok2vec = config["components"]["tok2vec"]["model"]
    for key, value in (("width", options.width), ("depth", options.depth), ("window_size", options.window_size)):
        if value is not None:
            tok2vec["encode"][key] = value
    if options.embed_rows is not None:
        default_rows = tok2vec["embed"]["rows"]
        tok2vec["embed"]["rows"] = [max(1, round(r * options.embed_rows / default_rows[0])) for r in default_rows]
    if options.init_tok2vec is not None:
        if options.init_model is not None:
            raise InputError("reactlib-attribution: --init-tok2vec starts a new model; it cannot be "
                             "combined with --init-model")
        if not Path(options.init_tok2vec).is_file():
            raise InputError(f"reactlib-attribution: pretrained weights {options.init_tok2vec} do not exist "
                             "(python -m reactlib_attribution.pretrain writes them)")
        config["paths"]["init_tok2vec"] = str(options.init_tok2vec)
        config["initialize"]["init_tok2vec"] = "${paths.init_tok2vec}"
    if options.init_model is not None:
        from .model import resolve_model_dir

        sized = [name for name in ("width", "depth", "window_size", "embed_rows") if getattr(options, name) is not None]
        if sized:
            raise InputError(f"reactlib-attribution: --init-model keeps the model's architecture; drop "
                             f"{', '.join('--' + n.replace('_', '-') for n in sized)}")

        source = str(resolve_model_dir(options.init_model).resolve())
        config["components"]["tok2vec"] = {"source": source}
        config["components"]["ner"] = {"source": source}
    return config


def train(train_dir: Path, dev_dir: Path, output_dir: Path, *, limit: int | None = None,
          max_steps: int = 3000, max_epochs: int = 0, eval_frequency: int = 200, seed: int = 0,
          quiet: bool = False, options: Options = Options()) -> Path:
    """Convert, configure and train; returns the path of the best model."""
    from spacy.cli.train import train as spacy_train

    corpus = output_dir / "corpus"
    say = (lambda *a: None) if quiet else (lambda *a: print(*a, file=sys.stderr))
    started = time.time()
    for name, split in (("train", train_dir), ("dev", dev_dir)):
        counts = convert_split(split, corpus / f"{name}.spacy", limit)
        say(f"reactlib-attribution: {name}: {counts}")
    config = training_config(corpus / "train.spacy", corpus / "dev.spacy", max_steps=max_steps,
                             max_epochs=max_epochs, eval_frequency=eval_frequency, seed=seed,
                             options=options)
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
    group = parser.add_argument_group("model and optimiser (default: spaCy's CPU efficiency config)")
    group.add_argument("--init-model", type=Path, default=None,
                       help="continue from this model (an OUTPUT_DIR or model-best): its tok2vec and ner, "
                            "architecture included, are the starting point")
    group.add_argument("--learn-rate", type=float, default=None, help="initial learning rate (spaCy: 0.001)")
    group.add_argument("--linear-decay", action="store_true", help="learning rate falls linearly to 0 at --max-steps")
    group.add_argument("--warmup-steps", type=int, default=0, help="with --linear-decay: linear warm-up steps")
    group.add_argument("--average", action="store_true", help="evaluate and save the moving average of the weights")
    group.add_argument("--batch-words", type=int, default=None, help="constant batch size in words")
    group.add_argument("--dropout", type=float, default=None, help="dropout (spaCy: 0.1)")
    group.add_argument("--patience", type=int, default=0, help="stop after N steps without a better dev score")
    group.add_argument("--width", type=int, default=None, help="tok2vec width (spaCy: 96)")
    group.add_argument("--depth", type=int, default=None, help="tok2vec layers (spaCy: 4)")
    group.add_argument("--window-size", type=int, default=None, help="tok2vec window per layer (spaCy: 1)")
    group.add_argument("--embed-rows", type=int, default=None, help="hash-embedding rows for NORM (spaCy: 5000)")
    group.add_argument("--init-tok2vec", type=Path, default=None,
                       help="start the tok2vec from pretrained weights (a .bin of reactlib_attribution.pretrain, "
                            "made with the same size options)")
    args = parser.parse_args(argv)
    for path in (args.train_dir, args.dev_dir):
        if not (path / "text").is_dir():
            print(f"reactlib-attribution-train: {path} has no text/ directory", file=sys.stderr)
            return 2
    try:
        train(args.train_dir, args.dev_dir, args.output_dir, limit=args.limit, max_steps=args.max_steps,
              max_epochs=args.max_epochs, eval_frequency=args.eval_frequency, seed=args.seed,
              options=Options(init_model=args.init_model, learn_rate=args.learn_rate, linear_decay=args.linear_decay,
                              warmup_steps=args.warmup_steps, average=args.average, batch_words=args.batch_words,
                              dropout=args.dropout, patience=args.patience, width=args.width, depth=args.depth,
                              window_size=args.window_size, embed_rows=args.embed_rows,
                              init_tok2vec=args.init_tok2vec))
    except (InputError, PluginLoadError) as exc:
        print(f"reactlib-attribution-train: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
