"""Finding, selecting and registering plugins.

The built-in extractors are ordinary plugin modules listed in :data:`DEFAULT_PLUGINS`;
third-party plugins are found through the ``reactlib`` entry-point group. Which
third-party plugins load is chosen by the ``plugins=`` argument or, when that is
not given, by the ``REACTLIB_PLUGINS`` environment variable:

- unset or ``all``: every installed plugin;
- ``none`` (or ``builtin``, or empty): the built-ins only;
- ``name1,name2``: only these entry points (a name that is not installed is an error);
- a name prefixed with ``-`` (``-reactlib.stances``) leaves that plugin out, built-in or not.
"""

from __future__ import annotations

import importlib
import importlib.metadata
import os
from typing import Any, Iterable, Sequence

import pluggy

from . import hookspecs
from .errors import PluginLoadError, UnknownPluginError

ENTRY_POINT_GROUP = "reactlib"
ENV_VAR = "REACTLIB_PLUGINS"

#: The built-in extractors, in their natural order; each is a plugin module.
DEFAULT_PLUGINS: tuple[str, ...] = (
    "reactlib.extractors.dates",
    "reactlib.extractors.actors",
    "reactlib.extractors.quotes",
    "reactlib.extractors.stances",
)

PluginSelection = Sequence[Any] | None


def _selection(plugins: PluginSelection) -> tuple[set[str] | None, set[str], list[Any]]:
    """(entry-point names to load or None for all, names to leave out, in-process objects)."""
    if plugins is None:
        raw = os.environ.get(ENV_VAR)
        items: list[Any] = ["*"] if raw is None else selection_from_string(raw)
    else:
        items = list(plugins)
    wanted: set[str] | None = set()
    excluded: set[str] = set()
    objects: list[Any] = []
    for item in items:
        if isinstance(item, str):
            if item == "*":
                wanted = None
            elif item.startswith("-"):
                excluded.add(item[1:])
            elif wanted is not None:
                wanted.add(item)
        else:
            objects.append(item)
    return wanted, excluded, objects


def selection_from_string(raw: str) -> list[str]:
    """A selection written as text (REACTLIB_PLUGINS, ``--plugins``) as a ``plugins=`` list."""
    if raw.strip().lower() == "all":
        return ["*"]
    if raw.strip().lower() in ("", "none", "builtin", "builtins"):
        return []
    return [p.strip() for p in raw.split(",") if p.strip()]


def plugin_name(plugin: Any) -> str:
    """The name a plugin object is registered under."""
    return getattr(plugin, "reactlib_plugin_name", None) or getattr(plugin, "__name__", None) \
        or type(plugin).__name__


def _register(pm: pluggy.PluginManager, plugin: Any, name: str) -> None:
    try:
        pm.register(plugin, name=name)
    except pluggy.PluginValidationError as exc:
        raise PluginLoadError(name, f"malformed hook implementation: {exc}") from None
    except ValueError as exc:  # already registered under this name
        raise PluginLoadError(name, str(exc)) from None


def installed_entry_points() -> list[importlib.metadata.EntryPoint]:
    """The entry points of the ``reactlib`` group, sorted by name for a stable order."""
    return sorted(importlib.metadata.entry_points(group=ENTRY_POINT_GROUP), key=lambda ep: ep.name)


def make_plugin_manager(plugins: PluginSelection = None) -> pluggy.PluginManager:
    """A plugin manager with the hook specs, the built-ins and the selected plugins.

    :param plugins: ``None`` to follow ``REACTLIB_PLUGINS``; otherwise a list of
        entry-point names to load (``"*"`` for all), names prefixed with ``-`` to leave
        out, and plugin objects (modules, classes' instances) to register in-process.
    :raises PluginLoadError: a plugin could not be imported or its hooks are malformed.
    :raises UnknownPluginError: a named plugin is not installed.
    """
    wanted, excluded, objects = _selection(plugins)
    pm = pluggy.PluginManager(ENTRY_POINT_GROUP)
    pm.add_hookspecs(hookspecs)
    for module_name in DEFAULT_PLUGINS:
        if module_name not in excluded:
            _register(pm, importlib.import_module(module_name), module_name)

    available = {ep.name: ep for ep in installed_entry_points()}
    if wanted:
        missing = wanted - set(available) - set(DEFAULT_PLUGINS)
        if missing:
            raise UnknownPluginError(
                f"plugin(s) {sorted(missing)} are not installed; installed: {sorted(available) or 'none'}")
    for name, ep in available.items():
        if name in excluded or (wanted is not None and name not in wanted):
            continue
        try:
            plugin = ep.load()
        except Exception as exc:  # any import failure of third-party code
            raise PluginLoadError(name, f"could not be imported ({type(exc).__name__}: {exc})") from exc
        _register(pm, plugin, name)
    for plugin in objects:
        name = plugin_name(plugin)
        if name not in excluded:
            _register(pm, plugin, name)
    return pm


def _version_of(name: str, plugin: Any) -> str | None:
    """The version of the distribution a plugin came from (reactlib's own for the built-ins)."""
    if name in DEFAULT_PLUGINS:
        from . import __version__

        return __version__
    for ep in installed_entry_points():
        if ep.name == name and getattr(ep, "dist", None) is not None:
            return ep.dist.version
    return getattr(plugin, "__version__", None)


def describe_plugins(pm: pluggy.PluginManager, extractors: Sequence[Any] = ()) -> list[dict[str, Any]]:
    """Name, version, hooks and extractors of every registered plugin (``reactlib plugins``).

    :param extractors: the extractors a Pipeline collected, to list under their plugin.
    """
    rows = []
    for name, plugin in pm.list_name_plugin():
        if plugin is None:
            continue
        hooks = sorted(h.name for h in pm.get_hookcallers(plugin) or ())
        mine = [e for e in extractors if e.plugin == name]
        rows.append({
            "name": name,
            "version": _version_of(name, plugin),
            "builtin": name in DEFAULT_PLUGINS,
            "hooks": hooks,
            "extractors": [
                {"name": e.name, "provides": sorted(e.provides), "needs": sorted(e.needs),
                 "refines": sorted(e.refines), "replaces": e.replaces}
                for e in mine
            ],
        })
    return rows


def iter_hook_names() -> Iterable[str]:
    """Every hook name in the spec, for documentation checks."""
    return sorted(n for n in dir(hookspecs) if n.startswith("reactlib_"))
