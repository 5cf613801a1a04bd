"""The date scanner tries at each token only the rules that can begin with its word.

``patterns.RULE_STARTS`` lists, per rule, the words its first token can be (and
``RULE_AFTER_THE`` the words after "the", ``NEXT_WORD_GATES`` those after "a", "'",
"that"). If a
rule could match at some other word, the dispatch would silently lose dates; these
tests run every rule at every token of random text built from the lexicon's own
words and check that none ever does, and that the dispatched scan equals trying
every rule everywhere.
"""

from __future__ import annotations

from hypothesis import given, settings, strategies as st

from reactlib.timex import lexicon as L
from reactlib.timex.patterns import (DIGITS, NEXT_WORD_GATES, RULE_AFTER_DIGITS, RULE_AFTER_THE, RULE_STARTS, RULES, TRIGGERS, Scanner,
                                     recognise)
from reactlib.timex.tokens import tokenize


def _words() -> list[str]:
    words: set[str] = set()
    for name in dir(L):
        value = getattr(L, name)
        if isinstance(value, (dict, set, frozenset)):
            for key in value:
                words.update(key if isinstance(key, tuple) else [key])
    words.update("the a an of in on at by to and , . - / : ' ’s 's o'clock a.m. p.m. am pm GMT local time "
                 "1 2 9 11 12 13 27 31 32 59 60 90 0546 1500 1990 2016 2020 99999 Q3 H1 mid year-end".split())
    return sorted(w for w in words if isinstance(w, str))


WORDS = _words()
#: At least one phrase each rule matches, so that random text often holds real expressions.
PHRASES = [
    "2020-09-27", "9/11", "27/09/2020", "Sept. 27, 2020", "in March", "27 September 2020", "the 27th of May",
    "the 1990s", "the '90s", "in 1848", "Sunday morning", "Sundays", "yesterday afternoon", "tonight",
    "the day before yesterday", "last night", "overnight", "now", "the past", "these days", "recent weeks",
    "three years ago", "a decade-long", "for decades", "two-day", "the past three years", "next Monday",
    "this past weekend", "the same day", "the following week", "last quarter", "the weekend",
    "earlier in the day", "the day after", "year-end", "that same day", "the end of this year", "every other week",
    "daily", "twice a year", "each Sunday", "8 a.m. Sunday", "8:30 pm", "0546 GMT", "noon", "5 o'clock",
    "the summer of 2019", "in the spring", "the first quarter of 2012", "Q3 2020", "third-quarter profit",
    "the second half of the year", "the 20th century", "the nineteenth century", "Christmas Eve",
    "New Year's Eve", "Easter Sunday", "Thanksgiving Day", "fiscal 2012", "the 2012 fiscal year",
    "mid-March", "late last year", "more than two years", "Valentine's Day",
    "midweek", "mid-week", "the year-earlier period", "year-ago profit", "Eid al-Fitr", "Lunar New Year",
    "Dec. 30-Jan. 2, 2024", "the days ahead", "the weeks to come", "year's end", "the month's end",
    "the late 19th century", "well over a decade", "the 80s", "at present", "the final quarter",
    "FY2025", "1Q 2024", "a quarter century", "nineteen ninety-one",
    "an additional year", "another two years", "over the years", "attacked at night", "hour by hour", "within the hour", "two nights",
    "3-5 March", "6 and 7 May 2023", "27th of May", "3Q23", "a few days", "a couple of weeks", "a dozen times", "a-year", "that night", "an extra month",
    "480 BC", "52 B.C.", "AD 476", "the 3rd century BCE", "week 5 of 2021", "calendar week 12",
]
WORD = st.sampled_from(WORDS).flatmap(lambda w: st.sampled_from([w, w.capitalize(), w.upper()]))
PIECE = st.one_of(WORD, st.sampled_from(PHRASES), st.sampled_from(PHRASES))
TEXT = st.lists(st.tuples(PIECE, st.sampled_from([" ", "", " ", "\n", ", "])), max_size=30).map(
    lambda parts: "".join(w + sep for w, sep in parts))


def _brute_force(tokens):
    """The scan as it was before dispatch: every rule at every trigger token."""
    s = Scanner(tokens)
    found, i = [], 0
    while i < s.n:
        best = None
        word = tokens.lower[i]
        for rule in RULES if word in TRIGGERS or word.isdigit() else ():
            cand = rule(s, i)
            if cand is not None and (best is None or cand.last > best.last):
                best = cand
        if best is None:
            i += 1
            continue
        best = s.extend_left(best, found[-1].last if found else 0)
        if s.hyphenated_on(best):
            i = best.last
            continue
        found.append(best)
        i = best.last
    return found


@settings(max_examples=400, deadline=None)
@given(TEXT)
def test_no_rule_matches_outside_its_start_words(text):
    tokens = tokenize(text)
    s = Scanner(tokens)
    for i, word in enumerate(tokens.lower):
        for rule in RULES:
            if rule(s, i) is not None:
                assert word in RULE_STARTS[rule] or (word.isdigit() and DIGITS in RULE_STARTS[rule]), \
                    (rule.__name__, word, text)
                if word == "the":
                    nxt = s.w(i + 1)
                    assert nxt in RULE_AFTER_THE[rule] or (nxt.isdigit() and DIGITS in RULE_AFTER_THE[rule]), \
                        (rule.__name__, nxt, text)
                if word.isdigit() and rule in RULE_AFTER_DIGITS:
                    assert s.w(i + 1) in RULE_AFTER_DIGITS[rule], (rule.__name__, word, s.w(i + 1), text)
                if word in NEXT_WORD_GATES:
                    nxt = s.w(i + 1)
                    gate = NEXT_WORD_GATES[word]
                    assert nxt in gate or (nxt.isdigit() and DIGITS in gate), (rule.__name__, word, nxt, text)


@settings(max_examples=200, deadline=None)
@given(TEXT)
def test_dispatched_scan_equals_trying_every_rule(text):
    tokens = tokenize(text)
    assert recognise(tokens) == _brute_force(tokens)


def test_every_rule_has_an_example_phrase():
    matched = set()
    for phrase in PHRASES:
        tokens = tokenize(phrase)
        s = Scanner(tokens)
        matched.update(rule for i in range(len(tokens)) for rule in RULES if rule(s, i) is not None)
    assert matched == set(RULES)


def test_dispatch_keeps_ordinary_dates():
    tokens = tokenize("On Sunday, Sept. 27, 2020, the talks of the past three years ended at 8 a.m. GMT.")
    assert [c.meaning[0] for c in recognise(tokens)] == ["date", "value", "clock"]


def test_gated_start_words_still_begin_dates():
    tokens = tokenize("After a few days, a dozen times a year and that night in the '80s, an extra month began.")
    assert [c.meaning for c in recognise(tokens)] == [
        ("value", "PXD"), ("value", "P1Y"), ("ref_part", "NI"), ("decade", "198"), ("value", "P1M")]


def test_gated_start_words_alone_begin_nothing():
    assert recognise(tokenize("He said that a man and an ally shook hands; 'It was fine.'")) == []


def test_numbers_still_begin_days_and_quarters():
    tokens = tokenize("Between 3 and 5 March, 12th of June, 1Q 2024 and 27 September 2020, 40 people left.")
    assert [c.meaning[0] for c in recognise(tokens)] == ["monthday", "monthday", "monthday", "quarter", "date"]
