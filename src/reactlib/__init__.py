"""reactlib: who reacted to an event, what they said, when, and what stance they took.

>>> import reactlib
>>> article = reactlib.parse("date 2020-09-27 Turkey on Sunday vowed support for Baku.")
>>> article.date.isoformat()
'2020-09-27'

The public API: :func:`parse`, :func:`parse_many`, :class:`Pipeline`, the record
types, :data:`hookimpl` for plugin authors, :mod:`reactlib.speakers` (tokens, speakers and
channels for third-party quote extractors) and :mod:`reactlib.errors`.
"""

from importlib.metadata import PackageNotFoundError, version as _version

import pluggy

try:
    __version__ = _version("reactlib")
except PackageNotFoundError:  # pragma: no cover - running from a source tree
    __version__ = "0.0.0"

#: Marks a plugin's hook implementations: ``@reactlib.hookimpl``.
hookimpl = pluggy.HookimplMarker("reactlib")

from . import errors, speakers  # noqa: E402
from .extractor import Extractor  # noqa: E402
from .pipeline import Pipeline, get_pipeline, parse  # noqa: E402
from .batch import Failure, parse_many  # noqa: E402
from .frames import to_dataframe  # noqa: E402
from .types import Actor, Article, Quote, Stance, TimeExpression  # noqa: E402

__all__ = [
    "Actor", "Article", "Extractor", "Failure", "Pipeline", "Quote", "Stance", "TimeExpression",
    "__version__", "errors", "get_pipeline", "hookimpl", "parse", "parse_many", "speakers", "to_dataframe",
]
