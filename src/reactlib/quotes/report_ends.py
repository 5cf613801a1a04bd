"""Where a reported clause ends: three small tests the clause scanner of ``indirect.py`` asks.

* ", which it described as …", ", which she called …": a pronoun for the speaker and a verb of
  naming open the speaker's own verdict on what was just reported, a second report, so the
  first one ends at the comma (", which engineers described as unsafe" names someone else and
  stays inside).
* "had received threats for months after publishing …": "after" right behind a span of time
  dates the clause's own verb; it is no subordinate clause of the writer's, and the report
  goes on through it.
* "X happened, the agency said Tuesday, the worst such disaster this year": after a complete
  report and its inserted cue, a noun phrase with no verb is the writer's appositive, not the
  rest of the report ("The bridge, the minister said, will open in March" still goes on).
"""

from __future__ import annotations

from .clauses import looks_like_clause
from .tokens import Tokens

#: verbs by which a speaker names what it reports ("which it described as a provocation")
NAMING_VERBS = frozenset("described describes describe called calls call termed terms term branded brands "
                         "brand labelled labeled labels dubbed dubs characterised characterized".split())

#: words of a span of time that "after" may follow inside a clause ("for weeks after", "shortly after")
_DURATIONS = frozenset("seconds minutes hours days weeks months years decades moments shortly soon "
                       "long immediately just right".split())


def after_a_duration(toks: Tokens, j: int) -> bool:
    """Whether "after" at ``j`` follows a span of time: "stayed underground for days after …"."""
    k = j - 1
    while k >= 0 and toks.is_space[k]:
        k -= 1
    return k >= 0 and toks.lower[k] in _DURATIONS


#: determiners that open the writer's appositive after an inserted cue ("…, the police said, the worst …")
_APPOSITIVE_OPENERS = frozenset(("the", "a", "an"))


def writer_appositive(toks: Tokens, lo: int, comma: int, first: int, end: int) -> bool:
    """Whether ``first`` … ``end`` after an inserted cue is an appositive noun phrase: the report
    before the cue (``lo`` … ``comma``) is a whole clause, and what follows opens with an article
    and has no verb of its own."""
    return (first < end and toks.lower[first] in _APPOSITIVE_OPENERS
            and looks_like_clause(toks, lo, comma) and not looks_like_clause(toks, first, end))
