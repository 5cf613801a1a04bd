"""Built-in actors extractor: people, countries, organisations and groups with all their mentions.

An ordinary plugin: it registers one extractor through the same hook a
third-party package would use. The work is done by :mod:`reactlib.actors`
(gazetteer, rules, linking); this module only wires it into the pipeline: it
gathers the entries other plugins add through ``reactlib_gazetteer_entries``,
builds the gazetteer once per Pipeline, and builds its phrase matchers then
rather than on the first article.
"""

from __future__ import annotations

from functools import partial

from .. import hookimpl
from ..actors import build_gazetteer, default_gazetteer, extract_actors
from ..actors.matching import warm
from ..extractor import Extractor

NAME = "reactlib.actors"


@hookimpl
def reactlib_register_extractors(register, pipeline):
    entries = [entry for batch in pipeline.plugin_manager.hook.reactlib_gazetteer_entries()
               for entry in (batch or ())]
    gazetteer = build_gazetteer(entries) if entries else default_gazetteer()
    warm(pipeline.nlp.vocab, gazetteer)
    register(Extractor(name=NAME, run=partial(extract_actors, gazetteer=gazetteer), provides={"actors"}))
