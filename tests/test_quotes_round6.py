"""Quotes round 6: sentences written for this round (other places, people and wording than any
article of the development sets), each watched failing before its rule was written.
"""

from __future__ import annotations

import pytest

import reactlib
from reactlib.article_date import DATE_MARKER


def found(text: str) -> list[tuple[str, str, str | None]]:
    """(kind, quote text, speaker mention) of every quote of ``text``."""
    out = []
    for q in reactlib.parse(text).quotes:
        speaker = text[q.speaker_start:q.speaker_end] if q.speaker_start is not None else None
        out.append((q.kind, q.text, speaker))
    return out


# --- the leading "date YYYY-MM-DD" marker is no part of any span -----------------------------

MARKED_LEADS = [
    " date 2025-03-02 Farmers in the Rift Valley will get seed subsidies next month, the agriculture ministry said.",
    "date 2024-11-19 LIMA, Peru (Reuters) - Peru's congress will vote on the budget on Friday, officials said.",
    " date 2023-06-30 Voters in Tonga backed the new constitution, early results showed on Monday.",
    "\ufeffdate 2022-01-07 The port of Mombasa reopened after a strike that lasted nine days, its operator said.",
    " date 2026-02-14 Fishing crews in Iceland say the quota cut will ruin them.",
]


@pytest.mark.parametrize("text", MARKED_LEADS)
def test_the_article_date_marker_is_in_no_quote_actor_or_stance_span(text):
    marker_end = DATE_MARKER.match(text).end()
    article = reactlib.parse(text)
    spans = [(q.start, q.end) for q in article.quotes]
    spans += [(q.speaker_start, q.speaker_end) for q in article.quotes if q.speaker_start is not None]
    spans += [m for a in article.actors for m in a.mentions]
    spans += [(s.start, s.end) for s in article.stances if getattr(s, "start", None) is not None]
    assert all(start >= marker_end for start, _ in spans), [text[a:b] for a, b in spans]


def test_an_indirect_quote_of_the_lead_starts_after_the_marker():
    text = " date 2025-03-02 Farmers in the Rift Valley will get seed subsidies next month, the agriculture ministry said."
    assert found(text) == [("indirect", "Farmers in the Rift Valley will get seed subsidies next month",
                            "the agriculture ministry")]
