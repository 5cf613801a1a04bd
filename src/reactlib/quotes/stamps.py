"""Live-blog time stamps: "14:20 GMT - Rescue crews have pulled 12 people out, state TV reported."

Live pages open each entry with the time it was posted. When the reported words open the
entry, a reported clause read back from its cue runs into the stamp; the stamp is the page's,
not the speaker's, so the content starts after it.
"""

from __future__ import annotations

import re

from .colon import is_line_start

#: a clock time, an optional zone or "local time", then a dash or colon that ends the stamp
_STAMP = re.compile(
    r"\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?"
    r"(?:\s+(?:GMT|UTC|BST|CET|CEST|EST|EDT|PST|PDT|[A-Z]{2,4}T|local(?:\s+time)?))?"
    r"\s*(?:[-\u2013\u2014:]|\s)\s*",
    re.IGNORECASE,
)


def after_time_stamp(text: str, start: int, end: int) -> int:
    """``start`` moved past a time stamp that opens a line, when the span begins with one.

    Only a stamp at the start of a line counts, and the words after it must open with a
    capital: "the curfew begins 22:00 GMT" keeps its time.
    """
    if not is_line_start(text, start):
        return start
    m = _STAMP.match(text, start, end)
    if m is None or m.end() >= end or not text[m.end()].isupper():
        return start
    return m.end()
