"""Reading attribution annotations in brat standoff (the format PolNeAR ships).

An ``.ann`` file holds text-bound spans (``T3<TAB>Content 120 211<TAB>words``, a
discontinuous span written ``120 150;160 211``) and events that tie them into one
attribution (``E1<TAB>Attribution:T4 Content:T3 Cue:T2 Source:T1``). A
discontinuous span is taken from its first start to its last end, as the PolNeAR
scorer does, so that training targets and the measure agree.
"""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

Span = tuple[int, int]


class Attribution(NamedTuple):
    """One attribution relation: the content, and its cue and source when annotated."""

    content: Span
    cue: Span | None
    source: Span | None


def parse_ann(text: str) -> list[Attribution]:
    """The attributions with a content in one ``.ann`` file's text."""
    spans: dict[str, Span] = {}
    events: list[dict[str, str]] = []
    for line in text.splitlines():
        if line.startswith("T"):
            parts = line.split("\t")
            if len(parts) < 2 or " " not in parts[1]:
                continue
            _label, offsets = parts[1].split(" ", 1)
            segments = [tuple(map(int, seg.split())) for seg in offsets.split(";")]
            spans[parts[0]] = (segments[0][0], segments[-1][1])
        elif line.startswith("E") and "\t" in line:
            roles = dict(part.split(":", 1) for part in line.split("\t")[1].split() if ":" in part)
            events.append(roles)
    out = []
    for roles in events:
        def get(role: str) -> Span | None:
            return spans.get(roles[role]) if role in roles else None
        content = get("Content")
        if content is not None and content[0] < content[1]:
            out.append(Attribution(content, get("Cue"), get("Source")))
    return out


def read_split(split_dir: Path) -> list[tuple[str, str, list[Attribution]]]:
    """(name, text, attributions) for every article of a split directory.

    The layout is ``text/NAME.txt`` and ``attributions/NAME_ANNOTATOR.ann``; an article
    annotated by several people is read from the first file by name, as the scorer does.
    """
    out = []
    for path in sorted((split_dir / "text").glob("*.txt")):
        anns = sorted((split_dir / "attributions").glob(path.stem + "_*.ann"))
        if anns:
            out.append((path.stem, path.read_text(encoding="utf-8"), parse_ann(anns[0].read_text(encoding="utf-8"))))
    return out
