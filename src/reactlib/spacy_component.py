"""reactlib as a spaCy pipeline component: ``nlp.add_pipe("reactlib")``.

spaCy users already have pipelines of their own (a trained parser and NER, custom
rules). Added to one, this component runs reactlib's extractors on each ``Doc`` the
pipeline makes and puts the resulting :class:`~reactlib.types.Article` on
``doc._.reactlib``, so reactlib's rules can use that pipeline's parse and entities as
extra evidence and the user keeps a single ``nlp(text)`` call::

    import spacy
    import reactlib.spacy_component  # registers the "reactlib" factory

    nlp = spacy.blank("en")          # or spacy.load("en_core_web_sm")
    nlp.add_pipe("reactlib")
    doc = nlp("date 2021-03-02 Chile on Monday condemned the strike.")
    article = doc._.reactlib

The doc keeps its own sentence boundaries when it has any; otherwise reactlib's
sentencizer and paragraph rule set them (as they would in ``reactlib.parse``). Spacy
components that installed reactlib plugins ask for (``reactlib_configure_nlp``) run on
the doc too, inside this component, so the user's pipeline itself is left as it was.

The article's date is ``doc.user_data["reactlib_date"]`` when set, else a leading
``date YYYY-MM-DD`` marker; ``doc.user_data["reactlib_id"]`` gives its id.
"""

from __future__ import annotations

from typing import Iterable

from spacy.language import Language
from spacy.tokens import Doc

from .abbreviations import ABBREVIATIONS
from .clock_stops import CLOCK_STOPS
from .nlp import DATE_MARKER_SENTENCE, PARAGRAPHS
from .pipeline import Pipeline
from .types import Article

FACTORY = "reactlib"
DATE_KEY = "reactlib_date"
ID_KEY = "reactlib_id"

#: Components of reactlib's own spaCy pipeline that only set sentence boundaries;
#: skipped when the user's doc already has them (from a parser or a senter).
_SENTENCE_COMPONENTS = ("sentencizer", ABBREVIATIONS, CLOCK_STOPS, PARAGRAPHS, DATE_MARKER_SENTENCE)


class ReactlibComponent:
    """Runs reactlib's extractors on a Doc and stores the Article on ``doc._.<extension>``."""

    def __init__(self, nlp: Language, name: str, *, extension: str = "reactlib",
                 plugins: str | None = None, on_plugin_error: str = "raise") -> None:
        self.name = name
        self.extension = extension
        selection = None if plugins is None else [s for s in plugins.split(",") if s]
        # reactlib's own small spaCy pipeline (configured by the plugins) supplies only the
        # components the user's docs lack; the extractors then see the user's doc.
        self.pipeline = Pipeline(plugins=selection, on_plugin_error=on_plugin_error)
        if not Doc.has_extension(extension):
            Doc.set_extension(extension, default=None)

    def article(self, doc: Doc) -> Article:
        """The Article for ``doc`` (the doc gains sentence boundaries if it had none)."""
        article = self.pipeline.new_article(doc.text, date=doc.user_data.get(DATE_KEY),
                                            id=doc.user_data.get(ID_KEY))
        if not article.text.strip():
            return article
        has_sentences = doc.has_annotation("SENT_START")
        for name, component in self.pipeline.nlp.pipeline:
            if has_sentences and name in _SENTENCE_COMPONENTS:
                continue
            doc = component(doc)
        return self.pipeline.run_extractors(article, doc)

    def __call__(self, doc: Doc) -> Doc:
        doc._.set(self.extension, self.article(doc))
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterable[Doc]:
        for doc in docs:
            yield self(doc)


@Language.factory(
    FACTORY,
    default_config={"extension": "reactlib", "plugins": None, "on_plugin_error": "raise"},
    assigns=["doc._.reactlib"],
)
def make_reactlib_component(nlp: Language, name: str, extension: str, plugins: str | None,
                            on_plugin_error: str) -> ReactlibComponent:
    """spaCy factory of :class:`ReactlibComponent`.

    :param extension: name of the Doc extension that receives the Article.
    :param plugins: plugin selection as in ``REACTLIB_PLUGINS`` (``None``: that variable's).
    :param on_plugin_error: ``"raise"`` or ``"skip"``, as for :class:`~reactlib.Pipeline`.
    """
    return ReactlibComponent(nlp, name, extension=extension, plugins=plugins, on_plugin_error=on_plugin_error)
