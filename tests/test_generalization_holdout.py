"""Held-out generalisation check: invented reaction articles none of the extractors' developers has seen.

Each tests/generalization_holdout/NAME.txt has a hand-written NAME.gold.json, fixed (and committed) before
reactlib was first run on it; tests/generalization_holdout/build_gold.py holds the annotation and computes
the offsets. Events and places differ from the reference article and from tests/generalization/.
Do not tune the extractors against these articles: their value is that they stay unseen.

    .venv/bin/pytest -q tests/test_generalization_holdout.py -s
"""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

import reactlib

from conftest import SHARED

HERE = Path(__file__).resolve().parent / "generalization_holdout"
ARTICLES = sorted(p.name[: -len(".gold.json")] for p in HERE.glob("*.gold.json"))
OVERALL_FLOOR = 0.5
TASKS = {
    "actors": ("actors", "name+kind+country"),
    "quotes": ("quotes(direct+partial)", "span+speaker"),
    "indirect": ("quotes(indirect)", "span+speaker"),
    "dates": ("dates", "extent+value"),
    "stances": ("stances", "holder+type+target"),
}
RESULTS: dict[str, dict] = {}


def _scorer():
    path = SHARED / "eval" / "score.py"
    if not path.is_file():
        pytest.skip(f"the shared scorer is expected at {path}")
    spec = importlib.util.spec_from_file_location("shared_eval_score_holdout", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _line(name: str, res: dict) -> str:
    cells = "  ".join(f"{t} {res[k][lvl]['f1']:.3f}" for t, (k, lvl) in TASKS.items())
    return f"{name:40} {cells}  overall {res['overall_f1']:.3f}"


def test_holdout_set_is_present() -> None:
    assert len(ARTICLES) >= 5, ARTICLES


@pytest.mark.parametrize("name", ARTICLES)
def test_generalization_holdout(name: str, tmp_path: Path) -> None:
    score = _scorer().score
    text = (HERE / f"{name}.txt").read_text(encoding="utf-8")
    gold = json.loads((HERE / f"{name}.gold.json").read_text(encoding="utf-8"))
    article = reactlib.parse(text)
    out = tmp_path / f"{name}.json"
    out.write_text(json.dumps(article.to_dict(), ensure_ascii=False, indent=1), encoding="utf-8")
    pred = json.loads(out.read_text(encoding="utf-8"))
    assert pred["text"] == text
    res = score(gold, pred, pred["text"])
    RESULTS[name] = res
    print("\n" + _line(name, res))
    if len(RESULTS) == len(ARTICLES):
        mean = {t: sum(r[k][lvl]["f1"] for r in RESULTS.values()) / len(RESULTS) for t, (k, lvl) in TASKS.items()}
        overall = sum(r["overall_f1"] for r in RESULTS.values()) / len(RESULTS)
        print(f"{'MEAN':40} " + "  ".join(f"{t} {v:.3f}" for t, v in mean.items()) + f"  overall {overall:.3f}")
    assert res["article_date"], "the article date marker was not read"
    assert res["overall_f1"] >= OVERALL_FLOOR, _line(name, res)
