"""Reading an invented text's quotes as plain strings, shared by the quote test files.

Each quote becomes ``(kind, quote text, speaker mention, cue)``, the mention and cue cut from
the text by their offsets (None where the quote has none), so that a test states what a
sentence yields in the sentence's own words.
"""

from __future__ import annotations

import reactlib


def _cut(text: str, start: int | None, end: int | None) -> str | None:
    return text[start:end] if start is not None else None


def quote_rows(text: str) -> list[tuple[str, str, str | None, str | None]]:
    """(kind, quote text, speaker mention, cue) of every quote of ``text``, in order."""
    return [(q.kind, q.text, _cut(text, q.speaker_start, q.speaker_end), _cut(text, q.cue_start, q.cue_end))
            for q in reactlib.parse(text).quotes]
