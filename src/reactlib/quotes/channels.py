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


def _first_words(phrases: tuple[str, ...]) -> frozenset[str]:
    return frozenset(p.split()[0] for p in phrases)


#: First word of every channel phrase. A phrase can only match where its first word stands
#: as a whole word, so a context none of whose words is in this set names no channel, and the
#: one check on its words spares ~50 substring searches per quote.
_CHANNEL_FIRST_WORDS = frozenset().union(*(_first_words(words) for _, words in CHANNEL_WORDS))
_INSTITUTION_FIRST_WORDS = _first_words(INSTITUTIONS)


def _words(low: str) -> set[str]:
    """The alphanumeric runs of ``low``: what :func:`_contains_word` counts as word boundaries."""
    return set("".join(c if c.isalnum() else " " for c in low).split())


def channel_of(context: str, speaker: str | None = None, cue_lemma: str | None = None) -> str | None:
    """The channel named in ``context`` (the unquoted words around the cue), or None."""
    low = context.lower()
    if not _words(low).isdisjoint(_CHANNEL_FIRST_WORDS):
        for channel, words in CHANNEL_WORDS:
            if any(_contains_word(low, w) for w in words):
                return channel
    if cue_lemma in ("write", "post"):
        return "written"
    if speaker and cue_lemma in ("say", "add", "state", "declare", "announce"):
        sp = speaker.lower()
        if not _words(sp).isdisjoint(_INSTITUTION_FIRST_WORDS) and any(_contains_word(sp, w) for w in INSTITUTIONS):
            return "statement"
    return None
