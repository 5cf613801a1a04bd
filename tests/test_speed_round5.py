"""Speed round 5: work the stages used to repeat per quote or per mention is done once, same answers."""

from __future__ import annotations

import reactlib
from reactlib import linking
from reactlib.actors import extract_actors
from reactlib.extractors.quotes import resolve_speaker
from reactlib.linking import ActorLinker, place_opening_country
from reactlib.nlp import blank_english
from reactlib.tokens import TokenView, trigger_words

NLP = blank_english()

_TEXT = ("In Lima, the foreign ministry said the talks had failed. The president said he would respond. "
         "In Nairobi, the interior minister said the border stayed open. A diplomat said nothing more.")


def _linker(text: str) -> ActorLinker:
    doc = NLP(text)
    return ActorLinker(extract_actors(reactlib.Article(text=text), doc), doc)


def test_opening_place_is_read_once_per_sentence_with_the_same_answers(monkeypatch):
    linker = _linker(_TEXT)
    calls = []
    real = linking.place_opening_country

    def counting(text, start, gazetteer):
        calls.append(start)
        return real(text, start, gazetteer)

    monkeypatch.setattr(linking, "place_opening_country", counting)
    positions = [_TEXT.index(w) for w in ("foreign", "talks", "president", "interior", "border", "diplomat")]
    answers = [linker.opening_place_country(p) for p in positions * 2]
    assert len(calls) == len(set(calls)) == 4   # four sentences, each read once
    assert answers[:6] == answers[6:]
    fresh = [place_opening_country(_TEXT, linker.sentence_bounds(p)[0], linker.gazetteer) for p in positions]
    assert answers[:6] == fresh
    assert answers[0] == "PER" and answers[3] == "KEN" and answers[2] is None


def test_speaker_without_a_relative_clause_is_resolved_once(monkeypatch):
    text = "Peru closed its border on Friday. A farmer said the ceasefire would hold."
    linker = _linker(text)
    spans = []
    real = ActorLinker.resolve

    def counting(self, start, end):
        spans.append((start, end))
        return real(self, start, end)

    monkeypatch.setattr(ActorLinker, "resolve", counting)
    start = text.index("A farmer")
    assert resolve_speaker(linker, text, start, start + len("A farmer")) is None   # nobody known
    assert spans == [(start, start + len("A farmer"))]


def test_speaker_with_a_relative_clause_still_tries_the_part_before_who(monkeypatch):
    text = "An engineer who inspected the bridge for the Chilean government said it was unsafe."
    linker = _linker(text)
    spans = []
    real = ActorLinker.resolve

    def counting(self, start, end):
        spans.append((start, end))
        return real(self, start, end)

    monkeypatch.setattr(ActorLinker, "resolve", counting)
    end = text.index(" said")
    assert resolve_speaker(linker, text, 0, end) is None   # not Chile: the clause describes him
    assert (0, text.index(" who")) in spans


def test_registered_and_unregistered_sets_give_the_same_positions():
    text = "Officials said on Monday that the army shelled the town, residents said."
    doc = NLP(text)
    registered = trigger_words({"said", "shelled"})
    unregistered = frozenset({"said", "shelled", "town"})
    view = TokenView(doc, text)
    lower = [t.text.lower() for t in doc]
    assert view.positions(registered) == [k for k, w in enumerate(lower) if w in registered]
    assert view.positions(unregistered) == [k for k, w in enumerate(lower) if w in unregistered]


def test_linkers_of_one_article_share_its_sentence_and_quote_indexes():
    from reactlib.actors.textspans import QuoteIndex, SentenceIndex, quoted_spans, sentence_starts

    text = ('Officials in Quito met on Monday. "We will not yield," the minister said.\n\n'
            "Lima answered on Tuesday. The talks resume in May.")
    doc = NLP(text)
    article = extract_actors(reactlib.Article(text=text), doc)
    first, second = ActorLinker(article, doc), ActorLinker(article, doc)
    assert first._sentences is second._sentences and first._quotes is second._quotes
    assert first._sentences.starts == SentenceIndex(sentence_starts(text, doc)).starts
    assert first._quotes.spans == QuoteIndex(quoted_spans(text)).spans == [(34, 54)]
    # another text, or the same text without a Doc, gets indexes of its own, with its own answers
    other = "Bogota said nothing. Caracas said \u201cno\u201d."
    third = ActorLinker(extract_actors(reactlib.Article(text=other), NLP(other)), NLP(other))
    assert third._sentences is not first._sentences and third._quotes.spans == [(34, 38)]
    assert ActorLinker(article)._sentences.starts == [0, 34, 75, 101]


def test_forked_workers_reuse_the_pipeline_built_once_by_the_parent(monkeypatch):
    import multiprocessing

    from reactlib import parse_many, pipeline as pipeline_module

    builds = multiprocessing.get_context("fork").Value("i", 0)   # shared with the forked workers
    real_init = pipeline_module.Pipeline.__init__

    def counting_init(self, *args, **kwargs):
        with builds.get_lock():
            builds.value += 1
        real_init(self, *args, **kwargs)

    monkeypatch.setattr(pipeline_module.Pipeline, "__init__", counting_init)
    monkeypatch.setattr(pipeline_module, "_CACHE", {})   # as in a fresh process: nothing built yet
    texts = ["Officials in Lima said on Monday that Peru condemned the attack.",
             "Ecuador's foreign minister said the talks in Quito would resume."] * 3
    two = list(parse_many(texts, n_process=2, batch_size=1, start_method="fork"))
    assert builds.value == 1                             # not once more in each of the two workers
    assert [a.to_dict() for a in two] == [a.to_dict() for a in parse_many(texts)]
    assert builds.value == 1                             # and the parent's own parse reuses it too
