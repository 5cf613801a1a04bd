"""Stances read from a dependency parse (a hand-built one: no trained model is installed).

Each Doc below carries heads and dependency labels set by hand, as a trained English
pipeline would give them; the stance finder then takes the holder from the verb's
``nsubj`` and the target from its ``dobj`` or a preposition's ``pobj``.
"""

from __future__ import annotations

from spacy.tokens import Doc

from reactlib.stances import find_stances
from reactlib.stances.deps import has_parse

from test_stances import NLP, make_article


def parsed(text: str, arcs: list[tuple[int, str]]) -> Doc:
    """A Doc of ``text`` (tokenised as the default pipeline does) with (head, dep) per token."""
    plain = NLP(text)
    words, spaces = [t.text for t in plain], [bool(t.whitespace_) for t in plain]
    assert len(arcs) == len(words), list(enumerate(words))
    return Doc(NLP.vocab, words=words, spaces=spaces, heads=[h for h, _ in arcs], deps=[d for _, d in arcs])


def stance_triples(text: str, doc) -> set[tuple]:
    article = make_article(text)
    names = {a.id: a.name for a in article.actors}
    return {(names[s.holder], s.type, names.get(s.target)) for s in find_stances(article, doc)}


RELATIVE = "Ruritania, which Syldavia backs, condemned Borduria and threatened the rebels."
RELATIVE_ARCS = [(6, "nsubj"), (0, "punct"), (4, "dobj"), (4, "nsubj"), (0, "relcl"), (0, "punct"), (6, "ROOT"),
                 (6, "dobj"), (6, "cc"), (6, "conj"), (11, "det"), (9, "dobj"), (6, "punct")]


def test_the_parse_is_seen():
    assert has_parse(parsed(RELATIVE, RELATIVE_ARCS))
    assert not has_parse(NLP(RELATIVE))


def test_holder_is_the_subject_across_a_relative_clause_and_a_coordinated_verb():
    got = stance_triples(RELATIVE, parsed(RELATIVE, RELATIVE_ARCS))
    assert ("Ruritania", "condemn", "Borduria") in got
    assert ("Ruritania", "threaten", "rebels") in got
    assert not any(h == "Syldavia" for h, _, _ in got)


def test_target_is_the_direct_object_past_an_inserted_phrase():
    text = "Weber praised, in a speech to parliament, Kovacs."
    arcs = [(1, "nsubj"), (1, "ROOT"), (1, "punct"), (1, "prep"), (5, "det"), (3, "pobj"), (5, "prep"),
            (6, "pobj"), (1, "punct"), (1, "dobj"), (1, "punct")]
    assert ("Tomas Weber", "praise", "Anna Kovacs") in stance_triples(text, parsed(text, arcs))
    # the rules alone stop at the inserted phrase and find no one praised
    assert ("Tomas Weber", "praise", "Anna Kovacs") not in stance_triples(text, NLP(text))


def test_target_is_the_object_of_a_preposition_on_the_object_noun():
    text = "Tokyo expressed its firm support on Monday for Syldavia."
    arcs = [(1, "nsubj"), (1, "ROOT"), (4, "poss"), (4, "amod"), (1, "dobj"), (1, "prep"), (5, "pobj"),
            (4, "prep"), (7, "pobj"), (1, "punct")]
    assert ("Japan", "support", "Syldavia") in stance_triples(text, parsed(text, arcs))


def test_rules_take_over_when_the_parse_gives_no_actor():
    # a parser that mislabels the subject: the rules still find the holder
    text = "Ruritania condemned Syldavia."
    arcs = [(1, "npadvmod"), (1, "ROOT"), (1, "dobj"), (1, "punct")]
    assert stance_triples(text, parsed(text, arcs)) == {("Ruritania", "condemn", "Syldavia")}
    # a subject that is no actor mention ("the envoy") gives no holder from the parse either
    text = "The envoy said Ruritania condemned Syldavia."
    arcs = [(1, "det"), (2, "nsubj"), (2, "ROOT"), (4, "nsubj"), (2, "ccomp"), (4, "dobj"), (2, "punct")]
    assert stance_triples(text, parsed(text, arcs)) == {("Ruritania", "condemn", "Syldavia")}
