"""Classify every stance error of reactlib on a folder of annotated articles.

usage: python benchmarks/stance_errors.py FOLDER [FOLDER ...] [--list] [--json]

Each FOLDER holds NAME.txt with NAME.gold.json (tests/generalization*/ layout). The
articles are parsed as the scorer sees them (holder+type+target, the shared scorer's own
matching), then every false negative (gold stance not matched) and false positive
(predicted stance not matched) is put into one error class, so that a round of work can
start from the largest *mechanism* rather than from a phrase:

near misses (one gold and one prediction paired, counted once):
  wrong-holder:<why>     same class and target, another holder. <why> is one of
                         country-level (right country, wrong body or person), pronoun (the
                         holder mention at the cue is a pronoun), quote-speaker (the stance
                         rests on a quote and took its speaker), other
  wrong-target:<why>     same class and holder. <why>: null (no target given), country-level,
                         other
  wrong-type             same holder and target, another PLOVER class
  wrong-holder+target    same class only, overlapping evidence
false negatives left:
  missed:no-holder-actor the gold holder is no predicted actor (an actor-extraction miss)
  missed:no-target-actor the gold target is no predicted actor
  missed:cue             nothing near: the cue was not read
false positives left:
  spurious:duplicate     repeats a gold stance already matched by another prediction
  spurious:both-sides    one of several predictions with one evidence span and holder, told
                         apart only by their targets (a "both sides" expansion)
  spurious:negated       a negating word ("not", "never", "no") stands right before the cue
  spurious:cue           a stance the annotator did not see (by cue, in --list)

The pairing of near misses prefers overlapping evidence (gold `evidence` found in the text
against the prediction's span), then agreement of fields. The script only reads: it never
changes the gold or the library.
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
from pathlib import Path

import sets

PRONOUNS = {"he", "she", "it", "they", "his", "her", "its", "their", "him", "them", "we", "our", "i"}
NEGATORS = {"not", "never", "no", "n't", "neither", "nor", "without"}


def evidence_span(text: str, gold_stance: dict) -> tuple[int, int] | None:
    ev = gold_stance.get("evidence")
    if not ev:
        return None
    i = text.find(ev)
    return (i, i + len(ev)) if i >= 0 else None


def overlaps(a, b) -> bool:
    return a is not None and b is not None and min(a[1], b[1]) > max(a[0], b[0])


class ArticleErrors:
    """The errors of one article, each as (class, gold or None, prediction or None)."""

    def __init__(self, sc, text: str, gold: dict, pred: dict) -> None:
        self.sc, self.text, self.gold, self.pred = sc, text, gold, pred
        self.gactors = sc.gold_actor_table(gold)
        self.pactors = {a["id"]: a for a in pred.get("actors", [])}
        self.errors: list[tuple[str, dict | None, dict | None]] = []
        self._classify()

    # -- scorer's own notions ------------------------------------------------------------
    def cls(self, t):
        return self.sc.STANCE_CLASS.get(t, str(t).upper())

    def match(self, pid, gname, lenient=False) -> bool:
        return self.sc.actor_matches(self.pactors.get(pid), gname, self.gactors, lenient)

    def roles(self, g, p, lenient=False) -> tuple[bool, bool]:
        """(holder ok, target ok), consultation taken both ways as the scorer does."""
        h = self.match(p.get("holder"), g["holder"], lenient)
        t = g.get("target") is None or self.match(p.get("target"), g["target"], lenient)
        if self.cls(g["type"]) == "CONSULT" and not (h and t):
            h2 = self.match(p.get("target"), g["holder"], lenient)
            t2 = g.get("target") is None or self.match(p.get("holder"), g["target"], lenient)
            if h2 and t2:
                return True, True
        return h, t

    def full(self, g, p) -> bool:
        return self.cls(g["type"]) == self.cls(p.get("type")) and all(self.roles(g, p))

    def gold_actor_predicted(self, gname) -> bool:
        return gname is None or any(self.match(pid, gname) for pid in self.pactors)

    # -- why a holder or target went wrong -----------------------------------------------
    def holder_mention_at(self, p) -> str | None:
        """The text of the holder's nearest mention before (or in) the stance's span."""
        a = self.pactors.get(p.get("holder"))
        if not a:
            return None
        best = None
        for s, e in a.get("mentions", []):
            if s <= p["end"] and (best is None or s > best[0]):
                best = (s, e)
        return self.text[best[0]:best[1]] if best else None

    def holder_why(self, g, p) -> str:
        if self.match(p.get("holder"), g["holder"], True):
            return "country-level"
        quote = next((q for q in self.pred.get("quotes", []) if q["id"] == p.get("quote")), None)
        if quote and quote.get("speaker") == p.get("holder"):
            return "quote-speaker"
        m = self.holder_mention_at(p)
        if m and m.lower() in PRONOUNS:
            return "pronoun"
        return "other"

    def target_why(self, g, p) -> str:
        if p.get("target") is None:
            return "null"
        if self.match(p.get("target"), g["target"], True):
            return "country-level"
        return "other"

    def negated(self, p) -> bool:
        words = self.text[max(0, p["start"] - 40):p["start"] + 25].lower().replace("n't", " n't").split()
        return any(w.strip(".,;:\"'") in NEGATORS for w in words[-8:])

    # -- the classification ---------------------------------------------------------------
    def _classify(self) -> None:
        golds, preds = self.gold.get("stances", []), self.pred.get("stances", [])
        # The scorer's matching, but a pair whose evidence overlaps is taken first, so that
        # the gold left over is the one really missed (the count can differ from the
        # scorer's greedy choice only in rare ties).
        gspans = [evidence_span(self.text, g) for g in golds]
        matched = self.sc.greedy(golds, preds, lambda g, p: (1 + overlaps(gspans[golds.index(g)], (p["start"], p["end"])))
                                 if self.full(g, p) else 0, 1)
        fn = [gi for gi in range(len(golds)) if gi not in {g for g, _ in matched}]
        fp = [pi for pi in range(len(preds)) if pi not in {p for _, p in matched}]
        spans = {gi: gspans[gi] for gi in fn}

        def near(g, p, gi):
            same_class = self.cls(g["type"]) == self.cls(p.get("type"))
            h, t = self.roles(g, p)
            close = overlaps(spans[gi], (p["start"], p["end"]))
            if same_class and t and not h:
                return "wrong-holder:" + self.holder_why(g, p), 3 + close
            if same_class and h and not t:
                return "wrong-target:" + self.target_why(g, p), 3 + close
            if h and t and not same_class and close:
                return "wrong-type", 3 + close
            if same_class and close:
                return "wrong-holder+target", 1
            return None, 0

        pairs = []
        for gi in fn:
            for pi in fp:
                label, strength = near(golds[gi], preds[pi], gi)
                if label:
                    pairs.append((strength, gi, pi, label))
        pairs.sort(key=lambda x: (-x[0], x[1], x[2]))
        used_g, used_p = set(), set()
        for _, gi, pi, label in pairs:
            if gi in used_g or pi in used_p:
                continue
            used_g.add(gi)
            used_p.add(pi)
            self.errors.append((label, golds[gi], preds[pi]))
        for gi in fn:
            if gi in used_g:
                continue
            g = golds[gi]
            if not self.gold_actor_predicted(g["holder"]):
                label = "missed:no-holder-actor"
            elif not self.gold_actor_predicted(g.get("target")):
                label = "missed:no-target-actor"
            else:
                label = "missed:cue"
            self.errors.append((label, g, None))
        matched_p = {p for _, p in matched}
        for pi in fp:
            if pi in used_p:
                continue
            p = preds[pi]
            if any(self.full(golds[gi], p) for gi, _ in matched):
                label = "spurious:duplicate"
            elif any(q is not p and q["start"] == p["start"] and q.get("holder") == p.get("holder")
                     and q.get("type") == p.get("type") and q.get("target") != p.get("target")
                     for i, q in enumerate(preds) if i in matched_p or i in fp):
                label = "spurious:both-sides"
            elif self.negated(p):
                label = "spurious:negated"
            else:
                label = "spurious:cue"
            self.errors.append((label, None, p))

    def describe(self, label, g, p) -> str:
        name = lambda pid: (self.pactors.get(pid) or {}).get("name")
        parts = [f"  {label:28}"]
        if g:
            parts.append(f"GOLD {g['holder']} -{g['type']}-> {g.get('target')} «{g.get('evidence', '')[:70]}»")
        if p:
            cue = (p.get("extra") or {}).get("cue")
            parts.append(f"PRED {name(p.get('holder'))} -{p['type']}/{cue}-> {name(p.get('target'))} "
                         f"«{self.text[p['start']:p['end']][:70]}»")
        return "\n      ".join(parts)


def run(folders: list[Path], listing: bool) -> dict:
    sc = sets.scorer()
    totals: collections.Counter = collections.Counter()
    per_set = {}
    for folder in folders:
        counts: collections.Counter = collections.Counter()
        gold_n = pred_n = tp = 0
        for name, text, gold in sets.gold_articles(folder):
            art = ArticleErrors(sc, text, gold, sets.predict(text))
            res = sc.score_stances(gold, art.pred, art.gactors, art.pactors, False)["holder+type+target"]
            gold_n, pred_n, tp = gold_n + res["gold"], pred_n + res["pred"], tp + res["tp"]
            for label, _, _ in art.errors:
                counts[label] += 1
            if listing and art.errors:
                print(f"{folder.name}/{name}  (F1 {res['f1']:.3f}, {res['tp']}/{res['pred']} pred, {res['gold']} gold)")
                for err in art.errors:
                    print(art.describe(*err))
        per_set[folder.name] = {"gold": gold_n, "pred": pred_n, "tp": tp, "errors": dict(counts)}
        totals.update(counts)
    per_set["ALL"] = {"errors": dict(totals)}
    return per_set


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folders", nargs="+", type=Path)
    ap.add_argument("--list", action="store_true", help="print every error with its evidence")
    ap.add_argument("--json", action="store_true", help="print the counts as JSON")
    args = ap.parse_args(argv)
    for f in args.folders:
        if sets.held_out(f):
            print(f"refusing to read a held-out set: {f}", file=sys.stderr)
            return 2
    result = run(args.folders, args.list)
    if args.json:
        print(json.dumps(result, indent=1))
        return 0
    labels = sorted({k for v in result.values() for k in v["errors"]})
    names = list(result)
    print(f"{'error class':28}" + "".join(f"{n[:22]:>24}" for n in names))
    for k in labels:
        print(f"{k:28}" + "".join(f"{result[n]['errors'].get(k, 0):>24}" for n in names))
    for n in names[:-1]:
        r = result[n]
        print(f"{n}: {r['tp']} matched of {r['gold']} gold, {r['pred']} predicted")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
