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


# -- the channel prefilter: a substring test of every phrase before the whole-word searches --------

_CHANNEL_PIECES = ["told reporters ", "in a tweet", "tweeted", "briefings ", "on x", "on xinhua ", "a letter",
                   "letterhead ", "telephoned ", "the statement", "statements ", "said ", "the ministry ", ", ",
                   "Televised ", "on TV", "at a rally", "rallying "]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_CHANNEL_PIECES), max_size=8), st.sampled_from([None, "say", "write"]))
def test_channel_prefilter_never_hides_a_whole_word_channel(pieces, cue):
    from reactlib.quotes.channels import CHANNEL_WORDS, _contains_word, channel_of

    context = "".join(pieces)
    low = context.lower()
    expected = next((channel for channel, words in CHANNEL_WORDS if any(_contains_word(low, w) for w in words)),
                    None)
    found = channel_of(context, None, cue)
    if expected is not None:
        assert found == expected
    else:
        assert found == ("written" if cue == "write" else None)


def test_channels_named_around_a_cue():
    from reactlib.quotes.channels import channel_of

    assert channel_of("the envoy told reporters in Marendi on Monday") == "press conference"
    assert channel_of("she wrote on her letterhead", None, "say") is None          # "letter" is not a word here
    assert channel_of("the finance ministry said", "the finance ministry", "say") == "statement"
    assert channel_of("a spokesman for the mayor said", "a spokesman for the mayor", "say") == "statement"
