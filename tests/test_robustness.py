"""Bad input, failing plugins and broken corpora: typed errors, nothing lost, nothing reordered."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
import types
from pathlib import Path

import pytest

import reactlib
from reactlib import Extractor, Failure, hookimpl, parse_many
from reactlib.batch import read_text_file
from reactlib.errors import (BadDateError, DecodeError, NotTextError, PluginError, PluginLoadError,
                             ReactlibError, TextTooLargeError)
from reactlib.output import to_json

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "articles"


# -- 1. input ----------------------------------------------------------------------------------


@pytest.mark.parametrize("value", [42, 3.5, None, b"bytes", ["a list"], {"text": "a dict"}])
def test_a_non_string_is_an_input_error(value):
    with pytest.raises(NotTextError, match=type(value).__name__):
        reactlib.parse(value)


@pytest.mark.parametrize("text", ["", " ", "\n\n\t", "\u3000\u00a0 "])
def test_empty_or_blank_text_is_an_empty_article(text):
    article = reactlib.parse(text)
    assert article.text == text
    assert (article.actors, article.quotes, article.dates, article.stances) == ((), (), (), ())


@pytest.mark.parametrize("date", ["2021-02-30", "yesterday", "27/09/2020", 20200927, ""])
def test_a_bad_date_is_an_input_error(date):
    with pytest.raises(BadDateError):
        reactlib.parse("Norland protested.", date=date)


def test_text_over_the_limit_names_the_limit(monkeypatch):
    with pytest.raises(TextTooLargeError, match="1,000") as info:
        reactlib.parse("word " * 300, max_chars=1000)
    assert info.value.limit == 1000
    monkeypatch.setenv("REACTLIB_MAX_CHARS", "50")
    with pytest.raises(TextTooLargeError, match="over the limit of 50"):
        reactlib.parse("x" * 51)
    assert reactlib.parse("x" * 50).text == "x" * 50


def test_a_file_that_is_not_utf8_names_the_file_and_byte_offset(tmp_path):
    path = tmp_path / "latin1.txt"
    good = "Caf\u00e9 society met. Then ".encode("utf-8")
    path.write_bytes(good + b"\xe9t\xe9.")
    with pytest.raises(DecodeError) as info:
        read_text_file(path)
    assert info.value.byte_offset == len(good) == 24 and str(path) in str(info.value)
    replaced = read_text_file(path, encoding_errors="replace")
    assert replaced.endswith("Then \ufffdt\ufffd.")


UNICODE_CASES = {
    "bom": "\ufeffdate 2022-03-04\nThe minister said: \u201cWe are ready.\u201d",
    "crlf": "date 2022-03-04\r\nThe minister said on Monday: \"We are ready.\"\r\n\r\nNorland agreed.",
    "nul": "The minister\x00 said \"we\x00 are ready\" on Monday.",
    "zero_width": "The\u200b minister\u200d said \u201cwe are\u2060 ready\u201d on\ufeff Monday.",
    "rtl": "\u202eThe minister said\u202c \u05e9\u05dc\u05d5\u05dd \u201cwe are ready\u201d \u0627\u0644\u064a\u0648\u0645.",
    "emoji": "\U0001F600 The minister \U0001F1FA\U0001F1F8 said \u201cwe are ready \U0001F44D\u201d on Monday.",
    "combining": "The mi\u0301nister said \u201cwe are re\u0308ady\u201d on Monday.",
}


@pytest.mark.parametrize("name", sorted(UNICODE_CASES))
def test_odd_characters_keep_offsets_into_the_original_text(name):
    text = UNICODE_CASES[name]
    article = reactlib.parse(text, date="2022-03-04")
    assert article.text == text
    for q in article.quotes:
        assert text[q.start:q.end] == q.text
    for d in article.dates:
        assert text[d.start:d.end] == d.text
    for actor in article.actors:
        for start, end in actor.mentions:
            assert 0 <= start < end <= len(text)
    for stance in article.stances:
        assert 0 <= stance.start <= stance.end <= len(text)
    assert reactlib.Article.from_dict(json.loads(to_json(article))) == article


def test_a_byte_order_mark_does_not_hide_the_date_marker(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbfdate 2022-03-04\nNorland protested on Monday.")
    text = read_text_file(path)
    assert text.startswith("\ufeff")  # kept: offsets index the file
    assert reactlib.parse(text).date == dt.date(2022, 3, 4)


# -- 3. plugins ----------------------------------------------------------------------------------


class Boom(RuntimeError):
    pass


def exploding_plugin(trigger: str) -> types.SimpleNamespace:
    def run(article, doc):
        if trigger in article.text:
            raise Boom("the plugin could not cope")
        return article.evolve(extra={**article.extra, "seen": True})

    @hookimpl
    def reactlib_register_extractors(register):
        register(Extractor(name="fragile.mark", run=run, refines={"stances"}))

    return types.SimpleNamespace(reactlib_plugin_name="fragile", reactlib_register_extractors=reactlib_register_extractors)


BATCH = [{"id": "calm-1", "text": "Norland welcomed the talks."},
         {"id": "storm", "text": "Tarsia said TRIGGER loudly."},
         {"id": "calm-2", "text": "Ostrava called for calm."}]


def test_a_plugin_exception_names_the_plugin_and_the_article():
    with pytest.raises(PluginError) as info:
        reactlib.parse("Tarsia said TRIGGER.", id="storm", plugins=[exploding_plugin("TRIGGER")])
    assert "fragile" in str(info.value) and "storm" in str(info.value) and "Boom" in str(info.value)
    assert isinstance(info.value.__cause__, Boom)


@pytest.mark.parametrize("n_process", [1, 2])
def test_a_failing_plugin_fails_one_article_not_the_batch(n_process):
    results = list(parse_many(BATCH, n_process=n_process, batch_size=1, plugins=[exploding_plugin("TRIGGER")]))
    assert [r.id for r in results] == ["calm-1", "storm", "calm-2"]
    assert isinstance(results[1], Failure) and isinstance(results[1].error, PluginError)
    assert results[1].error.plugin == "fragile" and results[1].error.article_id == "storm"
    assert results[0].extra["seen"] and results[2].extra["seen"]


@pytest.mark.parametrize("n_process", [1, 2])
def test_skip_drops_that_plugins_output_and_says_so(n_process):
    results = list(parse_many(BATCH, n_process=n_process, plugins=[exploding_plugin("TRIGGER")],
                              on_plugin_error="skip"))
    assert not any(isinstance(r, Failure) for r in results)
    assert "seen" not in results[1].extra
    assert len(results[1].warnings) == 1 and "fragile" in results[1].warnings[0]
    assert results[0].warnings == () and results[0].extra["seen"]


def test_a_plugin_with_a_malformed_hook_fails_at_load_with_its_name():
    @hookimpl
    def reactlib_register_extractors(register, no_such_argument):
        pass

    bad = types.SimpleNamespace(reactlib_plugin_name="misshapen",
                                reactlib_register_extractors=reactlib_register_extractors)
    with pytest.raises(PluginLoadError, match="misshapen"):
        list(parse_many(["Norland protested."], plugins=[bad]))


def test_reactlib_plugins_none_does_not_even_import_third_party_plugins(monkeypatch):
    loaded = []

    class EntryPoint:
        name, group, value, dist = "third_party", "reactlib", "third_party:plugin", None

        def load(self):
            loaded.append(self.name)
            raise ImportError("a broken third-party plugin")

    import importlib.metadata

    monkeypatch.setattr(importlib.metadata, "entry_points",
                        lambda group=None, **kw: [EntryPoint()] if group == "reactlib" else [])
    monkeypatch.setenv("REACTLIB_PLUGINS", "none")
    assert reactlib.Pipeline().parse("Norland protested.").text == "Norland protested."
    assert loaded == []
    monkeypatch.delenv("REACTLIB_PLUGINS")
    with pytest.raises(PluginLoadError, match="third_party"):
        reactlib.Pipeline()
    assert loaded == ["third_party"]


# -- 4. broken corpora ---------------------------------------------------------------------------


def run_cli(*args: str, env: dict | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "reactlib.cli", *args], capture_output=True, timeout=300,
                          env={**os.environ, **(env or {})}, cwd=cwd)


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_corpus_with_broken_lines_loses_and_reorders_nothing(tmp_path, jobs):
    good = [p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*.txt"))]
    lines = [
        json.dumps({"id": "g1", "text": good[0]}),
        "{\"id\": \"trunc\", \"text\": \"cut off here",
        json.dumps({"id": "g2", "text": good[1]}),
        json.dumps({"id": "notext", "body": good[2]}),
        json.dumps({"id": "num", "text": 7}),
        json.dumps(["not", "an", "object"]),
        json.dumps({"id": "huge", "text": "word " * 2000}),
        "",
        json.dumps({"id": "g3", "text": good[3], "date": "2023-01-02"}),
        "[" * 100_000,
        json.dumps({"id": "g4", "text": good[4]}),
    ]
    corpus = tmp_path / "broken.jsonl"
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = run_cli("parse", str(corpus), "--jobs", jobs, "--max-chars", "5000", "-o", str(tmp_path / "o.jsonl"))
    assert result.returncode == 1
    out = [json.loads(x) for x in (tmp_path / "o.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(out) == len(lines) - 1  # the blank line is not an article
    assert [r["id"] for r in out] == ["g1", None, "g2", "notext", "num", None, "huge", "g3", None, "g4"]
    ok = [r for r in out if "error" not in r]
    assert [r["text"] for r in ok] == [good[0], good[1], good[3], good[4]]
    errors = {r["line"]: r["error"]["type"] for r in out if "error" in r}
    assert errors == {2: "RecordError", 4: "RecordError", 5: "NotTextError", 6: "RecordError",
                      7: "TextTooLargeError", 10: "RecordError"}
    assert result.stderr.decode().count("reactlib: R1") == 6


def test_a_line_that_is_not_utf8_is_reported_with_its_own_line_number_not_its_neighbours_id():
    from reactlib.batch import iter_jsonl_records

    lines = [b'{"id": "before", "text": "fine"}\n', b'{"id": "bad", "text": "caf\xe9"}\n', b'{"text": "after"}\n']
    items = list(iter_jsonl_records(lines, "news.jsonl"))
    assert [line for line, _ in items] == [1, 2, 3]
    failure = items[1][1]
    assert isinstance(failure, Failure) and failure.line == 2 and failure.id is None
    assert isinstance(failure.error, DecodeError) and "news.jsonl line 2" in str(failure.error)
    replaced = list(iter_jsonl_records(lines, "news.jsonl", encoding_errors="replace"))
    assert replaced[1][1]["text"] == "caf\ufffd"


# -- 5. determinism ------------------------------------------------------------------------------


def test_output_is_byte_identical_across_runs_process_counts_and_hash_seeds(tmp_path):
    texts = [p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*.txt"))]
    corpus = tmp_path / "c.jsonl"
    corpus.write_text("".join(json.dumps({"id": f"d{i}", "text": t}) + "\n" for i, t in enumerate(texts * 3))
                      + "{bad\n", encoding="utf-8")
    outputs = set()
    for seed, jobs in [("0", "1"), ("1", "2"), ("12345", "1"), ("random", "2")]:
        out = tmp_path / f"o-{seed}-{jobs}.jsonl"
        result = run_cli("parse", str(corpus), "--jobs", jobs, "--batch-size", "2", "-o", str(out),
                         env={"PYTHONHASHSEED": seed})
        assert result.returncode == 1, result.stderr
        outputs.add(out.read_bytes())
    assert len(outputs) == 1
