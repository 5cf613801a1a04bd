"""Extractors and the order they run in.

An :class:`Extractor` is one stage of the pipeline: a function from the Article so
far (and the spaCy Doc of its text) to a new Article. It declares what it needs and
adds, in the manner of spaCy's ``assigns`` / ``requires``; :func:`order_extractors`
turns those declarations into a run order and refuses one that cannot be satisfied,
naming the extractor and its plugin.
"""

from __future__ import annotations

import graphlib
from typing import TYPE_CHECKING, Callable, Iterable, Sequence

from attrs import field, frozen

from .errors import PipelineError

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc

    from .types import Article

#: The built-in capabilities, in the order a reaction article is naturally read:
#: when, who, what they said, what position they took. Ties in the run order are
#: broken by this rank, then by registration order.
STAGES = ("dates", "actors", "quotes", "stances")


def _frozenset(items: Iterable[str] | str | None) -> frozenset[str]:
    if items is None:
        return frozenset()
    if isinstance(items, str):
        return frozenset({items})
    return frozenset(items)


@frozen
class Extractor:
    """One stage of the pipeline.

    :param name: unique name, conventionally ``"<plugin>.<what>"`` (``"reactlib.dates"``).
    :param run: ``run(article, doc) -> Article``; must return a new Article of the same text.
    :param provides: capabilities this stage creates (``{"dates"}``).
    :param needs: capabilities that must exist before it runs.
    :param refines: capabilities it rewrites; it runs after their providers and before
        anything that needs them.
    :param replaces: the name of another extractor this one takes the place of.
    """

    name: str
    run: Callable[["Article", "Doc"], "Article"] = field(repr=False)
    provides: frozenset[str] = field(factory=frozenset, converter=_frozenset)
    needs: frozenset[str] = field(factory=frozenset, converter=_frozenset)
    refines: frozenset[str] = field(factory=frozenset, converter=_frozenset)
    replaces: str | None = None
    plugin: str = ""  # set by the host when registered

    @property
    def rank(self) -> int:
        """Position of the earliest built-in stage this extractor serves, for tie-breaking."""
        ranks = [STAGES.index(c) for c in self.provides | self.refines if c in STAGES]
        return min(ranks) if ranks else len(STAGES)


def apply_replacements(extractors: Sequence[Extractor]) -> list[Extractor]:
    """Drop every extractor that another one ``replaces``; unknown names are an error."""
    names = {e.name for e in extractors}
    replaced = {}
    for e in extractors:
        if e.replaces is None:
            continue
        if e.replaces not in names:
            raise PipelineError(
                f"extractor {e.name!r} of plugin {e.plugin!r} replaces {e.replaces!r}, "
                f"which is not registered; registered extractors: {sorted(names)}")
        replaced[e.replaces] = e
    return [e for e in extractors if e.name not in replaced]


def order_extractors(extractors: Sequence[Extractor]) -> list[Extractor]:
    """The run order: providers before refiners before consumers, then stage rank, then registration.

    :raises PipelineError: two extractors share a name, a need is provided by nobody,
        or the declarations form a cycle.
    """
    seen: dict[str, Extractor] = {}
    for e in extractors:
        if e.name in seen:
            raise PipelineError(
                f"extractor name {e.name!r} is registered twice (plugins {seen[e.name].plugin!r} "
                f"and {e.plugin!r}); use replaces={e.name!r} to take its place")
        seen[e.name] = e
    active = apply_replacements(extractors)
    providers: dict[str, list[Extractor]] = {}
    refiners: dict[str, list[Extractor]] = {}
    for e in active:
        for cap in e.provides:
            providers.setdefault(cap, []).append(e)
        for cap in e.refines:
            refiners.setdefault(cap, []).append(e)

    graph: dict[str, set[str]] = {e.name: set() for e in active}
    for e in active:
        for cap in e.needs | e.refines:
            if cap not in providers:
                raise PipelineError(
                    f"extractor {e.name!r} of plugin {e.plugin!r} needs {cap!r}, which no "
                    f"extractor provides; provided: {sorted(providers)}")
            graph[e.name].update(p.name for p in providers[cap] if p is not e)
        for cap in e.needs:
            graph[e.name].update(r.name for r in refiners.get(cap, []) if r is not e)
        for cap in e.refines:  # refiners of one capability run in registration order
            earlier = refiners[cap][: refiners[cap].index(e)]
            graph[e.name].update(r.name for r in earlier)

    position = {e.name: (e.rank, i) for i, e in enumerate(active)}
    sorter = graphlib.TopologicalSorter(graph)
    try:
        sorter.prepare()
    except graphlib.CycleError as exc:
        raise PipelineError(f"extractors depend on each other in a cycle: {exc.args[1]}") from None
    order: list[str] = []
    ready: list[str] = []
    while sorter.is_active():
        # Take one at a time so that rank, then registration order, decides every tie.
        ready.extend(sorter.get_ready())
        ready.sort(key=position.__getitem__)
        first = ready.pop(0)
        order.append(first)
        sorter.done(first)
    by_name = {e.name: e for e in active}
    return [by_name[n] for n in order]
