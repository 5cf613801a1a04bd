"""Shared fixtures: the reference article lives in ../shared, which CI has beside the checkout."""

from __future__ import annotations

import functools
import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
REFERENCE = SHARED / "corpus" / "karabakh-2020-09-27.txt"
REFERENCE_GOLD = SHARED / "corpus" / "karabakh-2020-09-27.gold.json"


@pytest.fixture(scope="session")
def reference_text() -> str:
    assert REFERENCE.is_file(), f"the reference article is expected at {REFERENCE}"
    return REFERENCE.read_text(encoding="utf-8")


@functools.lru_cache(maxsize=1)
def shared_scorer() -> ModuleType:
    """``../shared/eval/score.py`` as a module: the same scorer the project is judged by."""
    path = SHARED / "eval" / "score.py"
    assert path.is_file(), f"the shared scorer is expected at {path}"
    spec = importlib.util.spec_from_file_location("shared_eval_score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def score() -> ModuleType:
    return shared_scorer()
