"""Built-in stances extractor: who supports, condemns, calls on or consults whom.

An ordinary plugin: it registers one extractor through the same hook a
third-party package would use. The rules live in :mod:`reactlib.stances`; this
module only plugs them into the pipeline, after actors and quotes.
"""

from __future__ import annotations

from .. import hookimpl
from ..extractor import Extractor
from ..stances import find_stances
from ..types import Article

NAME = "reactlib.stances"


def extract_stances(article: Article, doc: object) -> Article:
    """The article with its stances (holder, type, target, issue, evidence span, quote)."""
    return article.evolve(stances=find_stances(article, doc))


@hookimpl
def reactlib_register_extractors(register):
    register(Extractor(name=NAME, run=extract_stances, provides={"stances"}, needs={"actors", "quotes"}))
