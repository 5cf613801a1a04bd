"""Helpers for testing reactlib plugins, shipped so plugin authors can use them too.

>>> from reactlib.testing import parse_with
>>> article = parse_with(MyPlugin(), "date 2021-05-01 Ruritania condemned the attack.")

``parse_with`` builds a fresh Pipeline with the built-ins plus the given plugin
objects registered in-process (no entry points are loaded unless asked), so a
test sees exactly its own plugin and nothing else installed on the machine.
"""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

from .pipeline import Pipeline
from .types import Article


def pipeline_with(*plugins: Any, entry_points: bool = False, **options: Any) -> Pipeline:
    """A Pipeline with the built-ins and ``plugins`` registered in-process."""
    selection: list[Any] = ["*"] if entry_points else []
    return Pipeline(plugins=[*selection, *plugins], **options)


def parse_with(*plugins: Any, text: str | None = None, **options: Any) -> Article:
    """Parse ``text`` (the last positional argument when it is a str) with ``plugins`` added."""
    if text is None and plugins and isinstance(plugins[-1], str):
        *plugins, text = plugins  # type: ignore[assignment]
    if text is None:
        raise TypeError("parse_with needs the article text")
    date = options.pop("date", None)
    return pipeline_with(*plugins, **options).parse(text, date=date)


def article_schema() -> dict[str, Any]:
    """The JSON Schema of ``Article.to_dict()`` shipped with reactlib."""
    return json.loads(resources.files("reactlib").joinpath("schema/article.schema.json").read_text("utf-8"))


def assert_valid_article(data: dict[str, Any]) -> None:
    """Validate an article dict against the shipped schema and the offset invariants.

    Needs ``jsonschema`` (in reactlib's ``test`` extra).
    """
    import jsonschema

    jsonschema.validate(data, article_schema())
    Article.from_dict(data)  # re-checks offsets and ids


def _parse_and_report(text: str, queue: Any) -> None:
    import gc
    import time

    from .pipeline import parse

    # The forked child shares the parent's heap page by page. A full garbage collection
    # in the child would walk every inherited object and copy its pages, a cost that
    # depends on how big the parent (a long test run) has grown, not on the text; so the
    # inherited objects are frozen out of collection first.
    gc.freeze()
    start = time.process_time()
    parse(text, date="2020-01-01")
    queue.put(time.process_time() - start)


def parse_time_in_child(text: str, limit: float) -> float | None:
    """CPU seconds ``reactlib.parse`` takes on ``text`` in a forked child, or None past ``limit``
    (``limit`` is wall-clock time).

    CPU time, not wall time: other work on the machine slows the wall clock unevenly from
    one text to the next, which made size ratios fail on a busy machine.

    For linear-time tests of hostile input (compare with ordinary text of the same size,
    as a ratio): a runaway case is stopped at ``limit`` instead of hanging the test run.
    """
    import multiprocessing

    context = multiprocessing.get_context("fork")
    queue = context.Queue()
    child = context.Process(target=_parse_and_report, args=(text, queue))
    child.start()
    child.join(limit)
    if child.is_alive():
        child.terminate()
        child.join()
        return None
    return queue.get(timeout=5)
