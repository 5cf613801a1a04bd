"""A role named, then the person in apposition: "his Azerbaijani counterpart, Jeyhun Bayramov,".

Reports introduce the one spoken to, met or called on by their role first and their name
after a comma: "spoke to his Azerbaijani counterpart, Jeyhun Bayramov, by phone", "called on
the commission's chairperson, Judith Mwale, to resign", "met the bloc's envoy, Ana Ruiz". The
role phrase holds at best a country adjective ("Azerbaijani" → Azerbaijan) and at worst no
actor; the person after the comma is the one the stance is toward. The apposition is read only
when a role noun ends the phrase before the comma and the comma after the name closes it (or
the clause goes on with "to", "by", "on", "in"), so that a list ("Russia, Iran and Turkey")
is never taken for one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .unnamed_subject import POSSESSIVE_MARKS  # the marker between an owner and its role

if TYPE_CHECKING:  # pragma: no cover
    from .finder import StanceFinder
    from .mentions import Group

#: Nouns for a role that a name in apposition may follow.
ROLE_NOUNS = frozenset("""
counterpart counterparts chairperson chairman chairwoman chair president minister secretary envoy
ambassador chief head leader spokesman spokeswoman spokesperson commander governor premier
mediator representative negotiator director commissioner official winner candidate
""".split())
#: Words that may close the apposition after the name.
CLOSERS = frozenset({",", "to", "by", "on", "in", "at", "over", "about", ".", "and", "for"})


def person_after_role(f: StanceFinder, k: int, stop: int) -> Group | None:
    """The person named in apposition when the role phrase ends at token ``k`` (exclusive):
    ``words[k-1]`` is a role noun, ``words[k]`` a comma, a person's mention follows and is closed."""
    words = f.words
    if k <= 0 or k + 1 >= stop or words[k] != "," or words[k - 1] not in ROLE_NOUNS:
        return None
    g = f.mentions.group_starting(k + 1)
    if g is None or g.kind != "person" or g.end > stop:
        return None
    close = g.end
    return g if close >= f.n or words[close] in CLOSERS else None


def role_end(f: StanceFinder, g: Group, stop: int) -> int:
    """The token after the role noun that ends the phrase ``g`` opens ("Azerbaijani
    *counterpart*"), or ``g.end`` when no role noun follows within two words."""
    words = f.words
    k = g.end
    if g.end > 0 and words[g.end - 1] in ROLE_NOUNS:
        return g.end
    start = g.end
    if start < stop and words[start] in POSSESSIVE_MARKS:
        start += 1  # "Niger's foreign minister, Bakary Sangare": the owner's role
    for x in range(start, min(stop, start + 2)):
        if words[x] in ROLE_NOUNS:
            return x + 1
        if not words[x].isalpha():
            break
    return k
