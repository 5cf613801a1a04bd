"""Built-in actors extractor: people, countries, organisations and groups with all their mentions.

An ordinary plugin: it registers one extractor through the same hook a
third-party package would use. The work is done by :mod:`reactlib.actors`
(gazetteer, rules, linking); this module only wires it into the pipeline and
builds the phrase matchers once per spaCy pipeline, when the pipeline is
configured, rather than on the first article.
"""

from __future__ import annotations

from .. import hookimpl
from ..actors import extract_actors as _extract, gazetteer_for, use_gazetteer
from ..extractor import Extractor
from ..types import Article

NAME = "reactlib.actors"


def extract_actors(article: Article, doc: object) -> Article:
    """The article with ``actors`` (see :func:`reactlib.actors.extract_actors`)."""
    return _extract(article, doc)


@hookimpl
def reactlib_configure_nlp(nlp):
    # Keep a gazetteer another caller registered for this pipeline (e.g. with plugin entries).
    use_gazetteer(nlp, gazetteer_for(nlp.make_doc("")))


@hookimpl
def reactlib_register_extractors(register):
    register(Extractor(name=NAME, run=extract_actors, provides={"actors"}))
