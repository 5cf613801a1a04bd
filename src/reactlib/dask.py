"""Parsing a corpus with Dask, on one machine or a cluster (``pip install reactlib[dask]``).

Past one machine, reactlib does not bring its own scheduler: it hands partitions of a
``dask.bag`` or ``dask.dataframe`` to :func:`reactlib.batch.parse_many`'s machinery.
Each worker process builds the pipeline once (:func:`reactlib.get_pipeline` caches it
per process, keyed on the settings) and reuses it for every partition it is given.

Results are JSON-ready dicts (``Article.to_dict()``, or a failure's ``{"id", "error"}``)
rather than objects, so they travel between workers and the client as plain data, and
are exactly what ``parse_many`` gives serialised: the two can be compared byte for byte.

>>> import dask.bag as db, reactlib.dask
>>> bag = db.read_text("corpus-*.jsonl").map(json.loads)        # doctest: +SKIP
>>> reactlib.dask.parse_bag(bag).map(json.dumps).to_textfiles("out/*.jsonl")  # doctest: +SKIP
"""

from __future__ import annotations

from typing import Any, Iterable, Mapping

from .batch import as_work_items, parse_items
from .errors import ReactlibError
from .pipeline import get_pipeline
from .writers import PARQUET_COLUMNS, article_row

try:
    import dask.bag as _bag
    import dask.dataframe as _dd
except ImportError as _exc:  # pragma: no cover - depends on the install
    raise ImportError("reactlib.dask needs Dask: pip install 'reactlib[dask]'") from _exc

__all__ = ["parse_bag", "parse_dataframe", "parse_partition"]


def parse_partition(items: Iterable[Any], pipeline_options: Mapping[str, Any] | None = None) -> list[dict]:
    """Parse one partition (texts or records) with this process's pipeline; dicts out, in order."""
    pipeline = get_pipeline(**dict(pipeline_options or {}))
    return [r.to_dict() for r in parse_items(pipeline, as_work_items(items))]


def parse_bag(bag: "_bag.Bag", **pipeline_options: Any) -> "_bag.Bag":
    """A bag of article dicts (or failure dicts), one per text or record of ``bag``, in order.

    :param bag: a ``dask.bag.Bag`` of texts or ``{"text", "id", "date", "title"}`` records.
    :param pipeline_options: ``plugins``, ``on_plugin_error``, ``max_chars`` (must pickle).
    """
    return bag.map_partitions(parse_partition, pipeline_options)


def _records(frame, columns: Mapping[str, str | None]) -> list[dict[str, Any]]:
    import pandas as pd

    wanted = {field: name for field, name in columns.items() if name is not None}
    return [{field: row[name] for field, name in wanted.items() if not _missing(pd, row[name])}
            for row in frame[list(wanted.values())].to_dict("records")]


def _missing(pd, value: Any) -> bool:
    """None, NaN and pd.NA are missing (a row without text then fails as a record without text)."""
    try:
        return value is None or bool(pd.isna(value))
    except (TypeError, ValueError):  # an array-like cell is a value, not a missing one
        return False


def _parse_frame(frame, columns: Mapping[str, str | None], pipeline_options: Mapping[str, Any]):
    import pandas as pd

    pipeline = get_pipeline(**dict(pipeline_options))
    rows = [article_row(r) for r in parse_items(pipeline, as_work_items(_records(frame, columns)))]
    out = pd.DataFrame.from_records(rows, columns=list(PARQUET_COLUMNS), index=frame.index)
    return out.astype(_meta().dtypes.to_dict())


def _meta():
    import pandas as pd

    ints = {"line", "n_actors", "n_quotes", "n_dates", "n_stances"}
    return pd.DataFrame({c: pd.Series(dtype="Int64" if c in ints else "boolean" if c == "ok" else "object")
                         for c in PARQUET_COLUMNS})


def parse_dataframe(df: "_dd.DataFrame", *, text: str = "text", id: str | None = "id", date: str | None = None,
                    title: str | None = None, **pipeline_options: Any) -> "_dd.DataFrame":
    """A Dask DataFrame with one row per input row: the flat columns of
    :data:`reactlib.writers.PARQUET_COLUMNS` (nested records as JSON text), same index.

    :param text, id, date, title: column names of ``df`` holding each field (None: absent).
    """
    columns = {"text": text, "id": id, "date": date, "title": title}
    missing = [name for name in columns.values() if name is not None and name not in df.columns]
    if missing:
        raise ReactlibError(f"column(s) {missing} not in the DataFrame; its columns: {list(df.columns)}")
    return df.map_partitions(_parse_frame, columns, dict(pipeline_options), meta=_meta())
