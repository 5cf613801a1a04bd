#!/usr/bin/env python3
"""Why quotes are wrong: every false positive and false negative of a gold set, classified.

usage: quote_errors.py FOLDER [FOLDER ...] [--reactlib CMD] [--examples N] [--quiet]

Runs reactlib on every ``NAME.txt`` of each folder that has a ``NAME.gold.json`` (the
development sets only: never pass a held-out folder) and matches quotes as
``../shared/eval/score.py`` does (span overlap >= 0.5, greedy, within a kind group:
direct+partial, indirect; speaker through the actor tables). Each error gets one class:

* ``boundary`` — a prediction of the same group overlaps the gold span but under 0.5;
  subclassed by which edge differs (``start early/late``, ``end early/late``) and by how many
  words. Also listed (not errors for the scorer): matched quotes whose edges differ.
* ``kind`` — the span is found (overlap >= 0.5) in the other group (partial read as indirect,
  indirect clause read as a direct quote, ...).
* ``speaker`` — span matched, actor wrong. Why, from the predicted speaker mention:
  ``no speaker``, ``pronoun``, ``continuation`` (a later stretch or paragraph with no mention
  of its own), ``role-only mention`` (a lower-case title: "the minister"),
  ``organisation vs spokesperson`` (gold and predicted actor kinds differ: person vs body),
  ``quote before attribution`` (mention after the quote in its sentence), ``next-sentence
  attribution`` (mention in a later sentence), ``previous-sentence attribution`` or ``other``.
* ``missed`` — a gold quote nothing overlaps: ``missed cue`` when no predicted quote of any
  kind lies in its sentence, else ``missed (sentence has another quote)``.
* ``spurious`` — a prediction no gold overlaps: ``scare quote/title`` (a partial of at most
  four words, or capitalised like a title), ``spurious direct``, ``spurious indirect``.

Standard library only; imports the scorer so the matching never disagrees with it.
"""
from __future__ import annotations

import collections
import json
import re
import shlex
import subprocess
import sys
from pathlib import Path

import sets

GROUPS = {"direct+partial": {"direct", "partial"}, "indirect": {"indirect"}}
PRONOUNS = {"he", "she", "they", "it", "we", "i", "you", "his", "her", "their", "its", "who"}
BODY_KINDS = {"organization", "country", "group"}


def _sentence_bounds(text: str, pos: int) -> tuple[int, int]:
    """A rough sentence around ``pos``: from after the last '. ' / newline to the next."""
    ends = [m.end() for m in re.finditer(r"[.!?][\"”’']?\s+|\n", text[:pos])]
    start = ends[-1] if ends else 0
    m = re.search(r"[.!?][\"”’']?\s+|\n", text[pos:])
    return start, pos + m.end() if m else len(text)


def _words(text: str, a: int, b: int) -> int:
    return len(text[min(a, b):max(a, b)].split())


def _edges(text, g, p) -> list[str]:
    out = []
    if p[0] < g[0]:
        out.append(f"start early by {_words(text, p[0], g[0])}w")
    elif p[0] > g[0]:
        out.append(f"start late by {_words(text, g[0], p[0])}w")
    if p[1] > g[1]:
        out.append(f"end late by {_words(text, g[1], p[1])}w")
    elif p[1] < g[1]:
        out.append(f"end early by {_words(text, p[1], g[1])}w")
    return out


def _bucket(edge: str) -> str:
    """'start early by 7w' -> 'start early (4+ words)'."""
    head, n = edge.rsplit(" by ", 1)
    n = int(n[:-1])
    return f"{head} ({n} word{'s' if n != 1 else ''})" if n < 4 else f"{head} (4+ words)"


def speaker_reason(text, q, gold_actor, pred_actor) -> str:
    if q.get("speaker") is None:
        return "no speaker"
    s, e = q.get("speaker_start"), q.get("speaker_end")
    if s is None:
        return "continuation"
    mention = text[s:e].strip().lower()
    if mention in PRONOUNS or mention.rstrip("'’s") in PRONOUNS:
        return "pronoun"
    gk, pk = (gold_actor or {}).get("kind"), (pred_actor or {}).get("kind")
    if gk and pk and (gk == "person") != (pk == "person"):
        return "organisation vs spokesperson"
    if not any(w[:1].isupper() for w in text[s:e].split()[1:] + text[s:e].split()[:1]
               if w.lower() not in {"the", "a", "an"}):
        return "role-only mention"
    qs, qe = _sentence_bounds(text, q["start"])
    if s >= q["end"] and s < qe:
        return "quote before attribution"
    if s >= qe:
        return "next-sentence attribution"
    if e <= qs:
        return "previous-sentence attribution"
    return "other"


def classify(sc, text, gold, pred) -> list[tuple[str, str, str]]:
    """(group, class, example) for every error of one article."""
    gactors = sc.gold_actor_table(gold)
    pactors = {a["id"]: a for a in pred.get("actors", [])}
    gold_by_name = {a["name"]: a for a in gold.get("actors", [])}
    out = []
    all_g = [(q, sc.trimmed(text, *sc.locate(text, q))) for q in gold.get("quotes", [])]
    all_p = [(q, sc.trimmed(text, q["start"], q["end"])) for q in pred.get("quotes", [])]
    for group, kinds in GROUPS.items():
        gs = [(q, sp) for q, sp in all_g if q["kind"] in kinds]
        ps = [(q, sp) for q, sp in all_p if q.get("kind") in kinds]
        m = sc.greedy(list(range(len(gs))), list(range(len(ps))),
                      lambda gi, pi: sc.overlap(gs[gi][1], ps[pi][1]), 0.5)
        mg, mp = {a for a, _ in m}, {b for _, b in m}
        for gi, pi in m:
            g, gsp = gs[gi]
            p, psp = ps[pi]
            if gsp != psp:
                for edge in _edges(text, gsp, psp):
                    out.append((group, "matched, edge differs: " + _bucket(edge), ""))
            pa = pactors.get(p.get("speaker"))
            if not sc.actor_matches(pa, g["speaker"], gactors, False):
                why = speaker_reason(text, p, gold_by_name.get(g["speaker"]), pa)
                ex = (f"{text[psp[0]:psp[1]][:60]!r} gold={g['speaker']!r} pred={(pa or {}).get('name')!r}"
                      f" mention={text[p['speaker_start']:p['speaker_end']] if p.get('speaker_start') is not None else None!r}")
                out.append((group, "speaker: " + why, ex))
        others = [(q, sp) for q, sp in all_p if q.get("kind") not in kinds]
        for gi, (g, gsp) in enumerate(gs):
            if gi in mg or g.get("optional"):
                continue
            ex = f"{g['kind']} {text[gsp[0]:gsp[1]][:90]!r}"
            other = max(others, key=lambda x: sc.overlap(gsp, x[1]), default=None)
            if other and sc.overlap(gsp, other[1]) >= 0.5:
                out.append((group, f"FN kind: gold {g['kind']} read as {other[0]['kind']}", ex))
                continue
            near = [(q, sp) for pi, (q, sp) in enumerate(ps) if pi not in mp and sc.overlap(gsp, sp) > 0]
            near = near or [(q, sp) for q, sp in ps if sc.overlap(gsp, sp) > 0]
            if near:
                q, sp = max(near, key=lambda x: sc.overlap(gsp, x[1]))
                edges = _edges(text, gsp, sp)
                out.append((group, "FN boundary: " + ", ".join(_bucket(x) for x in edges),
                            ex + f" | pred {text[sp[0]:sp[1]][:90]!r}"))
                continue
            s0, s1 = _sentence_bounds(text, gsp[0])
            any_pred = any(sp[0] < s1 and sp[1] > s0 for _, sp in all_p)
            out.append((group, "FN missed cue" if not any_pred else "FN missed (sentence has another quote)",
                        ex + f" cue={g.get('cue')!r}"))
        other_g = [(q, sp) for q, sp in all_g if q["kind"] not in kinds]
        for pi, (p, psp) in enumerate(ps):
            if pi in mp:
                continue
            ex = f"{p['kind']} {text[psp[0]:psp[1]][:90]!r}"
            og = max(other_g, key=lambda x: sc.overlap(psp, x[1]), default=None)
            if og and sc.overlap(psp, og[1]) >= 0.5:
                out.append((group, f"FP kind: pred {p['kind']} is gold {og[0]['kind']}", ex))
            elif any(sc.overlap(psp, sp) > 0 for _, sp in gs):
                out.append((group, "FP boundary (overlaps a gold span under 0.5)", ex))
            else:
                words = text[psp[0]:psp[1]].split()
                titled = words and sum(w[:1].isupper() for w in words) >= max(1, len(words) * 0.6)
                if p["kind"] == "partial" and (len(words) <= 4 or titled):
                    out.append((group, "FP spurious: scare quote/title", ex))
                else:
                    out.append((group, f"FP spurious {p['kind']}", ex))
    return out


def main(argv: list[str]) -> None:
    opt = lambda name, default: argv[argv.index(name) + 1] if name in argv else default
    cmd = shlex.split(opt("--reactlib", str(sets.ROOT / ".venv" / "bin" / "reactlib")))
    n_ex = int(opt("--examples", "2"))
    skip = {opt("--reactlib", None), opt("--examples", None)}
    folders = [Path(a) for a in argv[1:] if not a.startswith("--") and a not in skip]
    for f in folders:
        if sets.held_out(f):
            sys.exit(f"quote_errors.py: {f} is held out; not reading it")
    sc = sets.scorer()
    counts = collections.Counter()
    examples = collections.defaultdict(list)
    for folder in folders:
        docs = list(sets.gold_articles(folder))
        records = "".join(json.dumps({"id": name, "text": text}) + "\n" for name, text, _ in docs)
        run = subprocess.run(cmd + ["parse", "-", "--format", "jsonl"], input=records, capture_output=True, text=True)
        outs = [json.loads(x) for x in run.stdout.splitlines() if x.strip()]
        if len(outs) != len(docs):
            sys.exit(f"quote_errors.py: reactlib gave {len(outs)} outputs for {len(docs)} articles\n{run.stderr[-2000:]}")
        for (name, text, gold), out in zip(docs, outs):
            for group, cls, ex in classify(sc, text, gold, out):
                counts[(group, cls)] += 1
                if ex and len(examples[(group, cls)]) < n_ex:
                    examples[(group, cls)].append(f"{name}: {ex}")
    for group in GROUPS:
        errs = sum(n for (g, c), n in counts.items() if g == group and not c.startswith("matched"))
        print(f"\n== {group}: {errs} errors ==")
        for (g, cls), n in sorted(counts.items(), key=lambda x: (x[0][1].startswith("matched"), -x[1])):
            if g != group:
                continue
            print(f"{n:4}  {cls}")
            if "--quiet" not in argv:
                for e in examples[(g, cls)]:
                    print(f"        {e}")


if __name__ == "__main__":
    main(sys.argv)
