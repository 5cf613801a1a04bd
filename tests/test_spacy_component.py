"""The spaCy component: ``nlp.add_pipe("reactlib")`` puts the Article on ``doc._.reactlib``."""

from __future__ import annotations

import datetime as dt

import spacy
from spacy.tokens import Doc

import reactlib.spacy_component  # noqa: F401  (registers the factory)
from reactlib import Extractor, hookimpl
from reactlib.testing import pipeline_with
from reactlib.types import Actor, Article

TEXT = "date 2024-01-15 Ruritania on Monday condemned the blockade.\nGrand Fenwick said nothing"


class SentenceCounter:
    """An in-process plugin that records how many sentences the doc it is given has."""

    @hookimpl
    def reactlib_register_extractors(self, register):
        def run(article: Article, doc) -> Article:
            first = doc[0].text
            return article.evolve(extra={"sentences": len(list(doc.sents)), "first_token": first,
                                         "has_ents": doc.has_annotation("ENT_IOB")})

        register(Extractor(name="test.count", run=run, provides={"sentence_count"}))


def test_add_pipe_sets_the_article_on_the_doc():
    nlp = spacy.blank("en")
    nlp.add_pipe("reactlib")
    doc = nlp(TEXT)
    article = doc._.reactlib
    assert isinstance(article, Article)
    assert article.text == doc.text and article.date == dt.date(2024, 1, 15)
    # The doc has gained sentence boundaries: the line break ends one.
    assert [s.text for s in doc.sents][-1] == "Grand Fenwick said nothing"


def test_date_and_id_come_from_user_data():
    nlp = spacy.blank("en")
    nlp.add_pipe("reactlib")
    doc = nlp.make_doc("Ruritania protested.")
    doc.user_data["reactlib_date"] = "2019-07-01"
    doc.user_data["reactlib_id"] = "wire-7"
    article = nlp.get_pipe("reactlib")(doc)._.reactlib
    assert (article.date, article.id) == (dt.date(2019, 7, 1), "wire-7")


def test_extractors_run_on_the_users_doc_with_its_own_annotations():
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns([{"label": "GPE", "pattern": "Ruritania"}])
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("reactlib", config={"plugins": ""})
    nlp.get_pipe("reactlib").pipeline = pipeline_with(SentenceCounter())
    doc = nlp("Ruritania protested. Fenwick agreed. Nobody else spoke.")
    assert doc._.reactlib.extra == {"sentences": 3, "first_token": "Ruritania", "has_ents": True}
    assert [e.text for e in doc.ents] == ["Ruritania"]  # the user's entities are untouched


def test_an_existing_extension_is_not_replaced_and_the_name_is_configurable():
    if not Doc.has_extension("rl_test"):
        Doc.set_extension("rl_test", default="owned by someone else")
    before = Doc.get_extension("rl_test")
    nlp = spacy.blank("en")
    nlp.add_pipe("reactlib", config={"extension": "rl_test"})
    assert Doc.get_extension("rl_test") == before
    doc = nlp("Fenwick objected.")
    assert isinstance(doc._.rl_test, Article)


def test_pipe_and_blank_texts():
    nlp = spacy.blank("en")
    nlp.add_pipe("reactlib")
    docs = list(nlp.pipe(["", "   ", "Ruritania protested."]))
    assert [d._.reactlib.text for d in docs] == ["", "   ", "Ruritania protested."]


def test_an_actor_found_by_an_extractor_arrives_on_the_doc():
    class FindsRuritania:
        @hookimpl
        def reactlib_register_extractors(self, register):
            def run(article, doc):
                at = article.text.find("Ruritania")
                if at < 0:
                    return article
                return article.evolve(actors=[Actor(id="a1", name="Ruritania", kind="country",
                                                    mentions=[(at, at + 9)])])
            register(Extractor(name="test.rur", run=run, provides={"test_actors"}))

    nlp = spacy.blank("en")
    nlp.add_pipe("reactlib")
    nlp.get_pipe("reactlib").pipeline = pipeline_with(FindsRuritania())
    article = nlp("Yesterday Ruritania protested.")._.reactlib
    assert [(a.name, a.mentions) for a in article.actors] == [("Ruritania", ((10, 19),))]
