"""Putting it together: direct, partial and indirect quotes of one document.

The steps, each in its own module: quotation marks (:mod:`.marks`), cues
(:mod:`.cues`), speakers of cues (:mod:`.attribution`), reported clauses
(:mod:`.indirect`), channels (:mod:`.channels`). This module decides, for each
quotation, whether it is a direct quote (the quotation is the whole utterance)
or a partial one (a fragment inside reported speech), and which cue attributes
it: the cue after it ("…," he said), before it (He said: "…"), in the sentence
before a quote standing alone, or the speaker of the quote before it when a
quote paragraph continues one.

One quote per quoted stretch: '"A," she said. "B."' and a quote running over
paragraphs give one quote per stretch between marks, the later ones with the
speaker and cue of the first and the same ``group`` number.
"""

from __future__ import annotations

from typing import Any, NamedTuple

from ..tokens import trigger_words
from .attribution import Attributed, attribute
from .clauses import FINITE, past_form
from .stamps import after_time_stamp
from .colon import colon_attributions, colon_speaker, framing_subject, naming_sentence_after, previous_subject
from .documents import DOCUMENT_CUE_WORDS, with_document_cues
from .framing import reaction_paragraph_subject
from .headings import heading_above
from .cues import CUE_STARTS, find_cues
from .non_reports import no_comment
from .poll_openers import POLL_NOUNS
from .indirect import reported_clauses
from .marks import QuoteMarks, scan_all_quotes
from .nouns import REPORTING_NOUN_FORMS, noun_reports
from .tokens import Tokens, skip_inline_space, skip_space_back, tokens_of
from .transcripts import interview_turns, qa_answers
from .voiced import voicing_verb
from .words import CLAUSE_PARTICIPLE_CUES

#: how many tokens after a closing mark an attributing cue may sit ("…," the German foreign minister said)
AFTER_WINDOW = 14
#: the same after a quotation ending with a comma, which an attribution must follow: the
#: speaker's appositive may be long ("…," Ana Ruiz, the attorney general of Oregon, one of
#: the states suing the agency, said)
AFTER_COMMA_WINDOW = 26
#: how far before an opening mark its cue may sit (bounds the work on run-on text)
BEFORE_WINDOW = 60
_SENT_END = frozenset(".!?")
#: the words that may begin a cue of either kind (a verb of saying, "<document> read"), and the
#: poll nouns of an opening "In a poll, …" (quotes/poll_openers.py)
_CUE_OR_DOCUMENT_WORDS = trigger_words(CUE_STARTS | DOCUMENT_CUE_WORDS | POLL_NOUNS)


class Found(NamedTuple):
    """One quote as character offsets, before it becomes a :class:`~reactlib.types.Quote`."""

    start: int
    end: int
    kind: str
    cue: str | None
    cue_span: tuple[int, int] | None
    speaker_span: tuple[int, int] | None
    context: tuple[int, int]          # the attribution's sentence, for the channel
    inherit_from_previous: bool = False
    group: int | None = None          # stretches of one utterance cut by its attribution or a paragraph
    needs_actor: bool = False         # kept only if the speaker resolves to an actor (see :mod:`.voiced`)
    channel: str | None = None        # known without reading the context (a transcript's answer)


def _quoted_mask(toks: Tokens, marks: list[QuoteMarks]) -> tuple[list[bool], list[int]]:
    """Which tokens lie inside (or are the marks of) a quotation, and which quotation."""
    n = len(toks)
    quoted = [False] * n
    owner = [-1] * n
    for k, m in enumerate(marks):
        i = toks.at_char(m.open)
        while i < n and toks.start[i] <= m.close:
            if "\n" in toks.text[i]:
                break   # a paragraph quotation with no closing mark ends before the break
            quoted[i] = True
            owner[i] = k
            i += 1
    return quoted, owner


def _word_count(toks: Tokens, first: int, last: int) -> int:
    return sum(1 for i in range(first, last + 1) if toks.text[i][:1].isalnum())


def _is_name_like(toks: Tokens, first: int, last: int) -> bool:
    """A short quotation of capitalised words is a title or a name, not a quote."""
    words = [toks.text[i] for i in range(first, last + 1) if toks.text[i][:1].isalnum()]
    small = {"of", "the", "and", "a", "in", "for", "on", "to"}
    return 0 < len(words) <= 5 and all(w[:1].isupper() or w.lower() in small for w in words) and words[0][:1].isupper() \
        and any(w.lower() not in small for w in words[1:] or words)


def find_quotes(text: str, doc: Any) -> list[Found]:
    """Every quote of ``text`` (tokenised as ``doc``), in text order."""
    toks = tokens_of(doc, text)
    n_toks = len(toks)
    if not n_toks:
        return []
    marks = scan_all_quotes(text)
    quoted, owner = _quoted_mask(toks, marks)

    # cues and their speakers, per sentence
    attributed: list[Attributed] = []
    sent_of_cue: list[tuple[int, int]] = []
    sents = toks.sents
    # Only a sentence holding a word that can begin a cue can hold a cue: visit those alone.
    for number in toks.sentences_with(_CUE_OR_DOCUMENT_WORDS):
        lo, hi = sents[number]
        cues = with_document_cues(find_cues(toks, lo, hi, quoted), toks, lo, hi, quoted)  # "the statement read"
        for a in attribute(toks, cues, lo, hi, quoted):
            attributed.append(a)
            sent_of_cue.append((lo, hi))
    cue_at = {a.cue.first: n for n, a in enumerate(attributed)}
    used_by_direct: set[int] = set()

    out: list[Found] = []
    prev_direct: Found | None = None
    prev_direct_end_para = -1
    for m in marks:
        first = toks.at_char(m.start)
        last = toks.at_char(m.end - 1) if m.end > m.start else first
        if first >= n_toks or last < first:
            continue
        open_tok = toks.at_char(m.open)
        has_close_mark = m.close < len(text) and not text[m.close].isspace()
        close_tok = min(toks.at_char(m.close), n_toks - 1) if has_close_mark else last
        lo, hi = toks.sentence_of(first)
        words = _word_count(toks, first, last)
        before = skip_space_back(toks, open_tok - 1, lo)
        if words == 0 or (_is_name_like(toks, first, last) and text[m.end - 1] not in ",.!?") \
                or _names_a_text(toks, before, lo):
            continue
        at_sentence_start = m.continued or open_tok < lo or before < lo or (
            toks.text[before] in ("\u2014", "-", "\u2013") or toks.text[before].endswith((".", "!", "?")))
        after_colon = before >= lo and toks.text[before] == ":"
        after_cue = False
        b2 = before - 1 if before >= lo and toks.text[before] == "," else before
        if b2 >= lo and b2 in cue_at:
            after_cue = text[m.start:m.start + 1].isupper()
        else:
            # a cue ending with a particle: "pointed out, "…"
            for n in range(max(lo, b2 - 1), b2 + 1):
                if n in cue_at and attributed[cue_at[n]].cue.last == b2:
                    after_cue = text[m.start:m.start + 1].isupper()
        direct = (at_sentence_start or after_colon or after_cue) and (words >= 3 or at_sentence_start)

        # the cue after the closing mark ("…," he said / said Erdogan)
        after = None
        j = close_tok + 1
        steps = 0
        window = AFTER_COMMA_WINDOW if text[m.end - 1:m.end] == "," else AFTER_WINDOW
        while j < n_toks and steps < window:
            t = toks.text[j]
            if "\n" in t:
                break
            if quoted[j]:
                # another quotation before the cue ("with "respect for the law," the ministry said")
                k = owner[j]
                while j < n_toks and quoted[j] and owner[j] == k:
                    j += 1
                steps += 1
                continue
            if j in cue_at:
                if text[m.end - 1:m.end] not in ".!?" or _cue_ends_its_clause(toks, attributed[cue_at[j]].cue.last):
                    after = cue_at[j]
                break
            if t in _SENT_END or t in (";", ":"):
                break
            if t not in (",",) and not toks.is_space[j]:
                steps += 1
            j += 1
        # the cue before the opening mark in the same sentence (nearest first)
        before_cue = None
        for n in range(open_tok - 1, max(lo, open_tok - BEFORE_WINDOW) - 1, -1):
            if n in cue_at and not quoted[n]:
                before_cue = cue_at[n]
                break
        chosen = None
        if direct and after is not None and text[m.end - 1:m.end] == "," and after_colon \
                and toks.lower[attributed[after].cue.head] not in CLAUSE_PARTICIPLE_CUES:
            # 'X seemed to suggest it: "We signed a deal," she told the paper.': a quotation ending
            # with a comma is attributed by the cue after it, not by the sentence before the colon
            chosen = after
        elif direct:
            chosen = before_cue if (after_colon or after_cue) and before_cue is not None else after
            if chosen is None:
                chosen = after if after is not None else before_cue
        else:
            chosen = before_cue if before_cue is not None else after
        inherit = False
        colon_subject = None
        if chosen is None and direct:
            # a quote standing alone: "X said:" closing the sentence before
            plo = lo - 1
            colon_k = before if after_colon else -1
            if plo >= 0 and before < lo:
                k = skip_space_back(toks, plo, 0)
                if k >= 0 and toks.text[k] == ":":
                    colon_k = k
                    for n in range(k, toks.sentence_of(k)[0] - 1, -1):
                        if n in cue_at:
                            chosen = cue_at[n]
                            break
            dash = _dash_attribution(toks, close_tok, quoted) if chosen is None and colon_k < 0 else None
            if dash is not None:
                # '"We will rebuild." — Maria Lopez, a shop owner': the dash attributes the quote
                dash_span = toks.span(dash[0], dash[0])
                if toks.text[dash[0]] not in _DASHES:
                    dash_span = (dash_span[1] - 1, dash_span[1])    # the dash alone, not a mark glued to it
                found = Found(m.start, m.end, "direct", None, dash_span,
                              toks.span(dash[1], dash[2]), (toks.start[dash[0]], toks.end[dash[2]]))
                out.append(found)
                prev_direct = found
                continue
            if chosen is None and colon_k >= 0:
                # no verb of saying: "X was blunt at her briefing: "…"", "In a statement: "…""
                colon_subject = colon_speaker(toks, colon_k, quoted)
                if colon_subject is None:
                    chosen = _last_cue_before(toks, colon_k, cue_at)
                    if chosen is None:
                        colon_subject = previous_subject(toks, colon_k, quoted)
            if chosen is None and colon_subject is not None:
                clo = toks.sentence_of(colon_k)[0]
                found = Found(m.start, m.end, "direct", None, toks.span(colon_k, colon_k),
                              toks.span(*colon_subject), (toks.start[clo], toks.end[colon_k]))
                out.append(found)
                prev_direct = found
                continue
            if chosen is None and colon_k < 0 and at_sentence_start and not m.continued:
                # no verb of saying around a lone quotation: the sentence after may name its speaker
                # ('"…." The warning came from X'), or the short sentence before it
                # ('Zakharova was scathing on Telegram. "…"')
                named = naming_sentence_after(toks, close_tok, quoted)
                framed = None if named is not None else (framing_subject(toks, text, open_tok, quoted)
                                                         or reaction_paragraph_subject(toks, text, open_tok, quoted))
                speaker = named or framed
                if speaker is not None:
                    slo, shi = toks.sentence_of(speaker[0])
                    found = Found(m.start, m.end, "direct", None, None, toks.span(*speaker),
                                  (toks.start[slo], toks.end[shi - 1]))
                    out.append(found)
                    prev_direct = found
                    continue
            if chosen is None and prev_direct is not None:
                if _same_or_next_paragraph(text, prev_direct.end, m.open):
                    inherit = True
        if chosen is None and not inherit:
            voiced = voicing_verb(toks, open_tok, close_tok, lo, quoted) if not direct else None
            if voiced is not None:
                # 'Spain lauded the "remarkable courage" of …': no verb of saying, the subject voices it
                verb, subject = voiced
                out.append(Found(m.start, m.end, "partial", None, toks.span(verb, verb), toks.span(*subject),
                                 (toks.start[lo], toks.end[hi - 1]), needs_actor=True))
            elif not direct:
                # 'Colombia "welcomes the vote" and …' below a roundup heading: the heading's words
                heading = heading_above(text, toks, m.open, quoted)
                if heading is not None:
                    out.append(Found(m.start, m.end, "partial", None, None, toks.span(*heading),
                                     (toks.start[heading[0]], toks.end[hi - 1]), needs_actor=True))
            continue
        if chosen is not None and not direct and prev_direct is not None and prev_direct.cue_span is not None \
                and text[prev_direct.end - 1:prev_direct.end] == "," and "\n" not in text[prev_direct.end:m.start] \
                and prev_direct.cue_span == toks.span(attributed[chosen].cue.first, attributed[chosen].cue.last):
            direct = True   # '"We will not go back," the mayor said, "whatever it costs."'
        if chosen is not None:
            a = attributed[chosen]
            if direct:
                used_by_direct.add(chosen)
            cue_span = toks.span(a.cue.first, a.cue.last)
            sp = toks.span(*a.speaker) if a.speaker is not None else None
            if a.inherited and sp is not None and not (lo <= a.speaker[0] < hi):
                sp = None
            found = Found(m.start, m.end, "direct" if direct else "partial", a.cue.lemma, cue_span, sp,
                          (toks.start[sent_of_cue[chosen][0]], toks.end[sent_of_cue[chosen][1] - 1]))
        else:
            assert prev_direct is not None
            found = Found(m.start, m.end, "direct", prev_direct.cue, None, None, prev_direct.context, True)
        out.append(found)
        if found.kind == "direct":
            prev_direct = found
            prev_direct_end_para = m.end

    out = _group_stretches(text, out, {m.start for m in marks if m.continued})
    mark_at = {m.open: m for m in marks}
    colon_lines = [c for c in colon_attributions(toks, text, quoted)
                   if not _reports_of_its_own(c[2], toks, attributed)
                   and not no_comment(toks, toks.at_char(c[2][0]), toks.at_char(c[2][1]))]
    mark_by_start = {m.start: m for m in marks}
    if colon_lines:
        inside = [(start, end) for _, _, (start, end) in colon_lines]
        transcript = {toks.start[sp[0]] for sp, _, _ in colon_lines}
        out = [f for f in out if not _within_any(inside, f.start, f.end) and f.start not in transcript]
    for speaker, colon, (start, end) in colon_lines:
        outer = mark_by_start.get(toks.start[speaker[0]])
        if outer is not None:
            # '"PENCE: Well, look, …"': the quotation is the words after the name
            out.append(Found(start, min(end, outer.end), "direct", None, toks.span(colon, colon),
                             toks.span(*speaker), (toks.start[speaker[0]], end)))
            continue
        first_mark = mark_at.get(start)
        whole_quote = first_mark is not None and first_mark.close == end - 1
        inner = [first_mark] if whole_quote else []
        s, e = (inner[0].start, inner[0].end) if whole_quote else (start, end)
        # no verb of saying, so no cue lemma: the words after "Name:" are the speaker's own, as a
        # headline or a transcript gives them, with or without marks (an indirect quote always has a cue)
        out.append(Found(s, e, "direct", None, toks.span(colon, colon),
                         toks.span(*speaker), (toks.start[speaker[0]], end)))
    for n, (a, (lo, hi)) in enumerate(zip(attributed, sent_of_cue)):
        if n in used_by_direct:
            continue
        for start, end in reported_clauses(toks, a, lo, hi, quoted, text):
            sp = toks.span(*a.speaker) if a.speaker is not None else None
            out.append(Found(start, end, "indirect", a.cue.lemma, toks.span(a.cue.first, a.cue.last), sp,
                             (toks.start[lo], toks.end[hi - 1])))
    for number in toks.sentences_with(REPORTING_NOUN_FORMS):
        lo, hi = sents[number]
        for r in noun_reports(toks, lo, hi, quoted):
            start, end = toks.span(*r.clause)
            sp = toks.span(*r.speaker) if r.speaker is not None else None
            out.append(Found(start, end, "indirect", r.lemma, toks.span(r.noun, r.noun), sp,
                             (toks.start[lo], toks.end[hi - 1])))
    out = _drop_nested_indirect(out)
    out = _with_transcript_answers(out, text, [(toks.span(*sp), words) for sp, _, words in colon_lines])
    out = [f._replace(start=after_time_stamp(text, f.start, f.end)) if f.kind == "indirect" else f for f in out]
    out = [_under_heading(text, toks, f, quoted) for f in out]
    out.sort(key=lambda f: (f.start, f.end, f.kind))
    dedup: list[Found] = []
    seen = set()
    for f in out:
        key = (f.start, f.end, f.kind)
        if key not in seen:
            seen.add(key)
            dedup.append(f)
    return dedup


def _with_transcript_answers(found: list[Found], text: str,
                             labelled: list[tuple[tuple[int, int], tuple[int, int]]]) -> list[Found]:
    """Each answer of a Q/A interview transcript as its interviewee's direct quote, replacing
    whatever was read inside the answer; in a "Name: words" transcript, the interviewer's
    questions dropped and the interviewee's lines given to the intro's name (see :mod:`.transcripts`)."""
    interview = interview_turns(text, labelled)
    if interview is not None:
        found = [f._replace(speaker_span=interview.speaker, channel="interview") if f.start in interview.answers else f
                 for f in found if f.start not in interview.questions]
    answers = qa_answers(text)
    if not answers:
        return found
    spans = [(a.start, a.end) for a in answers]
    kept = [f for f in found if not _within_any(spans, f.start, f.end)]
    return kept + [Found(a.start, a.end, "direct", None, a.label, a.speaker, a.context, channel="interview")
                   for a in answers]


def _under_heading(text: str, toks: Tokens, f: Found, quoted: list[bool]) -> Found:
    """A quote with no speaker in the paragraph right below a roundup heading ("Colombia's foreign
    ministry, in a communique:") is the heading's (see :mod:`.headings`)."""
    if f.speaker_span is not None or f.inherit_from_previous:
        return f
    subject = heading_above(text, toks, f.start, quoted)
    if subject is None:
        return f
    speaker = toks.span(*subject)
    return f._replace(speaker_span=speaker, context=(speaker[0], max(f.context[1], f.end)))


#: nouns and participles a quotation names rather than quotes: 'the headline "…"', 'titled "…"'
_NAMING_WORDS = frozenset("headline headlines headlined title titled entitled slogan slogans banner banners motto "
                          "hashtag caption".split())


def _names_a_text(toks: Tokens, k: int, lo: int) -> bool:
    """Whether the quotation after token ``k`` (the last before its opening mark that is not white space) is
    the name of a text: a headline, title, slogan."""
    return k >= lo and (toks.lower[k] in _NAMING_WORDS or _names_a_charge(toks, k, lo))


#: the words before a quotation that make it the name of a criminal charge: "convicted of "…"",
#: "charged with "…"", "a sentence for "…"", "on charges of "…"". The wording is the charge sheet's,
#: and no one in the sentence speaks it ("accused X of "…"" is an accusation, and a quote).
_CHARGE_PHRASES = {"of": frozenset("convicted guilty charges charge counts count acquitted".split()),
                   "with": frozenset("charged indicted".split()),
                   "for": frozenset("sentence sentenced jailed imprisoned prosecuted convicted arrested "
                                    "detained indicted tried".split())}


def _names_a_charge(toks: Tokens, k: int, lo: int) -> bool:
    """Whether the preposition at ``k``, right before a quotation, follows a charge word."""
    heads = _CHARGE_PHRASES.get(toks.lower[k])
    if heads is None:
        return False
    j = skip_space_back(toks, k - 1, lo)
    return j >= lo and toks.lower[j] in heads


_DASHES = frozenset(("\u2014", "\u2015", "\u2013", "--"))


def _dash_attribution(toks: Tokens, close: int, quoted: list[bool]) -> tuple[int, int, int] | None:
    """(dash, first, last) when a dash and a capitalised name close the line after a quotation."""
    k = close + 1
    if len(toks.text[close]) > 1 and toks.text[close][-1] in _DASHES:
        k = close       # '"…."― Name': the tokenizer keeps a dash glued to the closing mark
    k = skip_inline_space(toks, k, len(toks))
    if k >= len(toks) or (toks.text[k] not in _DASHES and k != close):
        return None
    first = skip_inline_space(toks, k + 1, len(toks))
    if first >= len(toks) or not toks.text[first][:1].isupper() or quoted[first]:
        return None
    last = first
    j = first
    while j < len(toks) and j - first < AFTER_WINDOW and "\n" not in toks.text[j] and not quoted[j]:
        if toks.text[j] in (".", "!", "?") and (j + 1 >= len(toks) or toks.is_space[j + 1]):
            break
        if not toks.is_space[j]:
            last = j
        j += 1
    if j - first >= AFTER_WINDOW or (j < len(toks) and quoted[j]):
        return None   # a sentence goes on after the dash, not a signature
    return k, first, last


def _last_cue_before(toks: Tokens, colon: int, cue_at: dict[int, int]) -> int | None:
    """The last cue of the sentence before the colon's: "The agency replied. In a statement: "…""."""
    lo = toks.sentence_of(colon)[0]
    if lo == 0:
        return None
    plo = toks.sentence_of(lo - 1)[0]
    for n in range(lo - 1, plo - 1, -1):
        if n in cue_at:
            return cue_at[n]
    return None


def _same_or_next_paragraph(text: str, prev_end: int, start: int) -> bool:
    """Whether ``start`` is in the paragraph after the one ending at ``prev_end`` (or the same)."""
    if start - prev_end > 3000:
        return False
    gap = text[prev_end:start]
    breaks = gap.count("\n\n") + (1 if "\n" in gap and "\n\n" not in gap else 0)
    if breaks > 1:
        return False
    if breaks == 0:
        return True
    # the new paragraph must open with the quotation
    return text[prev_end:start].rstrip(" \t\"\u201c\u201e\u00ab").endswith("\n")


def _drop_nested_indirect(found: list[Found]) -> list[Found]:
    """An indirect quote whose cue lies inside another indirect quote is part of it.

    "vowed support for X and called on Y to …": the second cue is coordinated
    with the first and its clause is already inside the first one's.
    """
    import bisect

    def around_own_cue(f: Found) -> bool:   # "The museum, he said, celebrated …": the whole sentence
        return f.cue_span is not None and f.start <= f.cue_span[0] < f.end

    spans = sorted((f.start, f.end) for f in found if f.kind == "indirect" and not around_own_cue(f))
    starts = [a for a, _ in spans]
    reach = []          # reach[i]: the furthest end among spans[0..i]
    best = -1
    for _, e in spans:
        best = max(best, e)
        reach.append(best)
    keep = []
    for f in found:
        if f.kind == "indirect" and f.cue_span is not None and not around_own_cue(f):
            # a reported clause never contains its own cue, so any covering span is another's
            k = bisect.bisect_right(starts, f.cue_span[0]) - 1
            if k >= 0 and reach[k] >= f.cue_span[1]:
                continue
        keep.append(f)
    return keep


def _group_stretches(text: str, found: list[Found], continued: set[int]) -> list[Found]:
    """Number the stretches of one utterance and give the later ones the first one's cue.

    '"We will win," he said. "The people are with us."' is one utterance cut by
    its attribution, and a quote paragraph re-opened after a paragraph break
    continues the one before: each stretch between marks stays a quote of its
    own (the gold convention: a quote is the characters between the marks), the
    later ones inherit the speaker and cue, and all share ``group``. The later
    stretches carry no mention spans: the attribution is counted once, with the first.
    """
    out: list[Found] = []
    groups = 0
    for f in found:
        prev = out[-1] if out else None
        if prev is not None and prev.kind == "direct" and f.kind == "direct" and f.start > prev.end and (
                f.start in continued
                or ("\n" not in text[prev.end:f.start]
                    and (f.inherit_from_previous or (f.cue_span is not None and f.cue_span == prev.cue_span
                                                     and prev.end <= f.cue_span[0] < f.start)))):
            if prev.group is None:
                groups += 1
                prev = prev._replace(group=groups)
                out[-1] = prev
            if f.cue_span is None or f.cue_span == prev.cue_span:
                f = f._replace(cue=prev.cue, cue_span=None, speaker_span=None, inherit_from_previous=True,
                               context=prev.context)
            f = f._replace(group=prev.group)
        out.append(f)
    return out


def _cue_ends_its_clause(toks: Tokens, last: int) -> bool:
    """Whether only a few words (a name, a time) follow the cue before punctuation.

    '"We will win." Trump said.' attributes the quote; '"We will win." Trump said
    it was great to be home.' starts a new report of its own.
    """
    k = last + 1
    n = 0
    opener = None
    # a few words of any kind, or a longer run of circumstance opening with a preposition and
    # without a verb ("asked at a press conference in Port Louis on Monday")
    while k < len(toks) and (n <= 6 or (opener in _CIRCUMSTANCE_PREPS and n <= CIRCUMSTANCE_WORDS)):
        t = toks.text[k]
        if t in (".", ",", ";", "!", "?", ":") or "\n" in t:
            return True
        if toks.lower[k] == "that":
            return False
        if not toks.is_space[k]:
            if opener is None:
                opener = toks.lower[k]
            if n >= 6 and (toks.lower[k] in FINITE or past_form(toks, k)):
                return False
            n += 1
        k += 1
    return k >= len(toks)


#: prepositions that open the circumstance after a cue ("said at a news conference in …")
_CIRCUMSTANCE_PREPS = frozenset("at in on during after before from outside inside via".split())
#: how many words such a circumstance may have before the sentence ends
CIRCUMSTANCE_WORDS = 12


def _reports_of_its_own(content: tuple[int, int], toks: Tokens, attributed: list[Attributed]) -> bool:
    """Whether the words after "LABEL:" hold a verb of saying of their own.

    "PERU: Foreign Minister Elena Rojas said Lima was …": a roundup sets the country as a label
    before a paragraph that attributes its words itself; the label is no speaker and the
    paragraph no quote of the label's. A quotation alone inside the words is no such sign: a
    headline quotes within what its speaker says ("Caddell: Voters Are Worried; It's 'in Their Heads'").
    """
    start, end = content
    # a verb in a title-case headline is capitalised ("Ryan: Clinton Asking Moderator To …"): not a cue
    return any(start <= toks.start[a.cue.first] < end and toks.text[a.cue.first].islower() for a in attributed)


def _within_any(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether [start, end) lies inside one of the sorted, disjoint ``spans``."""
    import bisect

    k = bisect.bisect_right(spans, (start, float("inf"))) - 1
    return k >= 0 and spans[k][0] <= start and end <= spans[k][1]
