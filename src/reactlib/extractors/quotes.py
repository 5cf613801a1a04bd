"""Built-in quotes extractor (not implemented yet: it adds nothing).

An ordinary plugin: it registers one extractor through the same hook a
third-party package would use.
"""

from __future__ import annotations

from .. import hookimpl
from ..extractor import Extractor
from ..types import Article

NAME = "reactlib.quotes"


def extract_quotes(article: Article, doc: object) -> Article:
    """Return the article unchanged until the quotes extractor lands."""
    return article


@hookimpl
def reactlib_register_extractors(register):
    register(Extractor(name=NAME, run=extract_quotes, provides={"quotes"}, needs={"actors"}))
