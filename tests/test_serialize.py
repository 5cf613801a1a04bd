"""JSON round-trips exactly and always matches the shipped schema."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings

from reactlib.errors import RecordError
from reactlib.serialize import SCHEMA_ID, dumps
from reactlib.testing import assert_valid_article
from reactlib.types import Article

from strategies import articles


@settings(max_examples=150, deadline=None)
@given(articles())
def test_json_round_trips_exactly(article):
    data = json.loads(dumps(article))
    assert Article.from_dict(data) == article
    assert dumps(Article.from_dict(data)) == dumps(article)


@settings(max_examples=100, deadline=None)
@given(articles())
def test_every_article_matches_the_schema_and_offsets_slice_back(article):
    data = article.to_dict()
    assert_valid_article(data)
    text = data["text"]
    for q in data["quotes"]:
        assert text[q["start"]:q["end"]] == q["text"]
    for d in data["dates"]:
        assert text[d["start"]:d["end"]] == d["text"]
    for a in data["actors"]:
        for s, e in a["mentions"]:
            assert 0 <= s < e <= len(text)


def test_contract_keys_and_order():
    data = Article(text="x", date="2020-09-27").to_dict()
    assert list(data)[:4] == ["schema", "text", "date", "title"]
    assert data["schema"] == SCHEMA_ID and data["date"] == "2020-09-27"
    assert {"actors", "quotes", "dates", "stances"} <= set(data)


def test_from_dict_refuses_other_schemas_and_non_objects():
    with pytest.raises(RecordError, match="schema"):
        Article.from_dict({"schema": "other@9", "text": ""})
    with pytest.raises(RecordError, match="JSON object"):
        Article.from_dict(["not", "an", "article"])  # type: ignore[arg-type]
