"""``reactlib parse`` at scale: folders, gzip, jobs, CSV and Parquet, resume, broken corpora."""

from __future__ import annotations

import csv
import gzip
import io
import json
from pathlib import Path

import pytest

from reactlib.cli import main

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "articles"


def write_corpus(path: Path, n: int = 12) -> list[dict]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*.txt"))]
    records = [{"id": f"doc{i}", "text": texts[i % len(texts)]} for i in range(n)]
    data = "".join(json.dumps(r) + "\n" for r in records).encode("utf-8")
    path.write_bytes(gzip.compress(data) if path.name.endswith(".gz") else data)
    return records


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_gzip_corpus_with_two_jobs_equals_plain_corpus_with_one(tmp_path):
    write_corpus(tmp_path / "c.jsonl")
    write_corpus(tmp_path / "c.jsonl.gz")
    assert main(["parse", str(tmp_path / "c.jsonl"), "-o", str(tmp_path / "one.jsonl")]) == 0
    assert main(["parse", str(tmp_path / "c.jsonl.gz"), "--jobs", "2", "--batch-size", "2",
                 "-o", str(tmp_path / "two.jsonl")]) == 0
    assert (tmp_path / "one.jsonl").read_bytes() == (tmp_path / "two.jsonl").read_bytes()
    assert [r["id"] for r in read_jsonl(tmp_path / "one.jsonl")] == [f"doc{i}" for i in range(12)]


def test_a_folder_is_read_in_sorted_order_with_paths_as_ids(tmp_path):
    folder = tmp_path / "news"
    (folder / "sub").mkdir(parents=True)
    (folder / "b.txt").write_text("date 2022-05-01 Norland protested.", encoding="utf-8")
    (folder / "a.txt").write_text("date 2022-05-02 Tarsia welcomed the deal.", encoding="utf-8")
    (folder / "sub" / "c.txt").write_bytes(b"Bad byte \xff here")
    (folder / "notes.md").write_text("ignored", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["parse", str(folder), "-o", str(out)]) == 1  # one file is not UTF-8
    rows = read_jsonl(out)
    assert [Path(r["id"]).name for r in rows] == ["a.txt", "b.txt", "c.txt"]
    assert rows[0]["date"] == "2022-05-02"
    assert rows[2]["error"]["type"] == "DecodeError" and "byte 9" in rows[2]["error"]["message"]


def test_csv_output_has_a_header_and_parquet_one_row_per_article(tmp_path):
    pa = pytest.importorskip("pyarrow.parquet")
    corpus = tmp_path / "c.jsonl"
    write_corpus(corpus, n=5)
    with corpus.open("a", encoding="utf-8") as f:
        f.write("{broken\n")
    assert main(["parse", str(corpus), "-o", str(tmp_path / "s.csv")]) == 1
    header = next(csv.reader(io.StringIO((tmp_path / "s.csv").read_text(encoding="utf-8"))))
    assert header[:3] == ["article_id", "date", "holder"]
    assert main(["parse", str(corpus), "-o", str(tmp_path / "a.parquet")]) == 1
    table = pa.read_table(tmp_path / "a.parquet").to_pylist()
    assert [r["id"] for r in table] == [f"doc{i}" for i in range(5)] + [None]
    assert [r["ok"] for r in table] == [True] * 5 + [False]
    assert table[5]["line"] == 6 and table[5]["error_code"] == "R105"
    assert json.loads(table[0]["actors"]) == json.loads(json.dumps(read_first_article(corpus)["actors"]))


def read_first_article(corpus: Path) -> dict:
    import reactlib

    record = json.loads(corpus.read_text(encoding="utf-8").splitlines()[0])
    return reactlib.parse(record["text"], id=record["id"]).to_dict()


def test_parquet_needs_an_output_file(tmp_path, capsys):
    write_corpus(tmp_path / "c.jsonl", n=1)
    assert main(["parse", str(tmp_path / "c.jsonl"), "--format", "parquet"]) == 1
    assert "-o" in capsys.readouterr().err


def test_resume_skips_done_ids_and_repairs_a_torn_last_line(tmp_path):
    corpus, out, full = tmp_path / "c.jsonl", tmp_path / "out.jsonl", tmp_path / "full.jsonl"
    write_corpus(corpus, n=6)
    assert main(["parse", str(corpus), "-o", str(full)]) == 0
    lines = full.read_bytes().splitlines(keepends=True)
    out.write_bytes(b"".join(lines[:3]) + lines[3][:40])  # killed while writing the 4th line
    assert main(["parse", str(corpus), "--resume", "-o", str(out)]) == 0
    assert out.read_bytes() == full.read_bytes()
    assert main(["parse", str(corpus), "--resume", "-o", str(out)]) == 0  # nothing left to do
    assert out.read_bytes() == full.read_bytes()


def test_progress_bar_reports_articles_per_second_on_stderr(tmp_path, capsys):
    pytest.importorskip("tqdm")
    write_corpus(tmp_path / "c.jsonl", n=3)
    assert main(["parse", str(tmp_path / "c.jsonl"), "--progress", "always", "-o", str(tmp_path / "o.jsonl")]) == 0
    err = capsys.readouterr().err
    assert "3/" in err or "3 articles" in err
    assert "articles/s" in err


def test_no_progress_bar_when_stderr_is_not_a_terminal(tmp_path, capsys):
    write_corpus(tmp_path / "c.jsonl", n=3)
    assert main(["parse", str(tmp_path / "c.jsonl"), "-o", str(tmp_path / "o.jsonl")]) == 0
    assert "articles/s" not in capsys.readouterr().err
