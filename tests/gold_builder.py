"""Writing hand-made gold files for invented test articles, with offsets computed, never typed.

Used by ``tests/generalization/build_gold.py`` and ``tests/generalization_holdout/build_gold.py``:
each describes its articles as data (actors, quotes, dates, stances, given by their words
and, where the same words occur more than once, by occurrence number) and this module
checks the annotation against the text and writes NAME.txt and NAME.gold.json in the
format of ../shared/eval/GOLD_FORMAT.md.
"""

from __future__ import annotations

import json
from pathlib import Path


def A(name, kind, country=None, role=None, aliases=(), **extra):
    """An actor."""
    d = {"name": name, "kind": kind, "country": country}
    if role:
        d["role"] = role
    d["aliases"] = list(aliases)
    d.update(extra)
    return d


def Q(kind, text, speaker, cue=None, channel=None, n=0, optional=False):
    """A quote: its words, and which occurrence of them (0-based)."""
    return {"kind": kind, "text": text, "speaker": speaker, "cue": cue, "channel": channel, "n": n, "optional": optional}


def D(text, type_, value, n=0):
    """A time expression."""
    return {"text": text, "type": type_, "value": value, "n": n}


def S(holder, type_, target=None, issue=None, evidence=""):
    """A stance, with an evidence phrase that must occur in the text."""
    return {"holder": holder, "type": type_, "target": target, "issue": issue, "evidence": evidence}


def nth(text, needle, n):
    """Offset of the n-th (0-based) occurrence of ``needle``."""
    i = -1
    for _ in range(n + 1):
        i = text.find(needle, i + 1)
        assert i >= 0, f"not found (occurrence {n}): {needle!r}"
    return i


class GoldWriter:
    """Checks each article's annotation against its text and writes both files into ``folder``."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.articles: list[str] = []

    def build(self, name, text, actors, quotes, dates, stances, notes=""):
        assert text.startswith(" date ") and text[6:16] == name[-10:], name
        date = text[6:16]
        names = {a["name"] for a in actors}
        assert len(names) == len(actors), "duplicate actor name"
        qs = []
        for q in quotes:
            s = nth(text, q["text"], q["n"])
            rec = {"kind": q["kind"], "text": q["text"], "speaker": q["speaker"], "start": s, "end": s + len(q["text"])}
            assert q["speaker"] is None or q["speaker"] in names, q["speaker"]
            for key in ("cue", "channel"):
                if q[key]:
                    rec[key] = q[key]
            if q["optional"]:
                rec["optional"] = True
            qs.append(rec)
        ds = [{"text": date, "start": 6, "end": 16, "type": "DATE", "value": date, "role": "article date"}]
        for d in dates:
            s = nth(text, d["text"], d["n"])
            ds.append({"text": d["text"], "start": s, "end": s + len(d["text"]), "type": d["type"], "value": d["value"]})
        for st in stances:
            assert st["holder"] in names, st["holder"]
            assert st["target"] is None or st["target"] in names, st["target"]
            if st["evidence"]:
                assert st["evidence"] in text, st["evidence"]
        gold = {"doc": name, "date": date, "notes": notes, "actors": actors, "quotes": qs,
                "dates": sorted(ds, key=lambda d: d["start"]),
                "stances": [{k: v for k, v in st.items() if v is not None or k == "target"} for st in stances]}
        (self.folder / f"{name}.txt").write_text(text, encoding="utf-8")
        (self.folder / f"{name}.gold.json").write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n",
                                                       encoding="utf-8")
        self.articles.append(name)
        return gold

    def report(self) -> None:
        for name in self.articles:
            text = (self.folder / f"{name}.txt").read_text(encoding="utf-8")
            print(f"{name:40} {len(text.split()) - 2:4} words")
