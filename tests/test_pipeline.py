"""The pipeline: input checks, the article date, chaining of extractors, plugin failures."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings, strategies as st

import reactlib
from reactlib import Extractor, hookimpl
from reactlib.errors import (BadDateError, NotTextError, PipelineError, PluginError, ReactlibError,
                             TextTooLargeError)
from reactlib.extractor import order_extractors
from reactlib.testing import pipeline_with
from reactlib.types import Actor, Article


def test_date_marker_gives_the_article_date():
    article = reactlib.parse("date 2021-03-04 Ruritania protested.", plugins=[])
    assert article.date == dt.date(2021, 3, 4)
    assert article.text == "date 2021-03-04 Ruritania protested."


def test_date_argument_wins_over_the_marker():
    article = reactlib.parse("date 2021-03-04 Ruritania protested.", date="2022-01-02", plugins=[])
    assert article.date == dt.date(2022, 1, 2)


def test_no_marker_no_date():
    assert reactlib.parse("Ruritania protested on Monday.", plugins=[]).date is None


def test_a_marker_that_is_not_a_real_date_is_ignored_not_fatal():
    assert reactlib.parse("date 2021-02-30 Ruritania protested.", plugins=[]).date is None


def test_input_errors_are_typed_and_say_what_is_accepted():
    with pytest.raises(NotTextError, match="must be a str"):
        reactlib.parse(b"bytes")  # type: ignore[arg-type]
    with pytest.raises(BadDateError, match="YYYY-MM-DD"):
        reactlib.parse("text", date="next Tuesday")
    with pytest.raises(TextTooLargeError, match="limit of 10"):
        reactlib.parse("x" * 11, max_chars=10)


def test_blank_text_is_an_empty_article():
    article = reactlib.parse("  \n ")
    assert (article.actors, article.quotes, article.dates, article.stances) == ((), (), (), ())


class Recorder:
    """A plugin with two extractors that record what they saw."""

    def __init__(self):
        self.seen = []

    @hookimpl
    def reactlib_register_extractors(self, register):
        def add_actor(article, doc):
            self.seen.append(("add", len(article.actors)))
            return article.evolve(actors=[*article.actors,
                                          Actor(id=f"x{len(article.actors) + 1}", name="Freedonia", kind="country")])

        def count(article, doc):
            self.seen.append(("count", [a.name for a in article.actors]))
            return article

        # registered consumer-first on purpose: the pipeline must reorder them
        register(Extractor(name="test.count", run=count, needs={"test.actors"}))
        register(Extractor(name="test.add", run=add_actor, provides={"test.actors"}))


def test_plugin_extractors_run_in_declared_order_and_see_earlier_results():
    recorder = Recorder()
    pipeline = pipeline_with(recorder)
    names = [e.name for e in pipeline.extractors]
    assert names.index("test.add") < names.index("test.count")
    pipeline.parse("Freedonia answered.")
    assert recorder.seen == [("add", 0), ("count", ["Freedonia"])]


class Refiner:
    """Refines the built-in actors: runs after them and before the quotes that need them."""

    @hookimpl
    def reactlib_register_extractors(self, register):
        def rename(article, doc):
            return article.evolve(actors=[*article.actors, Actor(id="r1", name="Refined", kind="group")])
        register(Extractor(name="test.refine", run=rename, refines={"actors"}))


def test_a_refiner_runs_after_the_provider_and_before_consumers():
    order = [e.name for e in pipeline_with(Refiner()).extractors]
    assert order.index("reactlib.actors") < order.index("test.refine") < order.index("reactlib.quotes")


class Replacement:
    @hookimpl
    def reactlib_register_extractors(self, register):
        def fixed_dates(article, doc):
            return article.evolve(extra={**article.extra, "dates_by": "replacement"})
        register(Extractor(name="test.dates", run=fixed_dates, provides={"dates"}, replaces="reactlib.dates"))


def test_a_plugin_can_replace_a_builtin_extractor():
    pipeline = pipeline_with(Replacement())
    names = [e.name for e in pipeline.extractors]
    assert "reactlib.dates" not in names and "test.dates" in names
    assert pipeline.parse("On Monday Ruritania protested.").extra["dates_by"] == "replacement"


class Needy:
    reactlib_plugin_name = "needy-plugin"

    @hookimpl
    def reactlib_register_extractors(self, register):
        register(Extractor(name="needy.x", run=lambda a, d: a, needs={"sentiment"}))


def test_a_missing_requirement_names_the_plugin():
    with pytest.raises(PipelineError, match="needy-plugin.*sentiment"):
        pipeline_with(Needy())


def test_cycles_and_duplicate_names_are_refused():
    a = Extractor(name="a", run=lambda x, d: x, needs={"B"}, provides={"A"})
    b = Extractor(name="b", run=lambda x, d: x, needs={"A"}, provides={"B"})
    with pytest.raises(PipelineError, match="cycle"):
        order_extractors([a, b])
    with pytest.raises(PipelineError, match="twice"):
        order_extractors([a, a])


class Broken:
    reactlib_plugin_name = "broken-plugin"

    @hookimpl
    def reactlib_register_extractors(self, register):
        def explode(article, doc):
            raise ZeroDivisionError("boom")
        register(Extractor(name="broken.explode", run=explode, provides={"boom"}))


def test_an_exception_in_a_plugin_names_the_plugin_and_the_article():
    pipeline = pipeline_with(Broken())
    with pytest.raises(PluginError, match="broken-plugin.*'art-7'.*ZeroDivisionError: boom"):
        pipeline.parse("Ruritania protested.", id="art-7")


def test_skip_drops_the_failing_output_and_says_so():
    article = pipeline_with(Broken(), on_plugin_error="skip").parse("Ruritania protested.")
    assert any("broken-plugin" in w and "boom" in w for w in article.warnings)


class WrongReturn:
    reactlib_plugin_name = "wrong-return"

    @hookimpl
    def reactlib_register_extractors(self, register):
        register(Extractor(name="wrong.none", run=lambda a, d: None, provides={"nothing"}))


def test_an_extractor_must_return_an_article():
    with pytest.raises(PluginError, match="wrong-return.*NoneType"):
        pipeline_with(WrongReturn()).parse("Ruritania protested.")


def test_configure_nlp_hook_adds_to_the_shared_pipeline():
    class AddsComponent:
        @hookimpl
        def reactlib_configure_nlp(self, nlp):
            if "entity_ruler" not in nlp.pipe_names:
                ruler = nlp.add_pipe("entity_ruler")
                ruler.add_patterns([{"label": "GPE", "pattern": "Freedonia"}])

    pipeline = pipeline_with(AddsComponent())
    assert "entity_ruler" in pipeline.nlp.pipe_names
    assert [e.text for e in pipeline.nlp("Freedonia protested.").ents] == ["Freedonia"]


def test_a_users_own_spacy_pipeline_is_used():
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    pipeline = reactlib.Pipeline(nlp=nlp, plugins=[])
    assert pipeline.nlp is nlp
    assert pipeline.parse("date 2020-01-02 Freedonia protested.").date == dt.date(2020, 1, 2)


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=300))
def test_parse_raises_nothing_but_reactlib_errors_and_is_deterministic(text):
    try:
        first = reactlib.parse(text, plugins=[])
    except ReactlibError:
        return
    assert first.text == text
    assert reactlib.parse(text, plugins=[]).to_dict() == first.to_dict()
    assert isinstance(first, Article)


def test_an_extractor_registration_may_ask_the_pipeline_for_other_hooks():
    class Knows:
        @hookimpl
        def reactlib_gazetteer_entries(self):
            return [{"name": "Freedonia", "kind": "country", "country": "FRE"}]

    class Asks:
        @hookimpl
        def reactlib_register_extractors(self, register, pipeline):
            entries = [e for batch in pipeline.plugin_manager.hook.reactlib_gazetteer_entries() for e in batch]
            names = sorted(e["name"] for e in entries)
            register(Extractor(name="asks.x", provides={"x"},
                               run=lambda a, d: a.evolve(extra={**a.extra, "known": names})))

    assert "Freedonia" in pipeline_with(Knows(), Asks()).parse("Hello.").extra["known"]
