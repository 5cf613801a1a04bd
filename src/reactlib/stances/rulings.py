"""A court's ruling belongs to the court.

"Hichilema said he disagreed with the ruling", "Israel rejected the verdict": the one criticised
or rejected is the court that ruled, when the article names exactly one court (or tribunal) as an
actor; with none or several, the ruling stays unattributed. Welcoming or praising a ruling ("welcomed the
verdict", "hailed the judgment") is aimed at the court the same way: one rule for every stance
toward a ruling (round 10; it kept no target before).
"""

from __future__ import annotations

#: Nouns of a court's decision.
RULING_NOUNS = frozenset("ruling rulings verdict verdicts judgment judgement judgments judgements "
                         "decision sentence".split())
#: Words in the name of a body that rules.
COURT_WORDS = frozenset("court tribunal".split())  # not "judiciary": the whole branch
#: Stance types read as aimed at the court.
AGAINST = frozenset({"criticize", "condemn", "reject", "accuse", "welcome", "praise", "support"})


def ruling_court(actors, issue_words: set[str], holders, news_maker: str | None = None,
                 lead: frozenset[str] = frozenset()) -> str | None:
    """The one court among ``actors`` when ``issue_words`` name a ruling ("the ruling", "the
    court's verdict"); with several, the one whose ruling is the article's news (``news_maker``,
    the subject of its first sentence); None when the article names no court, several and none
    of them made the news, or the holder is it."""
    if RULING_NOUNS.isdisjoint(issue_words):
        return None
    court = the_court(court_ids(actors), news_maker, lead)
    return court if court is not None and court not in holders else None


def court_ids(actors) -> list[str]:
    """The ids of the courts and tribunals among ``actors``."""
    return [a.id for a in actors if a.kind == "organization"
            and not COURT_WORDS.isdisjoint(a.name.lower().split())]


def the_court(courts: list[str], news_maker: str | None, lead: frozenset[str]) -> str | None:
    """The court a ruling or an order comes from: the article's one court or, with several, the
    one that made the news (``news_maker``) when it is the only court of the lead sentence
    (``lead``, its actors); else None."""
    if len(courts) == 1:
        return courts[0]
    return news_maker if news_maker in courts and sum(c in lead for c in courts) == 1 else None
