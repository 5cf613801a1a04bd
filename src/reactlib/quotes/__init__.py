"""Quote extraction: direct, partial and indirect quotes with cue, channel and speaker.

The parts, each a small module: :mod:`.marks` (quotation-mark scanner),
:mod:`.lexicon` (reporting verbs), :mod:`.cues`, :mod:`.speakers`,
:mod:`.attribution`, :mod:`.indirect`, :mod:`.channels`, and :mod:`.extract`
which puts them together.
"""

from .extract import Found, find_quotes
from .marks import QuoteMarks, scan_quotes

__all__ = ["Found", "QuoteMarks", "find_quotes", "scan_quotes"]
