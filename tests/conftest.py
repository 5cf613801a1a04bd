"""Shared fixtures: the reference article lives in ../shared, which CI has beside the checkout."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
REFERENCE = SHARED / "corpus" / "karabakh-2020-09-27.txt"
REFERENCE_GOLD = SHARED / "corpus" / "karabakh-2020-09-27.gold.json"


@pytest.fixture(scope="session")
def reference_text() -> str:
    assert REFERENCE.is_file(), f"the reference article is expected at {REFERENCE}"
    return REFERENCE.read_text(encoding="utf-8")
