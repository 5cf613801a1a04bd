"""What the error-breakdown scripts share: the gold sets, the shared scorer, reactlib's output.

A set folder (``tests/generalization*/``) holds ``NAME.txt`` with ``NAME.gold.json``. The
held-out sets are never read here: :func:`gold_articles` refuses them, whatever the caller
checked before. Standard library only (plus reactlib for :func:`predict`).
"""

from __future__ import annotations

import functools
import importlib.util
import json
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
if not (SHARED / "eval" / "score.py").is_file():  # a worktree elsewhere: the checkout under /work
    SHARED = Path("/work/shared")
SCORER = SHARED / "eval" / "score.py"


def held_out(folder: Path) -> bool:
    """Whether ``folder`` is a held-out set (not for error analysis)."""
    return "holdout" in folder.name


def load_shared(relative: str, name: str) -> ModuleType:
    """``../shared/<relative>`` (e.g. ``eval/score.py``) imported as module ``name``."""
    spec = importlib.util.spec_from_file_location(name, SHARED / relative)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@functools.lru_cache(maxsize=1)
def scorer() -> ModuleType:
    """The shared scorer, so that matching is the one the project is judged by."""
    return load_shared("eval/score.py", "shared_eval_score")


def gold_articles(folder: Path) -> Iterator[tuple[str, str, dict]]:
    """``(name, text, gold)`` for every ``NAME.gold.json`` of ``folder``, in name order."""
    if held_out(folder):
        raise SystemExit(f"{folder} is a held-out set; not reading it")
    for gold_path in sorted(folder.glob("*.gold.json")):
        name = gold_path.name[: -len(".gold.json")]
        text = (folder / f"{name}.txt").read_text(encoding="utf-8")
        yield name, text, json.loads(gold_path.read_text(encoding="utf-8"))


def predict(text: str) -> dict:
    """reactlib's output for ``text`` as the JSON the CLI writes (lists, not tuples)."""
    import reactlib

    return json.loads(json.dumps(reactlib.parse(text).to_dict(), ensure_ascii=False))
