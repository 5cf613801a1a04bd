"""The command line as OUTPUT_CONTRACT.md fixes it: json for one article, jsonl one line per line."""

from __future__ import annotations

import json
import subprocess
import sys

from reactlib.cli import main
from reactlib.testing import assert_valid_article

from conftest import REFERENCE


def run_cli(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "reactlib.cli", *args], input=stdin, capture_output=True,
                          text=True, encoding="utf-8", timeout=300)


def test_reference_article_json_validates_and_keeps_text_and_date():
    result = run_cli("parse", str(REFERENCE), "--format", "json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert_valid_article(data)
    assert data["date"] == "2020-09-27"
    assert data["text"] == REFERENCE.read_text(encoding="utf-8")


def test_date_option_overrides_the_marker(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("date 2020-09-27 Ruritania protested.", encoding="utf-8")
    result = run_cli("parse", str(path), "--date", "2021-01-01", "--format", "json")
    assert json.loads(result.stdout)["date"] == "2021-01-01"


def test_jsonl_writes_one_line_per_input_line_in_order_with_errors_and_fails_at_the_end():
    lines = [
        json.dumps({"text": "date 2020-01-01 Ruritania protested.", "id": "first"}),
        "{not json",
        json.dumps({"id": "no-text"}),
        json.dumps({"text": 42, "id": "number"}),
        json.dumps({"text": "Freedonia agreed.", "id": "last", "date": "2020-02-02", "title": "T"}),
    ]
    result = run_cli("parse", "-", "--format", "jsonl", stdin="\n".join(lines) + "\n")
    assert result.returncode == 1
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(out) == 5
    assert out[0]["id"] == "first" and out[0]["date"] == "2020-01-01"
    assert out[1]["error"]["type"] == "RecordError" and out[1]["line"] == 2
    assert "text" in out[2]["error"]["message"]
    assert out[3]["error"]["type"] == "NotTextError" and out[3]["id"] == "number"
    assert out[4]["id"] == "last" and out[4]["title"] == "T" and out[4]["date"] == "2020-02-02"
    for good in (out[0], out[4]):
        assert_valid_article(good)


def test_jsonl_of_good_lines_exits_zero(tmp_path):
    path = tmp_path / "corpus.jsonl"
    path.write_text(json.dumps({"text": "Ruritania protested."}) + "\n", encoding="utf-8")
    result = run_cli("parse", str(path))
    assert result.returncode == 0 and len(result.stdout.splitlines()) == 1


def test_table_format_is_for_people(capsys):
    assert main(["parse", str(REFERENCE), "--format", "table"]) == 0
    out = capsys.readouterr().out
    assert "date: 2020-09-27" in out and "Quotes (" in out and "Stances (" in out


def test_a_missing_file_is_a_clear_error(capsys, tmp_path):
    assert main(["parse", str(tmp_path / "nope.txt")]) == 1
    assert "no such file" in capsys.readouterr().err


def test_invalid_utf8_names_the_file_and_offset(tmp_path, capsys):
    path = tmp_path / "bad.txt"
    path.write_bytes("Ruritania said".encode() + b"\xff\xfe" + b" hello")
    assert main(["parse", str(path)]) == 1
    err = capsys.readouterr().err
    assert "bad.txt" in err and "byte 14" in err
    assert main(["parse", str(path), "--encoding-errors", "replace"]) == 0


def test_plugins_command_lists_builtins_with_versions(capsys):
    assert main(["plugins", "--plugins", "none"]) == 0
    out = capsys.readouterr().out
    assert "reactlib.extractors.quotes" in out and "run order: reactlib.dates" in out
