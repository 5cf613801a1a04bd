"""The documentation site builds with warnings as errors, and covers what it must."""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest
from conftest import ROOT

from reactlib.cli import COMMANDS

DOCS = ROOT / "docs"


def _need(module: str) -> None:
    try:
        __import__(module)
    except ImportError:
        message = f"{module} is not installed: pip install \"reactlib[docs]\""
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail(f"the docs site cannot be built in CI: {message}")
        pytest.skip(message)


def test_mkdocs_build_strict_passes(tmp_path):
    _need("mkdocs")
    _need("mkdocstrings_handlers.python")
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict",
                             "-f", str(ROOT / "mkdocs.yml"), "-d", str(tmp_path / "site")],
                            cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, f"mkdocs build --strict failed:\n{result.stdout}\n{result.stderr}"
    api = (tmp_path / "site" / "api" / "index.html").read_text(encoding="utf-8")
    # The reference is generated from the docstrings, not written by hand.
    for name in ("to_dataframe", "stance_graph", "render_html", "ReactlibComponent", "Pipeline"):
        assert name in api, name
    assert "One pandas DataFrame of the chosen records" in api


def test_every_command_has_a_section_in_the_cli_reference():
    text = (DOCS / "cli.md").read_text(encoding="utf-8")
    missing = [name for name in COMMANDS if f"## `reactlib {name}`" not in text]
    assert not missing, f"commands without a section in docs/cli.md: {missing}"


def test_every_page_and_image_a_page_links_to_exists():
    for page in DOCS.glob("*.md"):
        for target in re.findall(r"\]\(([^)#\s]+)", page.read_text(encoding="utf-8")):
            if "://" not in target:
                assert (page.parent / target).exists(), f"{page.name} links to missing {target}"


@pytest.mark.parametrize("name", ["article-view.png", "network.png"])
def test_screenshots_of_the_reference_article_are_in_docs(name):
    data = (DOCS / "img" / name).read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 10_000
    assert f"img/{name}" in (DOCS / "views.md").read_text(encoding="utf-8")
