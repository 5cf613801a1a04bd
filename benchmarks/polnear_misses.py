#!/usr/bin/env python3
"""What reactlib misses on a PolNeAR development split, by category.

usage: polnear_misses.py [dev|train] [--reactlib CMD] [--limit N] [--examples N] [--cache FILE] [--join-groups]

Runs reactlib on the split (train or dev only: test is held out) and lists:

* missed gold cues by their lower-cased words, most frequent first (a cue counts as
  missed when no predicted cue span equals it);
* missed sources by form (pronoun, name, "the …" phrase, possessive, …);
* content boundary disagreements: gold contents a prediction overlaps but does not
  match exactly, grouped by which edge differs and by the words at the edge;
* gold contents no prediction overlaps at all, grouped by their cue.

With ``--join-groups`` the stretches of one utterance (quotes sharing
``extra["group"]``: '"A," she said. "B."') are first joined into one span from the
first start to the last end, PolNeAR's convention, to measure what that would
change; the content exact line is printed before and after.

Spans are trimmed as ``polnear.py`` trims them (quotation marks and edge
punctuation). Standard library only; reads ``../shared/eval/polnear.py`` for the
annotation reader so the two never disagree.
"""
from __future__ import annotations

import collections
import json
import shlex
import subprocess
import sys
from pathlib import Path

from sets import ROOT, SHARED, load_shared

PRONOUNS = {"he", "she", "they", "it", "we", "i", "you", "who", "his", "her", "their"}


def source_form(s: str) -> str:
    w = s.split()
    lw = s.lower()
    if not w:
        return "empty"
    if lw in PRONOUNS:
        return "pronoun:" + lw
    if "'s " in lw or "’s " in lw:
        return "possessive"
    if lw.startswith(("his ", "her ", "its ", "their ")):
        return "possessive-pronoun phrase"
    if lw.startswith(("the ", "a ", "an ")):
        return "determiner phrase" + (" (+name)" if any(x[:1].isupper() for x in w[1:]) else "")
    if "," in s:
        return "name/title with apposition"
    if all(x[:1].isupper() for x in w):
        return f"capitalised ({min(len(w), 4)} words)"
    return "other"


def _read_ann(pn, path: Path):
    """``polnear.py``'s reader; a few train files have a malformed line, which is skipped."""
    try:
        return pn.read_ann(path)
    except ValueError:
        good = [ln for ln in path.read_text(encoding="utf-8").splitlines()
                if not ln.startswith("T") or ln.count("\t") >= 2]
        tmp = Path("/tmp") / ("polnear-misses-" + path.name)
        tmp.write_text("\n".join(good), encoding="utf-8")
        return pn.read_ann(tmp)


def join_groups(quotes: list[dict]) -> list[dict]:
    """One quote per utterance: the stretches sharing ``extra["group"]`` joined, first start to last end."""
    out: list[dict] = []
    first_of: dict[int, dict] = {}
    for q in quotes:
        g = (q.get("extra") or {}).get("group")
        if g is None:
            out.append(q)
        elif g in first_of:
            head = first_of[g]
            head["end"] = max(head["end"], q["end"])
        else:
            first_of[g] = dict(q)
            out.append(first_of[g])
    return out


def _content_exact(pn, docs, outs) -> tuple[float, float, float]:
    tp = n_pred = n_gold = 0
    for (_, text, gold), out in zip(docs, outs):
        g = [pn.trim(text, a["content"]) for a in gold]
        p = [pn.trim(text, (q["start"], q["end"])) for q in out.get("quotes", [])]
        tp += pn.match(g, p, lambda a, b: a == b)
        n_pred += len(p)
        n_gold += len(g)
    return pn.prf(tp, n_pred, n_gold)


def main(argv: list[str]) -> None:
    split = argv[1] if len(argv) > 1 and not argv[1].startswith("--") else "dev"
    if split not in ("dev", "train"):
        sys.exit("polnear_misses.py: only dev or train (test is held out)")
    opt = lambda name, default: argv[argv.index(name) + 1] if name in argv else default
    cmd = shlex.split(opt("--reactlib", str(ROOT / ".venv" / "bin" / "reactlib")))
    limit = int(opt("--limit", "0")) or None
    n_ex = int(opt("--examples", "3"))
    cache = opt("--cache", None)
    pn = load_shared("eval/polnear.py", "polnear")
    base = SHARED / "datasets" / "polnear" / split
    docs = []
    for t in sorted((base / "text").glob("*.txt"))[:limit]:
        anns = sorted((base / "attributions").glob(t.stem + "_*.ann"))
        if anns:
            docs.append((t.stem, t.read_text(encoding="utf-8"), _read_ann(pn, anns[0])))
    if cache and Path(cache).exists():
        outs = [json.loads(x) for x in Path(cache).read_text().splitlines() if x.strip()]
    else:
        records = "".join(json.dumps({"id": n, "text": t}) + "\n" for n, t, _ in docs)
        run = subprocess.run(cmd + ["parse", "-", "--format", "jsonl"], input=records,
                             capture_output=True, text=True)
        outs = [json.loads(x) for x in run.stdout.splitlines() if x.strip()]
        if cache:
            Path(cache).write_text(run.stdout)
    if "--join-groups" in argv:
        before = _content_exact(pn, docs, outs)
        outs = [dict(o, quotes=join_groups(o.get("quotes", []))) for o in outs]
        after = _content_exact(pn, docs, outs)
        print("content exact P/R/F1 as output: %.3f %.3f %.3f" % before)
        print("content exact P/R/F1 groups joined: %.3f %.3f %.3f" % after)
    cue_miss, cue_spurious = collections.Counter(), collections.Counter()
    cue_ex: dict[str, list[str]] = collections.defaultdict(list)
    src_miss = collections.Counter()
    src_ex: dict[str, list[str]] = collections.defaultdict(list)
    src_near = collections.Counter()
    edge = collections.Counter()
    edge_ex: dict[str, list[str]] = collections.defaultdict(list)
    unseen = collections.Counter()
    unseen_ex: dict[str, list[str]] = collections.defaultdict(list)
    for (name, text, gold), out in zip(docs, outs):
        preds = out.get("quotes", [])
        tr = lambda s: pn.trim(text, s)
        pcues = {tr((q["cue_start"], q["cue_end"])) for q in preds if q.get("cue_start") is not None}
        psrcs = {tr((q["speaker_start"], q["speaker_end"])) for q in preds if q.get("speaker_start") is not None}
        pconts = [tr((q["start"], q["end"])) for q in preds]
        gcues = {tr(a["cue"]) for a in gold if a["cue"]}
        for a in gold:
            ctx = text[a["content"][0]:a["content"][1]].replace("\n", " ")
            if a["cue"]:
                c = tr(a["cue"])
                if c not in pcues:
                    key = text[c[0]:c[1]].lower().replace("\n", " ")
                    cue_miss[key] += 1
                    if len(cue_ex[key]) < n_ex:
                        s0 = max(0, min(c[0], a["content"][0]) - 40)
                        cue_ex[key].append(f"{name}: …{text[s0:c[1] + 40]!r}")
            if a["source"]:
                s = tr(a["source"])
                if s not in psrcs:
                    form = source_form(text[s[0]:s[1]])
                    src_miss[form] += 1
                    if any(pn.iou(s, p) > 0 for p in psrcs):
                        src_near[form] += 1
                    if len(src_ex[form]) < n_ex:
                        src_ex[form].append(f"{name}: {text[s[0]:s[1]]!r} ← cue {text[a['cue'][0]:a['cue'][1]] if a['cue'] else None!r}")
            g = tr(a["content"])
            if g in pconts:
                continue
            best = max(pconts, key=lambda p: pn.iou(g, p), default=None)
            if best is None or pn.iou(g, best) == 0:
                cue = text[a["cue"][0]:a["cue"][1]].lower() if a["cue"] else "(no cue)"
                unseen[cue] += 1
                if len(unseen_ex[cue]) < n_ex:
                    unseen_ex[cue].append(f"{name}: {ctx[:120]!r}")
                continue
            parts = []
            if best[0] < g[0]:
                parts.append("pred starts earlier: " + " ".join(text[best[0]:g[0]].split()[:3]).lower())
            elif best[0] > g[0]:
                parts.append("gold starts earlier: " + " ".join(text[g[0]:best[0]].split()[:3]).lower())
            if best[1] > g[1]:
                parts.append("pred ends later: " + " ".join(text[g[1]:best[1]].split()[:2]).lower())
            elif best[1] < g[1]:
                parts.append("gold ends later: " + " ".join(text[best[1]:g[1]].split()[:2]).lower())
            for p in parts:
                kind = p.split(":")[0]
                edge[kind] += 1
                edge[p] += 1
                if len(edge_ex[kind]) < n_ex * 3:
                    edge_ex[kind].append(f"{name}: gold {text[g[0]:g[1]][:100]!r} | pred {text[best[0]:best[1]][:100]!r}")
        for q in preds:
            if q.get("cue_start") is not None:
                c = tr((q["cue_start"], q["cue_end"]))
                if c not in gcues:
                    cue_spurious[text[c[0]:c[1]].lower()] += 1

    def show(title, counter, examples=None, top=40):
        print(f"\n== {title} ({sum(counter.values())}) ==")
        for k, n in counter.most_common(top):
            print(f"{n:5}  {k}")
            for e in (examples or {}).get(k, [])[:n_ex]:
                print(f"         {e}")

    show("missed gold cues by words", cue_miss, cue_ex)
    show("predicted cues not in gold", cue_spurious, top=25)
    show("missed sources by form", src_miss, src_ex)
    show("  of which a predicted source overlaps", src_near)
    show("content boundary disagreements (edges)", collections.Counter(
        {k: v for k, v in edge.items() if ":" not in k}), edge_ex)
    show("content boundary words", collections.Counter({k: v for k, v in edge.items() if ":" in k}), top=40)
    show("gold contents with no overlapping prediction, by cue", unseen, unseen_ex)


if __name__ == "__main__":
    main(sys.argv)
