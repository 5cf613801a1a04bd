"""Forking workers from a warmed pipeline: the parent's state after the pool starts, and a
warm-up that can never add a failure."""

from __future__ import annotations

import gc

import pytest

from reactlib import parse_many
from reactlib.parallel import default_start_method
from reactlib.warmup import WARM_UP_TEXT, warm_up

needs_fork = pytest.mark.skipif(default_start_method() != "fork", reason="fork start method only")


class _Failing:
    def parse(self, text):
        raise RuntimeError("this plugin cannot parse anything")


def test_a_failing_warm_up_is_not_an_error():
    warm_up(_Failing())  # must not raise


def test_the_warm_up_article_parses_with_every_extractor():
    from reactlib.pipeline import get_pipeline

    article = get_pipeline().parse(WARM_UP_TEXT)
    assert article.actors and article.quotes and article.dates and article.stances


@needs_fork
def test_the_parent_collector_is_not_left_frozen():
    assert gc.get_freeze_count() == 0
    assert len(list(parse_many(["Norway condemned the attack.", "Nothing here."], n_process=2))) == 2
    assert gc.get_freeze_count() == 0


@needs_fork
def test_objects_the_caller_froze_stay_frozen():
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        assert len(list(parse_many(["Norway condemned the attack."], n_process=2))) == 1
        assert gc.get_freeze_count() == frozen
    finally:
        gc.unfreeze()


def test_spawned_workers_still_work():
    texts = ["Norway condemned the attack.", 42]
    one = list(parse_many(texts))
    spawned = list(parse_many(texts, n_process=2, start_method="spawn"))
    assert [type(r).__name__ for r in spawned] == [type(r).__name__ for r in one]
