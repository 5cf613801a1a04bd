"""reactlib-attribution: quotes from a trained attribution tagger (cue, source, content).

Train a model from your own copy of an attribution corpus in PolNeAR's layout::

    python -m reactlib_attribution.train TRAIN_DIR DEV_DIR OUTPUT_DIR

then set ``REACTLIB_ATTRIBUTION_MODEL=OUTPUT_DIR`` (or pass
``AttributionPlugin(OUTPUT_DIR)`` in ``plugins=``): reactlib's quotes are then the
tagger's, merged with the rule-based ones. No data and no weights ship with the package.
"""

from .plugin import AttributionPlugin, make_extractor

__all__ = ["AttributionPlugin", "make_extractor", "__version__"]
__version__ = "0.1.0"
