"""Pretrain the tagger's ``tok2vec`` on unlabelled news text (spaCy's ``pretrain``).

    python -m reactlib_attribution.pretrain OUTPUT_DIR SOURCE [SOURCE ...]
        [--max-epochs N] [--width N] [--depth N] [--window-size N] [--embed-rows N] [--seed N]

then train from the weights it saves::

    python -m reactlib_attribution.train TRAIN_DIR DEV_DIR MODEL_DIR --init-tok2vec OUTPUT_DIR/model-last.bin

Annotated attributions are few (PolNeAR train: 840 articles) and costly; plain news text
is neither. spaCy's ``pretrain`` teaches the ``tok2vec`` to predict the first and last
characters of every word from its context (``spacy.PretrainCharacters.v1``: no word
vectors needed, none downloaded), which gives the tagger a start that knows some English
before it sees a single attribution.

A ``SOURCE`` is a ``.txt`` file, a directory of them, or a split in PolNeAR's layout
(its ``text/*.txt``; only the text is read, never the annotations). Every paragraph
becomes one pretraining text, cut at reactlib's token boundaries into pieces of at most
500 tokens (spaCy's reader skips longer texts). The ``tok2vec`` size
options must be the ones given to ``train`` with ``--init-tok2vec``.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import srsly
from reactlib.errors import InputError
from reactlib.speakers import blank_english

from .train import Options, training_config

#: spaCy's pretraining corpus reader skips texts longer than this (tokens)
MAX_TOKENS = 500


def source_files(sources: list[Path]) -> list[Path]:
    """The ``.txt`` files named by ``sources`` (files, directories, or splits with a ``text/``)."""
    out: list[Path] = []
    for source in sources:
        if source.is_file():
            out.append(source)
        elif (source / "text").is_dir():
            out.extend(sorted((source / "text").glob("*.txt")))
        elif source.is_dir():
            out.extend(sorted(source.glob("*.txt")))
        else:
            raise InputError(f"reactlib-attribution: pretraining source {source} does not exist")
    if not out:
        raise InputError("reactlib-attribution: no .txt files in the pretraining sources")
    return out


def write_raw_text(files: list[Path], out_path: Path) -> dict[str, int]:
    """Write every paragraph of ``files`` as JSONL records of at most :data:`MAX_TOKENS` tokens
    (cut at reactlib's token boundaries); returns counts."""
    make_doc = blank_english().make_doc
    counts = {"files": 0, "texts": 0, "tokens": 0}

    def records():
        for path in files:
            counts["files"] += 1
            for paragraph in path.read_text(encoding="utf-8", errors="replace").split("\n"):
                doc = make_doc(paragraph)
                for k in range(0, len(doc), MAX_TOKENS):
                    chunk = doc[k:k + MAX_TOKENS]
                    if len(chunk) >= 5:
                        counts["texts"] += 1
                        counts["tokens"] += len(chunk)
                        yield {"text": chunk.text}

    out_path.parent.mkdir(parents=True, exist_ok=True)
    srsly.write_jsonl(out_path, records())
    return counts


def pretraining_config(raw_text: Path, *, max_epochs: int, seed: int, options: Options = Options()):
    """The training config of :func:`~reactlib_attribution.train.training_config` (same ``tok2vec``),
    with spaCy's pretraining section reading ``raw_text``."""
    from spacy import util
    from thinc.api import Config

    config = training_config(raw_text, raw_text, max_steps=0, max_epochs=0, eval_frequency=200, seed=seed,
                             options=options)
    defaults = Config().from_disk(Path(util.__file__).parent / "default_config_pretraining.cfg", interpolate=False)
    config = Config(config).merge(defaults)
    config["paths"]["raw_text"] = str(raw_text)
    config["pretraining"]["max_epochs"] = max_epochs
    config["pretraining"]["component"] = "tok2vec"
    return config


def pretrain(sources: list[Path], output_dir: Path, *, max_epochs: int = 10, seed: int = 0,
             options: Options = Options(), quiet: bool = False) -> Path:
    """Write the raw text, configure and pretrain; returns the last weights' path (``model-last.bin``)."""
    from spacy import util
    from spacy.training.pretrain import pretrain as spacy_pretrain

    say = (lambda *a: None) if quiet else (lambda *a: print(*a, file=sys.stderr))
    started = time.time()
    raw = output_dir / "raw_text.jsonl"
    counts = write_raw_text(source_files(sources), raw)
    say(f"reactlib-attribution: pretraining text: {counts}")
    config = pretraining_config(raw, max_epochs=max_epochs, seed=seed, options=options)
    config_path = output_dir / "pretrain.cfg"
    config.to_disk(config_path)
    spacy_pretrain(util.load_config(config_path, interpolate=False), output_dir, use_gpu=-1, silent=quiet)
    say(f"reactlib-attribution: pretrained in {time.time() - started:.0f}s; weights in {output_dir}")
    return output_dir / "model-last.bin"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="reactlib-attribution-pretrain",
                                     description="Pretrain the attribution tagger's tok2vec on unlabelled text.")
    parser.add_argument("output_dir", type=Path)
    parser.add_argument("sources", type=Path, nargs="+",
                        help=".txt files, directories of them, or PolNeAR-style splits (their text/ only)")
    parser.add_argument("--max-epochs", type=int, default=10)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--width", type=int, default=None, help="tok2vec width (spaCy: 96)")
    parser.add_argument("--depth", type=int, default=None, help="tok2vec layers (spaCy: 4)")
    parser.add_argument("--window-size", type=int, default=None, help="tok2vec window per layer (spaCy: 1)")
    parser.add_argument("--embed-rows", type=int, default=None, help="hash-embedding rows for NORM (spaCy: 5000)")
    args = parser.parse_args(argv)
    try:
        pretrain(args.sources, args.output_dir, max_epochs=args.max_epochs, seed=args.seed,
                 options=Options(width=args.width, depth=args.depth, window_size=args.window_size,
                                 embed_rows=args.embed_rows))
    except InputError as exc:
        print(f"reactlib-attribution-pretrain: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
