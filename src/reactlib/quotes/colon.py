"""Attribution by colon: "Kerry: We will accept more refugees", "TAPPER: Are you running?"

Headlines and interview transcripts attribute words with a name and a colon
at the start of a line, with no reporting verb. The cue is the colon itself.

The same holds inside a sentence: "Lena Park was blunt at her briefing: "…""
introduces a quote by its subject and a colon, with no verb of saying.
"""

from __future__ import annotations

from .headings import first_past_verb, heading_subject
from .speakers import noun_phrase_right
from .tokens import Tokens, skip_space
from .words import DETERMINERS

MAX_NAME_TOKENS = 5
_OPENERS = frozenset(('"', "\u201c", "\u201e", "\u00ab", "``", "''"))
MIN_WORDS = 3

#: words a news page sets before a headline's colon to say what kind of piece it is
#: ("LIVE: Reactions pour in …", "Explainer: What the rules mean"); they name no speaker
HEADLINE_LABELS = frozenset((
    "live", "live updates", "live blog", "breaking", "breaking news", "update", "updated", "updates",
    "exclusive", "analysis", "watch", "video", "photos", "in pictures", "pictures", "explainer",
    "factbox", "fact check", "fact-check", "timeline", "opinion", "editorial", "comment", "interview",
    "review", "feature", "correction", "latest", "the latest", "developing", "urgent", "flash",
    "q&a", "read more", "see also", "related", "note", "editor's note", "listen", "podcast",
))
#: a transcript's turn labels and a list's letters ("Q:", "Answer:", "B:"): a single letter before a
#: colon is never a speaker's name (the Q/A exchange itself is read by :mod:`.transcripts`)
TRANSCRIPT_LABELS = frozenset(("question", "answer")) | frozenset("abcdefghijklmnopqrstuvwxyz")


def is_line_start(text: str, offset: int) -> bool:
    """Whether only spaces and tabs stand between the start of its line and ``offset`` in ``text``."""
    k = offset - 1
    while k >= 0 and text[k] in " \t":
        k -= 1
    return k < 0 or text[k] == "\n"


def colon_attributions(toks: Tokens, text: str, quoted: list[bool]) -> list[tuple[tuple[int, int], int, tuple[int, int]]]:
    """(speaker token span, colon token, content char span) for each line of the form "Name: words"."""
    out = []
    for lo, hi in toks.sents:
        first = skip_space(toks, lo, hi)
        if first >= hi or not is_line_start(text, toks.start[first]):
            continue
        # a transcript line inside quotation marks: '"WALLACE: Let's start with …'
        in_marks = toks.text[first] in _OPENERS and first + 1 < hi and quoted[first]
        if in_marks:
            first += 1
        colon = -1
        for i in range(first, min(hi, first + MAX_NAME_TOKENS + 1)):
            if toks.text[i] == ":":
                colon = i
                break
            t = toks.text[i]
            if in_marks and not t.isupper():
                break   # inside marks only a name in capitals, as transcripts print it
            if (quoted[i] and not in_marks) or not (t[:1].isupper() or t in ("'s", "\u2019s", ".", "-") or t.lower() in ("of", "the")):
                break
        if colon <= first:
            continue
        label = " ".join(text[toks.start[first]:toks.end[colon - 1]].lower().split())
        if label in HEADLINE_LABELS or label in TRANSCRIPT_LABELS:
            continue
        # the rest of the line after the colon
        line_end = text.find("\n", toks.end[colon])
        if line_end < 0:
            line_end = len(text)
        start = toks.end[colon]
        while start < line_end and text[start].isspace():
            start += 1
        end = line_end
        while end > start and text[end - 1].isspace():
            end -= 1
        if len(text[start:end].split()) < MIN_WORDS:
            continue
        out.append(((first, colon - 1), colon, (start, end)))
    return out


#: subjects that introduce a quote after a colon even though they are not names
_PERSONAL = frozenset(("he", "she", "they", "we", "i"))


def colon_speaker(toks: Tokens, colon: int, quoted: list[bool]) -> tuple[int, int] | None:
    """The subject of the sentence that ends in ``colon`` before a quotation, if it names someone.

    Only a name (a capitalised phrase not opening with a determiner) or a personal
    pronoun counts: "The rule was simple: "…"" introduces no speaker.
    """
    lo = toks.sentence_of(colon)[0]
    first = lo
    while first < colon and (toks.is_space[first] or toks.text[first] in ("\u2014", "-", "\u2013")):
        first += 1
    if first >= colon or quoted[first]:
        return None
    w = toks.lower[first]
    if w in _PERSONAL:
        return first, first
    if w in DETERMINERS:
        return heading_subject(toks, colon, quoted)   # "The Bolivian embassy, in a message:" on a line of its own
    if not toks.text[first][:1].isupper():
        return None
    return _before_verb(toks, noun_phrase_right(toks, first, colon))


def _before_verb(toks: Tokens, np: tuple[int, int] | None) -> tuple[int, int] | None:
    """Cut a phrase read rightwards at its first past-tense verb ("The embassy reacted")."""
    if np is None:
        return None
    verb = first_past_verb(toks, np)
    return np if verb is None else (np[0], verb - 1)


def previous_subject(toks: Tokens, colon: int, quoted: list[bool]) -> tuple[int, int] | None:
    """For "In a statement: "…"" (a colon sentence opening with a preposition, so no subject of
    its own): the subject of the sentence before, "The embassy reacted within hours."
    """
    lo = toks.sentence_of(colon)[0]
    first = skip_space(toks, lo, colon)
    if first >= colon or toks.lower[first] not in ("in", "on", "via", "through") or lo == 0:
        return None
    plo = skip_space(toks, toks.sentence_of(lo - 1)[0], lo)
    if plo >= lo or quoted[plo] or not toks.text[plo][:1].isupper():
        return None
    return _before_verb(toks, noun_phrase_right(toks, plo, lo))


#: how many words the framing sentence before a lone quotation may have
FRAMING_WORDS = 20


def unquoted_sentence_start(toks: Tokens, quoted: list[bool], k: int, max_words: int) -> int | None:
    """First token of the sentence ending at token ``k``, if it holds no quotation and has at most ``max_words`` words.

    A sentence that frames the quotation after it must be short and a report of its own: one
    holding a quotation already has that quotation's speaker.
    """
    plo, _ = toks.sentence_of(k)
    if any(quoted[i] for i in range(plo, k + 1)):
        return None
    first = skip_space(toks, plo, k)
    if first >= k or sum(1 for i in range(first, k) if toks.text[i][:1].isalnum()) > max_words:
        return None
    return first


def framing_subject(toks: Tokens, text: str, open_tok: int, quoted: list[bool]) -> tuple[int, int] | None:
    """The speaker of a quotation standing alone, named by the sentence just before it.

    'Zakharova was scathing on Telegram. "Pristina is pushing the region to war."' and
    'The European Union was blunter. "…"': wire copy sets the speaker and the tone in a
    short sentence, then gives the words with no verb of saying. The sentence before must
    be in the same paragraph, hold no quotation of its own (else the quote continues that
    one's speaker), and open with a name, "The" and a name, or a personal pronoun.
    """
    k = open_tok - 1
    while k >= 0 and toks.is_space[k]:
        if "\n" in toks.text[k]:
            return None
        k -= 1
    if k < 0 or not toks.text[k].endswith((".", "!")) or "\n" in text[toks.end[k]:toks.start[open_tok]]:
        return None
    first = unquoted_sentence_start(toks, quoted, k, FRAMING_WORDS)
    if first is None:
        return None
    w = toks.lower[first]
    if w in _PERSONAL:
        return first, first
    if w == "the" and first + 1 < k and toks.text[first + 1][:1].isupper():
        pass   # "The European Union was blunter."
    elif not toks.text[first][:1].isupper() or w in DETERMINERS:
        return None
    return _before_verb(toks, noun_phrase_right(toks, first, k))


#: "The warning came from X": nouns that stand for the words just quoted
_WORDS_NOUNS = frozenset("warning remarks remark comments comment words message appeal plea assessment "
                         "criticism rebuke verdict admission accusation threat".split())
_CAME_FROM = (("came", "from"), ("was", "from"), ("were", "from"), ("were", "those", "of"), ("was", "by"),
              ("were", "by"))


def naming_sentence_after(toks: Tokens, close_tok: int, quoted: list[bool]) -> tuple[int, int] | None:
    """The speaker named by the sentence after a lone quotation: '"…." The warning came from X, who …'."""
    k = close_tok + 1
    while k < len(toks) and toks.is_space[k]:
        if "\n" in toks.text[k]:
            return None
        k += 1
    if k + 3 >= len(toks) or quoted[k] or toks.lower[k] not in ("the", "that", "this", "those", "these"):
        return None
    if toks.lower[k + 1] not in _WORDS_NOUNS:
        return None
    j = k + 2
    for pattern in _CAME_FROM:
        if tuple(toks.lower[j:j + len(pattern)]) == pattern:
            return noun_phrase_right(toks, j + len(pattern), min(len(toks), j + len(pattern) + 12))
    return None
