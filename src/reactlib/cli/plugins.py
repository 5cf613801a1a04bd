"""``reactlib plugins``: what is installed, its version, hooks and extractors."""

from __future__ import annotations

import argparse
import json

from ..pipeline import Pipeline
from ..plugins import describe_plugins, selection_from_string


def add_parser(subparsers) -> argparse.ArgumentParser:
    p = subparsers.add_parser("plugins", help="list the plugins that load, with version and what they provide")
    p.add_argument("--format", choices=("table", "json"), default="table")
    p.add_argument("--plugins", default=None, help="plugin selection as in REACTLIB_PLUGINS")
    return p


def run(args: argparse.Namespace) -> int:
    selection = None if args.plugins is None else selection_from_string(args.plugins)
    pipeline = Pipeline(plugins=selection)
    rows = describe_plugins(pipeline.plugin_manager, pipeline.extractors)
    if args.format == "json":
        print(json.dumps({"plugins": rows, "order": pipeline.analyze()}, indent=1))
        return 0
    for row in rows:
        kind = "built-in" if row["builtin"] else "installed"
        print(f"{row['name']}  {row['version'] or '-'}  ({kind})")
        print(f"    hooks: {', '.join(row['hooks'])}")
        for e in row["extractors"]:
            print(f"    extractor {e['name']}: provides {e['provides'] or '-'}; needs {e['needs'] or '-'}"
                  + (f"; refines {e['refines']}" if e["refines"] else "")
                  + (f"; replaces {e['replaces']}" if e["replaces"] else ""))
    print("run order: " + " -> ".join(e["name"] for e in pipeline.analyze()))
    return 0
