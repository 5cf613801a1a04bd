"""Property: whatever order extractors are registered in, each runs after what it needs."""

from __future__ import annotations

from hypothesis import given, settings, strategies as st

from reactlib.extractor import Extractor, order_extractors


def _noop(article, doc):
    return article


@st.composite
def acyclic_extractors(draw):
    """Extractors e0..en where ei needs or refines capabilities of earlier ones; then shuffled.

    A refiner needs nothing else: "refine c0 but need c1, whose provider needs c0" is a
    real cycle, which the pipeline rightly refuses (tested in test_pipeline.py).
    """
    n = draw(st.integers(1, 8))
    extractors = []
    for i in range(n):
        needs = draw(st.sets(st.sampled_from([f"c{j}" for j in range(i)]), max_size=3)) if i else set()
        refines = draw(st.sets(st.sampled_from([f"c{j}" for j in range(i)]), max_size=1)) if i else set()
        if refines and draw(st.booleans()):
            needs = set()
        else:
            refines = set()
        extractors.append(Extractor(name=f"e{i}", run=_noop, provides={f"c{i}"}, needs=needs, refines=refines))
    return draw(st.permutations(extractors))


@settings(max_examples=200, deadline=None)
@given(acyclic_extractors())
def test_every_extractor_runs_after_its_providers_and_refiners(extractors):
    order = [e.name for e in order_extractors(extractors)]
    assert sorted(order) == sorted(e.name for e in extractors)
    position = {name: i for i, name in enumerate(order)}
    providers = {c: e.name for e in extractors for c in e.provides}
    for e in extractors:
        for cap in e.needs | e.refines:
            assert position[providers[cap]] < position[e.name]
        for cap in e.needs:
            for other in extractors:
                if cap in other.refines and other is not e:
                    assert position[other.name] < position[e.name]


@settings(max_examples=100, deadline=None)
@given(acyclic_extractors())
def test_the_order_does_not_depend_on_anything_but_the_declarations_and_registration(extractors):
    assert [e.name for e in order_extractors(extractors)] == [e.name for e in order_extractors(list(extractors))]
