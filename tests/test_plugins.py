"""Finding and selecting plugins: entry points, REACTLIB_PLUGINS, load failures named."""

from __future__ import annotations

import importlib.metadata
import types

import pytest

from reactlib import Extractor, hookimpl
from reactlib.errors import PluginLoadError, UnknownPluginError
from reactlib.pipeline import Pipeline
from reactlib.plugins import DEFAULT_PLUGINS, describe_plugins, make_plugin_manager


def fake_plugin_module(name: str) -> types.ModuleType:
    module = types.ModuleType(name)

    @hookimpl
    def reactlib_register_extractors(register):
        register(Extractor(name=f"{name}.mark", run=lambda a, d: a.evolve(extra={**a.extra, name: True}),
                           refines={"stances"}))

    module.reactlib_register_extractors = reactlib_register_extractors
    return module


class FakeEntryPoint:
    def __init__(self, name, loader):
        self.name, self.group, self._loader = name, "reactlib", loader
        self.value = f"{name}:plugin"
        self.dist = None

    def load(self):
        return self._loader()


@pytest.fixture
def entry_points(monkeypatch):
    """Pretend two third-party plugins are installed."""
    installed = [FakeEntryPoint("alpha", lambda: fake_plugin_module("alpha")),
                 FakeEntryPoint("beta", lambda: fake_plugin_module("beta"))]

    def fake(**kwargs):
        return installed if kwargs.get("group") == "reactlib" else []

    monkeypatch.setattr(importlib.metadata, "entry_points", fake)
    return installed


def registered(pm) -> set[str]:
    return {name for name, plugin in pm.list_name_plugin() if plugin is not None}


def test_builtins_are_ordinary_plugins_and_always_load(entry_points):
    assert set(DEFAULT_PLUGINS) <= registered(make_plugin_manager([]))


def test_entry_points_are_found(entry_points, monkeypatch):
    monkeypatch.delenv("REACTLIB_PLUGINS", raising=False)
    assert {"alpha", "beta"} <= registered(make_plugin_manager())


def test_environment_variable_selects_plugins(entry_points, monkeypatch):
    monkeypatch.setenv("REACTLIB_PLUGINS", "none")
    names = registered(make_plugin_manager())
    assert "alpha" not in names and set(DEFAULT_PLUGINS) <= names
    monkeypatch.setenv("REACTLIB_PLUGINS", "beta")
    names = registered(make_plugin_manager())
    assert "beta" in names and "alpha" not in names


def test_argument_selects_and_excludes(entry_points):
    names = registered(make_plugin_manager(["alpha", "-reactlib.extractors.stances"]))
    assert "alpha" in names and "beta" not in names and "reactlib.extractors.stances" not in names


def test_unknown_plugin_name_is_an_error_listing_what_is_installed(entry_points):
    with pytest.raises(UnknownPluginError, match="gamma.*alpha"):
        make_plugin_manager(["gamma"])


def test_a_plugin_that_fails_to_import_is_named(monkeypatch):
    def boom():
        raise ImportError("no module named 'sklearn'")

    monkeypatch.setattr(importlib.metadata, "entry_points",
                        lambda **kw: [FakeEntryPoint("fragile", boom)] if kw.get("group") == "reactlib" else [])
    with pytest.raises(PluginLoadError, match="'fragile'.*sklearn"):
        make_plugin_manager(["*"])


def test_a_malformed_hook_fails_at_load_with_the_plugin_name():
    class Malformed:
        reactlib_plugin_name = "malformed-plugin"

        @hookimpl
        def reactlib_register_extractors(self, register, unexpected_argument):
            pass

    with pytest.raises(PluginLoadError, match="malformed-plugin"):
        make_plugin_manager([Malformed()])


def test_plugins_from_entry_points_chain_after_the_builtins(entry_points):
    pipeline = Pipeline(plugins=["*"])
    article = pipeline.parse("Ruritania protested.")
    assert article.extra == {"alpha": True, "beta": True}
    order = [e.name for e in pipeline.extractors]
    assert order.index("reactlib.stances") < order.index("alpha.mark") < order.index("beta.mark")


def test_describe_plugins_reports_version_hooks_and_extractors(entry_points):
    pipeline = Pipeline(plugins=["alpha"])
    rows = {r["name"]: r for r in describe_plugins(pipeline.plugin_manager, pipeline.extractors)}
    assert rows["reactlib.extractors.dates"]["builtin"] is True
    assert rows["reactlib.extractors.dates"]["version"]
    assert rows["alpha"]["hooks"] == ["reactlib_register_extractors"]
    assert rows["alpha"]["extractors"][0]["refines"] == ["stances"]


def test_gazetteer_entries_from_a_plugin_become_actors():
    from reactlib.testing import parse_with

    class Freedonia:
        @hookimpl
        def reactlib_gazetteer_entries(self):
            return [{"name": "Freedonia", "kind": "country", "country": "FRD", "aliases": ["Freedonian"]},
                    {"name": "Sylvanian Liberation Front", "kind": "group", "country": "SYL", "aliases": ["SLF"]}]

    text = "Freedonia on Monday condemned the SLF attack, the Freedonian government said."
    article = parse_with(Freedonia(), text)
    by_name = {a.name: a for a in article.actors}
    assert by_name["Freedonia"].country == "FRD" and by_name["Freedonia"].kind == "country"
    assert by_name["Sylvanian Liberation Front"].kind == "group"
    # without the plugin, neither is known
    assert "Freedonia" not in {a.name for a in parse_with(text).actors}
