"""The stance extractor scored on the reference article with the project's scorer.

Two views: the whole pipeline (actors and quotes found by reactlib), and the stance
rules alone, given the hand-annotated actors and quotes — so that a drop in one can
be told from a drop in the stages before it.
"""

from __future__ import annotations

import json
import re

import pytest

import reactlib
from reactlib.nlp import blank_english
from reactlib.stances import find_stances
from reactlib.types import Actor, Article, Quote

from conftest import REFERENCE, REFERENCE_GOLD


@pytest.fixture(scope="module")
def gold():
    return json.loads(REFERENCE_GOLD.read_text(encoding="utf-8"))


def stance_f1(score, gold, article: Article) -> tuple[float, float]:
    pred = article.to_dict()
    res = score.score(gold, pred, article.text)
    return (res["stances"]["holder+type+target"]["f1"],
            res["stances(country-level)"]["holder+type+target"]["f1"])


def test_reference_article_end_to_end(score, gold):
    article = reactlib.parse(REFERENCE.read_text(encoding="utf-8"), plugins=[])
    strict, country = stance_f1(score, gold, article)
    assert strict >= 0.90, strict
    assert country >= 0.95, country


def _gold_article(text: str, gold: dict) -> Article:
    """The reference text with the gold actors (mentions found by their names) and quotes."""
    # longest names first, across all actors: "Armenian separatists" before "Armenian"
    surfaces = sorted(((s, n) for n, a in enumerate(gold["actors"]) for s in {a["name"], *a.get("aliases", [])}),
                      key=lambda x: -len(x[0]))
    mentions: dict[int, list[tuple[int, int]]] = {}
    taken: list[tuple[int, int]] = []
    for surface, n in surfaces:
        for m in re.finditer(r"\b" + re.escape(surface) + r"\b", text):
            if not any(s < m.end() and m.start() < e for s, e in taken):
                mentions.setdefault(n, []).append((m.start(), m.end()))
                taken.append((m.start(), m.end()))
    actors = [Actor(id=f"g{n}", name=a["name"], kind=a["kind"], country=a.get("country"),
                    mentions=mentions.get(n, ())) for n, a in enumerate(gold["actors"])]
    ids = {a.name: a.id for a in actors}
    quotes = []
    for n, q in enumerate(gold["quotes"]):
        start = q["start"] if "start" in q else text.find(q["text"])
        end = q["end"] if "end" in q else start + len(q["text"])
        quotes.append(Quote.from_span(text, start, end, id=f"q{n}", kind=q["kind"], speaker=ids.get(q["speaker"])))
    return Article(text=text, actors=actors, quotes=quotes)


def test_stance_rules_alone_on_gold_actors_and_quotes(score, gold):
    text = REFERENCE.read_text(encoding="utf-8")
    article = _gold_article(text, gold)
    article = article.evolve(stances=find_stances(article, blank_english()(text)))
    strict, country = stance_f1(score, gold, article)
    assert strict >= 0.95, strict
    assert country >= 0.95, country
