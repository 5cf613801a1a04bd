"""Pretraining the tagger's tok2vec on unlabelled text, then training from those weights.

The texts are invented for these tests (the tiny corpus of conftest.py, read as plain text).
"""

from __future__ import annotations

import srsly
from thinc.api import Config

from reactlib_attribution.model import load_model, tag
from reactlib_attribution.pretrain import MAX_TOKENS, main as pretrain_main, pretrain, write_raw_text
from reactlib_attribution.train import Options, main as train_main, train

SEEN = "Prime Minister Tomas Berg said talks with the rebels had stalled. Other news followed.\n"


def test_raw_text_is_cut_into_paragraphs_of_at_most_the_readers_limit(tmp_path):
    long_paragraph = " ".join(f"word{n}" for n in range(MAX_TOKENS + 120))
    source = tmp_path / "a.txt"
    source.write_text("The envoy said the port reopened.\n\nok\n" + long_paragraph + "\n", encoding="utf-8")
    counts = write_raw_text([source], tmp_path / "raw.jsonl")
    records = list(srsly.read_jsonl(tmp_path / "raw.jsonl"))
    # "ok" is too short to teach anything; the long paragraph becomes two pieces
    assert [r["text"] for r in records][0] == "The envoy said the port reopened."
    assert len(records) == 3 and counts["texts"] == 3
    assert records[1]["text"].split()[0] == "word0" and len(records[1]["text"].split()) == MAX_TOKENS
    assert records[2]["text"].split()[-1] == f"word{MAX_TOKENS + 119}"


def test_pretrained_weights_start_a_tagger_that_learns(tiny_corpus, tmp_path):
    weights = pretrain([tiny_corpus[0]], tmp_path / "pt", max_epochs=2, quiet=True)
    assert weights.is_file() and (tmp_path / "pt" / "model1.bin").is_file()
    best = train(*tiny_corpus, tmp_path / "model", max_steps=120, eval_frequency=40, quiet=True,
                 options=Options(init_tok2vec=weights))
    config = Config().from_disk(tmp_path / "model" / "config.cfg", interpolate=False)
    assert config["paths"]["init_tok2vec"] == str(weights)
    spans = tag(load_model(best), None, SEEN)
    assert any(SEEN[s:e] == "said" and label == "CUE" for s, e, label in spans)


def test_missing_weights_or_weights_with_init_model_are_typed_errors(tiny_corpus, tiny_model, tmp_path, capsys):
    args = [str(tiny_corpus[0]), str(tiny_corpus[1]), str(tmp_path / "out")]
    assert train_main(args + ["--init-tok2vec", str(tmp_path / "none.bin")]) == 2
    assert "do not exist" in capsys.readouterr().err
    weights = tmp_path / "w.bin"
    weights.write_bytes(b"x")
    assert train_main(args + ["--init-tok2vec", str(weights), "--init-model", str(tiny_model)]) == 2
    assert "cannot be combined" in capsys.readouterr().err


def test_pretraining_without_text_is_a_typed_error(tmp_path, capsys):
    (tmp_path / "empty").mkdir()
    assert pretrain_main([str(tmp_path / "out"), str(tmp_path / "empty")]) == 2
    assert "no .txt files" in capsys.readouterr().err
    assert pretrain_main([str(tmp_path / "out"), str(tmp_path / "missing")]) == 2
    assert "does not exist" in capsys.readouterr().err
