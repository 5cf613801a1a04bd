"""The channel a quote came through, from words around its cue.

Ordered rules: the first that matches in the attribution context wins. The
context is the unquoted text of the sentence, lower-cased.
"""

from __future__ import annotations

#: (channel, words that signal it); whole-word matches on the lower-cased context
CHANNEL_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("twitter", ("tweet", "tweeted", "tweets", "tweeting", "twitter", "on x", "retweeted")),
    ("press conference", ("told reporters", "press conference", "news conference", "briefing",
                          "press briefing", "told journalists", "told the press", "told a news")),
    ("interview", ("interview", "interviewed", "in an interview")),
    ("phone call", ("phone call", "telephone", "phoned", "call with", "by phone", "phone conversation")),
    ("television", ("television", "televised", "on tv", "broadcast", "state tv", "channel")),
    ("social media", ("facebook", "instagram", "telegram", "social media", "on weibo", "youtube", "video message")),
    ("speech", ("speech", "address", "addressing", "told parliament", "rally")),
    ("statement", ("statement", "communique", "communiqué", "press release", "declaration", "readout")),
    ("letter", ("letter",)),
)

#: speakers that speak by statement when no other channel is named
INSTITUTIONS = ("ministry", "department", "office", "government", "embassy", "council",
                "commission", "secretariat", "administration", "presidency", "kremlin",
                "white house", "spokesperson", "spokesman", "spokeswoman", "cabinet")


def _contains_word(hay: str, needle: str) -> bool:
    start = 0
    while True:
        k = hay.find(needle, start)
        if k < 0:
            return False
        before = hay[k - 1] if k > 0 else " "
        after = hay[k + len(needle)] if k + len(needle) < len(hay) else " "
        if not before.isalnum() and not after.isalnum():
            return True
        start = k + 1


#: Every channel phrase, and every institution word: most contexts name none, and one test of
#: each phrase as a substring (``in``, which is faster than one regular-expression alternation
#: on contexts this short) spares the ~50 whole-word searches of :func:`_contains_word` per quote.
_CHANNEL_PHRASES = tuple(sorted({w for _, words in CHANNEL_WORDS for w in words}))
_INSTITUTION_WORDS = tuple(sorted(set(INSTITUTIONS)))


def _names_any(text: str, phrases: tuple[str, ...]) -> bool:
    """Whether any of ``phrases`` occurs in ``text`` as a substring."""
    for phrase in phrases:
        if phrase in text:
            return True
    return False


def channel_of(context: str, speaker: str | None = None, cue_lemma: str | None = None) -> str | None:
    """The channel named in ``context`` (the unquoted words around the cue), or None."""
    low = context.lower()
    if _names_any(low, _CHANNEL_PHRASES):
        for channel, words in CHANNEL_WORDS:
            for w in words:
                # the substring test first: the whole-word search only where the phrase occurs
                if w in low and _contains_word(low, w):
                    return channel
    if cue_lemma in ("write", "post"):
        return "written"
    if speaker and cue_lemma in ("say", "add", "state", "declare", "announce"):
        sp = speaker.lower()
        if _names_any(sp, _INSTITUTION_WORDS) and any(_contains_word(sp, w) for w in INSTITUTIONS if w in sp):
            return "statement"
    return None
