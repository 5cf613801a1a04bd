"""Loading a trained attribution tagger and running it on reactlib's tokens.

The model is an ordinary spaCy pipeline directory (``tok2vec`` + ``ner`` with the
labels CONTENT, CUE and SOURCE), as :mod:`reactlib_attribution.train` writes it. It is
run on a copy of the tokens of the Doc reactlib made for the article, so that its span
offsets are the article's and reactlib's own Doc keeps no entities it did not set
(later stages read ``doc.ents`` as a named-entity layer).
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

from reactlib.errors import PluginLoadError
from spacy.language import Language
from spacy.tokens import Doc

from .convert import LABELS

PLUGIN = "attribution"


def resolve_model_dir(path: str | Path) -> Path:
    """The spaCy pipeline directory at ``path``: the directory itself when it holds a
    ``config.cfg`` and ``meta.json``, else its ``model-best`` (the training output's layout)."""
    path = Path(path).expanduser()
    if not path.exists():
        raise PluginLoadError(PLUGIN, f"model path {str(path)!r} does not exist; train a model with "
                              "`python -m reactlib_attribution.train TRAIN_DIR DEV_DIR OUTPUT_DIR` and point "
                              "REACTLIB_ATTRIBUTION_MODEL at OUTPUT_DIR")
    if (path / "meta.json").is_file():
        return path
    if (path / "model-best" / "meta.json").is_file():
        return path / "model-best"
    raise PluginLoadError(PLUGIN, f"model path {str(path)!r} holds no trained spaCy pipeline (no meta.json, "
                          "no model-best/meta.json); give the OUTPUT_DIR of reactlib_attribution.train")


@functools.lru_cache(maxsize=4)
def _load(model_dir: str, stamp: float) -> Language:
    import spacy

    try:
        nlp = spacy.load(model_dir)
    except Exception as exc:  # any corrupt or foreign directory: spaCy's own errors vary
        raise PluginLoadError(PLUGIN, f"could not load the model at {model_dir!r} "
                              f"({type(exc).__name__}: {str(exc)[:200]})") from exc
    if "ner" not in nlp.pipe_names or not set(LABELS) <= set(nlp.get_pipe("ner").labels):
        raise PluginLoadError(PLUGIN, f"the model at {model_dir!r} is not an attribution tagger: it needs an "
                              f"'ner' component with the labels {', '.join(LABELS)}")
    return nlp


def load_model(path: str | Path) -> Language:
    """The tagger at ``path`` (loaded once per process and directory).

    :raises PluginLoadError: the path does not exist, holds no spaCy pipeline, cannot be
        loaded, or its pipeline does not tag CONTENT, CUE and SOURCE.
    """
    model_dir = resolve_model_dir(path)
    return _load(str(model_dir.resolve()), (model_dir / "meta.json").stat().st_mtime)


def tag(model: Language, doc: Any, text: str) -> list[tuple[int, int, str]]:
    """(start, end, label) character spans the model finds in ``text``, in text order.

    :param doc: reactlib's Doc of ``text`` (its tokens are reused); None or a Doc of
        another text makes the tokens with reactlib's tokenizer.
    """
    if not isinstance(doc, Doc) or doc.text != text:
        doc = _tokenizer()(text)
    copy = Doc(model.vocab, words=[t.text for t in doc], spaces=[bool(t.whitespace_) for t in doc])
    for _name, component in model.pipeline:
        copy = component(copy)
    return [(e.start_char, e.end_char, e.label_) for e in copy.ents]


@functools.lru_cache(maxsize=1)
def _tokenizer():
    from reactlib.speakers import blank_english

    return blank_english().make_doc
