"""Audit of every regular expression in reactlib: none may backtrack super-linearly.

Patterns are collected two ways: every compiled pattern reachable from a module or
class of the package at run time, and every constant pattern passed to ``re.*`` or
``regex.*`` in the source (found with ``ast``). Each is run over adversarial strings
of two sizes; a linear pattern takes about twice as long on the larger one. The
probing happens in a child process with a time limit, so a catastrophic pattern
fails the test (naming itself) instead of hanging it.
"""

from __future__ import annotations

import ast
import importlib
import multiprocessing
import pkgutil
import re
import time
from pathlib import Path

import pytest
import regex

import reactlib

SRC = Path(reactlib.__file__).resolve().parent
FUNCS = {"compile", "search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split"}
SKIP_MODULES = {"reactlib.dask"}  # needs the optional dask extra; it holds no patterns

#: Strings that make backtracking patterns blow up: long runs of one class, near-misses.
PROBES = {
    "letters": "a" * 1000, "capitals": "Aa " * 333, "digits": "1" * 1000, "spaces": " " * 1000,
    "quotes": '"' * 1000, "curly": "\u201c\u2018" * 500, "dots": "." * 1000, "dashes": "-" * 1000,
    "newlines": "\n" * 1000, "words": "said the " * 111, "word_dot": "a." * 500, "word_dash": "a-" * 500,
    "date_like": "2020-" * 200, "mixed": "Mr. A said \"" * 83, "tabs": "\t a" * 333,
}
SIZES = (20, 40)  # repetitions of each probe: 20,000 and 40,000 characters


def source_patterns() -> set[tuple[str, str, int]]:
    found = set()
    for path in SRC.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr in FUNCS and isinstance(node.func.value, ast.Name)
                    and node.func.value.id in ("re", "regex") and node.args
                    and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
                found.add((f"{path.relative_to(SRC)}:{node.lineno}", node.args[0].value, node.func.value.id == "regex"))
    return found


def runtime_patterns() -> dict[str, object]:
    patterns: dict[str, object] = {}
    for info in pkgutil.walk_packages(reactlib.__path__, "reactlib."):
        if info.name in SKIP_MODULES or info.name.endswith("__main__"):
            continue
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            holders = [(name, value)]
            if isinstance(value, type) and value.__module__ == module.__name__:
                holders += [(f"{name}.{k}", v) for k, v in vars(value).items()]
            for label, obj in holders:
                if isinstance(obj, (re.Pattern, regex.Pattern)):
                    patterns.setdefault(f"{info.name}.{label}", obj)
    return patterns


def all_patterns() -> dict[str, object]:
    patterns = runtime_patterns()
    for where, text, is_regex in source_patterns():
        patterns.setdefault(where, (regex if is_regex else re).compile(text))
    return patterns


def _timed(pattern, text: str) -> float:
    """CPU seconds of one scan, best of two: CPU time, unlike wall time, does not grow when
    other work shares the machine, so the ratio between sizes stays a property of the pattern."""
    best = float("inf")
    for _ in range(2):
        start = time.process_time()
        for _ in pattern.finditer(text):
            pass
        pattern.search(text)
        best = min(best, time.process_time() - start)
    return best


def slow_probes(name: str, pattern, probes: dict[str, str] = PROBES) -> list[str]:
    """The probes on which ``pattern`` takes well over twice as long at twice the size."""
    slow = []
    for probe_name, unit in probes.items():
        small, large = (_timed(pattern, unit * k) for k in SIZES)
        if large > 0.05 and large > 3.2 * max(small, 1e-4):
            slow.append(f"{name} on {probe_name}: {small:.3f}s -> {large:.3f}s")
    return slow


def _probe_all(queue) -> None:
    worst = []
    for name, pattern in sorted(all_patterns().items()):
        queue.put(("probing", name))
        worst.extend(slow_probes(name, pattern))
    queue.put(("done", worst))


def test_the_probe_catches_a_quadratic_pattern():
    letters = {"letters": PROBES["letters"]}
    quadratic = re.compile(r"[a-z]+Q")  # from every start, scans to the end and fails
    assert slow_probes("quadratic", quadratic, letters) != []
    assert slow_probes("linear", re.compile(r"[a-z]+"), letters) == []


def test_the_audit_finds_the_patterns():
    patterns = all_patterns()
    assert any("article_date" in name for name in patterns)  # DATE_MARKER
    assert len(patterns) >= 3


def test_no_pattern_backtracks_super_linearly():
    context = multiprocessing.get_context("fork")
    queue = context.Queue()
    child = context.Process(target=_probe_all, args=(queue,))
    child.start()
    last, result = None, None
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline:
        try:
            kind, payload = queue.get(timeout=1)
        except Exception:  # queue.Empty: still probing, unless the child died
            if not child.is_alive():
                pytest.fail(f"the probing process died (exit code {child.exitcode}) after {last}")
            continue
        if kind == "done":
            result = payload
            break
        last = payload
    child.join(timeout=5)
    if child.is_alive():
        child.terminate()
        pytest.fail(f"probing stopped on {last}: it backtracks catastrophically")
    assert result == [], "super-linear patterns:\n" + "\n".join(result or [])
