"""The records refuse to exist in a broken state: offsets, ids and text must agree."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest

from reactlib.errors import BadDateError, RecordInvariantError
from reactlib.types import Actor, Article, Quote, Stance, TimeExpression

TEXT = "Ruritania on Monday condemned the strike, its foreign minister said."


def ruritania() -> Actor:
    return Actor(id="a1", name="Ruritania", kind="country", country="RUR", mentions=[(0, 9)])


def test_quote_from_span_takes_the_words_from_the_text():
    q = Quote.from_span(TEXT, 20, 40, id="q1", kind="indirect")
    assert q.text == "condemned the strike"
    assert Article(text=TEXT, quotes=[q]).quotes[0].text == TEXT[20:40]


def test_offsets_past_the_end_of_the_text_are_refused():
    q = Quote(id="q1", text="x", start=len(TEXT), end=len(TEXT) + 1, kind="direct")
    with pytest.raises(RecordInvariantError, match="past the end"):
        Article(text=TEXT, quotes=[q])


def test_start_after_end_is_refused():
    with pytest.raises(RecordInvariantError, match="start <= end"):
        TimeExpression(text="", start=5, end=4, type="DATE")


def test_quote_text_must_match_its_offsets():
    q = Quote(id="q1", text="condoned", start=20, end=29, kind="indirect")
    with pytest.raises(RecordInvariantError, match="does not match"):
        Article(text=TEXT, quotes=[q])


def test_a_speaker_must_be_a_known_actor():
    q = Quote.from_span(TEXT, 20, 40, id="q1", kind="indirect", speaker="a9")
    with pytest.raises(RecordInvariantError, match="a9"):
        Article(text=TEXT, actors=[ruritania()], quotes=[q])


def test_stance_roles_and_quote_must_exist():
    with pytest.raises(RecordInvariantError, match="target"):
        Article(text=TEXT, actors=[ruritania()], stances=[Stance(holder="a1", type="condemn", start=0, end=40, target="a2")])
    with pytest.raises(RecordInvariantError, match="quote"):
        Article(text=TEXT, actors=[ruritania()], stances=[Stance(holder="a1", type="condemn", start=0, end=40, quote="q3")])


def test_unknown_kinds_and_types_are_refused():
    with pytest.raises(ValueError):
        Actor(id="a1", name="X", kind="planet")
    with pytest.raises(ValueError):
        Stance(holder="a1", type="love", start=0, end=1)


def test_mentions_are_sorted_deduplicated_and_must_not_overlap():
    a = Actor(id="a1", name="R", kind="country", mentions=[[20, 25], (0, 9), (0, 9)])
    assert a.mentions == ((0, 9), (20, 25))
    with pytest.raises(RecordInvariantError, match="overlap"):
        Actor(id="a1", name="R", kind="country", mentions=[(0, 9), (5, 12)])


def test_duplicate_ids_are_refused():
    with pytest.raises(RecordInvariantError, match="share an id"):
        Article(text=TEXT, actors=[ruritania(), ruritania()])


def test_records_are_frozen_and_evolve_revalidates():
    article = Article(text=TEXT, actors=[ruritania()])
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        article.text = "other"  # type: ignore[misc]
    with pytest.raises(RecordInvariantError):
        article.evolve(stances=[Stance(holder="a7", type="support", start=0, end=3)])


def test_evolve_checks_what_a_change_can_break():
    """Article.evolve re-checks only the changed records, and the references into them."""
    said = Quote.from_span(TEXT, 0, 9, id="q1", kind="indirect", speaker="a1")
    stance = Stance(holder="a1", type="condemn", start=20, end=29, quote="q1")
    article = Article(text=TEXT, actors=[ruritania()], quotes=[said], stances=[stance])
    # dropping an actor that a quote and a stance name breaks them
    with pytest.raises(RecordInvariantError, match="speaker 'a1' is not an actor id"):
        article.evolve(actors=())
    with pytest.raises(RecordInvariantError, match="holder 'a1' is not an actor id"):
        article.evolve(actors=(), quotes=())
    # dropping the quote a stance cites breaks the stance
    with pytest.raises(RecordInvariantError, match="quote 'q1' is not a quote id"):
        article.evolve(quotes=())
    # new records are checked against the text, converted and validated as in __init__
    with pytest.raises(RecordInvariantError, match="runs past the end"):
        article.evolve(dates=[TimeExpression(text="x", start=len(TEXT), end=len(TEXT) + 1, type="DATE")])
    with pytest.raises(RecordInvariantError, match="share an id"):
        article.evolve(actors=[ruritania(), ruritania()])
    with pytest.raises(TypeError):
        article.evolve(title=42)
    with pytest.raises(TypeError, match="unexpected"):
        article.evolve(colour="red")
    moved = article.evolve(date="2020-09-27", warnings=["w"], extra={"k": 1})
    assert moved.date == dt.date(2020, 9, 27) and moved.warnings == ("w",) and moved.quotes == (said,)
    assert moved == attrs.evolve(article, date="2020-09-27", warnings=["w"], extra={"k": 1})
    # a changed text re-checks every record against it
    with pytest.raises(RecordInvariantError):
        article.evolve(text=TEXT[:5])


def test_article_date_accepts_dates_datetimes_and_iso_strings():
    assert Article(text="", date="2020-09-27").date == dt.date(2020, 9, 27)
    assert Article(text="", date=dt.datetime(2020, 9, 27, 8, 30)).date == dt.date(2020, 9, 27)
    assert Article(text="", date="2020-09-27T08:30:00Z").date == dt.date(2020, 9, 27)
    with pytest.raises(BadDateError, match="YYYY-MM-DD"):
        Article(text="", date="27/09/2020")


def test_stance_knows_its_plover_class():
    assert Stance(holder="a1", type="appeal", start=0, end=1).plover == "REQUEST"
    assert Stance(holder="a1", type="condemn", start=0, end=1).plover == "ACCUSE"


def test_field_types_are_checked_as_attrs_instance_of_checks_them():
    class Name(str):
        pass

    # a subclass passes, as with attrs' instance_of; None only where the field is optional
    assert Actor(id=Name("a1"), name="Ruritania", kind="country", role=None).id == "a1"
    with pytest.raises(TypeError, match="'name' must be <class 'str'> \\(got None"):
        Actor(id="a1", name=None, kind="country")
    with pytest.raises(TypeError, match="'start' must be <class 'int'> \\(got '3'"):
        Quote(id="q1", text="Rur", start="3", end=3, kind="direct")
    with pytest.raises(TypeError, match="'cue_start' must be <class 'int'>"):
        Quote(id="q1", text="Rur", start=0, end=3, kind="direct", cue_start=1.5, cue_end=2)
    with pytest.raises(TypeError, match="'anonymous' must be <class 'bool'>"):
        Actor(id="a1", name="Ruritania", kind="country", anonymous=1)
