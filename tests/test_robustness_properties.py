"""Property tests on article-like text: sentences with quotes, titles, names, dates and stray marks.

Random noise rarely reaches the interesting paths (a quotation attributed to a titled
speaker, a date after a reporting verb); these strategies build text that looks like
a reaction article, then break it in the ways scraped text is broken. On all of it,
the core properties must hold: parsing succeeds, the text is untouched, every
offset indexes it, JSON round-trips and is the same bytes every time.
"""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings, strategies as st

import reactlib
from reactlib import Article, parse_many
from reactlib.output import to_json

COUNTRIES = ["Norland", "Tarsia", "Ostrava", "the United States", "France", "Kestria", "the European Union",
             "the United Nations", "Japan", "Marendi"]
TITLES = ["President", "Prime Minister", "Foreign Minister", "spokesman", "Secretary-General", "Colonel", "Mr.", "Dr."]
FIRST = ["Ana", "Peter", "Ilse", "Tomas", "Li", "Bako", "Maria", "Jean-Luc", "O'Neil"]
LAST = ["Varga", "Alm", "Reyes", "Tundi", "Olvera", "Castell", "Smith", "Al-Sayed", "van der Berg"]
VERBS = ["said", "told reporters", "wrote on Twitter", "warned", "added", "urged", "condemned", "welcomed",
         "called for", "accused", "denied", "says", "stressed", "tweeted"]
DATES = ["on Monday", "on Sunday", "last week", "on September 27", "in 2020", "yesterday", "two days ago",
         "on 2021-03-04", "this morning", "at 5 p.m.", "for three days", "every year", "since 1994", "next month"]
CLAUSES = ["the attack was unacceptable", "both sides must stop the fighting", "talks would resume",
           "it supported the government", "the border would stay closed", "aid was on its way",
           "this was an internal matter", "sanctions would follow", "it had no part in it"]
OPEN_CLOSE = [("\u201c", "\u201d"), ('"', '"'), ("\u2018", "\u2019"), ("\u00ab", "\u00bb"), ("``", "''"), ("'", "'")]
STRAY = ["\"", "\u201c", "\u201d", "'", "\u00ab", "(", ")", "\u2014", "--", "...", "\u200b", "\ufeff", "\x00",
         "\u202e", "\U0001F600", "\r\n", "\n\n", "\t", "  ", "&amp;", "*", ":", ";"]

name = st.one_of(
    st.sampled_from(COUNTRIES),
    st.builds(lambda t, f, l: f"{t} {f} {l}", st.sampled_from(TITLES), st.sampled_from(FIRST), st.sampled_from(LAST)),
    st.builds(lambda c, t, l: f"{c}'s {t} {l}", st.sampled_from(COUNTRIES[:6]), st.sampled_from(TITLES),
              st.sampled_from(LAST)),
    st.builds(lambda l: f"{l}", st.sampled_from(LAST)),
    st.sampled_from(["he", "she", "they", "It", "The ministry", "A spokeswoman"]),
)


@st.composite
def quotation(draw) -> str:
    left, right = draw(st.sampled_from(OPEN_CLOSE))
    body = draw(st.sampled_from(CLAUSES)).capitalize()
    if draw(st.booleans()):  # a quote inside the quote
        inner_l, inner_r = draw(st.sampled_from(OPEN_CLOSE))
        body += f", {inner_l}{draw(st.sampled_from(CLAUSES))}{inner_r}"
    if draw(st.integers(0, 9)) == 0:  # unclosed
        right = ""
    return f"{left}{body}.{right}"


@st.composite
def sentence(draw) -> str:
    who, verb, when = draw(name), draw(st.sampled_from(VERBS)), draw(st.sampled_from(DATES))
    form = draw(st.integers(0, 5))
    if form == 0:
        s = f"{who} {verb} {when} that {draw(st.sampled_from(CLAUSES))}."
    elif form == 1:
        s = f"{draw(quotation())} {who} {verb} {when}."
    elif form == 2:
        s = f"{who} {verb}: {draw(quotation())}"
    elif form == 3:
        s = f"{draw(quotation())[:-1]}, {verb.split()[0]} {who}, {draw(quotation())}"
    elif form == 4:
        s = f"According to {who}, {draw(st.sampled_from(CLAUSES))} {when}."
    else:
        s = f"{who} {verb} {draw(name)} {when}."
    s = s[:1].upper() + s[1:]
    for _ in range(draw(st.integers(0, 2))):  # stray marks where scraping left them
        at = draw(st.integers(0, len(s)))
        s = s[:at] + draw(st.sampled_from(STRAY)) + s[at:]
    return s


@st.composite
def article_text(draw) -> str:
    paragraphs = []
    for _ in range(draw(st.integers(1, 4))):
        paragraphs.append(" ".join(draw(st.lists(sentence(), min_size=1, max_size=3))))
    head = draw(st.sampled_from(["", "date 2020-09-27\n", "date 2023-01-15\r\n", "\ufeffdate 2021-06-01\n",
                                 "BREAKING: ", "Headline without a full stop\n\n"]))
    return head + draw(st.sampled_from(["\n\n", "\r\n\r\n", "\n", " "])).join(paragraphs)


PROPERTY = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def check_offsets(article: Article, text: str) -> None:
    assert article.text == text
    for quote in article.quotes:
        assert text[quote.start:quote.end] == quote.text
        for a, b in ((quote.cue_start, quote.cue_end), (quote.speaker_start, quote.speaker_end)):
            assert (a is None) == (b is None)
            if a is not None:
                assert 0 <= a <= b <= len(text)
    for timex in article.dates:
        assert text[timex.start:timex.end] == timex.text
    for actor in article.actors:
        assert actor.mentions, f"actor {actor.id} has no mention"
        for start, end in actor.mentions:
            assert 0 <= start < end <= len(text)
    ids = {a.id for a in article.actors}
    quote_ids = {q.id for q in article.quotes}
    for stance in article.stances:
        assert 0 <= stance.start <= stance.end <= len(text)
        assert stance.holder in ids and (stance.target is None or stance.target in ids)
        assert stance.quote is None or stance.quote in quote_ids


@PROPERTY
@given(article_text())
def test_article_like_text_parses_with_every_offset_in_place(text):
    check_offsets(reactlib.parse(text, date="2020-09-27"), text)


@PROPERTY
@given(article_text())
def test_json_round_trips_and_is_the_same_bytes_every_time(text):
    first = reactlib.parse(text, date="2020-09-27")
    again = reactlib.parse(text, date="2020-09-27")
    assert to_json(first) == to_json(again)
    assert Article.from_dict(json.loads(to_json(first))) == first


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(article_text() | st.integers() | st.none(), min_size=1, max_size=6))
def test_a_batch_gives_one_result_per_article_equal_to_parsing_each_alone(items):
    results = list(parse_many(items))
    assert len(results) == len(items)
    for item, result in zip(items, results):
        if isinstance(item, str):
            assert to_json(result) == to_json(reactlib.parse(item))
        else:
            assert result.error.code == "R101"


@PROPERTY
@given(article_text(), st.lists(st.sampled_from(STRAY + list("abc .,\"")), max_size=40).map("".join))
def test_appended_junk_never_breaks_parsing(text, junk):
    check_offsets(reactlib.parse(text + junk, date="2020-09-27"), text + junk)
