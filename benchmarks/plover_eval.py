#!/usr/bin/env python3
"""How often reactlib's stances agree with the PLOVER gold-standard examples.

usage: python benchmarks/plover_eval.py [PLOVER_GSR_CAMEO.json] [--show N] [--json]

The PLOVER "GSR" file (openeventdata/PLOVER, in ``../shared/datasets/events/plover``)
holds example sentences from the CAMEO manual, each coded with a source, a target
and a PLOVER v0.5 event. For the event types a reaction stance can express —
SUPPORT, DISAPPROVE, DEMAND, REJECT, THREATEN, CONSULT, AGREE — this script parses
each sentence with reactlib and asks whether some stance has

- the same PLOVER class (v0.5 labels renamed: DEMAND -> REQUEST, DISAPPROVE -> ACCUSE;
  reactlib's ``mediate`` counts as AGREE),
- and the same holder (the actor whose mention overlaps the coded source text, or
  with the source's country code at the country level),
- and the same target (likewise; an example coded without target accepts any).

It prints the share of examples meeting each level, per event type and overall.
The file is development material (its README says so); nothing in it is held out.
"""

from __future__ import annotations

import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

import reactlib

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "datasets" / "events" / "plover" / "PLOVER_GSR_CAMEO.json"
EVENTS = ("SUPPORT", "DISAPPROVE", "DEMAND", "REJECT", "THREATEN", "CONSULT", "AGREE")
RENAMED = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE"}
STANCE_CLASS = {
    "support": "SUPPORT", "praise": "SUPPORT", "welcome": "SUPPORT",
    "accuse": "ACCUSE", "criticize": "ACCUSE", "condemn": "ACCUSE",
    "appeal": "REQUEST", "demand": "REQUEST", "reject": "REJECT", "threaten": "THREATEN",
    "consult": "CONSULT", "mediate": "AGREE", "concern": None,
}
LEVELS = ("class", "class+holder", "class+holder+target", "class+holder+target(country)")


def _spans(text: str, coded: list[dict] | None) -> list[tuple[tuple[int, int] | None, str | None]]:
    out = []
    if not isinstance(coded, list):  # a few examples code a missing target as "" or a sector
        return out
    for item in coded:
        if not isinstance(item, dict):
            continue
        phrase = (item.get("actorText") or "").strip()
        i = text.find(phrase) if phrase else -1
        out.append(((i, i + len(phrase)) if i >= 0 else None, item.get("code")))
    return out


def _matches(actor, coded, lenient: bool) -> bool:
    if actor is None:
        return False
    for span, code in coded:
        if span and any(s < span[1] and span[0] < e for s, e in actor.mentions):
            return True
        if lenient and code and actor.country == code:
            return True
    return False


def grade(example: dict, article) -> dict[str, bool]:
    """Which levels of agreement reactlib's stances reach on one example."""
    want = RENAMED.get(example["event"], example["event"])
    text = example["text"]
    sources, targets = _spans(text, example.get("source")), _spans(text, example.get("target"))
    got = dict.fromkeys(LEVELS, False)
    for s in article.stances:
        if STANCE_CLASS.get(s.type) != want:
            continue
        got["class"] = True
        holder, target = article.actor(s.holder), article.actor(s.target)
        # a mutual consultation may be coded either way round
        pairs = [(holder, target)] + ([(target, holder)] if want == "CONSULT" else [])
        for h, t in pairs:
            for level, lenient in (("class+holder+target", False), ("class+holder+target(country)", True)):
                if _matches(h, sources, lenient) and (not targets or _matches(t, targets, lenient)):
                    got[level] = True
            if _matches(h, sources, False):
                got["class+holder"] = True
    return got


def main(argv: list[str]) -> int:
    args = [a for k, a in enumerate(argv[1:], 1) if not a.startswith("--") and argv[k - 1] != "--show"]
    path = Path(args[0]) if args else DEFAULT
    show = int(argv[argv.index("--show") + 1]) if "--show" in argv else 0
    examples = [e for e in json.loads(path.read_text(encoding="utf-8")) if e.get("event") in EVENTS and e.get("text")]
    pipeline = reactlib.Pipeline()
    per_event: dict[str, Counter] = defaultdict(Counter)
    misses = []
    for ex in examples:
        article = pipeline.parse(ex["text"])
        got = grade(ex, article)
        c = per_event[ex["event"]]
        c["n"] += 1
        for level, ok in got.items():
            c[level] += ok
        if not got["class+holder+target"]:
            misses.append((ex["event"], ex["text"], [(s.type, getattr(article.actor(s.holder), "name", None),
                                                       getattr(article.actor(s.target), "name", None))
                                                      for s in article.stances]))
    total = Counter()
    for c in per_event.values():
        total.update(c)
    report = {ev: {lv: round(per_event[ev][lv] / per_event[ev]["n"], 3) for lv in LEVELS} | {"n": per_event[ev]["n"]}
              for ev in EVENTS if per_event[ev]["n"]}
    report["ALL"] = {lv: round(total[lv] / total["n"], 3) for lv in LEVELS} | {"n": total["n"]}
    if "--json" in argv:
        print(json.dumps(report, indent=1))
    else:
        print(f"{'event':12} {'n':>4} " + " ".join(f"{lv:>28}" for lv in LEVELS))
        for ev, row in report.items():
            print(f"{ev:12} {row['n']:>4} " + " ".join(f"{row[lv]:>28.3f}" for lv in LEVELS))
    for ev, text, stances in misses[:show]:
        print(f"\n[{ev}] {text}\n   -> {stances}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
