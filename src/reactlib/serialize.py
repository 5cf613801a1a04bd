"""Serialisation at the edge: records to and from the JSON shape of OUTPUT_CONTRACT.md.

The types know nothing of JSON; this one cattrs converter turns them into plain
dicts and back. ``Article.from_dict(article.to_dict()) == article`` holds for every
article, and key order is fixed, so the same article always writes the same bytes.
"""

from __future__ import annotations

import datetime as _dt
import json
from typing import Any, Mapping

import cattrs
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn, override

from .errors import RecordError
from .types import Actor, Article, Quote, Stance, TimeExpression

SCHEMA_ID = "reactlib/article@1"

converter = cattrs.Converter()
converter.register_unstructure_hook(_dt.date, lambda d: d.isoformat())
converter.register_structure_hook(_dt.date, lambda s, _: _dt.date.fromisoformat(s))

for _cls in (Actor, Quote, TimeExpression, Stance):
    # ``extra`` holds what plugins add; it is written only when there is something in it.
    converter.register_unstructure_hook(
        _cls, make_dict_unstructure_fn(_cls, converter, extra=override(omit_if_default=True)))
    converter.register_structure_hook(_cls, make_dict_structure_fn(_cls, converter))

_article_unstructure = make_dict_unstructure_fn(
    Article, converter, extra=override(omit_if_default=True), warnings=override(omit_if_default=True))
_article_structure = make_dict_structure_fn(Article, converter)


def _mentions_as_lists(actor: dict[str, Any]) -> dict[str, Any]:
    actor["mentions"] = [list(m) for m in actor["mentions"]]
    return actor


def article_to_dict(article: Article) -> dict[str, Any]:
    """The article as the JSON-ready dict of OUTPUT_CONTRACT.md."""
    body = _article_unstructure(article)
    body["actors"] = [_mentions_as_lists(a) for a in body["actors"]]
    out: dict[str, Any] = {"schema": SCHEMA_ID}
    # Contract order first (schema, text, date, title), then the id and the records.
    for key in ("text", "date", "title", "id", "actors", "quotes", "dates", "stances", "warnings", "extra"):
        if key in body:
            out[key] = body[key]
    return out


def article_from_dict(data: Mapping[str, Any]) -> Article:
    """An Article from the dict :func:`article_to_dict` writes (``schema`` is checked, then ignored)."""
    if not isinstance(data, Mapping):
        raise RecordError(f"an article must be a JSON object, not {type(data).__name__}")
    schema = data.get("schema", SCHEMA_ID)
    if schema != SCHEMA_ID:
        raise RecordError(f"unknown article schema {schema!r}; this reactlib reads {SCHEMA_ID!r}")
    body = {k: v for k, v in data.items() if k != "schema"}
    try:
        return _article_structure(body, Article)
    except cattrs.BaseValidationError as exc:
        raise RecordError(f"not a reactlib article: {cattrs.transform_error(exc)}") from None


def dumps(article: Article, *, indent: int | None = None) -> str:
    """The article as JSON text (UTF-8 characters kept, keys in contract order)."""
    return json.dumps(article.to_dict(), ensure_ascii=False, indent=indent)
