"""The shared token view agrees with spaCy's own tokens and sentences."""

from __future__ import annotations

from hypothesis import given, settings, strategies as st

from reactlib.nlp import blank_english
from reactlib.tokens import _TRIGGERS as _TRIGGERS_REGISTERED, token_view, trigger_words

NLP = blank_english()


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=200))
def test_view_matches_spacy_tokens_and_sentences(text):
    doc = NLP(text)
    view = token_view(doc, text)
    assert view.text == [t.text for t in doc]
    assert view.start == [t.idx for t in doc]
    assert all(text[s:e] == w for s, e, w in zip(view.start, view.end, view.text))
    assert [(s.start, s.end) for s in doc.sents] == view.sents if len(doc) else view.sents == []
    for i in range(len(doc)):
        first, end = view.sentence_of(i)
        assert first <= i < end


def test_view_is_made_once_per_doc():
    doc = NLP("Freedonia protested. Sylvania agreed.")
    assert token_view(doc) is token_view(doc)
    assert view_sentences(doc) == [("Freedonia", "."), ("Sylvania", ".")]


def view_sentences(doc):
    view = token_view(doc)
    return [(view.text[first], view.text[end - 1]) for first, end in view.sents]


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab. \n\"Q?"), max_size=80))
def test_view_flags_match_spacy_token_attributes(text):
    doc = NLP(text)
    view = token_view(doc, text)
    assert view.sent_start == [t.is_sent_start is True for t in doc]
    assert view.lower == [t.lower_ for t in doc]
    assert view.is_space == [t.is_space for t in doc]
    assert view.end == [t.idx + len(t.text) for t in doc]


# -- the trigger-word index -----------------------------------------------------------

_TRIGGERS = frozenset({"said", "read", "claims"})
_REGISTERED = trigger_words({"said", "reads", "warned"})


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(["Said", "said", "read", "Reads", "claims", "Ostland", ".", "\n", "x"]),
                max_size=40))
def test_positions_equal_a_scan_of_every_token(words):
    text = " ".join(words)
    view = token_view(NLP(text), text)
    scan = [k for k, w in enumerate(view.text) if w.lower() in _TRIGGERS]
    assert view.positions(_TRIGGERS) == scan
    assert view.positions(_TRIGGERS) is view.positions(_TRIGGERS)   # found once per Doc
    for lo in range(0, len(view) + 1, 3):
        for hi in range(lo, len(view) + 2, 4):
            assert view.positions_between(_TRIGGERS, lo, hi) == [k for k in scan if lo <= k < hi]
    assert view.sentences_with(_TRIGGERS) == sorted({view.sentence_index[k] for k in scan})


def test_positions_are_kept_apart_for_each_word_set():
    text = "The memo read: no. Officials said nothing. Vantaria's claims were denied."
    view = token_view(NLP(text), text)
    reading = frozenset({"read"})
    saying = frozenset({"said", "claims"})
    assert [view.text[k] for k in view.positions(reading)] == ["read"]
    assert [view.text[k] for k in view.positions(saying)] == ["said", "claims"]
    assert view.sentences_with(saying) == [1, 2]
    assert view.positions_between(saying, 0, view.positions(saying)[1]) == view.positions(saying)[:1]


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(["Said", "said", "reads", "Warned", "warned.", "claims", "Ostland", ".", "\n"]),
                max_size=40))
def test_registered_sets_are_answered_from_one_shared_index(words):
    text = " ".join(words)
    view = token_view(NLP(text), text)
    for triggers in (_REGISTERED, _TRIGGERS):
        assert view.positions(triggers) == [k for k, w in enumerate(view.text) if w.lower() in triggers]
    index = view.trigger_index()
    assert all(view.lower[k] == word for word, found in index.items() for k in found)
    assert sorted(k for found in index.values() for k in found) == \
        [k for k, w in enumerate(view.lower) if w in _TRIGGERS_REGISTERED.words]


def test_a_set_registered_after_the_index_was_built_is_still_found():
    text = "Talks in Veloria stalled; the envoy grumbled, and the minister grumbled too."
    view = token_view(NLP(text), text)
    view.trigger_index()                                   # built before the new set exists
    late = trigger_words({"grumbled", "stalled"})
    assert [view.text[k] for k in view.positions(late)] == ["stalled", "grumbled", "grumbled"]
    assert trigger_words(late) is late                     # registering again changes nothing
