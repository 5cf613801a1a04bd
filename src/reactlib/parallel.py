"""Parsing on several cores: a process pool with one pipeline per worker, order kept, memory bounded.

Why not ``Pool.imap``: it reads its whole input iterator ahead of the workers, so a
generator over millions of articles would be pulled into memory. Here at most
``2 * n_process`` batches are in flight; the next batch is read only when the oldest
one's results have been handed to the caller. Results come back in submission order.

Errors cross the process boundary as plain data: reactlib's exception classes take
structured arguments (``NotTextError(value)``), which pickle's default of calling
``cls(*args)`` would garble, so a Failure is sent as (class, message, attributes)
and rebuilt with the very same message on this side.
"""

from __future__ import annotations

import collections
import gc
import itertools
import multiprocessing
import sys
from typing import Any, Iterable, Iterator, Mapping

from .batch import Failure, WorkItem, parse_items
from .pipeline import Pipeline, get_pipeline
from .types import Article
from .warmup import warm_up

_worker_pipeline: Pipeline | None = None


def default_start_method() -> str | None:
    """``fork`` on Linux (fast, and the parent's imports are shared); the platform default elsewhere."""
    if sys.platform.startswith("linux") and "fork" in multiprocessing.get_all_start_methods():
        return "fork"
    return None


def _init_worker(pipeline_options: Mapping[str, Any]) -> None:
    """Build this worker's pipeline once; every batch it parses reuses it."""
    global _worker_pipeline
    _worker_pipeline = get_pipeline(**pipeline_options)


# -- errors across processes ------------------------------------------------------------


def _pack(result: Article | Failure) -> tuple:
    if isinstance(result, Article):
        return ("article", result)
    error = result.error
    state = {k: v for k, v in vars(error).items() if _picklable(v)}
    return ("failure", type(error), str(error), state, result.id, result.line)


def _unpack(packed: tuple) -> Article | Failure:
    if packed[0] == "article":
        return packed[1]
    _, cls, message, state, record_id, line = packed
    error = cls.__new__(cls)
    Exception.__init__(error, message)
    error.__dict__.update(state)
    return Failure(error, id=record_id, line=line)


def _picklable(value: Any) -> bool:
    return isinstance(value, (str, int, float, bool, type(None)))


def _parse_batch(batch: list[WorkItem]) -> list[tuple]:
    assert _worker_pipeline is not None, "worker initializer did not run"
    return [_pack(r) for r in parse_items(_worker_pipeline, batch)]


# -- the pool ------------------------------------------------------------------------------


def _batches(items: Iterable[WorkItem], size: int) -> Iterator[list[WorkItem]]:
    iterator = iter(items)
    while batch := list(itertools.islice(iterator, size)):
        yield batch


def parse_in_processes(items: Iterable[WorkItem], *, n_process: int, batch_size: int,
                       start_method: str | None = None,
                       pipeline_options: Mapping[str, Any] | None = None) -> Iterator[Article | Failure]:
    """Parse work items on ``n_process`` worker processes; results in input order.

    The pool starts when the first result is asked for and is shut down when the
    generator is exhausted or closed (``break`` out of a loop over it is fine).
    """
    options = dict(pipeline_options or {})
    method = start_method or default_start_method()
    context = multiprocessing.get_context(method)
    if method == "fork":
        # Built and warmed once here, the pipeline is inherited by every forked worker, whose
        # initializer then finds it in ``get_pipeline``'s cache: n workers no longer each build
        # the same pipeline (gazetteer, phrase matchers), which cost about as much as a few
        # hundred articles, nor each build the tables extractors make on first use.
        warm_up(get_pipeline(**options))
    max_in_flight = 2 * n_process
    with _start_pool(context, n_process, options, frozen=method == "fork") as pool:
        pending: collections.deque = collections.deque()
        batches = _batches(items, batch_size)
        for batch in batches:
            pending.append(pool.apply_async(_parse_batch, (batch,)))
            if len(pending) >= max_in_flight:
                yield from map(_unpack, pending.popleft().get())
        while pending:
            yield from map(_unpack, pending.popleft().get())


def _start_pool(context: Any, n_process: int, options: Mapping[str, Any], *, frozen: bool) -> Any:
    """A worker pool; with ``frozen``, forked while the garbage collector ignores what exists now.

    A forked worker shares the parent's memory until it writes to it, and a full garbage
    collection writes to the header of every object it visits: the worker's first one would
    copy the whole inherited pipeline (gazetteer, lexicons, matchers) page by page and then
    go on visiting it at every full collection, though none of it can become garbage there.
    ``gc.freeze()`` before the fork moves those objects out of the collector's reach in the
    workers; the parent takes them back at once with ``gc.unfreeze()``. Skipped when the
    caller has frozen objects of its own, which unfreezing would release.
    """
    freeze = frozen and gc.get_freeze_count() == 0
    if freeze:
        gc.freeze()
    try:
        return context.Pool(n_process, initializer=_init_worker, initargs=(options,))
    finally:
        if freeze:
            gc.unfreeze()
