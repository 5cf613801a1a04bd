"""List every date error reactlib makes on a folder of gold-annotated articles.

Runs ``reactlib.parse`` on each ``NAME.txt`` with a ``NAME.gold.json`` beside it, pairs
predicted and gold dates exactly as the shared scorer does (``../shared/eval/score.py``:
greedy on extent overlap, then the value must agree), and prints each error with its
context, classified:

- ``missed``: a gold date no prediction overlaps (a false negative);
- ``spurious``: a predicted date no gold date overlaps (a false positive);
- ``extent too long`` / ``extent too short`` / ``extent shifted``: matched, but the extents
  differ (the scorer accepts any overlap; these cost nothing unless the value is wrong too,
  and are listed because they point at the grammar);
- ``wrong type``: matched, the TIMEX3 type differs (the value usually differs as well);
- ``wrong value``: matched, same type, other value (costs a true positive).

Why: per-article F1 says how much is lost, not which rule lost it; reading the errors as
patterns (not as single articles) is how the date grammar is improved.

usage: python benchmarks/date_errors.py FOLDER [FOLDER ...] [--counts] [--only KIND]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

import sets

#: Characters of text shown on each side of an error.
CONTEXT = 60
KINDS = ("missed", "spurious", "wrong value", "wrong type", "extent too long", "extent too short",
         "extent shifted")
#: Kinds that cost extent+value F1 (extent-only differences are free under the scorer).
COSTLY = frozenset({"missed", "spurious", "wrong value", "wrong type"})


def context(text: str, start: int, end: int) -> str:
    """The words around ``text[start:end]``, the expression in [brackets], on one line."""
    left = text[max(0, start - CONTEXT):start]
    right = text[end:end + CONTEXT]
    return " ".join(f"{left}[{text[start:end]}]{right}".split())


def classify(gold: dict, pred: dict) -> list[str]:
    """The kinds of error in one matched pair (empty when the pair is right in every way)."""
    kinds = []
    if str(pred.get("value")) != gold["value"]:
        kinds.append("wrong type" if pred.get("type") != gold.get("type") else "wrong value")
    gs, ge, ps, pe = gold["start"], gold["end"], pred["start"], pred["end"]
    if (gs, ge) != (ps, pe):
        if ps <= gs and pe >= ge:
            kinds.append("extent too long")
        elif ps >= gs and pe <= ge:
            kinds.append("extent too short")
        else:
            kinds.append("extent shifted")
    return kinds


def errors_for(scorer, text: str, gold: dict, pred: dict) -> list[dict]:
    """Every error of one article, in text order."""
    golds, preds = gold.get("dates", []), pred.get("dates", [])
    pairs = scorer.greedy(golds, preds, lambda g, p: scorer.overlap((g["start"], g["end"]), (p["start"], p["end"])) + 1e-9, 1e-9)
    pairs = [(gi, pi) for gi, pi in pairs
             if min(golds[gi]["end"], preds[pi]["end"]) > max(golds[gi]["start"], preds[pi]["start"])]
    out = []
    for gi, pi in pairs:
        g, p = golds[gi], preds[pi]
        for kind in classify(g, p):
            out.append({"kind": kind, "at": g["start"], "context": context(text, min(g["start"], p["start"]), max(g["end"], p["end"])),
                        "gold": f"{text[g['start']:g['end']]!r} {g.get('type')} {g['value']}",
                        "pred": f"{text[p['start']:p['end']]!r} {p.get('type')} {p.get('value')}"})
    matched_g, matched_p = {gi for gi, _ in pairs}, {pi for _, pi in pairs}
    for gi, g in enumerate(golds):
        if gi not in matched_g:
            out.append({"kind": "missed", "at": g["start"], "context": context(text, g["start"], g["end"]),
                        "gold": f"{text[g['start']:g['end']]!r} {g.get('type')} {g['value']}", "pred": "-"})
    for pi, p in enumerate(preds):
        if pi not in matched_p:
            out.append({"kind": "spurious", "at": p["start"], "context": context(text, p["start"], p["end"]),
                        "gold": "-", "pred": f"{text[p['start']:p['end']]!r} {p.get('type')} {p.get('value')}"})
    return sorted(out, key=lambda e: e["at"])


def run_folder(scorer, folder: Path) -> dict[str, list[dict]]:
    """article name -> its errors, for every gold-annotated article in ``folder``."""
    return {name: errors_for(scorer, text, gold, sets.predict(text))
            for name, text, gold in sets.gold_articles(folder)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument("--counts", action="store_true", help="only the counts per kind")
    parser.add_argument("--only", choices=KINDS, action="append", help="list only these kinds")
    args = parser.parse_args(argv)
    for folder in args.folders:
        if sets.held_out(folder):
            sys.exit(f"date_errors.py: {folder} is a held-out set; it is not to be studied")
    if not sets.SCORER.is_file():
        sys.exit(f"date_errors.py: the shared scorer is expected at {sets.SCORER}")
    scorer = sets.scorer()
    for folder in args.folders:
        per_article = run_folder(scorer, folder)
        counts = Counter(e["kind"] for errs in per_article.values() for e in errs)
        if not args.counts:
            for name, errs in per_article.items():
                shown = [e for e in errs if not args.only or e["kind"] in args.only]
                if shown:
                    print(f"== {folder.name}/{name}")
                for e in shown:
                    print(f"  {e['kind']:16} gold {e['gold']:40} pred {e['pred']}")
                    print(f"  {'':16} {e['context']}")
        costly = sum(n for k, n in counts.items() if k in COSTLY)
        cells = ", ".join(f"{k} {counts[k]}" for k in KINDS)
        print(f"TOTAL {folder.name}: {costly} costly errors ({cells})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
