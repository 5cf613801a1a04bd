"""reactlib-cameo: CAMEO codes and PLOVER event types for reactlib stances.

Installing the package is enough: its entry point in the ``reactlib`` group makes
every ``reactlib.parse`` add, to each stance's ``extra``::

    {"cameo": "0256", "cameo_label": "Appeal for de-escalation of military engagement",
     "plover_event": "REQUEST", "plover_mode": "yield", "plover_context": "military"}

The table is in :mod:`reactlib_cameo.table`; :func:`code_stance` is usable on its own.
"""

from .table import CameoCode, code_stance

__all__ = ["CameoCode", "code_stance", "__version__"]
__version__ = "0.1.0"
