"""Articles built by hand for the view tests (our own sentences, offsets computed, not typed in)."""

from __future__ import annotations

import datetime as dt

from reactlib.types import Actor, Article, Quote, Stance, TimeExpression

TEXT = (
    "date 2023-05-08 Norway on Monday called the missile launch reckless.\n\n"
    '"This test in May endangers every ship in the strait," Foreign Minister Ola Berg said in a statement.\n\n'
    "Chile condemned Peru and urged both sides to resume talks, while Peru rejected the charge. "
    '"We will not be lectured," a Peruvian spokeswoman, Ana Ruiz, told reporters.'
)


def span(text: str, words: str, nth: int = 0) -> tuple[int, int]:
    """The offsets of the ``nth`` occurrence of ``words`` in ``text``."""
    at = -1
    for _ in range(nth + 1):
        at = text.index(words, at + 1)
    return at, at + len(words)


def demo_article(text: str = TEXT, article_id: str | None = "demo-1", accuser: str = "Chile") -> Article:
    """Three countries, two persons, two quotes by different speakers, dates, crossing stances."""
    q1 = span(text, "This test in May endangers every ship in the strait,")
    q2 = span(text, "We will not be lectured,")
    actors = [
        Actor(id="a1", name="Norway", kind="country", country="NOR", mentions=[span(text, "Norway")]),
        Actor(id="a2", name="Ola Berg", kind="person", country="NOR", role="Foreign Minister",
              mentions=[span(text, "Ola Berg")]),
        Actor(id="a3", name=accuser, kind="country", country=accuser[:3].upper(), mentions=[span(text, accuser)]),
        Actor(id="a4", name="Peru", kind="country", country="PER",
              mentions=[span(text, "Peru"), span(text, "Peru", 1)]),
        Actor(id="a5", name="Ana Ruiz", kind="person", country="PER", role="spokeswoman",
              mentions=[span(text, "Ana Ruiz")]),
    ]
    quotes = [
        Quote.from_span(text, *q1, id="q1", kind="direct", speaker="a2", cue="say"),
        Quote.from_span(text, *q2, id="q2", kind="direct", speaker="a5", cue="tell"),
    ]
    dates = [
        TimeExpression.from_span(text, *span(text, "Monday"), type="DATE", value="2023-05-08"),
        TimeExpression.from_span(text, *span(text, "May", 0), type="DATE", value="2023-05"),
    ]
    chile = span(text, f"{accuser} condemned Peru")
    stances = [
        Stance(holder="a1", type="criticize", start=span(text, "Norway")[0], end=span(text, "reckless")[1]),
        # Evidence that starts before the quote and ends inside it: the marks must cross.
        Stance(holder="a2", type="concern", issue="shipping", start=span(text, "launch")[0],
               end=span(text, "endangers")[1], quote="q1"),
        Stance(holder="a3", type="condemn", target="a4", start=chile[0], end=chile[1]),
        Stance(holder="a3", type="appeal", target="a4", issue="talks", start=chile[0],
               end=span(text, "resume talks")[1]),
        Stance(holder="a4", type="reject", target="a3", start=span(text, "Peru rejected")[0],
               end=span(text, "the charge")[1]),
        Stance(holder="a5", type="reject", target="a3", start=q2[0], end=q2[1], quote="q2"),
    ]
    return Article(text=text, date=dt.date(2023, 5, 8), id=article_id, actors=actors, quotes=quotes,
                   dates=dates, stances=stances)
