""""Rejected what it called interference", "rejects any suggestion that ...": a charge left unnamed.

Why: the target of a rejection is whoever made the rejected charge (culprits.Makers), found
by the charge's noun ("the accusation", "these claims"). Two phrasings reject a charge without
such a noun:

- the holder's own naming of the other side's words or acts: "rejected what it called
  'foreign interference'", "dismissed what they termed lies" — one names so only what one
  rejects from someone else;
- nouns of an insinuated charge: "any suggestion that we knowingly sold", "the insinuation",
  "the assertions".

Both are read as an accusation, so the maker of the last charge at the holder is the target.
"""

from __future__ import annotations

from .decisions import NAMING_VERBS

#: nouns of a charge made by insinuation ("rejects any suggestion that ...")
INSINUATIONS = frozenset("suggestion suggestions insinuation insinuations assertion assertions "
                         "innuendo imputation imputations".split())
#: subjects of that naming: the holder itself
NAMERS = frozenset("it they he she we".split())


def implies_charge(words, j: int, end: int) -> bool:
    """Whether the rejected object in tokens [j, end) is a charge left unnamed: "what it
    called ..." at its start, or an insinuation noun among its first words."""
    toks = [w for w in words[j:end] if w.strip()]
    if len(toks) >= 3 and toks[0] == "what" and toks[1] in NAMERS and toks[2] in NAMING_VERBS:
        return True
    return not INSINUATIONS.isdisjoint(toks[:4])
