"""Classify every actor false positive and false negative of reactlib on a set of articles.

Why: the actor F1 of a set says how much is wrong, not *what kind* of thing is wrong. Fixing
mechanisms (a missed title pattern, a gazetteer gap, a wrong country rule) needs the errors
counted by class across many articles, so that one rule is not tuned to one phrasing.

    python benchmarks/actor_errors.py tests/generalization_dev2            # counts + every error
    python benchmarks/actor_errors.py tests/generalization --counts-only   # counts only

Matching follows the shared scorer (``../shared/eval/score.py``): a predicted actor matches a
gold actor when the name is the gold name or an alias (persons: same surname; countries: a
country or organisation of the same country) and the kind is the same; the country is then
compared. Errors:

- ``FN`` classes (gold actor with no match): ``wrong kind`` (a prediction with the name but
  another kind), ``merged`` (the only prediction with that name already matched another gold
  actor), ``missed person (titled|untitled|name not in text)``, ``missed organisation (acronym|
  state body|named)``, ``missed country``, ``missed group``, ``partial name`` (a prediction
  shares words with the gold name but is not one of its names).
- ``FP`` classes (prediction with no match): ``split`` (its name is one of a gold actor's names
  that another prediction matched), ``wrong kind``, ``place`` (a capital or place word),
  ``single word``, ``lower-case phrase``, ``spurious <kind>``.
- ``country`` errors: a name+kind match whose country differs (costs both P and R at the
  name+kind+country level).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

import sets

STATE_BODY = re.compile(r"\b(ministry|ministries|department|agency|commission|council|court|police|army|"
                        r"forces|guard|navy|service|office|authority|parliament|assembly|presidency|"
                        r"committee|bureau|directorate|cabinet|government)\b", re.I)
TITLE_WORDS = re.compile(r"\b(president|minister|secretary|spokes\w*|ambassador|envoy|general|colonel|"
                         r"commander|chief|head|leader|director|chair\w*|governor|mayor|king|prince|"
                         r"sheikh|emir|premier|chancellor|senator|judge|justice|lawyer|official|"
                         r"dr|mr|mrs|ms|captain|admiral|lt|gen|col|maj|sgt|deputy|acting|interim)\b", re.I)


def _capitals() -> set[str]:
    from reactlib.actors.gazetteer import data_rows
    out = set()
    for row in data_rows("countries.tsv"):
        for cell in row[1:]:
            out.update(x.strip().lower() for x in cell.split(";") if x.strip())
    return out


def _person_class(gold: dict, text: str) -> str:
    names = [gold["name"], *gold.get("aliases", [])]
    surname = gold["name"].split()[-1]
    spots = [m.start() for n in names + [surname] for m in re.finditer(re.escape(n), text)]
    if not spots:
        return "missed person (name not in text: role only)"
    for at in spots:
        before = text[max(0, at - 40):at]
        after = text[at:at + len(gold["name"]) + 40]
        if TITLE_WORDS.search(before.split(".")[-1]):
            return "missed person (titled)"
        if re.search(r",\s+(the|a|an)?\s*[a-z]", after):
            return "missed person (apposed description)"
    return "missed person (untitled)"


def _org_class(gold: dict) -> str:
    names = [gold["name"], *gold.get("aliases", [])]
    if gold.get("country") and STATE_BODY.search(" ".join(names)):
        return "missed organisation (state body)"
    if any(re.fullmatch(r"[A-Z][A-Z0-9&-]{1,}", n) for n in names):
        return "missed organisation (acronym)"
    return "missed organisation (named)"


def classify(gold: dict, pred: dict, text: str, score, places: set[str]) -> dict:
    gactors = score.gold_actor_table(gold)
    golds, preds = gold.get("actors", []), pred.get("actors", [])
    norm = score.norm
    same = lambda g, p: score.actor_matches(p, g["name"], gactors, False)  # noqa: E731
    pairs = score.greedy(golds, preds, lambda g, p: 1 if same(g, p) and p.get("kind") == g["kind"] else 0, 1)
    got_g = {gi: pi for gi, pi in pairs}
    got_p = {pi: gi for gi, pi in pairs}
    errors = []
    for gi, pi in pairs:
        g, p = golds[gi], preds[pi]
        if g.get("country") != p.get("country"):
            errors.append(("country", "wrong country", f"{g['name']} [{g['kind']}] gold {g.get('country')} "
                                                      f"got {p.get('country')} ({p['name']})"))
    for gi, g in enumerate(golds):
        if gi in got_g:
            continue
        named = [p for p in preds if same(g, p)]
        if any(p.get("kind") != g["kind"] for p in named):
            other = next(p for p in named if p.get("kind") != g["kind"])
            cls = f"wrong kind ({g['kind']}->{other.get('kind')})"
        elif named:
            cls = "merged"
        else:
            words = {w.lower() for n in [g["name"], *g.get("aliases", [])] for w in re.findall(r"\w{3,}", n)} - places
            partial = [p for p in preds if words & {w.lower() for w in re.findall(r"\w{3,}", p.get("name") or "")}
                       and preds.index(p) not in got_p]
            if partial and g["kind"] != "country":
                cls = "partial name"
                g = {**g, "note": f"cf. {partial[0]['name']!r} [{partial[0].get('kind')}]"}
            elif g["kind"] == "person":
                cls = _person_class(g, text)
            elif g["kind"] == "organization":
                cls = _org_class(g)
            else:
                cls = f"missed {g['kind']}"
        errors.append(("FN", cls, f"{g['name']} [{g['kind']}, {g.get('country')}] {g.get('note', '')}".rstrip()))
    for pi, p in enumerate(preds):
        if pi in got_p:
            continue
        name = p.get("name") or ""
        named = [gi for gi, g in enumerate(golds) if same(g, p)]
        if any(gi in got_g and golds[gi]["kind"] == p.get("kind") for gi in named):
            cls = "split"
        elif named and all(golds[gi]["kind"] == "country" and norm(name) not in gactors[golds[gi]["name"]]["names"]
                           for gi in named):
            cls = "extra body of a country"  # only the scorer's institution rule ties it to the country
        elif named:
            cls = f"wrong kind ({golds[named[0]]['kind']}->{p.get('kind')})"
        elif name.lower() in places:
            cls = "place or country word"
        elif name[:1].islower():
            cls = "lower-case phrase"
        elif len(name.split()) == 1 and not name.isupper():
            cls = "single word"
        else:
            cls = f"spurious {p.get('kind')}"
        first = p.get("mentions", [[0, 0]])[0]
        errors.append(("FP", cls, f"{name} [{p.get('kind')}, {p.get('country')}] "
                                  f"@{text[max(0, first[0] - 30):first[1] + 20]!r}"))
    res = score.score_actors(gold, pred, gactors)["name+kind+country"]
    return {"errors": errors, "f1": res["f1"]}


def run(folder: Path, counts_only: bool = False, out=sys.stdout) -> Counter:
    score = sets.scorer()
    places = _capitals()
    counts: Counter = Counter()
    f1s = []
    for name, text, gold in sets.gold_articles(folder):
        res = classify(gold, sets.predict(text), text, score, places)
        f1s.append(res["f1"])
        if not counts_only:
            print(f"\n== {name}  actors F1 {res['f1']:.3f}", file=out)
            for side, cls, what in res["errors"]:
                print(f"  {side:7} {cls:42} {what}", file=out)
        counts.update(f"{side} {cls}" for side, cls, _ in res["errors"])
    print(f"\n## {folder}  mean actors F1 {sum(f1s) / max(1, len(f1s)):.3f} over {len(f1s)} articles", file=out)
    for key, n in counts.most_common():
        print(f"  {n:3}  {key}", file=out)
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument("--counts-only", action="store_true")
    args = parser.parse_args(argv)
    for folder in args.folders:
        if sets.held_out(folder):
            parser.error("held-out sets are not for error analysis")
        run(folder, args.counts_only)
    return 0


if __name__ == "__main__":
    sys.exit(main())
