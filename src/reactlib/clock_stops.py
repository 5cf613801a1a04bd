"""A clock time's full stop that also ends the sentence: "… at 6:42 a.m. President Lee convened …".

spaCy's tokenizer keeps "a.m." and "p.m." whole, so the sentencizer never sees their full stop
and two sentences run together: a report ending on a clock time then swallowed the next
sentence, whose attribution ("…, his office said") took both. :func:`end_sentences_after_clock`
runs after the sentencizer and starts a sentence after "a.m."/"p.m." when a capitalised word
follows that does not go on the time: a weekday, a month, a time zone ("6 a.m. Monday",
"8 p.m. ET") or a bracket keep the sentence going.
"""

from __future__ import annotations

from numpy import array
from spacy.attrs import ORTH, SENT_START
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc

from .timex.lexicon import MONTH_ABBREVIATIONS, MONTHS, WEEKDAYS

CLOCK_STOPS = "reactlib_clock_stops"

_CLOCK_WORDS = array([get_string_id(w) for w in ("a.m.", "p.m.", "A.M.", "P.M.")], dtype="uint64")
#: capitalised words that go on a clock time rather than open a sentence: the weekdays and months
#: of the date lexicon as written, weekday abbreviations, time zones and words of "… Beijing time"
TIME_FOLLOWERS = frozenset(w.title() for w in (*WEEKDAYS, *MONTHS, *MONTH_ABBREVIATIONS)) | frozenset("""
Mon Tue Tues Wed Thu Thurs Fri Sat Sun
GMT UTC BST CET CEST EET EEST MSK IST JST KST PST PDT EST EDT CST CDT MST MDT ET PT CT MT AEST AEDT WAT EAT CAT
Local Eastern Pacific Central Mountain Greenwich Moscow Beijing Tokyo Seoul
""".split())


@Language.component(CLOCK_STOPS)
def end_sentences_after_clock(doc: Doc) -> Doc:
    """Start a sentence after "a.m."/"p.m." when a capitalised sentence word follows (see the module)."""
    n = len(doc)
    if n < 3 or doc.has_annotation("DEP"):
        return doc  # a parser's boundaries are its own
    orth = doc.to_array(ORTH)
    found = orth == _CLOCK_WORDS[0]
    for word in _CLOCK_WORDS[1:]:  # four comparisons: cheaper than numpy.isin's sort on short docs
        found |= orth == word
    hits = found.nonzero()[0].tolist()  # no Python step per token
    if not hits:
        return doc
    starts = doc.to_array([SENT_START]).astype("int64")
    changed = False
    for i in hits:
        if i + 1 >= n or not doc[i].whitespace_:
            continue
        nxt = doc[i + 1]
        if nxt.is_space or not nxt.text[:1].isupper() or nxt.text in TIME_FOLLOWERS:
            continue
        if starts[i + 1] != 1:
            starts[i + 1] = 1
            changed = True
    if changed:
        doc.from_array([SENT_START], starts.astype("uint64"))
    return doc
