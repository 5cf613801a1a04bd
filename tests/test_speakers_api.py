"""reactlib.speakers: the public toolkit for third-party quote extractors.

The sentences are invented for these tests. Each function is checked the way a plugin
meets it: from inside an extractor that refines ``quotes``, with the Article and Doc
reactlib hands it.
"""

from __future__ import annotations

import pytest

import reactlib
from reactlib import Extractor, hookimpl
from reactlib.errors import InputError
from reactlib.speakers import CHANNEL_WINDOW, blank_english, channel_of, speaker_of


class _Probe:
    """A plugin that records what reactlib.speakers answers for given spans at quote time."""

    reactlib_plugin_name = "speakers-probe"

    def __init__(self, phrases: list[str]):
        self.phrases = phrases
        self.answers: dict[str, str | None] = {}
        self.article = None
        self.doc = None

    @hookimpl
    def reactlib_register_extractors(self, register):
        def run(article, doc):
            self.article, self.doc = article, doc
            for phrase in self.phrases:
                start = article.text.index(phrase)
                self.answers[phrase] = speaker_of(article, doc, start, start + len(phrase))
            return article

        register(Extractor(name="probe.speakers", run=run, refines={"quotes"}))


def _probe(text: str, *phrases: str) -> _Probe:
    probe = _Probe(list(phrases))
    reactlib.parse(text, plugins=["*", probe])
    return probe


def _actor_named(article, word: str) -> str:
    matches = [a.id for a in article.actors if word in a.name]
    assert matches, f"no actor named like {word!r} in {[a.name for a in article.actors]}"
    return matches[0]


def test_speaker_of_reads_the_head_of_a_title_and_name():
    text = ("Paraguayan Interior Minister Enrique Riera said on Tuesday that the border crossing "
            "would reopen. The ministry gave no date.")
    probe = _probe(text, "Paraguayan Interior Minister Enrique Riera")
    assert probe.answers["Paraguayan Interior Minister Enrique Riera"] == _actor_named(probe.article, "Riera")


def test_speaker_of_skips_an_appositive_role():
    text = ("Marta Olsson, director of the Baltic Ferry Association, said the crossings were safe. "
            "Sweden and Finland have both inspected the ships.")
    probe = _probe(text, "Marta Olsson, director of the Baltic Ferry Association")
    assert probe.answers["Marta Olsson, director of the Baltic Ferry Association"] == _actor_named(probe.article, "Olsson")


def test_speaker_of_resolves_a_pronoun_to_the_person_named_before():
    text = ("Kenyan President William Ruto arrived in Nairobi on Friday. "
            "He said the drought relief would be doubled.")
    probe = _probe(text, "He")
    assert probe.answers["He"] == _actor_named(probe.article, "Ruto")


def test_speaker_of_is_none_for_a_mention_of_no_actor():
    text = "A passer-by said the smoke could be seen for miles. Firefighters arrived within the hour."
    probe = _probe(text, "A passer-by")
    assert probe.answers["A passer-by"] is None


def test_speaker_of_agrees_with_reactlibs_own_quotes():
    text = ("Moldovan Prime Minister Dorin Recean said the gas contract would be renewed. "
            "\"We will not be blackmailed,\" he told reporters in Chisinau. "
            "Romanian Foreign Minister Luminita Odobescu said her country would help.")
    probe = _probe(text)
    article, doc = probe.article, probe.doc
    with_speakers = [q for q in article.quotes if q.speaker_start is not None]
    assert len(with_speakers) >= 2
    for quote in with_speakers:
        assert speaker_of(article, doc, quote.speaker_start, quote.speaker_end) == quote.speaker


@pytest.mark.parametrize("start,end", [(-1, 3), (5, 5), (7, 2), (0, 10_000), (0.0, 4), ("0", 4)])
def test_speaker_of_rejects_a_span_outside_the_text(start, end):
    probe = _probe("Chile's president said the talks went well.")
    with pytest.raises(InputError):
        speaker_of(probe.article, probe.doc, start, end)


def test_channel_of_reads_the_words_around_the_span():
    text = 'The envoy told reporters in Geneva that "the ceasefire holds" and left.'
    start = text.index('"the')
    end = text.index('holds"') + len('holds"')
    assert channel_of(text, start, end) == "press conference"


def test_channel_of_ignores_the_quotes_own_words():
    text = 'The coach said "nobody tweeted or gave an interview about the final" on Sunday.'
    start = text.index('"nobody')
    end = text.index('final"') + len('final"')
    assert channel_of(text, start, end) is None
    # the same words outside the quote do name a channel
    other = 'The coach tweeted: "nobody expected the final" on Sunday.'
    s = other.index('"nobody')
    assert channel_of(other, s, other.index('final"') + len('final"')) == "twitter"


def test_channel_of_window_bounds_how_far_it_reads():
    text = "In a statement, the agency said" + " and" * 80 + " the dam was safe."
    start = text.index("the dam")
    end = len(text) - 1
    assert channel_of(text, start, end) is None
    assert channel_of(text, start, end, window=len(text)) == "statement"
    assert CHANNEL_WINDOW == 200


def test_channel_of_uses_the_cue_and_the_speaker():
    text = "The Ghanaian foreign ministry said the embassy would stay open."
    start = text.index("the embassy")
    end = len(text) - 1
    assert channel_of(text, start, end) is None
    assert channel_of(text, start, end, speaker="The Ghanaian foreign ministry", cue="say") == "statement"
    assert channel_of(text, start, end, cue="write") == "written"


@pytest.mark.parametrize("start,end,window", [(-2, 4, 200), (3, 3, 200), (0, 999, 200), (0, 4, -1), (0, 4, "wide")])
def test_channel_of_rejects_bad_arguments(start, end, window):
    with pytest.raises(InputError):
        channel_of("The mayor said it rained.", start, end, window=window)


def test_blank_english_tokens_are_those_reactlib_gives_extractors():
    text = ("Lt. Col. Ines Garza said the U.S.-led drills (\"routine\") would end Sept. 30.\n"
            "Officials in Manila didn't comment.")
    probe = _probe(text)
    nlp = blank_english()
    ours = nlp(text)
    assert [t.text for t in ours] == [t.text for t in probe.doc]
    assert [s.start_char for s in ours.sents] == [s.start_char for s in probe.doc.sents]
    assert blank_english() is not nlp  # a new pipeline each call, safe to change


def test_the_module_is_part_of_the_top_level_api():
    assert reactlib.speakers.speaker_of is speaker_of
    assert "speakers" in reactlib.__all__
