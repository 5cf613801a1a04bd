"""The reactlib plugin: quotes from a trained attribution tagger, merged with the rules'.

reactlib finds this module through the entry point in ``pyproject.toml``
(``[project.entry-points.reactlib] attribution = "reactlib_attribution.plugin"``).
Installed but not configured, it registers nothing and reactlib's default output is
unchanged. With ``REACTLIB_ATTRIBUTION_MODEL`` set to a model directory (or with an
:class:`AttributionPlugin` passed to ``reactlib.parse(..., plugins=[...])``) it registers
one extractor that ``refines={"quotes"}``: it runs after reactlib's quote rules and
before the stances, which therefore see the merged quotes.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import attrs
from reactlib import Article, Extractor, Quote, hookimpl
from reactlib.errors import PluginLoadError
from reactlib.speakers import channel_of, speaker_of

from .merge import DEFAULT_MODE, MODES, merge
from .model import PLUGIN, load_model, tag
from .records import kind_of, pair_spans, sentence_bounds_of

NAME = "attribution.tagger"
MODEL_ENV = "REACTLIB_ATTRIBUTION_MODEL"
MERGE_ENV = "REACTLIB_ATTRIBUTION_MERGE"


def _speaker(article: Article, doc: Any, start: int, end: int) -> str | None:
    """The actor a source mention denotes, by reactlib's own reading of speaker phrases."""
    try:
        return speaker_of(article, doc, start, end)
    except Exception:  # an unusual span must not cost the whole article its quotes
        return None


def model_quotes(model: Any, article: Article, doc: Any) -> list[Quote]:
    """The tagger's attributions in ``article`` as Quote records (ids are set by the merge)."""
    text = article.text
    spans = tag(model, doc, text)
    if not spans:
        return []
    out = []
    for n, found in enumerate(pair_spans(spans, sentence_bounds_of(doc, text)), start=1):
        start, end = found.content
        cue = text[found.cue[0]:found.cue[1]] if found.cue else None
        speaker_text = text[found.source[0]:found.source[1]] if found.source else None
        speaker = _speaker(article, doc, *found.source) if found.source else None
        out.append(Quote.from_span(
            text, start, end, id=f"m{n}", kind=kind_of(text, start, end, cue=found.cue), speaker=speaker,
            cue=cue.lower() if cue else None,
            cue_start=found.cue[0] if found.cue else None, cue_end=found.cue[1] if found.cue else None,
            speaker_start=found.source[0] if found.source else None,
            speaker_end=found.source[1] if found.source else None,
            channel=channel_of(text, start, end, speaker=speaker_text, cue=cue.lower() if cue else None),
            extra={"source": "attribution-model"}))
    return out


@attrs.define
class AttributionPlugin:
    """The plugin configured in code: ``reactlib.parse(text, plugins=[AttributionPlugin(path)])``.

    :param model_path: the OUTPUT_DIR of ``reactlib_attribution.train`` (or its ``model-best``).
    :param merge: how the tagger's quotes and the rules' combine (see :mod:`reactlib_attribution.merge`).
    :raises PluginLoadError: when the pipeline is built, if the model cannot be loaded or
        ``merge`` is not one of :data:`~reactlib_attribution.merge.MODES`.
    """

    model_path: str | os.PathLike
    merge: str = DEFAULT_MODE
    #: not the entry point's name ("attribution"), so both may be registered; only one
    #: of them should have a model (the entry point has one only through the variable)
    reactlib_plugin_name: str = "attribution-configured"

    @hookimpl
    def reactlib_register_extractors(self, register):
        register(make_extractor(self.model_path, self.merge))


def make_extractor(model_path: str | os.PathLike, mode: str = DEFAULT_MODE) -> Extractor:
    """The quotes-refining extractor for the model at ``model_path`` (loaded now, once)."""
    if mode not in MODES:
        raise PluginLoadError(PLUGIN, f"merge mode {mode!r} is not one of {', '.join(MODES)} "
                              f"(set {MERGE_ENV} or AttributionPlugin(merge=...))")
    model = load_model(Path(model_path))

    def refine_quotes(article: Article, doc: Any) -> Article:
        return article.evolve(quotes=tuple(merge(article.quotes, model_quotes(model, article, doc), mode,
                                                   text=article.text)))

    return Extractor(name=NAME, run=refine_quotes, refines={"quotes"})


@hookimpl
def reactlib_register_extractors(register):
    """Register the tagger when ``REACTLIB_ATTRIBUTION_MODEL`` names a model; nothing otherwise."""
    path = os.environ.get(MODEL_ENV, "").strip()
    if not path:
        return
    register(make_extractor(path, os.environ.get(MERGE_ENV, "").strip() or DEFAULT_MODE))
