"""The cheap tests that let a rule skip a whole-text scan never skip a text the scan would match."""

from __future__ import annotations

from hypothesis import given, settings, strategies as st

from reactlib.actors.relatives import _FIRST_NAME, _RELATIVES, _may_name_relatives

_PIECES = ["his ", "His ", "her ", "Her ", "family ", "relatives ", "parents ", "relatives and friends ",
           "said", "told", "also ", "on Monday ", "gave only his first name, ", "identified herself only as ",
           "identified only by the name ", "offered only her first name ", "only ", "Tomas", ". ", "\n"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=12))
def test_prefilters_hold_whenever_the_patterns_match(pieces):
    text = "".join(pieces)
    if _RELATIVES.search(text):
        assert _may_name_relatives(text)
    if _FIRST_NAME.search(text):
        assert " only " in text


def test_relatives_still_found_in_own_sentences():
    from reactlib import parse

    text = ("Lukas Brenner, an engineer from Austria, was detained in Oranland last week. "
            "\"We are desperate for news,\" his family said on Tuesday.")
    article = parse(text)
    assert any(a.name == "Brenner's family" for a in article.actors)
    plain = parse("Lukas Brenner, an engineer from Austria, was detained in Oranland last week.")
    assert not any("family" in a.name for a in plain.actors)
