"""A court's ruling belongs to the court.

"Hichilema said he disagreed with the ruling", "Israel rejected the verdict": the one criticised
or rejected is the court that ruled, when the article names exactly one court (or tribunal) as an
actor; with none or several, the ruling stays unattributed. Praise of a ruling ("hailed the
verdict") keeps no target, as before: it praises the outcome more than the bench.
"""

from __future__ import annotations

#: Nouns of a court's decision.
RULING_NOUNS = frozenset("ruling rulings verdict verdicts judgment judgement judgments judgements "
                         "decision sentence".split())
#: Words in the name of a body that rules.
COURT_WORDS = frozenset("court tribunal".split())  # not "judiciary": the whole branch
#: Stance types read as aimed at the court.
AGAINST = frozenset({"criticize", "condemn", "reject", "accuse"})


def ruling_court(actors, issue_words: set[str], holders) -> str | None:
    """The one court among ``actors`` when ``issue_words`` name a ruling ("the ruling", "the
    court's verdict"); None when the article names no court, several, or the holder is it."""
    if RULING_NOUNS.isdisjoint(issue_words):
        return None
    courts = [a.id for a in actors if a.kind == "organization"
              and not COURT_WORDS.isdisjoint(a.name.lower().split())]
    if len(courts) != 1 or courts[0] in holders:
        return None
    return courts[0]
