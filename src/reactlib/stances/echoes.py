"""A stance echoed by another actor: ", a call echoed by X", ", a position shared by X".

Reports often fold a second reaction into the first: "The AU called for an independent
investigation, *a call echoed by the ICAO*"; "Norway condemned the executions, *a position shared
by Iceland*". The actor after "by" holds the same stance (same type, target and issue), and is
no target of the first one — the "for"/"against" search for a request's target would otherwise
take it.

Read only in that shape: a comma right after the stance's clause, an article, a noun of a stance
("call", "appeal", "position", "view", "demand", "condemnation", …), a past participle of
sharing ("echoed", "shared", "backed", "supported", "seconded", "endorsed", "repeated",
"joined"), "by", then actors (joined by "and" or commas).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from attrs import evolve

if TYPE_CHECKING:  # pragma: no cover
    from .finder import Found, StanceFinder

STANCE_NOUNS = frozenset("call calls appeal appeals position positions view views demand demands stance "
                         "condemnation criticism sentiment concern concerns message warning".split())
SHARING = frozenset("echoed shared backed supported seconded endorsed repeated joined".split())
#: How far (tokens) after the stance's span the echo may start (the rest of its clause).
REACH = 25


def echo_at(f: StanceFinder, k: int) -> tuple[int, list[str]] | None:
    """When token ``k`` is the comma of ", a call echoed by X (and Y)": the index of "by" and the
    echoing actors; else None."""
    w = f.words
    if k + 4 >= f.n or w[k] != ",":
        return None
    x = k + 1
    while x < f.n and f.is_space[x]:
        x += 1
    if x + 3 >= f.n or w[x] not in ("a", "an", "the"):
        return None
    x += 1
    if w[x] not in STANCE_NOUNS:
        return None
    if w[x + 1] not in SHARING or w[x + 2] != "by":
        return None
    by = x + 2
    first = f.group_after(by + 1, min(f.n, by + 12))
    if first is None:
        return None
    return by, [g.actor for g in f.coordinated_right(first, min(f.n, by + 30))]


def with_echoes(f: StanceFinder, found: list[Found]) -> list[Found]:
    """``found`` with each echoed stance repeated for its echoers (see module)."""
    if SHARING.isdisjoint(f.words) or "by" not in f.words:
        return found  # no echo in the article: nothing to read
    w = f.words
    k, shaped = 1, False
    while not shaped:
        try:
            k = w.index("by", k + 1)  # a C-level scan: "by" is rare enough
        except ValueError:
            break
        shaped = w[k - 1] in SHARING and w[k - 2] in STANCE_NOUNS
    if not shaped:
        return found
    # each echo belongs to the stance told last before its comma (the cue it closes), in its sentence
    spans = [(f.mentions.token_at(s.start), f.mentions.token_end(s.end)) for s in found]
    starts = [f.sent_bounds(a)[0] for a, _ in spans]  # each stance's sentence, read once
    echoed: dict[int, list[str]] = {}  # stance start token -> echoers
    for (a, b), s0 in zip(spans, starts):
        _, s1 = f.sent_bounds(a)
        for k in range(max(a, b - 12), min(s1, b + REACH)):
            if f.words[k] != ",":
                continue
            echo = echo_at(f, k)
            if echo is None:
                continue
            last = max((x for (x, _), xs in zip(spans, starts) if x < k and xs == s0), default=None)
            if last is not None:
                echoed[last] = echo[1]
            break
    if not echoed:
        return found
    out: list[Found] = []
    for s, (a, _) in zip(found, spans):
        echoers = echoed.get(a)
        if echoers is None:
            out.append(s)
            continue
        base = evolve(s, target=None) if s.target in echoers else s
        out.append(base)
        out.extend(evolve(base, holder=e, extra={**base.extra, "echoed": True}) for e in echoers
                   if e != base.holder and e != base.target)
    return out
