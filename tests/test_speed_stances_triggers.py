"""Speed: the stance finder's look-ups by table and its trigger-word walks give the answers the
full walks gave (invented text; each helper is checked against a plain reference version)."""

from __future__ import annotations

import bisect

import reactlib
from reactlib.nlp import blank_english
from reactlib.pipeline import Pipeline
from reactlib.stances.culprits import ACT_VERBS, first_act
from reactlib.stances.finder import StanceFinder
from reactlib.stances.quote_criticism import HARMED, HARMS, _STARTS
from reactlib.stances.quote_threats import FIRST_WORDS
from reactlib.stances.quoted_spans import quoted_positions

NLP = blank_english()

_TEXT = ('Paraguay\'s foreign minister said on Monday that "we will respond to any attack and protect '
         'our people," and warned that Bolivia "will not bow to pressure". Bolivian President Ana Ruiz '
         'said the move "undermines the talks" and that "our citizens were attacked and detained". '
         '"We are ready to defend ourselves," she added. Brazil said Bolivian troops had shelled a '
         'border post, which La Paz denied. Uruguay welcomed the talks and expects them to resume.')


def _finder(text: str = _TEXT) -> StanceFinder:
    article = Pipeline(plugins=[]).parse(text)
    return StanceFinder(article, NLP(text))


def _all_quoted(finder: StanceFinder, margin: int) -> list[int]:
    """The walk over every quoted token, as the rules made it before the trigger index."""
    spans = sorted((max(0, s - margin), e) for s, e, q in finder.quotes if q.speaker)
    out, last = [], 0
    for s, e in spans:
        out.extend(range(max(s, last), e))
        last = max(last, e)
    return out


def test_quoted_trigger_positions_are_the_quoted_tokens_holding_the_words():
    finder = _finder()
    assert finder.quotes, "the invented text has quotes with speakers"
    for words, margin in ((FIRST_WORDS, 4), (_STARTS, 0)):
        full = _all_quoted(finder, margin)
        assert list(quoted_positions(finder, margin)) == full
        expected = [k for k in full if finder.words[k] in words]
        assert expected, f"the text quotes one of {sorted(words)[:3]}…"
        assert list(quoted_positions(finder, margin, words=words)) == expected
    assert _STARTS == HARMED | HARMS


def test_group_at_is_the_group_holding_the_token():
    finder = _finder()
    groups = finder.mentions.groups
    assert groups
    starts = [g.start for g in groups]
    for i in range(-2, finder.n + 2):
        j = bisect.bisect_right(starts, i) - 1
        expected = groups[j] if j >= 0 and groups[j].start <= i < groups[j].end else None
        assert finder.mentions.group_at(i) is expected


def test_quote_lookups_stop_early_with_the_same_answers():
    finder = _finder()
    for i in range(finder.n):
        holding = [(s, e, q) for s, e, q in finder.quotes if s <= i < e]
        best = min(holding, key=lambda t: t[1] - t[0]) if holding else None
        assert finder.quote_at(i) == best
        for lo in range(0, i, 7):
            spans = [(s, e) for s, e, q in finder.quotes if s < i and e > lo and q.kind != "indirect"]
            assert finder.other_quote_spans(None, lo, i) == spans


def test_first_act_finds_the_first_act_verb_by_the_set():
    words = [w.lower_ for w in NLP("Talks stalled. Rebels were attacked, then militias seized the town.")]
    assert first_act(words) == words.index("seized")
    assert "attacked" in ACT_VERBS  # passive without an agent: passed over
    assert first_act(["nothing", "happened"]) is None


def test_reactlib_parse_still_reads_the_quoted_rejection_and_the_reported_charge():
    article = reactlib.parse(_TEXT)
    cues = {s.extra.get("cue") for s in article.stances}
    assert "reported-charge" in cues


def test_reported_verdicts_still_open_at_a_reporting_verb_and_at_a_quote_start():
    text = ('Chile said that Peru\'s border closure was unacceptable. "The sanctions imposed by Peru are '
            'illegal," Bolivian President Ana Ruiz said.')
    article = reactlib.parse(text)
    names = {a.id: a.name for a in article.actors}
    verdicts = {(names[s.holder], s.type, names.get(s.target), s.extra.get("damning"))
                for s in article.stances if s.extra.get("cue") == "reported-verdict"}
    assert verdicts == {("Chile", "condemn", "Peru", "unacceptable"),
                        ("Ana Ruiz", "condemn", "Peru", "illegal")}
