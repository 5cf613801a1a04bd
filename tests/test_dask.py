"""reactlib.dask on a real two-process LocalCluster gives what parse_many gives."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

pytest.importorskip("dask.bag")
distributed = pytest.importorskip("dask.distributed")

import dask.bag as db  # noqa: E402
import dask.dataframe as dd  # noqa: E402
import pandas as pd  # noqa: E402

import reactlib.dask as rdask  # noqa: E402
from reactlib import parse_many  # noqa: E402
from reactlib.errors import ReactlibError  # noqa: E402
from reactlib.writers import article_row  # noqa: E402

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "articles"


def records() -> list[dict]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*.txt"))]
    items = [{"id": f"n{i}", "text": texts[i % len(texts)]} for i in range(40)]
    items[5] = {"id": "n5", "text": "date 2019-02-31 A bad marker date is only text."}
    items[9] = {"id": "n9", "text": "ok", "date": "not a date"}
    return items


@pytest.fixture(scope="module")
def client():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster, distributed.Client(cluster) as c:
        yield c


def test_bag_on_a_two_process_cluster_equals_parse_many(client):
    items = records()
    got = rdask.parse_bag(db.from_sequence(items, npartitions=6)).compute()
    want = [r.to_dict() for r in parse_many(items)]
    assert json.dumps(got) == json.dumps(want)
    assert got[9]["error"]["type"] == "BadDateError"
    workers = client.run(lambda: __import__("os").getpid())
    assert len(set(workers.values())) == 2


def test_dataframe_on_a_two_process_cluster_equals_parse_many(client):
    items = records()
    frame = dd.from_pandas(pd.DataFrame(items), npartitions=4)
    got = rdask.parse_dataframe(frame, date="date").compute()
    want = [article_row(r) for r in parse_many(items)]
    assert got["id"].tolist() == [w["id"] for w in want]
    assert got["ok"].tolist() == [w["ok"] for w in want]
    for column in ("stances", "actors", "error_code", "error_message"):
        assert [None if pd.isna(v) else v for v in got[column]] == [w[column] for w in want]


def test_a_missing_column_is_named():
    frame = dd.from_pandas(pd.DataFrame({"body": ["x"]}), npartitions=1)
    with pytest.raises(ReactlibError, match="body"):
        rdask.parse_dataframe(frame)
