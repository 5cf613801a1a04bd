""""Insisted that X had …" asserts a fact; only "insisted that X withdraw / must withdraw" demands.

"Insist" is a demand when what follows is an act someone is to do: a subjunctive ("insisted that
Bolivia withdraw"), a modal ("… must withdraw"), "on" + a noun ("insisted on an investigation").
Followed by a clause in the indicative — "insisted that no radiation had been released",
"insisting that any errors were clerical", "insisted that the operations had targeted armed
groups" — it defends a claim of fact, which is no request of anyone (the denial it often is
belongs to other cues). "That" may be left out ("insists there is no blockade"). The clause is read up to its end: a tensed auxiliary or copula before
any modal makes it a statement of fact.
"""

from __future__ import annotations

from typing import Sequence

#: Tensed auxiliaries and copulas of a statement of fact ("had been", "were", "is").
TENSED = frozenset("had has have was were is are did does 's ’s".split())
#: Modals of an obligation or a demand ("must", "should"); "has to" counts as one as well.
MODALS = frozenset("must should shall would will could can may might ought".split())


def asserts_fact(words: Sequence[str], j: int, end: int) -> bool:
    """Whether the complement of "insist" in tokens [j, end) — "that …", or the same clause with
    "that" left out ("insists there is no blockade") — states a fact."""
    if j >= len(words) or words[j] in ("on", "upon", "to"):
        return False  # "insisted on an investigation", "insisted to the envoy": no clause
    start = j + 1 if words[j] == "that" else j
    for k in range(start, min(end, len(words))):
        w = words[k]
        if w in MODALS:
            return False
        if w in TENSED:
            return not (k + 1 < len(words) and words[k + 1] == "to")  # "has to withdraw": an obligation
    return False
