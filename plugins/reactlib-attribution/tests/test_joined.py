"""Quotations interrupted by their attribution become one quote (invented sentences)."""

from __future__ import annotations

from reactlib import Quote

from reactlib_attribution.joined import join_interrupted
from reactlib_attribution.records import kind_of

INTERRUPTED = "\u201cThe harbour will stay closed,\u201d the port director said, \u201cuntil the storm has passed.\u201d\n"


def _piece(text, words, kind="direct", **kw):
    start = text.index(words)
    return Quote.from_span(text, start, start + len(words), id="x", kind=kind, **kw)


def test_a_quotation_interrupted_by_its_attribution_is_one_quote():
    text = INTERRUPTED
    cue = text.index("said")
    first = _piece(text, "The harbour will stay closed,", cue="say", cue_start=cue, cue_end=cue + 4,
                   speaker_start=text.index("the port"), speaker_end=cue - 1)
    second = _piece(text, "until the storm has passed.")
    (joined,) = join_interrupted(text, [second, first])
    assert joined.text == "The harbour will stay closed,\u201d the port director said, \u201cuntil the storm has passed."
    assert (joined.kind, text[joined.cue_start:joined.cue_end], text[joined.speaker_start:joined.speaker_end]) == (
        "direct", "said", "the port director")


def test_the_cue_of_the_second_piece_counts_too():
    text = "\u201cWe tried,\u201d Mayor Ines Vidal told the council on Monday, \u201cbut the money ran out.\u201d"
    cue = text.index("told")
    first = _piece(text, "We tried,")
    second = _piece(text, "but the money ran out.", cue="tell", cue_start=cue, cue_end=cue + 4)
    (joined,) = join_interrupted(text, [first, second])
    assert (joined.start, joined.end, joined.cue_start) == (first.start, second.end, cue)


def test_quotations_without_an_attribution_between_them_stay_apart():
    text = "\u201cThe vote is final.\u201d \u201cNobody will change it.\u201d, the clerk said."
    cue = text.index("said")
    first = _piece(text, "The vote is final.")
    second = _piece(text, "Nobody will change it.", cue="say", cue_start=cue, cue_end=cue + 4)
    assert len(join_interrupted(text, [first, second])) == 2


def test_quotations_in_different_paragraphs_stay_apart():
    text = "\u201cThe vote is final,\u201d the clerk said.\n\n\u201cNobody will change it.\u201d"
    cue = text.index("said")
    first = _piece(text, "The vote is final,", cue="say", cue_start=cue, cue_end=cue + 4)
    second = _piece(text, "Nobody will change it.")
    assert len(join_interrupted(text, [first, second])) == 2


def test_reported_speech_without_quotation_marks_is_not_joined():
    text = "The rebels, a commander said, would not disarm, and the talks, he added, were over."
    cue = text.index("said")
    first = _piece(text, "The rebels", kind="indirect", cue="say", cue_start=cue, cue_end=cue + 4)
    second = _piece(text, "would not disarm", kind="indirect")
    assert len(join_interrupted(text, [first, second])) == 2


def test_a_joined_quotation_is_direct_when_its_cue_is_between_the_pieces():
    text = INTERRUPTED
    start, end = 0, text.rindex("\u201d") + 1
    cue = text.index("said")
    assert kind_of(text, start, end) == "partial"
    assert kind_of(text, start, end, cue=(cue, cue + 4)) == "direct"
    partial = "the director called it \u201ca mistake,\u201d he said, and \u201cnot the last\u201d"
    cue = partial.index("said")
    assert kind_of(partial, 0, len(partial), cue=(cue, cue + 4)) == "partial"


def test_merging_with_the_text_joins_the_rules_pieces():
    from reactlib_attribution.merge import merge

    text = INTERRUPTED
    cue = text.index("said")
    first = _piece(text, "The harbour will stay closed,", cue="say", cue_start=cue, cue_end=cue + 4)
    second = _piece(text, "until the storm has passed.")
    assert [q.id for q in merge([first, second], [], "hybrid")] == ["q1", "q2"]
    (joined,) = merge([first, second], [], "hybrid", text=text)
    assert (joined.id, joined.start, joined.end) == ("q1", first.start, second.end)
