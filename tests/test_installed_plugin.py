"""A plugin package from plugins/, installed with pip, is found through its entry point.

CI installs every package in plugins/ next to reactlib (see .ci/test-command), so
this test checks the real mechanism a third party relies on: no in-process
registration, no patching of importlib.metadata.
"""

from __future__ import annotations

import subprocess
import sys

from reactlib.pipeline import Pipeline
from reactlib.plugins import installed_entry_points

TEXT = "date 2021-01-01 Norway's foreign ministry called for an immediate ceasefire."


def test_the_cameo_plugin_is_installed_under_the_reactlib_entry_point_group():
    names = {ep.name: ep.value for ep in installed_entry_points()}
    assert names.get("cameo") == "reactlib_cameo.plugin", (
        f"plugins/reactlib-cameo is not installed (entry points: {names}); run .ci/test-command")


def test_an_installed_plugin_runs_after_the_stage_it_refines_and_adds_its_codes():
    pipeline = Pipeline(plugins=["cameo"])
    order = [e.name for e in pipeline.extractors]
    assert order.index("reactlib.stances") < order.index("cameo.codes")
    stances = pipeline.parse(TEXT).stances
    assert stances, "the stance extractor found no appeal for a ceasefire"
    assert all(s.extra.get("plover_event") == s.plover for s in stances if s.type == "appeal")
    assert any(s.extra.get("cameo", "").startswith("025") for s in stances)


def test_reactlib_plugins_none_turns_installed_plugins_off():
    stances = Pipeline(plugins=[]).parse(TEXT).stances
    assert stances and not any("cameo" in s.extra for s in stances)


def test_the_command_line_lists_the_installed_plugin_with_its_version():
    out = subprocess.run([sys.executable, "-m", "reactlib", "plugins"], capture_output=True, text=True,
                         timeout=120, env=None).stdout
    line = next(line for line in out.splitlines() if line.startswith("cameo "))
    assert "installed" in line and any(ch.isdigit() for ch in line.split()[1])
