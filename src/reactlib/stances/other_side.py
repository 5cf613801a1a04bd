""""The other side": in a party's own words, the opposing party.

"Armenia would respond to any provocation by the other side", "We will retaliate against any
attack by the other side," the Thai army chief said: a threat or a charge aimed at the party
the speaker is fighting, which the article names as one of the two sides of the conflict
("fighting between Thailand and Cambodia"). The speaker's own side is the party it is, the party
named before "the other side" in the same sentence ("the RSF would respond to …"), or the one
party of the speaker's country; a third party (a mediator) has no side, and its "other side"
is not resolved.
"""

from __future__ import annotations

from attrs import evolve

#: Stances whose missing target "the other side" may fill.
HOSTILE = frozenset({"threaten", "accuse", "condemn", "criticize", "reject", "demand", "appeal"})
#: The phrases that point at the opposing party.
OTHER = (("other", "side"), ("other", "party"))


def _other_at(words, a: int, b: int) -> int | None:
    for k in range(a, min(b, len(words)) - 1):
        if (words[k], words[k + 1]) in OTHER and k > 0 and words[k - 1] == "the":
            return k
    return None


def resolve_other_side(finder, found: list) -> list:
    """``found`` with "the other side" read as the opposing party where a target is missing."""
    if "other" not in finder.words or not any(f.target is None and f.type in HOSTILE for f in found):
        return found  # no "the other side" to read: the parties need not be looked for
    parties = finder.parties
    if not parties:
        return found
    words = finder.words
    countries = finder.mentions.countries
    out = []
    seen: dict[int, int | None] = {}  # sentence start -> "the other side" in it (one scan each)
    for f in found:
        if f.target is None and f.type in HOSTILE:
            s0, s1 = finder.sent_bounds(finder.mentions.token_at(f.start))
            if s0 not in seen:
                seen[s0] = _other_at(words, s0, s1)
            k = seen[s0]
            if k is not None:
                other = _opponent(finder, f.holder, parties, s0, k, countries)
                if other is not None:
                    f = evolve(f, target=other, extra={**f.extra, "other_side": True})
        out.append(f)
    return out


def _opponent(finder, holder: str, parties, s0: int, k: int, countries) -> str | None:
    a, b = parties
    if holder in parties:
        own = holder
    else:
        named = [g.actor for g in finder.mentions.groups_between(s0, k)
                 if g.actor in parties and _opens_clause(finder, g.start, s0)]
        if named and len(set(named)) == 1:
            own = named[-1]
        else:
            country = countries.get(holder)
            same = [p for p in parties if country and countries.get(p) == country]
            own = same[0] if len(same) == 1 else None
    if own is None:
        return None
    return b if own == a else a


def _opens_clause(finder, start: int, s0: int) -> bool:
    """Whether a phrase at ``start`` is a clause's subject ("warned that the RSF would …"),
    not an object ("urged Thailand to …")."""
    p = start - 1
    while p >= s0 and (finder.words[p] in ("the", '"', "“", "”") or finder.is_space[p]):
        p -= 1
    return p < s0 or finder.words[p] in ("that", ",", ":")
