"""Optional dependencies, imported only when the feature that needs them is used.

pandas, networkx, matplotlib, pyarrow, dask and tqdm are extras: ``import reactlib``
must not pay for them, and a user without them gets an error naming the extra to
install rather than a bare ImportError from deep inside.
"""

from __future__ import annotations

import importlib
from types import ModuleType

from .errors import MissingExtraError


def require(module: str, extra: str, feature: str) -> ModuleType:
    """Import an optional dependency, or raise :class:`MissingExtraError` naming its extra."""
    try:
        return importlib.import_module(module)
    except ImportError:
        raise MissingExtraError(module, extra, feature) from None
