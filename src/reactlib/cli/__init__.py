"""The ``reactlib`` command.

Each subcommand lives in its own module of this package with two functions,
``add_parser(subparsers)`` and ``run(args) -> int``; :data:`COMMANDS` lists them.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from typing import Sequence

from .. import __version__
from ..errors import ReactlibError

#: Subcommand modules, in the order ``reactlib --help`` lists them.
COMMANDS = ("parse", "plugins", "render", "graph")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="reactlib",
        description="Turn news articles about reactions to an event into actors, quotes, dates and stances.")
    parser.add_argument("--version", action="version", version=f"reactlib {__version__}")
    subparsers = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name in COMMANDS:
        module = importlib.import_module(f"{__name__}.{name}")
        sub = module.add_parser(subparsers)
        sub.set_defaults(run=module.run)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``reactlib`` console script; returns the exit status."""
    args = build_parser().parse_args(argv)
    try:
        return args.run(args)
    except ReactlibError as exc:
        print(f"reactlib: error {exc.code}: {exc}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # e.g. `reactlib parse big.jsonl | head`
        return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
