"""Documentation cannot fall behind the code: every hook is documented."""

from __future__ import annotations

from conftest import ROOT
from reactlib.plugins import iter_hook_names


def test_every_hook_is_documented_in_the_plugin_guide():
    guide = (ROOT / "docs" / "plugins.md").read_text(encoding="utf-8")
    missing = [name for name in iter_hook_names() if f"### `{name}(" not in guide]
    assert not missing, f"hooks without a section in docs/plugins.md: {missing}"


def test_every_hook_has_a_docstring_with_versionadded():
    from reactlib import hookspecs

    for name in iter_hook_names():
        doc = getattr(hookspecs, name).__doc__ or ""
        assert "versionadded" in doc, name
