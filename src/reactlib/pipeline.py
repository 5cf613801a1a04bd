"""The pipeline: text in, Article out, one extractor after another.

A :class:`Pipeline` is built once (plugins loaded, extractors ordered and checked,
spaCy pipeline configured) and then parses any number of articles. Each extractor
receives the frozen Article the previous ones produced and returns a new one; an
exception inside an extractor becomes a :class:`~reactlib.errors.PluginError`
naming the plugin and the article, or, with ``on_plugin_error="skip"``, a warning
on the Article while the rest of the pipeline goes on.
"""

from __future__ import annotations

import os
from typing import Any, Sequence

from spacy.language import Language

from .article_date import coerce_date, marker_date
from .errors import InputError, NotTextError, PipelineError, PluginError, ReactlibError, TextTooLargeError
from .extractor import Extractor, order_extractors
from .nlp import blank_english
from .plugins import PluginSelection, make_plugin_manager
from .types import Article

#: Longest article accepted by default (characters); REACTLIB_MAX_CHARS overrides it.
DEFAULT_MAX_CHARS = 5_000_000
ON_PLUGIN_ERROR = ("raise", "skip")


def default_max_chars() -> int:
    raw = os.environ.get("REACTLIB_MAX_CHARS")
    if raw is None:
        return DEFAULT_MAX_CHARS
    try:
        return int(raw)
    except ValueError:
        raise InputError(f"REACTLIB_MAX_CHARS={raw!r} is not a whole number of characters") from None


class Pipeline:
    """Loaded plugins, ordered extractors and a spaCy pipeline, ready to parse articles.

    :param nlp: a spaCy ``Language`` to use instead of the default blank English one.
    :param plugins: plugin selection (see :func:`reactlib.plugins.make_plugin_manager`).
    :param on_plugin_error: ``"raise"`` (default) or ``"skip"``: drop a failing
        extractor's output for that article and record a warning instead.
    :param max_chars: longest text accepted; longer is a :class:`TextTooLargeError`.
    """

    def __init__(self, *, nlp: Language | None = None, plugins: PluginSelection = None,
                 on_plugin_error: str = "raise", max_chars: int | None = None) -> None:
        if on_plugin_error not in ON_PLUGIN_ERROR:
            raise PipelineError(f"on_plugin_error={on_plugin_error!r}; choose one of {ON_PLUGIN_ERROR}")
        self.plugin_manager = make_plugin_manager(plugins)
        # The spaCy pipeline exists before extractors register, so that a plugin may
        # prepare per-pipeline state (matchers, vocab entries) at registration.
        self.nlp = nlp if nlp is not None else blank_english()
        self.extractors: list[Extractor] = order_extractors(self._collect_extractors())
        self.on_plugin_error = on_plugin_error
        self.max_chars = default_max_chars() if max_chars is None else max_chars
        self._configure_nlp()

    # -- building ------------------------------------------------------------------

    def _collect_extractors(self) -> list[Extractor]:
        collected: list[Extractor] = []
        hook = self.plugin_manager.hook.reactlib_register_extractors
        for impl in hook.get_hookimpls():
            def register(extractor: Extractor, _plugin: str = impl.plugin_name) -> None:
                if not isinstance(extractor, Extractor):
                    raise PluginError(_plugin, f"registered {type(extractor).__name__}, not an Extractor")
                collected.append(Extractor(
                    name=extractor.name, run=extractor.run, provides=extractor.provides,
                    needs=extractor.needs, refines=extractor.refines, replaces=extractor.replaces,
                    plugin=_plugin))
            arguments = {"register": register, "pipeline": self}
            try:
                impl.function(**{name: arguments[name] for name in impl.argnames})
            except ReactlibError:
                raise
            except Exception as exc:
                raise PluginError(impl.plugin_name, f"reactlib_register_extractors failed: {exc!r}") from exc
        # pluggy calls the most recently registered first; keep registration order instead.
        order = [name for name, _ in self.plugin_manager.list_name_plugin()]
        collected.sort(key=lambda e: order.index(e.plugin))
        return collected

    def _configure_nlp(self) -> None:
        for impl in reversed(self.plugin_manager.hook.reactlib_configure_nlp.get_hookimpls()):
            try:
                impl.function(nlp=self.nlp)
            except Exception as exc:
                raise PluginError(impl.plugin_name, f"reactlib_configure_nlp failed: {exc!r}") from exc

    def analyze(self) -> list[dict[str, Any]]:
        """The run order with what each extractor needs, refines and provides."""
        return [{"name": e.name, "plugin": e.plugin, "needs": sorted(e.needs),
                 "refines": sorted(e.refines), "provides": sorted(e.provides)} for e in self.extractors]

    # -- parsing ---------------------------------------------------------------------

    def new_article(self, text: Any, *, date: Any = None, title: Any = None, id: Any = None) -> Article:
        """The empty Article for ``text``: input checked, date resolved, nothing extracted yet."""
        if not isinstance(text, str):
            raise NotTextError(text)
        if len(text) > self.max_chars:
            raise TextTooLargeError(len(text), self.max_chars)
        if title is not None and not isinstance(title, str):
            raise NotTextError(title, "title")
        if id is not None and not isinstance(id, str):
            id = str(id)
        article_date = coerce_date(date)
        if article_date is None:
            found = marker_date(text)
            article_date = found[0] if found else None
        return Article(text=text, date=article_date, title=title, id=id)

    def parse(self, text: Any, *, date: Any = None, title: Any = None, id: Any = None) -> Article:
        """Parse one article.

        :raises InputError: the text is not a str, is too long, or the date is bad.
        :raises PluginError: an extractor failed (unless ``on_plugin_error="skip"``).
        """
        article = self.new_article(text, date=date, title=title, id=id)
        if not article.text.strip():
            return article
        return self.run_extractors(article, self.nlp(article.text))

    def run_extractors(self, article: Article, doc: Any) -> Article:
        """Run every extractor in order on ``article`` and the spaCy ``doc`` of its text.

        For callers that already have a Doc (the spaCy component); :meth:`parse` is this
        after input checks and ``nlp(text)``.
        """
        for extractor in self.extractors:
            article = self._run_one(extractor, article, doc)
        return article

    def _run_one(self, extractor: Extractor, article: Article, doc: Any) -> Article:
        try:
            result = extractor.run(article, doc)
            if not isinstance(result, Article):
                raise PluginError(extractor.plugin, f"returned {type(result).__name__}, not an Article",
                                  extractor=extractor.name, article_id=article.id)
            if result.text != article.text:
                raise PluginError(extractor.plugin, "changed the article text; extractors must not",
                                  extractor=extractor.name, article_id=article.id)
            return result
        except PluginError as exc:
            error = exc
        except Exception as exc:  # third-party code: anything may come out of it
            error = PluginError(extractor.plugin, f"{type(exc).__name__}: {exc}",
                                extractor=extractor.name, article_id=article.id)
            error.__cause__ = exc
        if self.on_plugin_error == "skip":
            return article.evolve(warnings=(*article.warnings, f"skipped: {error}"))
        raise error


_CACHE: dict[tuple, Pipeline] = {}
_CACHE_SIZE = 8


def get_pipeline(*, nlp: Language | None = None, plugins: PluginSelection = None,
                 on_plugin_error: str = "raise", max_chars: int | None = None) -> Pipeline:
    """A Pipeline for these settings, built once per process and reused.

    The REACTLIB_PLUGINS and REACTLIB_MAX_CHARS variables are part of the key, so
    changing them takes effect on the next call.
    """
    plugin_key: Sequence[Any] | None = tuple(plugins) if plugins is not None else None
    key = (id(nlp), plugin_key, on_plugin_error, max_chars,
           os.environ.get("REACTLIB_PLUGINS"), os.environ.get("REACTLIB_MAX_CHARS"))
    try:
        hash(key)
    except TypeError:  # an unhashable plugin object: build afresh, do not cache
        return Pipeline(nlp=nlp, plugins=plugins, on_plugin_error=on_plugin_error, max_chars=max_chars)
    pipeline = _CACHE.get(key)
    if pipeline is None or (nlp is not None and pipeline.nlp is not nlp):
        pipeline = Pipeline(nlp=nlp, plugins=plugins, on_plugin_error=on_plugin_error, max_chars=max_chars)
        if len(_CACHE) >= _CACHE_SIZE:  # a few settings per process; never grow without bound
            _CACHE.pop(next(iter(_CACHE)))
        _CACHE[key] = pipeline
    return pipeline


def parse(text: str, *, date: Any = None, title: str | None = None, id: str | None = None,
          nlp: Language | None = None, plugins: PluginSelection = None,
          on_plugin_error: str = "raise", max_chars: int | None = None) -> Article:
    """Parse one news article into an :class:`~reactlib.types.Article`.

    :param text: the article text; offsets in the result index it unchanged.
    :param date: the article's own date (``date``, ``datetime`` or ``"YYYY-MM-DD"``);
        when absent, a leading ``date YYYY-MM-DD`` marker in the text is used.
    :param nlp: your own spaCy pipeline (e.g. with a parser and NER); default blank English.
    :param plugins: plugin selection; ``None`` follows the ``REACTLIB_PLUGINS`` variable.
    :raises reactlib.errors.ReactlibError: and nothing else, for any input.
    """
    pipeline = get_pipeline(nlp=nlp, plugins=plugins, on_plugin_error=on_plugin_error, max_chars=max_chars)
    return pipeline.parse(text, date=date, title=title, id=id)
