"""parse_many: order kept, failures in place, the same bytes on one process or two, memory bounded."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

import reactlib
from reactlib import Failure, parse_many
from reactlib.errors import NotTextError, PipelineError, RecordError
from reactlib.output import to_json

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "articles"


def example_texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*.txt"))]


def mixed_records() -> list[object]:
    texts = example_texts()
    records: list[object] = [{"id": f"art-{i}", "text": t} for i, t in enumerate(texts * 5)]
    records[3] = {"id": "bad-text", "text": 12}
    records[7] = {"id": "no-text", "body": "where did the text go"}
    records[11] = "   \n  "
    records[13] = {"id": "bad-date", "text": texts[0], "date": "2021-02-30"}
    return records


def test_results_come_in_input_order_with_failures_in_place():
    records = mixed_records()
    results = list(parse_many(records))
    assert len(results) == len(records)
    for record, result in zip(records, results):
        if isinstance(record, dict) and "id" in record:
            assert result.id == record["id"]
    assert isinstance(results[3], Failure) and isinstance(results[3].error, NotTextError)
    assert isinstance(results[7], Failure) and isinstance(results[7].error, RecordError)
    assert results[7].id == "no-text"
    assert not isinstance(results[11], Failure) and results[11].actors == ()  # blank: empty article
    assert isinstance(results[13], Failure) and results[13].error.code == "R102"
    assert sum(isinstance(r, Failure) for r in results) == 3


def test_two_processes_give_the_same_bytes_as_one():
    records = mixed_records()
    one = [to_json(r) for r in parse_many(records)]
    two = [to_json(r) for r in parse_many(records, n_process=2, batch_size=3)]
    assert one == two


def test_failures_keep_their_exact_message_and_type_across_processes():
    records = [{"id": "x", "text": b"bytes are not text"}, {"id": "y", "text": "fine"}]
    local, remote = list(parse_many(records)), list(parse_many(records, n_process=2, batch_size=1))
    assert type(remote[0].error) is type(local[0].error) is NotTextError
    assert str(remote[0].error) == str(local[0].error)
    assert remote[0].to_dict() == local[0].to_dict()


def test_input_is_read_lazily_so_an_endless_stream_works():
    endless = ({"id": str(i), "text": f"Country {i} said it was ready."} for i in itertools.count())
    for n_process in (1, 2):
        first = list(itertools.islice(parse_many(endless, n_process=n_process, batch_size=4), 10))
        assert len(first) == 10


def test_workers_read_at_most_a_bounded_number_of_batches_ahead():
    consumed = 0

    def counting():
        nonlocal consumed
        for i in range(10_000):
            consumed += 1
            yield f"Article number {i} said little."

    results = parse_many(counting(), n_process=2, batch_size=5)
    next(results)
    # two batches in flight per process, plus the one being filled
    assert consumed <= 5 * (2 * 2 + 1)
    results.close()


def test_bad_settings_are_typed_errors():
    with pytest.raises(PipelineError, match="n_process"):
        parse_many(["x"], n_process=0)
    with pytest.raises(PipelineError, match="batch_size"):
        parse_many(["x"], batch_size=0)
    with pytest.raises(PipelineError, match="worker processes"):
        parse_many(["x"], n_process=2, pipeline=reactlib.get_pipeline())
