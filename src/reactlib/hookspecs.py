"""The hooks a reactlib plugin may implement.

A plugin is any module or object with functions marked ``@reactlib.hookimpl`` whose
names are below. Third-party plugins are found through the ``reactlib`` entry-point
group; the built-in extractors are plugins of exactly the same kind
(``reactlib.extractors.*``). Every hook is called with keyword arguments only, so a
spec may gain arguments later without breaking existing implementations.

pluggy collects the results of one hook from all plugins into a list; it does not
let one implementation see another's. Chaining is therefore done by the
:class:`~reactlib.pipeline.Pipeline`: plugins *register* extractors, and the pipeline
runs them in the order their ``needs`` / ``provides`` / ``refines`` declare, passing
each the frozen :class:`~reactlib.types.Article` the previous ones produced.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable, Mapping, Sequence

import pluggy

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language

    from .extractor import Extractor
    from .pipeline import Pipeline

hookspec = pluggy.HookspecMarker("reactlib")

# ---------------------------------------------------------------------------------
# Building the pipeline (called once, when a Pipeline is built)
# ---------------------------------------------------------------------------------


@hookspec
def reactlib_register_extractors(register: Callable[["Extractor"], None], pipeline: "Pipeline") -> None:
    """Register the extractors this plugin contributes.

    Call ``register(Extractor(...))`` once per extractor. An extractor declares what
    it ``needs`` (capabilities earlier extractors must provide), what it ``provides``
    (new capabilities) and what it ``refines`` (capabilities it rewrites after their
    providers have run); set ``replaces`` to the name of a built-in extractor
    (e.g. ``"reactlib.dates"``) to take its place.

    :param register: the host's registration function; the host owns ordering,
        naming and de-duplication.
    :param pipeline: the :class:`~reactlib.pipeline.Pipeline` being built, for an
        extractor that needs to ask other hooks something once (its
        ``plugin_manager.hook``), e.g. the actor extractor gathering
        ``reactlib_gazetteer_entries``. Leave it out of the signature when unused.

    .. versionadded:: 0.1
    """


@hookspec
def reactlib_configure_nlp(nlp: "Language") -> None:
    """Add spaCy components, patterns or tokenizer exceptions to the shared pipeline.

    Called once for each spaCy pipeline a reactlib Pipeline uses (the default blank
    English one, or the one the user passed), before the first article is parsed.
    Add components only when absent (``if "x" not in nlp.pipe_names``), so a
    pipeline configured twice stays the same.

    :param nlp: the spaCy ``Language`` every article of this Pipeline goes through.

    .. versionadded:: 0.1
    """


@hookspec
def reactlib_gazetteer_entries() -> Sequence[Mapping[str, Any]]:
    """Return extra known actors for the actor extractor's gazetteer.

    Each entry is a mapping with ``name`` and ``kind`` (person, country, organization,
    group) and optionally ``country`` (ISO 3166-1 alpha-3), ``role``, ``aliases``
    (a list of other names) and ``organization``. Entries of all plugins are added to
    the built-in ones; on a clash of names the plugin's entry wins.

    :returns: a sequence of entries (may be empty).

    .. versionadded:: 0.1
    """
