"""Reported clauses: the indirect quote a cue introduces.

* After the cue: "said (that) …", "told reporters (that) …", "saying …",
  "called on X to …", "urged X to …", "vowed (to) …". The clause runs to the end
  of the sentence, or to the next attribution hung on it (", saying …",
  ", according to …", "…, he said").
* Before the cue: "X, a diplomat said." / "X, according to Y." — the clause is
  the sentence up to the comma before the attribution.
* "According to X, …": the clause after the comma.

A clause that is mostly quotation is left to its partial quotes, and a clause
of fewer than three words is not reported.
"""

from __future__ import annotations

from ..abbreviations import KNOWN as ABBREVIATED
from .attribution import Attributed
from .clauses import (FINITE, IRREGULAR_PAST, MODALS, NP_OBJECT_CUES, is_accusation_phrase, looks_like_clause,
                      looks_like_small_clause, past_form)
from .contrasts import CONTRAST_OPENERS, contrast_tells_another_act
from .hearers import audience_hearer_end
from .parentheticals import clause_after_phrase
from .poll_openers import opener_end
from .sentence_ends import ends_sentence_on_abbreviation
from .lexicon import AMBIGUOUS, CUE_FORMS, NEEDS_THAT
from .non_reports import continued_object, denied_act, denied_hearsay, refuses_answer, unanswered_question
from .report_ends import after_a_duration, appositive_skipped, closing_appositive, own_second_report, speaker_names_report, writer_appositive
from .tokens import Tokens, skip_space, skip_space_back
from .words import CLAUSE_PARTICIPLE_CUES, DETERMINERS, NP_STOP, PRONOUNS, WEEKDAYS

#: cues whose complement is a clause or an infinitive (the "that"-only cues of NEEDS_THAT among them)
CLAUSE_CUES = frozenset(
    "say tell add tweet write post state declare insist warn announce claim argue note explain "
    "stress emphasize report confirm deny acknowledge admit suggest reply respond conclude recall "
    "predict believe think assert maintain allege complain reiterate observe remark joke contend "
    "indicate signal hint estimate hope fear concede agree continue show yell shout "
    "exclaim quip retort counter caution testify muse recount affirm assure "
    "concur point comment chant proclaim".split()) | NEEDS_THAT
DEMAND_TO = frozenset("call urge appeal plead implore request ask".split())   # need "… to VP"
PLEDGE = frozenset("vow pledge promise threaten demand".split())
#: a clause cannot start with these (relative inversion: "which X says is …"; a topic or an object
#: after a preposition: "joked about …", "commented on …", "insisted on …")
BAD_START = frozenset("is was are were be been has had have will would can could should may might "
                      "must do does did of for with at by as to about on upon over against into".split())
_ADVERBIAL_PREP = frozenset(("in", "on", "at", "during", "via", "through", "over"))
_MEDIUM = frozenset(("statement", "tweet", "interview", "twitter", "conference", "briefing", "speech",
                     "post", "message", "letter", "call", "video", "television", "tv", "radio", "remarks",
                     "address", "facebook", "telegram", "communique", "release", "x"))
MIN_WORDS = 3
#: a phrase after the cue that starts with these is a circumstance, not the report
#: ("…, an official said on condition of anonymity.")
TRAILING_PREPS = frozenset("on in at during after before from under with without via through over "
                           "following amid by while when late earlier last this".split())
#: a reported clause never opens with these: after the cue they start a circumstance or a topic
_NO_CLAUSE_OPENERS = (TRAILING_PREPS - frozenset(("when", "while", "after", "before"))) \
    | frozenset(("within", "across", "throughout", "into"))
_TIME_DETERMINERS = frozenset(("last", "this", "next", "earlier", "late"))


def _past_time_phrase(toks: Tokens, j: int, hi: int) -> int:
    """``j`` moved past "last week", "this morning", "earlier this month" right after the cue, when a
    clause follows ("said last week it was studying the data"); else ``j`` unchanged."""
    k = j
    while k < hi and toks.lower[k] in _TIME_DETERMINERS:
        k = skip_space(toks, k + 1, hi)
        if k < hi and toks.lower[k] not in _TIME_DETERMINERS and toks.text[k].isalpha():
            k = skip_space(toks, k + 1, hi)
            break
    if k == j or k >= hi or toks.lower[k] in _NO_CLAUSE_OPENERS or toks.text[k] in (",", ".", ";", ":"):
        return j
    return k if looks_like_clause(toks, k, hi) else j


#: after "X, the ministry said, …" these open the writer's circumstance or another attribution,
#: not the rest of a reported sentence ("…, the ministry said, after mayors refused to leave")
_CIRCUMSTANCE_OPENERS = frozenset("according after before amid following despite because since although "
                                  "though while when as citing".split())
#: a reported clause longer than this is run-on text, not a report: it is cut there
MAX_CLAUSE_TOKENS = 100
#: cues with a hearer before the clause ("told reporters that", "reminded voters that")
HEARER_CUES = frozenset("tell ask remind inform assure warn caution".split())
#: hearers of "told": the clause starts after them
_HEARERS = frozenset(("reporters", "journalists", "lawmakers", "supporters", "him", "her", "them", "us", "me", "you",
                      "media", "television", "tv", "radio"))
#: what may stand before a media hearer ("told state media", "told local television")
_MEDIA_ADJECTIVES = frozenset(("state", "local", "national", "public", "foreign", "official"))
#: a reported clause ends where the reporter's own circumstance begins ("… after fighting erupted")
_SUBORDINATE = frozenset(("after", "amid"))
_CLAUSE_END = frozenset((".", "!", "?", ";", "\n"))
#: after a comma these open a relative clause, never an attribution of the clause before
#: ("said the road, which engineers say is unsafe, would stay closed")
_RELATIVE_OPENERS = frozenset(("which", "who", "whose", "whom"))


#: how long the source phrase after "according to" may be ("early results of exit polls conducted for …")
ACCORDING_WINDOW = 30


#: nouns of a source after "according to" ("a poll", "officials", "court filings"): without a comma
#: before it, "according to rank / the season" is a manner, not an attribution
SOURCE_NOUNS = frozenset("poll polls polling survey surveys report reports study studies data figures statistics "
                         "official officials source sources statement statements spokesman spokeswoman spokesperson "
                         "ministry police documents document records analysis estimates estimate count tally results "
                         "interview interviews people person aides experts witnesses residents transcript account "
                         "board commission agency department office government authorities campaign group court "
                         "filing filings website letter memo email emails researchers analysts observers monitors "
                         "media newspaper paper agency diplomats activists organizers organisers".split())


def _names_a_source(toks: Tokens, k: int, end: int) -> bool:
    """Whether the phrase ``k`` … ``end - 1`` after "according to" names who reports: a name or a source noun."""
    return any(toks.text[m][:1].isupper() or toks.lower[m] in SOURCE_NOUNS for m in range(k, end))


def _according_phrase_end(toks: Tokens, k: int, hi: int, quoted: list[bool]) -> int:
    """The comma closing the source phrase after "according to" (or where the phrase stops).

    The phrase may be long and hold participles and prepositions ("early results of a
    survey conducted for the broadcaster by a polling firm"), but no finite verb.
    """
    start = k
    while k < hi and k - start < ACCORDING_WINDOW and not quoted[k] and toks.text[k] not in (",", ".", ";", ":", "!", "?"):
        if toks.lower[k] in FINITE and k > start and toks.lower[k] not in ("'s", "\u2019s"):
            return hi   # a verb: no source phrase ("July's poll" is a possessive, not "is")
        k += 1
    return k if k < hi and k - start < ACCORDING_WINDOW else hi


def _lower_at(toks: Tokens, k: int) -> str:
    """The lower-cased token at ``k``, or "" past the end of the text (a cue can be its last word)."""
    return toks.lower[k] if k < len(toks.lower) else ""


def _skip_adverbials(toks: Tokens, i: int, hi: int) -> int:
    """Step over "in a statement", "on Twitter", "on Sunday", "late Monday", "also" after a cue."""
    while i < hi:
        w = toks.lower[i]
        if toks.is_space[i]:
            i += 1
            continue
        if w in _ADVERBIAL_PREP:
            j = i + 1
            while j < hi and j - i <= 4 and (toks.lower[j] in DETERMINERS or toks.text[j][:1].isalnum()):
                if toks.lower[j] in _MEDIUM or toks.lower[j] in WEEKDAYS:
                    i = j + 1
                    break
                if toks.lower[j] in ("that",):
                    break
                j += 1
            else:
                return i
            if i <= j:
                if not (toks.lower[j] in _MEDIUM or toks.lower[j] in WEEKDAYS):
                    return i
            continue
        if w in WEEKDAYS or w in ("late", "early", "also", "publicly", "repeatedly", "again"):
            i += 1
            continue
        if w == "," and i + 1 < hi and toks.lower[i + 1] in ("that",):
            i += 1
            continue
        break
    return i


def _abbreviation_stop(toks: Tokens, j: int) -> bool:
    """Whether token ``j`` is the full stop of an abbreviation the sentencizer kept inside its
    sentence ("said No. 14 Squadron had …", "said Lt. Col. Mara Oduya would …"): the reported
    clause goes on past it. At a real sentence end the next token starts a sentence."""
    return (toks.text[j] == "." and 0 < j < len(toks.text) - 1 and not toks.sent_start[j + 1]
            and toks.text[j - 1] in ABBREVIATED)


def _clause_end(toks: Tokens, i: int, hi: int, quoted: list[bool], stop_at_verb: bool = False) -> int:
    """The token index where a reported clause starting at ``i`` stops (exclusive).

    With ``stop_at_verb`` (a clause after a verb of saying) it also stops before a
    coordinated reporting verb: "denied that A and blamed B". A pledge keeps its
    coordinated demand: "vowed support for X and called on Y to …" is one report.
    """
    j = i
    hi = min(hi, i + MAX_CLAUSE_TOKENS)
    while j < hi:
        t, w = toks.text[j], toks.lower[j]
        if quoted[j]:
            j += 1
            continue
        if (t in _CLAUSE_END and not _abbreviation_stop(toks, j)) or "\n" in t or (t == ":" and _attributed_quotation_after(toks, j + 1, hi, quoted)):
            break
        if j > i and ends_sentence_on_abbreviation(toks, j, hi):
            return j + 1    # "… growers in the U.K. She says …": the abbreviation's full stop ends the sentence
        if w in CLAUSE_PARTICIPLE_CUES and j > i and _quotation_closed_with_comma(toks, i, j, quoted):
            break   # 'that it was "a matter for France," adding that …': the comma sits inside the marks
        if t == "," and j + 1 < hi:
            nxt = toks.lower[j + 1]
            if nxt in CLAUSE_PARTICIPLE_CUES or nxt in ("according", "without", "citing") \
                    or (nxt == "as" and j + 2 < hi and toks.lower[j + 2] in ("if", "though")):
                break   # ", as if nothing had happened": the writer's comparison
            if nxt in CONTRAST_OPENERS and contrast_tells_another_act(toks, j, hi, quoted):
                break   # ", while Bolivia's government urged calm": the writer's juxtaposition
            if nxt in ("a", "an") and closing_appositive(toks, i, j, hi, quoted):
                break   # ", a move that traders called ruinous": the writer's comment on the report
            if _writer_clause_follows(toks, i, j, hi):
                break
            # "…, he said" / "…, the minister added"; not ", which engineers say …": a relative
            # clause with a report inside is part of this report and carries its own
            if nxt in _RELATIVE_OPENERS and (_speaker_reports_again(toks, j + 2, hi)
                                             or speaker_names_report(toks, j + 2, hi, quoted)):
                return j   # "…the dam, which it says will trap …": the speaker's own second report
            k = hi if nxt in _RELATIVE_OPENERS else j + 1
            steps = 0
            while k < hi and steps < 8 and toks.text[k] not in (",", ".", ";") and not quoted[k]:
                if toks.lower[k] in CUE_FORMS and CUE_FORMS[toks.lower[k]][1] == "speech" and k > j + 1:
                    return j
                k += 1
                steps += 1
        if t in ("\u2014", "--"):
            close = _closing_dash(toks, j, hi, quoted)
            if close is None or j <= i:
                break
            j = close + 1   # "that the government — by which I mean the cabinet — had lost": a parenthesis
            continue
        if w in _SUBORDINATE and j > i + 2 and not (w == "after" and after_a_duration(toks, j)):
            break   # but "received threats for months after publishing …" dates the clause's own verb
        if stop_at_verb and w in ("and", "but") and j > i + 2 and j + 1 < hi and _coordinated_cue(toks, j + 1, hi):
            break   # "denied that A and blamed B": the second verb is the speaker's, not the report's
        if stop_at_verb and w in ("and", "but") and j > i + 2 and refuses_answer(toks, j + 1, hi):
            break   # 'said it was "aware of the reports" but declined to comment further': the speaker's act
        if stop_at_verb and w == "and" and j > i + 2 and j + 1 < hi and _past_verb(toks, j + 1) \
                and (quoted[j - 1] or any(toks.lower[k] in _MODALS for k in range(i, j))):
            break   # "said it would help and offered talks", 'said it was "shocked" and offered aid': the tense
            #         or the closed quotation shows the speaker's next act, not more of the report
        j += 1
    return j


#: pronouns that, right after a relative word, stand for the speaker of the report around them
_SPEAKER_AGAIN = frozenset(("it", "he", "she", "they"))


def _speaker_reports_again(toks: Tokens, k: int, hi: int) -> bool:
    """Whether ``k`` opens "it says"/"he said": after ", which" a pronoun and a verb of saying
    start the speaker's own second report, a quote of its own, not more of the first one
    (", which engineers say …" names someone else and stays inside)."""
    return k + 1 < hi and toks.lower[k] in _SPEAKER_AGAIN and toks.lower[k + 1] in CUE_FORMS \
        and CUE_FORMS[toks.lower[k + 1]][1] == "speech"


def _quotation_closed_with_comma(toks: Tokens, i: int, j: int, quoted: list[bool]) -> bool:
    """Whether a quotation ending with a comma inside its marks closes right before token ``j``."""
    k = j - 1
    while k > i and toks.is_space[k]:
        k -= 1
    if not quoted[k]:
        return False
    while k > i and quoted[k] and toks.text[k] != ",":
        if toks.text[k][:1].isalnum():
            return False    # a word before the comma: the closing marks are not right after it
        k -= 1
    return quoted[k] and toks.text[k] == ","


def _attributed_quotation_after(toks: Tokens, k: int, hi: int, quoted: list[bool]) -> bool:
    """Whether a quotation opens at ``k`` and ends with a comma, so that its own attribution
    follows it ('declared the need for resolve: "Change the world," she said'): the clause
    before the colon ends there."""
    if k >= hi or not quoted[k]:
        return False
    j = k + 1
    while j < hi and quoted[j]:
        j += 1
    return j - 2 > k and toks.text[j - 2] == ","


#: how long a parenthesis between dashes inside a reported clause may be
DASH_PARENTHESIS = 15


def _closing_dash(toks: Tokens, j: int, hi: int, quoted: list[bool]) -> int | None:
    """The dash closing a parenthesis opened by the dash at ``j``, when words of the clause follow it."""
    k = j + 1
    while k < hi and k - j <= DASH_PARENTHESIS and toks.text[k] not in (".", ";", "!") and "\n" not in toks.text[k]:
        if toks.text[k] == toks.text[j] and not quoted[k]:
            return k if k + 1 < hi and toks.text[k + 1][:1].isalnum() else None
        k += 1
    return None


_MODALS = MODALS | {"shall"}


def _past_verb(toks: Tokens, k: int) -> bool:
    """Whether token ``k`` is a lower-case past-tense verb ("offered", "sent")."""
    t = toks.text[k]
    return t[:1].islower() and (t.endswith("ed") or toks.lower[k] in IRREGULAR_PAST)


#: subjects that open the writer's own clause after ", but" / ", and" ("…, but he refused to say more")
_NEW_SUBJECT_AFTER_BUT = frozenset("he she they the his her their its".split())
_NEW_SUBJECT_AFTER_AND = frozenset("he she they".split())
_PRONOUN_SUBJECTS = frozenset("he she they we i".split())
#: the subject of a two-word answer ("said it would"); also the pronoun that may stand between "that" and
#: a quotation that is the rest of the clause ('said that it "rejects …"')
_SUBJECT_PRONOUNS = _PRONOUN_SUBJECTS | {"it"}


def _writer_clause_follows(toks: Tokens, i: int, comma: int, hi: int) -> bool:
    """Whether the comma at ``comma`` closes a complete reported clause begun at ``i``.

    "said the plan was dead, but he would not rule out talks": after a finished
    clause, ", but" with a new subject (a pronoun, a determiner, a name) and ", and
    he/she/they …" are the writer's words about the report, not part of it. A clause
    that is not finished yet ("The envoy, but not his staff, will stay") goes on.
    (", which …" is not a boundary: news reports keep the relative clause in the
    report as often as not.)
    """
    nxt = toks.lower[comma + 1]
    after = comma + 2
    if nxt == "but" and after + 1 < hi and toks.lower[after] in _PRONOUN_SUBJECTS and _words(toks, i, comma) >= MIN_WORDS \
            and toks.text[after + 1][:1].isalpha():
        return True     # "said they support charter schools, but they would not …": a pronoun opens a clause
    if nxt == "and" and _narration_after_backshift(toks, i, comma, hi):
        return True     # "said a cable had been cut, and Sweden's minister called for an inquiry"
    if nxt == "but" and after < hi and (toks.lower[after] in _NEW_SUBJECT_AFTER_BUT or toks.text[after][:1].isupper()):
        pass
    elif nxt == "and" and after < hi and toks.lower[after] in _NEW_SUBJECT_AFTER_AND:
        pass
    else:
        return False
    return looks_like_clause(toks, i, comma)


#: auxiliaries that show a report in the backshifted tenses ("had been cut", "would hold")
_BACKSHIFT_AUX = _MODALS | frozenset(("had", "has", "have"))
#: words that may open a new subject after ", and" besides a capitalised word
_SUBJECT_OPENERS = frozenset("the a an his her their its this these those some many".split())
#: how many tokens a new subject after ", and" may have before its verb
SUBJECT_TOKENS = 6


def _narration_after_backshift(toks: Tokens, i: int, comma: int, hi: int) -> bool:
    """Whether ", and" at ``comma`` opens the writer's clause: a new subject and a verb in the
    simple past, after a report in a perfect or modal tense.

    "said a pipeline had been damaged by sabotage, and Poland's prime minister blamed Russia",
    "said the dam would hold, and the villagers returned to their farms": the report was
    backshifted, the clause after it is narrated in the simple past, by the writer. A report
    in the simple past ("said prices rose, and wages fell") and ", and that …" go on.
    """
    if not any(toks.lower[k] in _BACKSHIFT_AUX for k in range(i, comma)) or not looks_like_clause(toks, i, comma):
        return False
    k = skip_space(toks, comma + 2, hi)
    if k >= hi or not (toks.text[k][:1].isupper() or toks.lower[k] in _SUBJECT_OPENERS) \
            or toks.lower[k] in PRONOUNS or toks.lower[k] == "that":
        return False
    first = k
    while k < hi and k - first <= SUBJECT_TOKENS:
        t = toks.text[k]
        if t in (",", ".", ";", ":") or toks.lower[k] in _BACKSHIFT_AUX or toks.lower[k] == "that":
            return False
        if k > first and _past_verb(toks, k):
            return True
        k += 1
    return False


#: how many words may follow a hearer before the sentence ends, for them to be circumstance
#: ("…, the minister told a parliamentary panel on Wednesday.")
TAIL_WORDS = 8
_TAIL_SUBORDINATORS = frozenset("as while when after before because since".split())


def _only_circumstance_left(toks: Tokens, j: int, hi: int, quoted: list[bool]) -> bool:
    """Whether the sentence ends within a few words after ``j`` with no verb, quotation or "that"."""
    k = j
    while k < hi and k - j <= TAIL_WORDS:
        t, w = toks.text[k], toks.lower[k]
        if t in (".", "!", "?", ";") or "\n" in t or (k > j and w in _TAIL_SUBORDINATORS):
            return True     # "… told his advisers as he labored over the speech": the writer's circumstance
        if quoted[k] or w in FINITE or w == "that" or t in (",", ":") or past_form(toks, k):
            return False
        k += 1
    return k >= hi


def _clause_before_speaker(toks: Tokens, a: Attributed, lo: int, quoted: list[bool]) -> bool:
    """Whether a finite clause ends at the comma before the cue's subject ("X will stay, the minister told …");
    not a circumstance ("With 214 seats at stake, …", "On Friday morning, the candidate told a joke")."""
    if a.speaker is None or a.speaker[0] > a.cue.first:
        return False
    comma = _comma_before(toks, a.speaker[0], lo, quoted)
    if comma is None:
        return False
    first = skip_space(toks, _skip_dateline(toks, lo, comma), comma)
    w = toks.lower[first] if first < comma else ""
    if first >= comma or w in _CIRCUMSTANCE_OPENERS or (w in TRAILING_PREPS and not (
            w == "this" and first + 1 < comma and toks.lower[first + 1] not in WEEKDAYS)):
        return False    # "With 214 seats at stake, …", "This week, …"; but "This is not about me, …"
    return _words(toks, first, comma) >= MIN_WORDS


def _hearer_then_to(toks: Tokens, j: int, hi: int, quoted: list[bool]) -> bool:
    """Whether a short hearer phrase is followed by "to" and a verb: "told his aides to …"."""
    k = j
    while k < hi and k - j < 5 and not quoted[k] and toks.lower[k] != "to" and toks.text[k] not in (",", ".", ";"):
        if toks.lower[k] in FINITE:
            return False   # "told me the water was safe to drink": a clause, not an instruction
        k += 1
    return k > j and k + 1 < hi and toks.lower[k] == "to" and _verb_like(toks.text[k + 1])


def _coordinated_cue(toks: Tokens, k: int, hi: int) -> bool:
    """Whether a reporting verb in the past or present tense opens a verb phrase at ``k`` ("and blamed")."""
    while k < hi and toks.lower[k] in ("also", "then", "later", "again"):
        k += 1
    if k >= hi:
        return False
    w = toks.lower[k]
    entry = CUE_FORMS.get(w)
    if entry is None or w.endswith("ing") or entry[0] in _ATTITUDE_LEMMAS:
        return False
    return w not in AMBIGUOUS or (w.endswith("s") and _verb_object_after(toks, k + 1, hi))


def _verb_object_after(toks: Tokens, k: int, hi: int) -> bool:
    """Whether what follows a word that may be a plural noun ("demands", "calls") makes it a verb:
    "that", an opening quotation mark or an article ("… and demands "an inquiry"", "and calls the vote
    a sham"); a plural noun is not followed by those ("protests and calls for calm" stays one report)."""
    k = skip_space(toks, k, hi)
    return k < hi and (toks.lower[k] in ("that", "the", "a", "an") or toks.text[k] in ('"', "\u201c"))


#: cues of attitude, not of saying: "said A and hoped B" reports one stance, A and the hope together
_ATTITUDE_LEMMAS = frozenset("hope expect".split())


_AMOUNT_WORDS = frozenset("half a one two three four five six seven eight nine ten twenty thirty forty fifty "
                          "hundred dozen quarter third".split())


def _approximately(toks: Tokens, j: int, hi: int) -> bool:
    """Whether "about" at ``j`` means "approximately" ("said about 20 people had applied"), not a topic;
    or "at least" / "at most" opens a quantity there, not a place or time."""
    if toks.lower[j] == "at" and j + 2 < hi and toks.lower[j + 1] in ("least", "most"):
        return True     # "said at least 14 people had died": a quantity opens the clause
    if toks.lower[j] != "about" or j + 1 >= hi:
        return False
    nxt = toks.text[j + 1]
    return nxt[:1].isdigit() or nxt[:1] in "$£€" or toks.lower[j + 1] in _AMOUNT_WORDS


def _short_answer(toks: Tokens, j: int, end: int) -> bool:
    """A two-word clause that is a whole report: a pronoun and an auxiliary ("said he would",
    "said they could"), or "yes"/"no" as an answer ("most said yes")."""
    words = [k for k in range(j, end) if toks.text[k][:1].isalnum()]
    if len(words) == 2:
        return toks.lower[words[0]] in _SUBJECT_PRONOUNS and toks.lower[words[1]] in FINITE
    return len(words) == 1 and toks.lower[words[0]] in ("yes", "no")


def _mostly_quoted(toks: Tokens, first: int, end: int, quoted: list[bool]) -> bool:
    n = end - first
    q = sum(1 for k in range(first, end) if quoted[k])
    return n > 0 and q * 2 > n


def _words_after_quotation(toks: Tokens, first: int, end: int, quoted: list[bool]) -> bool:
    """Whether the clause from ``first`` to ``end`` goes on with words after a quotation inside it:
    ', saying Chile "will never accept" the ruling' is a clause around a fragment, not the fragment."""
    seen_quote = False
    for k in range(first, end):
        if quoted[k]:
            seen_quote = True
        elif seen_quote and toks.text[k][:1].isalnum():
            return True
    return False


def _wholly_quoted(toks: Tokens, first: int, end: int, quoted: list[bool]) -> bool:
    """Whether the clause from ``first`` to ``end`` is one quotation and nothing else.

    'said that "nobody will be left without a pension"', 'said that it "rejects any seizure of
    power"': every development set annotates such a clause as the partial quote alone (4 cases
    to 1), not also as an indirect report of the same words; 'said that "the reform" would pass'
    and 'said that it "firmly rejects" the outcome' keep words outside the marks and stay one.
    """
    k = skip_space(toks, first, end)
    if k < end and toks.lower[k] in _SUBJECT_PRONOUNS and not quoted[k]:
        k = skip_space(toks, k + 1, end)    # 'said that it "rejects any seizure of power"'
    if k >= end or not quoted[k]:
        return False
    return all(quoted[m] for m in range(k, end) if toks.text[m][:1].isalnum())


def _words(toks: Tokens, first: int, end: int) -> int:
    return sum(1 for k in range(first, end) if toks.text[k][:1].isalnum())


def _span(toks: Tokens, first: int, end: int) -> tuple[int, int] | None:
    while end > first and (toks.is_space[end - 1] or toks.text[end - 1] in (",", ":")):
        end -= 1
    if end <= first:
        return None
    return toks.start[first], toks.end[end - 1]


def reported_clauses(toks: Tokens, a: Attributed, lo: int, hi: int, quoted: list[bool], text: str) -> list[tuple[int, int]]:
    """Character spans of the clause(s) that cue ``a`` reports (usually zero or one)."""
    del text
    cue = a.cue
    lemma = cue.lemma
    spans: list[tuple[int, int]] = []
    i = cue.last + 1
    if _passive_instruction(toks, a, i, hi):
        return []   # "Residents have been told not to return": an instruction received, nobody's words
    if cue.kind == "according":
        # "According to X, …" or "…, according to X."
        trailing = cue.first - 1 > lo and toks.text[cue.first - 1] == ","    # "…, according to X"
        after = _according_phrase_end(toks, cue.last + 1, hi, quoted)
        if lemma == "in":
            comma = opener_end(toks, cue.first, hi, quoted)    # "In a Gallup poll, taken in May, …"
            after = comma if comma is not None else hi
        comma_after = after < hi and toks.text[after] == ","
        if a.speaker is None and (not comma_after or trailing or not _names_a_source(toks, cue.last + 1, after)):
            return []
        if a.speaker is not None and not comma_after:
            after = a.speaker[1] + 1
        if after == cue.last + 2 and toks.text[cue.last + 1].isalpha() and toks.text[cue.last + 1].islower() \
                and toks.lower[cue.last + 1] not in SOURCE_NOUNS and toks.lower[cue.last + 1] not in PRONOUNS \
                and not toks.lower[cue.last + 1].endswith("s") and not trailing:
            return []   # "According to plan, …", "according to schedule": a manner, no source ("According
            #             to eyewitnesses, …" names people)
        if not trailing and cue.first - lo > MIN_WORDS + 1 and after < hi and toks.text[after] in (".", "!", "?") \
                and _names_a_source(toks, cue.last + 1, after) \
                and looks_like_clause(toks, _skip_dateline(toks, lo, cue.first), cue.first):
            # "… is now ahead 46 percent to 39 percent according to a poll released Monday."
            s = _before(toks, lo, cue.first, quoted)
            return [s] if s else []
        if trailing:
            # "…, according to X." and "…, according to X, a Y." (the comma after X opens an appositive);
            # "The dam, according to X, held.": the report is the sentence around the attribution
            s = None
            if after < hi and toks.text[after] == "," and not looks_like_clause(toks, lo, cue.first - 1):
                end = _clause_end(toks, after + 1, hi, quoted)
                if _words(toks, after + 1, end) >= 1:
                    s = _before(toks, lo, end, quoted, min_words=MIN_WORDS)
            if s is None:
                s = _before(toks, lo, cue.first - 1, quoted)
            if s:
                spans.append(s)
        elif after < hi and toks.text[after] == ",":
            end = _clause_end(toks, after + 1, hi, quoted)
            if _words(toks, after + 1, end) >= MIN_WORDS and not _mostly_quoted(toks, after + 1, end, quoted):
                s = _span(toks, after + 1, end)
                if s:
                    spans.append(s)
        return spans
    if lemma == "point" and toks.lower[cue.last] != "out":
        return []   # "pointed to the floods": a reference, not a report
    if lemma in CLAUSE_CUES:
        relative = _relative_report(toks, a, lo, hi, quoted)
        if relative is not None:
            return [relative]
        hi = _relative_clause_end(toks, a, lo, hi, quoted)
        opener = _subordinate_opener(toks, a, lo, quoted)
        if opener is not None:
            as_report = _as_parenthetical(toks, a, opener, lo, hi, quoted)
            if as_report is not None:
                return [as_report] if as_report else []
            # "When the coach said his farewell, the players …": the subordinate clause ends at its comma
            k = cue.last + 1
            while k < hi and (quoted[k] or toks.text[k] != ","):
                k += 1
            hi = k
        if a.speaker is not None and not a.inherited and a.speaker[0] > cue.last \
                and _comma_before(toks, cue.first, lo, quoted):
            # inverted, with the speaker's appositive after it: "X, said Ana Ruiz, a lawyer for …"
            s = _before(toks, lo, _comma_before(toks, cue.first, lo, quoted), quoted)
            return [s] if s else []
        j = _skip_adverbials(toks, i, hi)
        if lemma in HEARER_CUES:
            # skip the hearer: "told reporters (that)", "told Reuters on Sunday"
            k = j
            # the hearer may be a quoted title: 'told MSNBC's "Morning Joe" that …'
            while k < hi and k - j < 12 and toks.lower[k] != "that" and toks.text[k] not in (",", ".", ";", ":") \
                    and not (quoted[k] and toks.text[k] in (",", ".")):
                k += 1
            if k < hi and toks.lower[k] == "that":
                j = k
            elif lemma in ("tell", "ask", "remind") and _hearer_then_to(toks, j, hi, quoted):
                # "told his aides to prepare a plan": the hearer is part of the instruction
                end = _clause_end(toks, j, hi, quoted, stop_at_verb=True)
                s = _span(toks, j, end) if _words(toks, j, end) >= MIN_WORDS else None
                return [s] if s else []
            elif (audience := audience_hearer_end(toks, j, hi)) is not None:
                # "told a rally in Porto the vote …", "told the newspaper the mine …"
                j = _skip_adverbials(toks, audience, hi)
            else:
                k = j
                while k < hi and k - j < 3 and (toks.text[k][:1].isupper() or toks.lower[k] in DETERMINERS
                                                 or toks.lower[k] in _HEARERS or toks.lower[k] in _MEDIA_ADJECTIVES):
                    if k > j and toks.lower[k] in DETERMINERS and toks.lower[k - 1] not in DETERMINERS:
                        break   # "told reporters the town was calm": the clause starts at "the"
                    k += 1
                    if toks.lower[k - 1] in _HEARERS:
                        break
                if lemma == "ask" and k < hi and toks.lower[k] == "to":
                    k += 1
                j = _skip_adverbials(toks, k, hi)
        j = _that_ahead(toks, j, hi, quoted)
        if j < hi and toks.text[j] == "," and a.speaker is not None and not a.inherited \
                and a.speaker[1] < cue.first and not _clause_before_speaker(toks, a, lo, quoted) \
                and clause_after_phrase(toks, j, hi, quoted):
            j += 1   # "says, win or lose on Sunday, he is staying": the phrase in commas is the speaker's
        if unanswered_question(toks, cue.head, j, hi) or denied_act(toks, lemma, j, hi) \
                or denied_hearsay(toks, lemma, j, hi) or continued_object(toks, lemma, j, hi):
            return []   # "did not say where …", "denied seeking …": no words of the speaker reported
        if lemma in WARNING_CUES and _warning_against(toks, j, hi, quoted):
            return []   # "warned (the rebels) against any escalation": a warning about an act, no clause
        at_end = j >= hi or toks.text[j] in (".", "!", "?", ";") or toks.text[j] == ","
        # a circumstance right after the cue ("said during his speech to supporters"), even one
        # that runs past the adverbials skipped above, leaves the clause before as the report
        circumstance = not a.inherited and j < hi and toks.lower[j] != "that" and not _approximately(toks, j, hi) and (
            toks.lower[j] in TRAILING_PREPS or (i < hi and toks.lower[i] in TRAILING_PREPS)
            or (lemma in HEARER_CUES and _only_circumstance_left(toks, j, hi, quoted)
                and _clause_before_speaker(toks, a, lo, quoted)))
        if lemma in HEARER_CUES and not at_end and not circumstance and a.speaker is not None \
                and a.speaker[0] < cue.first and _only_circumstance_left(toks, j, hi, quoted):
            return []   # "On Friday, the candidate told a joke.": a hearer or an object, and no clause
        if at_end or circumstance:
            if _accusation_before(toks, a, lo):
                return []   # "X, a charge Y has denied.": Y denies X, Y does not report it
            # the clause stands before: "X, a diplomat said." / "X, an official said on condition of anonymity."
            if j < hi and toks.text[j] == "," and a.speaker is not None and a.speaker[0] < cue.first \
                    and a.speaker[0] - 1 > lo and toks.text[a.speaker[0] - 1] == "," \
                    and not (j + 1 < hi and (toks.lower[j + 1] in CLAUSE_PARTICIPLE_CUES
                                             or toks.lower[j + 1] in _CIRCUMSTANCE_OPENERS
                                             or toks.lower[j + 1] in ("and", "but"))):
                # (not "X, the commission said, and a drought was declared": a new clause, the writer's)
                # "The museum, he said, celebrated his heroes.": the report is the whole sentence
                end = _clause_end(toks, j + 1, hi, quoted, stop_at_verb=True)
                if _words(toks, j + 1, end) >= MIN_WORDS and not _mostly_quoted(toks, lo, end, quoted) \
                        and not writer_appositive(toks, _skip_dateline(toks, lo, a.speaker[0] - 1), a.speaker[0] - 1,
                                                  skip_space(toks, j + 1, end), end):
                    whole = _before(toks, lo, end, quoted, min_words=1)
                    if whole:
                        return [whole]
            s = None
            comma = None
            if a.speaker is not None and a.speaker[0] < cue.first:
                comma = _comma_before(toks, a.speaker[0], lo, quoted)
                if comma is None and at_end and j < hi and toks.text[j] != ",":
                    comma = _comma_before_coordinated(toks, a.speaker[0], lo)
            if comma is not None:
                s = _before(toks, lo, comma, quoted)
            elif a.speaker is not None and a.speaker[0] > cue.first and _comma_before(toks, cue.first, lo, quoted):
                # inverted: "X, said the minister."
                s = _before(toks, lo, _comma_before(toks, cue.first, lo, quoted), quoted)
            if s:
                return [s]
            if at_end or (circumstance and _only_circumstance_left(toks, j, hi, quoted)):
                return spans    # '"…," the mayor said at a news conference in Port Louis.': no clause
        if quoted[j] or toks.text[j] == ":":
            return []
        j = _past_time_phrase(toks, j, hi)
        if not a.inherited and toks.lower[j] in _NO_CLAUSE_OPENERS and not _approximately(toks, j, hi):
            return []   # "responded in a measured way and cleared the square", "agreed last spring on quotas":
            #             a circumstance and then an act or a topic; a report would have "that" or a clause
        if lemma in NEEDS_THAT and toks.lower[j] != "that" and not (
                lemma == "find" and _finding_subject(toks, a, lo)
                and (looks_like_clause(toks, j, hi) or looks_like_small_clause(toks, j, hi))):
            return []   # "found the bodies": an object; but "an audit found the agency had lost …" reports
        if (toks.lower[j] in BAD_START and not _approximately(toks, j, hi)) or (lemma in ("think", "believe", "hope", "fear") and toks.lower[j] not in ("that",) and toks.lower[j] not in PRONOUNS and not toks.text[j][:1].isupper() and toks.lower[j] not in DETERMINERS
                                          and not looks_like_clause(toks, j, hi)):
            # "believe bigotry and intolerance are acceptable": a bare noun can open the belief
            # too, when a finite verb follows; "believe in miracles" and "fear reprisals" do not report
            return []
        end = _clause_end(toks, j, hi, quoted, stop_at_verb=True)
        if lemma in NP_OBJECT_CUES and not looks_like_clause(toks, j, end) \
                and not (lemma in ("show", "find") and looks_like_small_clause(toks, j, end)):
            return []   # "declared three days of mourning": the object is an act, not words
        # a reported clause that ends in a quotation ("said Americans are "right to be angry"")
        # is still a clause; after a participle (", adding it was "deeply concerned"") only
        # with an explicit "that", as the fragment is otherwise the whole report
        mixed_ok = cue.kind == "speech" and not quoted[j] and (
            toks.lower[cue.head] not in CLAUSE_PARTICIPLE_CUES or toks.lower[j] == "that"
            or _words_after_quotation(toks, j, end, quoted))
        if toks.lower[j] == "that" and _wholly_quoted(toks, j + 1, end, quoted):
            return spans   # 'said that "…"': the quotation is the whole report, a partial quote alone
        if (_words(toks, j, end) >= MIN_WORDS or _short_answer(toks, j, end)) \
                and (mixed_ok or not _mostly_quoted(toks, j, end, quoted)):
            s = _span(toks, j, end)
            if s:
                spans.append(s)
        return spans
    if lemma in QUESTION_CUES:
        asked = _indirect_question(toks, a, i, hi, quoted)
        if asked is not None:
            return [asked]
    if lemma in DEMAND_TO or lemma in PLEDGE:
        j = i
        k = _skip_adverbials(toks, j, hi)
        if _lower_at(toks, k) in ("not", "never"):
            k = skip_space(toks, k + 1, hi)   # "pledged not to use force": the negated act is an act too
        if lemma in DEMAND_TO or lemma == "demand" or _lower_at(toks, k) == "to":
            # "called on X to …", "urged X to …", "demanded that X …", "vowed to …", "threatened to …":
            # asking someone to act, or committing to act, is an act (a stance: appeal, demand,
            # threaten), not a report of words; the reference annotation and every development
            # article read it so. What was promised as a statement stays a report: "vowed (that)
            # those responsible would pay", "vowed support for X and called on Y to …".
            return []
        o = skip_space(toks, _skip_adverbials(toks, j, hi), hi)
        if o < hi and quoted[o] and not _verb_after_quotation(toks, o, hi, quoted):
            # 'threatened "further steps" if …', 'promised "a swift response" unless …': the pledge's
            # object is the quoted phrase (a partial quote); what follows is a circumstance, not a clause
            return []
        # "called on X to …", "urged X to …", "vowed to …", "vowed support for …"
        k = j
        while k < hi and k - j < 10 and toks.lower[k] != "to" and toks.text[k] not in (",", ".", ";") and not quoted[k]:
            k += 1
        has_to = k < hi and toks.lower[k] == "to" and k + 1 < hi and _verb_like(toks.text[k + 1])
        if lemma in DEMAND_TO and not has_to:
            return []
        if lemma == "demand" and not has_to and not looks_like_clause(toks, j, hi):
            return []   # "demanded the release of the hostages": a request (a stance), not a report
        # a pledge keeps its coordinated demand ("vowed support for X and called on Y to …"), but
        # a promised "that" clause is finite and closed: "promised that A and warned that B" is two reports
        end = _clause_end(toks, j, hi, quoted, stop_at_verb=_lower_at(toks, o) == "that")
        if not has_to and _lower_at(toks, o) != "that" and not looks_like_clause(toks, j, end):
            return []   # "promised political reforms", "vowed revenge": the object is an act, not words
        if _words(toks, j, end) >= MIN_WORDS and not _mostly_quoted(toks, j, end, quoted):
            s = _span(toks, j, end)
            if s:
                spans.append(s)
    return spans


def _verb_after_quotation(toks: Tokens, o: int, hi: int, quoted: list[bool]) -> bool:
    """Whether a finite verb follows the quotation opening at ``o``: 'vowed "those responsible" would pay'."""
    k = o
    while k < hi and quoted[k]:
        k += 1
    k = skip_space(toks, k, hi)
    return k < hi and toks.lower[k] in FINITE


#: cues that report a question ("asked whether …", "wondered how …")
QUESTION_CUES = frozenset(("ask", "wonder", "question"))
#: words that open an indirect question
_WH_WORDS = frozenset("whether if why how what when where who which".split())
#: how many words may name who was asked before the question ("asked the finance minister whether")
ASKED_WINDOW = 6
_PASSIVE_AUX = frozenset("was were is are be been being".split())


def _passive_instruction(toks: Tokens, a: Attributed, i: int, hi: int) -> bool:
    """Whether the cue is a passive before a to-infinitive: "were told (not) to …", "was asked to …".

    The subject is the one instructed, and whoever gave the instruction is not named: there
    is no speaker whose words the infinitive reports.
    """
    cue = a.cue
    before = skip_space_back(toks, cue.first - 1, 0)
    passive = any(toks.lower[k] in _PASSIVE_AUX for k in range(cue.first, cue.head)) or (
        before >= 0 and toks.lower[before] in _PASSIVE_AUX)
    if not passive:
        return False
    j = skip_space(toks, _skip_adverbials(toks, i, hi), hi)
    if j < hi and toks.lower[j] == "not":
        j = skip_space(toks, j + 1, hi)
    return j + 1 < hi and toks.lower[j] == "to" and _verb_like(toks.text[skip_space(toks, j + 1, hi)])


def _indirect_question(toks: Tokens, a: Attributed, i: int, hi: int, quoted: list[bool]) -> tuple[int, int] | None:
    """The question reported by "asked (someone) whether/how/why …", as an indirect quote.

    An indirect question is reported speech like a reported statement; it starts
    at its question word. Not after a passive ("was asked whether", "Asked whether
    …, the envoy declined to comment"): the subject is then the one asked.
    """
    if a.speaker is None or a.speaker[0] > a.cue.first \
            or any(toks.lower[k] in _PASSIVE_AUX for k in range(a.cue.first, a.cue.head)):
        return None   # "Asked whether …, she declined to comment": she was asked
    j = _skip_adverbials(toks, i, hi)
    k = j
    while k < hi and k - j <= ASKED_WINDOW:
        w = toks.lower[k]
        if quoted[k] or not toks.text[k][:1].isalnum() or w in ("that", "to", "about", "for"):
            return None
        if w in _WH_WORDS:
            break
        k += 1
    else:
        return None
    if k >= hi:
        return None
    end = _clause_end(toks, k, hi, quoted, stop_at_verb=True)
    if _words(toks, k, end) < MIN_WORDS or _mostly_quoted(toks, k, end, quoted):
        return None
    return _span(toks, k, end)


#: relative words that may open a clause with a report inside ("which the agency says has …")
_RELATIVE_WORDS = frozenset(("which", "what", "that"))
_FINITE_AFTER_RELATIVE = frozenset("is was are were has had have will would can could may might must "
                                   "should does did do".split())


def _relative_report(toks: Tokens, a: Attributed, lo: int, hi: int, quoted: list[bool]) -> tuple[int, int] | None:
    """The relative clause that holds the report, when the speaker and cue sit inside it.

    "the plant, which the agency says has no backup power," and "what the senators
    said was a gerrymander" report that the plant has no backup power and that it
    was a gerrymander: the verb of the reported clause follows the cue, its subject
    is the relative word before the speaker. The report is the relative clause, cue
    included, as in "The museum, he said, celebrated …"; it ends at the next comma.
    With "that" (also a conjunction) a verb must follow the cue. Only a clause set
    off by a comma counts, and "what": a restrictive clause ("the killings which
    Armenia says were a genocide") describes its noun, as the reference gold reads it.
    """
    if a.speaker is None or a.inherited or a.speaker[1] >= a.cue.first:
        return None
    r = a.speaker[0] - 1
    if r < lo or toks.lower[r] not in _RELATIVE_WORDS:
        return None
    if toks.lower[r] != "what" and not (r > lo and toks.text[r - 1] == ","):
        return None   # restrictive: "the killings which Armenia says is a genocide" names the killings
    j = a.cue.last + 1
    if j >= hi or quoted[j] or not toks.text[j][:1].isalnum() or toks.lower[j] == "that":
        return None
    w = toks.lower[j]
    if toks.lower[r] == "that" and w not in _FINITE_AFTER_RELATIVE and not (
            toks.text[j].islower() and w.endswith("ed")):
        return None
    end = _clause_end(toks, j, hi, quoted)
    if r > lo and toks.text[r - 1] == ",":
        k = j
        while k < end and toks.text[k] != ",":
            k += 1
        end = appositive_skipped(toks, k, end) if own_second_report(toks, a) else k
    if _words(toks, j, end) < 2:
        return None
    if own_second_report(toks, a):
        # ", which it says will trap the sediment …": the speaker's own second report is the clause
        # after the cue; one that is mostly a quotation (', which he said had been "firing …"') is
        # the partial quote alone
        return None if _mostly_quoted(toks, j, end, quoted) else _span(toks, j, end)
    return _span(toks, r, end)


#: conjunctions that open a subordinate clause before the main one ("As the mayor said goodbye, …")
_SUBORDINATORS = frozenset("as when while after before because since if until once although though".split())
#: links to the sentence before that may precede the subordinate clause ("But as X said, …")
_SENTENCE_LINKS = frozenset("but and yet so still however".split())
#: a lone word that may open the sentence before "as X said" ("If, as …", "Yet, as …")
_OPENING_LINKS = _SUBORDINATORS | _SENTENCE_LINKS


def _relative_clause_end(toks: Tokens, a: Attributed, lo: int, hi: int, quoted: list[bool]) -> int:
    """Where a relative clause set off by commas around the cue closes ("The mayor, who said the
    bridge was safe, resigned"): the comma before the main clause's verb. ``hi`` otherwise."""
    if a.speaker is None or a.speaker[0] != a.speaker[1] or toks.lower[a.speaker[0]] not in ("who", "which") \
            or a.speaker[0] - 1 < lo or toks.text[a.speaker[0] - 1] != ",":
        return hi
    for k in range(a.cue.last + 1, hi - 1):
        if toks.text[k] == "," and not quoted[k]:
            t, w = toks.text[k + 1], toks.lower[k + 1]
            if t[:1].islower() and (w in FINITE or w.endswith("ed") or w in IRREGULAR_PAST) \
                    and not _past_participle_phrase(toks, k + 1, hi) \
                    and _finite_before(toks, a.cue.last + 1, k):
                return k
    return hi


def _finite_before(toks: Tokens, first: int, end: int) -> bool:
    """Whether a finite verb (an auxiliary or a lower-case past form after a word) stands in ``first`` … ``end - 1``."""
    return any(toks.lower[m] in FINITE or (m > first and past_form(toks, m)) for m in range(first, end))


def _past_participle_phrase(toks: Tokens, k: int, hi: int) -> bool:
    """Whether the -ed word at ``k`` opens a participle phrase ("…, built in 1970, …"), not a main verb."""
    return k + 1 < hi and toks.lower[k + 1] in ("in", "by", "on", "at", "for", "from", "with") and \
        any(toks.text[m] == "," for m in range(k + 2, min(hi, k + 8)))


def _subordinate_opener(toks: Tokens, a: Attributed, lo: int, quoted: list[bool]) -> int | None:
    """The "as"/"when"/"if" … right before the cue's subject, when it opens a subordinate clause, else None.

    It opens the sentence ("As X said, …", "But when X said …") or follows a comma
    ("The reservoir, as engineers warned, is …", "…, as X predicted.").
    """
    if a.speaker is None or a.inherited or a.speaker[1] >= a.cue.first:
        return None
    r = a.speaker[0] - 1
    while r >= lo and toks.is_space[r]:
        r -= 1
    if r < lo or toks.lower[r] not in _SUBORDINATORS:
        return None
    k = r - 1
    while k >= lo and (toks.is_space[k] or toks.lower[k] in _SENTENCE_LINKS or toks.lower[k] == "just"):
        k -= 1
    if k < lo or _comma_before(toks, k + 1, lo, quoted) is not None:
        return r
    return None


def _as_parenthetical(toks: Tokens, a: Attributed, opener: int, lo: int, hi: int,
                      quoted: list[bool]) -> tuple[int, int] | tuple[()] | None:
    """The report of "as X said" set off by commas: the main clause it comments on.

    "As the minister noted, the deficit has doubled." reports the clause after the
    comma; "The reservoir, as engineers warned, is close to overflowing." the whole
    sentence (as "The museum, he said, celebrated …" does); "The bridge fell, as the
    inspectors had predicted." the clause before. None when the "as" clause is no
    such parenthesis ("As the mayor said goodbye, …": the verb has an object of its
    own); ``()`` when it is one but no clause of three words goes with it.
    """
    if toks.lower[opener] != "as":
        return None
    j = a.cue.last + 1
    while j < hi and (toks.is_space[j] or toks.lower[j] in WEEKDAYS or toks.lower[j] in ("earlier", "before",
                                                                                          "repeatedly", "often")):
        j += 1
    if j < hi and (toks.lower[j] in TRAILING_PREPS or toks.lower[j] == "to"):
        # "As X put it in a statement to reporters in July, …": a circumstance up to the comma
        k = j
        while k < hi and k - j < PARENTHESIS_WINDOW and not quoted[k] and toks.text[k] not in (",", ".", ";") \
                and toks.lower[k] not in FINITE and toks.lower[k] != "that":
            k += 1
        if k < hi and toks.text[k] == ",":
            j = k
    at_end = j >= hi or toks.text[j] in (".", "!", "?", ";")
    if not at_end and toks.text[j] != ",":
        return None
    k = opener - 1
    while k >= lo and (toks.is_space[k] or toks.lower[k] in _SENTENCE_LINKS or toks.lower[k] == "just"):
        k -= 1
    comma = _comma_before(toks, k + 1, lo, quoted) if k >= lo else None    # also '… "clean record," as …'
    # "If, as I've suggested, …" and "Yet, as X observed, …" open the sentence; "Hawaii, as X noted, …" does not
    mid_sentence = comma is not None and not (
        _words(toks, lo, comma) == 1 and toks.lower[comma - 1] in _OPENING_LINKS)
    if comma is not None and not mid_sentence and not at_end:
        comma = None
    if at_end:
        s = _before(toks, lo, comma, quoted) if comma is not None else None
        return s or ()
    end = _clause_end(toks, j + 1, hi, quoted, stop_at_verb=True)
    if k - 1 >= lo and toks.text[k] == "," and toks.lower[k - 1] in _SUBORDINATORS:
        # "If, as the auditor suggested, the agency lost the files, the minister …": the report is the
        # subordinate clause, up to its comma
        c = j + 1
        while c < end and (quoted[c] or toks.text[c] != ","):
            c += 1
        end = c
    if _words(toks, j + 1, end) < MIN_WORDS or j + 1 >= hi or quoted[j + 1]:
        return ()   # a quotation right after the comma is the report: its partial quote has it
    s = _before(toks, lo, end, quoted, min_words=1) if mid_sentence else _span(toks, j + 1, end)
    return s or ()


#: subjects whose "found" reports a finding without "that" ("a study found rents had risen")
FINDING_NOUNS = frozenset("study studies survey surveys poll polls analysis analyses audit audits report reports "
                          "review inquiry investigation investigations probe research researchers investigators "
                          "panel commission auditors inspectors scientists experiment trial tribunal "
                          "averages results figures data records".split())


#: how far before the subject mention its head may stand ("a new poll from the Suffolk University")
FINDING_REACH = 6


def _finding_subject(toks: Tokens, a: Attributed, lo: int) -> bool:
    """Whether the cue's subject is a study, an inquiry or researchers (it finds facts, not objects).

    The subject mention may be the body behind it ("a new poll from Suffolk University
    found …" names the university), so a few words before it count too.
    """
    if a.speaker is None or a.speaker[0] > a.cue.first:
        return False
    first = max(lo, a.speaker[0] - FINDING_REACH)
    return any(toks.lower[k] in FINDING_NOUNS for k in range(first, a.speaker[1] + 1))


#: how far "that" may follow a cue across an adverbial ("said during a news conference that")
THAT_WINDOW = 14
#: how long a phrase set off by commas between a cue and its "that" may be
PARENTHESIS_WINDOW = 14


def _that_ahead(toks: Tokens, j: int, hi: int, quoted: list[bool]) -> int:
    """If an adverbial phrase after the cue is followed by "that", the index of "that", else ``j``.

    The phrase may be set off by commas: "insisted, in an interview with a local
    station, that …", "said, however, that …".
    """
    if j < hi and toks.text[j] in ("\u2014", "--"):
        # "said — on Twitter, as it happens — that …"
        k = j + 1
        while k < hi and k - j <= PARENTHESIS_WINDOW and not quoted[k] and toks.text[k] not in _CLAUSE_END:
            if toks.text[k] in ("\u2014", "--"):
                return k + 1 if k + 1 < hi and toks.lower[k + 1] == "that" else j
            k += 1
        return j
    if j < hi and toks.text[j] == ",":
        k = j + 1
        while k < hi and k - j <= PARENTHESIS_WINDOW and not quoted[k] and toks.text[k] not in _CLAUSE_END \
                and toks.text[k] not in (":", "\u2014") and toks.lower[k] != "that":
            if toks.text[k] == "," and k > j + 1 and k + 1 < hi and toks.lower[k + 1] == "that":
                return k + 1
            k += 1
        return j
    if j >= hi or not (toks.lower[j] in _ADVERBIAL_PREP or toks.lower[j] in WEEKDAYS
                       or toks.lower[j] in ("during", "before", "after", "to", "late", "early", "last", "this",
                                            "with", "earlier", "later")):
        return j
    k = j
    while k < hi and k - j < THAT_WINDOW:
        if toks.text[k] == "," and k + 1 < hi and toks.lower[k + 1] == "that" and k > j + 1:
            return k + 1    # "says at a campaign stop in Toledo, Ohio, that …"
        if toks.text[k] == "," and k + 1 < hi and toks.text[k + 1][:1].isupper() and not quoted[k + 1]:
            k += 1          # a place with its region: "in Toledo, Ohio"
            continue
        if quoted[k] or toks.text[k] in (",", ".", ";", ":", "!", "?"):
            return j
        if toks.lower[k] == "that":
            # "said at an event that could …": "that" with its verb at once opens a relative clause
            return j if k + 1 < hi and (toks.lower[k + 1] in FINITE or toks.lower[k + 1] in _MODALS) else k
        k += 1
    return j


def _accusation_before(toks: Tokens, a: Attributed, lo: int) -> bool:
    """Whether the speaker phrase sits in ", a charge Y has denied" after the clause."""
    if a.speaker is None or a.speaker[0] > a.cue.first:
        return False
    k = a.speaker[0]
    while k > lo and a.speaker[0] - k < 4 and toks.text[k - 1] != ",":
        k -= 1
    return k > lo and toks.text[k - 1] == "," and is_accusation_phrase(toks, k, a.cue.first - 1)


#: cues whose "against …" complement is a caution about an act, not a reported clause
WARNING_CUES = frozenset(("warn", "caution"))
#: how many words may name the one warned before "against"
WARNED_WINDOW = 6


def _warning_against(toks: Tokens, j: int, hi: int, quoted: list[bool]) -> bool:
    """Whether "against" follows the cue, directly or after a short hearer: "warned Kyiv against …"."""
    k = j
    while k < hi and k - j <= WARNED_WINDOW and not quoted[k] and toks.text[k] not in (",", ".", ";", ":"):
        w = toks.lower[k]
        if w == "against":
            return True
        if w in FINITE or w == "that":
            return False
        k += 1
    return False


def _verb_like(word: str) -> bool:
    """Whether the word after "to" can begin a verb phrase ("to stop", not "to talks")."""
    w = word.lower()
    if not word[:1].islower() or w in DETERMINERS or w in PRONOUNS:
        return False
    return not (w.endswith("s") and not w.endswith("ss"))


_DASHES = frozenset(("\u2014", "\u2015", "\u2013", "-", "--"))
#: how many tokens a dateline may have ("SAN JUAN, Puerto Rico (AP) —")
DATELINE_TOKENS = 10


def _skip_dateline(toks: Tokens, lo: int, stop: int) -> int:
    """The token after a dateline ("WASHINGTON —", "KABUL (Reuters) -") opening the sentence, else ``lo``."""
    k = skip_space(toks, lo, stop)
    start = k
    if k >= stop or not toks.text[k].isupper() or len(toks.text[k]) < 2:
        return lo
    while k < stop and k - start < DATELINE_TOKENS and toks.text[k] not in _DASHES and "\n" not in toks.text[k]:
        if toks.text[k][:1].islower():
            return lo   # "EU leaders — …": a sentence, not a place name
        k += 1
    if k < stop and k > start and toks.text[k] in _DASHES and toks.start[k] > toks.end[k - 1]:
        return k + 1   # a spaced dash; "UN Secretary-General" is one word with a hyphen
    return lo


def _before(toks: Tokens, lo: int, comma: int, quoted: list[bool], min_words: int = MIN_WORDS) -> tuple[int, int] | None:
    """The clause from the sentence start up to the comma at token ``comma``.

    A dateline ("KABUL —") is the writer's, not the speaker's: it stays out. (A
    link to the sentence before, "But", "However,", stays in: PolNeAR's annotators
    include it about as often as not, and stripping it lost more than it gained.)
    """
    first = _skip_dateline(toks, lo, comma)
    while first < comma and (toks.is_space[first] or toks.text[first] in ("\u2014", "-", "\u2015", "\u2013")):
        first += 1
    if _words(toks, first, comma) < min_words or quoted[first]:
        return None
    if _mostly_quoted(toks, first, comma, quoted) and not _subject_then_quotation(toks, first, comma, quoted):
        return None
    return _span(toks, first, comma)


#: how many words of a coordinated subject may stand before the subject mention ("campaign and corporate records")
COORDINATED_WORDS = 4
#: words that cannot begin a subject before its mention ("…, as if bantering with his own notes.")
_NOT_IN_SUBJECT = (NP_STOP | PRONOUNS | DETERMINERS) - {"and", "or", "the", "a", "an"}


def _comma_before_coordinated(toks: Tokens, k: int, lo: int) -> int | None:
    """The comma before a subject whose mention starts at ``k`` but whose first words the mention
    left out ("…, campaign and corporate records show.", "…, new fundraising reports show."): the
    clause before it is reported. Only words, no verb, between."""
    j = k - 1
    while j > lo and k - j <= COORDINATED_WORDS and toks.text[j][:1].isalpha() and toks.lower[j] not in FINITE:
        j -= 1
    if j > lo and j < k - 1 and toks.text[j] == "," and not any(
            toks.text[m][:1].islower() and (toks.lower[m].endswith("ed") or toks.lower[m] in _NOT_IN_SUBJECT)
            for m in range(j + 1, k)):
        return j
    return None


def _comma_before(toks: Tokens, k: int, lo: int, quoted: list[bool]) -> int | None:
    """The comma that closes the clause before token ``k`` ("X, he said"), or None.

    Wire style puts the comma inside a closing quotation mark ('… "routine and defensive,"
    the spokesman said'): that comma counts too.
    """
    if k - 1 > lo and toks.text[k - 1] == ",":
        return k - 1
    if k - 2 > lo and quoted[k - 1] and toks.text[k - 2] == "," and not toks.text[k - 1][:1].isalnum():
        return k - 2
    return None


#: how many words the writer's own subject may have before a quoted predicate
SUBJECT_WORDS = 6


def _subject_then_quotation(toks: Tokens, first: int, comma: int, quoted: list[bool]) -> bool:
    """Whether the clause is the writer's subject with a quoted predicate: 'Washington "is deeply concerned"'.

    'Ottawa "will never accept" the ruling, the minister said.' reports a clause whose
    subject the writer supplied: it is an indirect quote with a partial quote inside.
    'France, "with its partners, reiterates …," the ministry said' sets the quotation off
    by a comma: the quotation is the report, and it is left to the partial quote.
    """
    k = first
    while k < comma and not quoted[k]:
        k += 1
    if k >= comma or k == first or toks.text[k - 1] in (",", ":", ";", "\u2014", "-"):
        return False
    words = _words(toks, first, k)
    return 1 <= words <= SUBJECT_WORDS
