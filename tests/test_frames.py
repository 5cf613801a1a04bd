"""``reactlib.to_dataframe``: one row per record, fixed columns, names resolved, offsets kept."""

from __future__ import annotations

import builtins

import pandas as pd
import pytest
from hypothesis import given, settings, strategies as st
from strategies import articles
from views_fixtures import demo_article

from reactlib.batch import Failure
from reactlib.errors import InputError, ReactlibError
from reactlib.errors import MissingExtraError
from reactlib.frames import COLUMNS, TABLES, to_dataframe
from reactlib.types import Article


def test_stances_table_resolves_ids_to_names_and_keeps_the_evidence():
    article = demo_article()
    frame = to_dataframe([article], table="stances")
    assert list(frame.columns) == list(COLUMNS["stances"])
    assert len(frame) == len(article.stances)
    row = frame[(frame.type == "appeal")].iloc[0]
    assert (row.holder_name, row.target_name, row.issue, row.plover) == ("Chile", "Peru", "talks", "REQUEST")
    assert row.evidence == article.text[row.start:row.end]
    assert frame.groupby("holder_country").size().to_dict() == {"CHI": 2, "NOR": 2, "PER": 2}


def test_quotes_actors_and_dates_tables():
    article = demo_article()
    quotes = to_dataframe(article, table="quotes")
    assert quotes.speaker_name.tolist() == ["Ola Berg", "Ana Ruiz"]
    assert all(article.text[s:e] == t for s, e, t in zip(quotes.start, quotes.end, quotes.text))
    actors = to_dataframe(article, table="actors")
    assert actors.set_index("name").n_mentions.to_dict()["Peru"] == 2
    dates = to_dataframe(article, table="dates")
    assert dates.value.tolist() == ["2023-05-08", "2023-05"]


def test_rows_say_which_article_they_come_from_and_failures_are_left_out():
    failed = Failure(InputError("boom"), id="bad")
    frame = to_dataframe([demo_article(article_id="x"), failed, demo_article(article_id="y")], table="quotes")
    assert frame.article_id.tolist() == ["x", "x", "y", "y"]
    assert frame.article.tolist() == [0, 0, 2, 2]


@pytest.mark.parametrize("table", TABLES)
def test_empty_results_have_the_same_columns(table):
    frame = to_dataframe([Article(text="Nothing happened.")], table=table)
    assert frame.empty and list(frame.columns) == list(COLUMNS[table])


@settings(max_examples=40, deadline=None)
@given(st.lists(articles(), max_size=3), st.sampled_from(TABLES))
def test_one_row_per_record_on_any_articles(batch, table):
    frame = to_dataframe(batch, table=table)
    assert len(frame) == sum(len(getattr(a, table)) for a in batch)
    if "start" in frame.columns:
        for row in frame.itertuples():
            assert 0 <= row.start <= row.end <= len(batch[row.article].text)


def test_bad_table_and_bad_items_are_input_errors():
    with pytest.raises(InputError, match="stances, quotes, actors, dates"):
        to_dataframe(demo_article(), table="speeches")
    with pytest.raises(InputError, match="not an Article"):
        to_dataframe(["just text"])
    with pytest.raises(InputError):
        to_dataframe(42)


def test_without_pandas_the_error_names_the_extra(monkeypatch):
    real_import = builtins.__import__

    def no_pandas(name, *args, **kwargs):
        if name == "pandas" or name.startswith("pandas."):
            raise ImportError("No module named 'pandas'")
        return real_import(name, *args, **kwargs)

    monkeypatch.delitem(__import__("sys").modules, "pandas")
    monkeypatch.setattr(builtins, "__import__", no_pandas)
    with pytest.raises(MissingExtraError, match=r'pip install "reactlib\[pandas\]"') as info:
        to_dataframe(demo_article())
    assert isinstance(info.value, ReactlibError) and info.value.extra == "pandas"


def test_the_result_is_a_plain_dataframe():
    assert isinstance(to_dataframe(demo_article()), pd.DataFrame)
