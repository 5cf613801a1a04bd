"""Finding the speaker *mention* of a cue: the noun phrase that says who speaks.

Without a parser the subject is found by position: read leftwards from the cue
over adverbs and time phrases ("Turkey on Sunday vowed"), then collect the noun
phrase until a clause boundary (punctuation, a conjunction, a relative pronoun,
a preposition that cannot be inside a name). In inverted order ("…," said
Erdogan) the phrase after the cue is taken instead. Offsets are token indices
into the tokens of :class:`~reactlib.quotes.tokens.Tokens`.
"""

from __future__ import annotations

import re

from .clauses import FINITE, IRREGULAR_PAST, modal_named
from .lexicon import CUE_FORMS
from .tokens import Tokens, quantifier_subject, skip_space, surname_like
from .words import DETERMINERS, NP_LINKS, NP_STOP, PRONOUNS, SKIP_BEFORE_CUE, WEEKDAYS, is_manner_adverb

MAX_NP = 12
#: Posts held "to" something: "the envoy to the talks", "an adviser to the president" (the holder speaks).
SENT_TO = frozenset("""envoy envoys ambassador ambassadors adviser advisers advisor advisors delegate delegates
representative representatives negotiator negotiators mediator mediators emissary emissaries aide aides
counsellor counselor""".split())


def _is_word(tok: str) -> bool:
    return tok[:1].isalnum()


def _has_digit(tok: str) -> bool:
    # a word of letters only (most words) has no digit: skip the scan of its characters
    return not tok.isalpha() and any(ch.isdigit() for ch in tok)


_DAY_PARTS = frozenset("morning afternoon evening night".split())

#: the four digits of a year from 1800 to 2099
_YEAR_DIGITS = r"(?:1[89]|20)\d\d"
#: a year or a decade ("2018", "1990s")
_YEAR = re.compile(_YEAR_DIGITS + "s?")
#: a year alone, not a decade ("in 2001", not "in 1990s")
_BARE_YEAR = re.compile(_YEAR_DIGITS)


def _year_after_determiner(toks: Tokens, i: int, end: int, lo: int) -> bool:
    """Whether token ``i`` is a year between a determiner and its noun ("A 2018 audit", "the
    1990s strikes"): a modifier inside the phrase, not the number that ends it."""
    return i < end and i - 1 >= lo and _YEAR.fullmatch(toks.text[i]) is not None \
        and toks.lower[i - 1] in DETERMINERS


def skip_left_adverbials(toks: Tokens, i: int, lo: int) -> int:
    """From token ``i`` (the one before the cue) step left over adverbs and time phrases.

    Returns the index of the last token of the subject phrase (or ``lo - 1``).
    """
    while i >= lo:
        w = toks.lower[i]
        if quantifier_subject(toks, i, lo):
            break       # "Both said …": the quantifier is the subject, not a floating one
        if w in SKIP_BEFORE_CUE or is_manner_adverb(toks.text[i]):
            i -= 1
            continue
        if w in ("all", "both", "each") and i - 1 >= lo and (_is_word(toks.text[i - 1]) or toks.text[i - 1] == ")") \
                and toks.lower[i - 1] not in NP_STOP:
            i -= 1  # "the senators all said": the quantifier floats after its subject
            continue
        if w == "as" and i - 1 >= lo and toks.lower[i - 1] == "quoted":
            i -= 2      # "X is quoted as saying": the subject is before the passive
            continue
        if w in _DAY_PARTS and i - 1 >= lo and toks.lower[i - 1] in WEEKDAYS:
            i -= 1      # "on Sunday evening": the weekday rule below takes "on Sunday"
            continue
        # "on Sunday", "late Monday", "last week", "for its part", "in a statement"
        if w in WEEKDAYS and i - 1 >= lo and toks.lower[i - 1] in ("on", "late", "early", "last", "this"):
            i -= 2
            continue
        if i - 1 >= lo and toks.lower[i - 1] == "in" and _BARE_YEAR.fullmatch(toks.text[i]):
            i -= 2      # "an arbitration panel in 2001 found": the year dates the act, the panel speaks
            continue
        if w == "part" and i - 2 >= lo and toks.lower[i - 2] == "for":
            i -= 3
            continue
        if toks.text[i] == "," and i - 1 >= lo and toks.lower[i - 1] in SKIP_BEFORE_CUE and toks.lower[i - 1] != "not":
            i -= 2  # ", meanwhile," / ", however," style asides
            continue
        break
    return i


#: determiners that count and may follow an article ("the two envoys", "its many allies")
_COUNTING = frozenset("one two three many several few other".split())
_ARTICLES = frozenset("the these those his her its their our my your".split())


def noun_phrase_left(toks: Tokens, end: int, lo: int) -> tuple[int, int] | None:
    """The noun phrase ending at token ``end`` (inclusive), not reaching before ``lo``.

    Returns (first, last) token indices or None.
    """
    if end < lo:
        return None
    w = toks.lower[end]
    if w == "which" and end - 1 >= lo and toks.text[end - 1] == ",":
        return end, end     # ", which says …": the relative pronoun stands for the body before the comma
    if not _is_word(toks.text[end]) or (w in NP_STOP and w not in PRONOUNS and not surname_like(toks, end, lo)
                                        and not modal_named(toks, end)) \
            or _has_digit(toks.text[end]):
        return None
    if w in PRONOUNS:
        return end, end
    if quantifier_subject(toks, end, lo):
        return end, end   # "Several said …", "…, and most said …": the quantifier stands for them
    i = end
    first = end
    while i >= lo and end - i < MAX_NP:
        t, w = toks.text[i], toks.lower[i]
        if toks.is_space[i] and "\n" not in t and i < end:
            i -= 1      # a non-breaking space is a token of its own: "Gov.\xa0Ana Ruiz" is one phrase
            continue
        if w in ("on", "and") and i < end and i - 1 >= lo and toks.text[i - 1][:1].isupper() \
                and toks.text[i + 1][:1].isupper() and toks.lower[i - 1] not in PRONOUNS \
                and toks.lower[i - 1] not in DETERMINERS and toks.lower[i + 1] not in WEEKDAYS:
            # "the Commission on Electoral Reform", "the Fisheries and Aquaculture Service", "Senator
            # Ruiz and Senator Park": a link between capitalised words stays inside the name
            first = i
            i -= 1
            continue
        if w in DETERMINERS:
            first = i
            # "a survey by the institute", "the spokesman for the ministry": go on over the link
            if i - 2 >= lo and toks.lower[i - 1] in NP_LINKS and _is_word(toks.text[i - 2]) \
                    and toks.lower[i - 2] not in NP_STOP:
                i -= 1
                continue
            if i - 2 >= lo and toks.lower[i - 1] == "to" and toks.lower[i - 2] in SENT_TO:
                i -= 2   # "Nairobi's envoy to the talks said": the envoy speaks, not the talks
                continue
            if w in _COUNTING and i - 1 >= lo and toks.lower[i - 1] in _ARTICLES:
                first = i - 1   # "the three senators", "her many critics"
            break
        if t in ("'s", "’s", "'", "’", "-", "&"):
            first = i
            i -= 1
            continue
        if w in NP_LINKS and i - 1 >= lo and _is_word(toks.text[i - 1]) and toks.lower[i - 1] not in NP_STOP:
            first = i
            i -= 1
            continue
        if _year_after_determiner(toks, i, end, lo):
            first = i
            i -= 1
            continue
        if _has_digit(t) and i < end and toks.lower[i + 1] in ("percent", "%"):
            first = i   # "63 percent said": the share of those polled speaks
            i -= 1
            continue
        if not _is_word(t) or (w in NP_STOP and not surname_like(toks, i, lo)) or w in PRONOUNS or _has_digit(t) \
                or (w in WEEKDAYS and w != "may"):
            break
        if t[:1].islower() and (w.endswith("ed") or w.endswith("ing")) and i < end \
                and not (i - 1 >= lo and toks.lower[i - 1] in DETERMINERS):
            break  # a verb: "the senator emailed supporters", not part of the phrase
        first = i
        i -= 1
    # a link word or possessive cannot start the phrase
    while first <= end and (toks.lower[first] in NP_LINKS or toks.text[first] in ("'s", "’s", "-")):
        first += 1
    if first > end:
        return None
    # extend over an appositive: "Monte Shaw, director of the association, said"
    return first, end


#: prepositions of a speaker's post: "a diplomat in Nairobi", "the envoy at the talks"
_POST_PREPOSITIONS = frozenset(("in", "at", "from", "based"))


#: bodies posted in a place: "the Japanese Embassy in Lima", "the UN mission in Juba"
_MISSIONS = frozenset("embassy embassies consulate consulates mission missions delegation office bureau "
                      "representation legation".split())


def _over_place(toks: Tokens, first: int, lo: int) -> int:
    """The start of the person whose post the place at ``first`` names: "a Western diplomat in Nairobi, who …".

    The place is not the speaker; the noun phrase before "in"/"at"/"from" is, when it is
    a common-noun phrase opened by a determiner (a role: "a senior diplomat").
    """
    if first - 2 < lo or toks.lower[first - 1] not in _POST_PREPOSITIONS:
        return first
    head = noun_phrase_left(toks, first - 2, lo)
    if head is None:
        return first
    # "Ethnic Tuaregs in the north said": a common-noun place ("the north") is never the speaker
    common_place = toks.lower[first] == "the" and first + 1 < len(toks) and toks.text[first + 1][:1].islower()
    # "Elected officials from both regions say": people from a common-noun group speak, not the group
    common_group = toks.lower[first - 1] == "from" and toks.lower[first] in DETERMINERS \
        and first + 1 < len(toks) and toks.text[first + 1][:1].islower() \
        and (toks.text[head[1]].islower() or head[1] == head[0]) and toks.lower[head[1]].endswith("s")
    # "Houthi rebels in Yemen said", "Officials in Ankara said": a plural of people before the place
    plural_people = toks.lower[head[1]].endswith("s") and toks.text[head[1]].isalpha() \
        and (toks.text[head[1]][:1].islower() or head[1] == head[0]) and toks.lower[first - 1] != "from"
    # "The Japanese Embassy in Lima said": a mission is posted in its place, whatever its case
    mission = toks.lower[head[1]] in _MISSIONS
    if not common_place and not common_group and not plural_people and not mission \
            and (toks.lower[head[0]] not in DETERMINERS or not toks.text[head[1]][:1].islower()):
        return first
    return head[0]


def appositive_left(toks: Tokens, first: int, lo: int) -> int:
    """If the phrase at ``first`` is an appositive (", a spokesman for X,"), the name before it."""
    if first - 2 < lo or toks.text[first - 1] != ",":
        return first
    if toks.lower[first] not in DETERMINERS and toks.text[first][:1].isupper():
        return first
    prev = noun_phrase_left(toks, first - 2, lo)
    if prev and toks.text[prev[1]][:1].isupper() and toks.lower[prev[1]] not in PRONOUNS:
        return prev[0]
    return first


def subject_of(toks: Tokens, cue: int, lo: int) -> tuple[int, int] | None:
    """The subject phrase of the cue at token ``cue``, searched in tokens ``lo`` … ``cue - 1``."""
    end = skip_left_adverbials(toks, cue - 1, lo)
    # "…, a spokesman for X, said": the phrase may end with an appositive comma
    if end >= lo and toks.text[end] == "," and end - 1 >= lo:
        # "X, who travelled from Y to help, said": the name with its relative clause
        k = end - 1
        while k > lo and end - k < 30 and toks.text[k] not in (",", ";", ":") and not toks.is_space[k]:
            k -= 1
        if k > lo and toks.text[k] == "," and k + 1 < end and toks.lower[k + 1] in ("who", "whose"):
            name = noun_phrase_left(toks, k - 1, lo)
            if name is not None and toks.text[name[1]][:1].isupper():
                return _over_place(toks, name[0], lo), end - 1
        # "A senior official, speaking on condition of anonymity, said", "Ana Ruiz, at a later
        # briefing, said": the aside is not the speaker
        if k > lo and toks.text[k] == "," and k + 1 < end and opens_aside(toks, k + 1):
            name = _name_before(toks, k - 1, lo)
            if name is not None:
                return name
        inner = noun_phrase_left(toks, end - 1, lo)
        if inner is not None:
            first = appositive_left(toks, inner[0], lo)
            if first < inner[0]:
                return first, end - 1
            role = _role_before_name(toks, inner, lo)
            if role is not None:
                return role, end - 1
        if k > lo and toks.text[k] == "," and k + 1 < end:
            # "Ban Ki-moon, the secretary general of the United Nations, said", "Senator Ana Ruiz,
            # Democrat of Oregon, said": a name, then an appositive too long or too
            # capitalised for the phrase reader; the name and its appositive speak
            comma = k
            for _ in range(2):   # "X, the attorney general of Y, one of the states suing Z, said"
                if comma - 3 >= lo and toks.text[comma - 1].isdigit() and len(toks.text[comma - 1]) <= 3 \
                        and toks.text[comma - 2] == ",":
                    comma -= 2   # "Juan de la Torre, 51, a farmer from …, told": the age is an aside too
                name = _name_before(toks, comma - 1, lo)
                if name is None or name[1] != comma - 1:
                    break
                if toks.text[name[0]][:1].isupper() and toks.lower[name[0]] not in PRONOUNS:
                    return name[0], end - 1
                if not (name[0] - 1 > lo and toks.text[name[0] - 1] == ","):
                    break
                comma = name[0] - 1
        return None
    np = _name_before(toks, end, lo)
    timed = _participle_before_time(toks, cue, lo)
    if timed is not None:
        return timed
    relative = _restrictive_relative(toks, np, lo)
    if relative is not None:
        return relative
    if np is not None:
        owner = _whose_owner(toks, np[0], lo)
        if owner is not None:
            return owner
        np = (_over_place(toks, np[0], lo), np[1])   # "The US embassy in Lusaka said": the embassy
    return _with_coordinated(toks, np, lo)


#: how many tokens a restrictive relative clause may run between its noun and the verb of saying
RELATIVE_MAX = 18
_RELATIVE_BREAKS = frozenset((",", ";", ":", ".", "(", ")", "!", "?", '"', "\u201c", "\u201d"))


#: what follows a participle that opens a reduced relative clause ("released in May", "briefed on the talks")
_AFTER_PARTICIPLE = frozenset("by in on at for from with during to about last earlier this late".split()) | WEEKDAYS


#: a reduced relative in a mention's text: " familiar with …", " close to …", " briefed on …",
#: " released last week …" (the character-level twin of :func:`_reduced_relative_at`)
_REDUCED_RELATIVE_TEXT = re.compile(
    r"\s(?:familiar\s+with|close\s+to|[a-z]+ed\s+(?i:" + "|".join(sorted(_AFTER_PARTICIPLE)) + r"))\b")


def reduced_relative_cut(text: str, start: int, end: int) -> int:
    """End of the mention ``text[start:end]`` before a reduced relative, or ``end``.

    "Officials familiar with the Kremlin's thinking", "Those close to Ana Ruiz": the mention
    runs over the relative (PolNeAR's reading), but the speaker is the noun before it, never
    a name inside it; the actor is resolved from the text this returns.
    """
    m = _REDUCED_RELATIVE_TEXT.search(text, start, end)
    return m.start() if m is not None and m.start() > start else end


def _reduced_relative_at(toks: Tokens, k: int, stop: int) -> bool:
    """Whether token ``k`` opens a reduced relative after a noun: "released in …", "familiar with …"."""
    t, w = toks.text[k], toks.lower[k]
    if not t.isalpha() or not t.islower() or k + 1 >= stop:
        return False
    prev, nxt = toks.lower[k - 1], toks.lower[k + 1]
    if not toks.text[k - 1][:1].isalnum() or prev in NP_STOP or (prev in DETERMINERS and prev != "those") \
            or prev in PRONOUNS:
        return False    # but "those close to him", "those briefed on the talks": "those" is the head
    if w in ("familiar", "close"):
        return nxt in ("with", "to")
    if w in CUE_FORMS:
        return False    # "the senator called on X to … after Y claimed": a finite cue, not a participle
    return (w.endswith("ed") or w in IRREGULAR_PAST) and nxt in _AFTER_PARTICIPLE


def _head_before_participle(toks: Tokens, k: int, lo: int) -> int | None:
    """The first token of the speaker's mention when the participle at ``k`` follows its noun.

    "A poll released …", "Officials familiar with …": the noun phrase must end right before
    the participle (else the participle is not its reduced relative) and not be a pronoun
    ("he released …" is a clause). When the noun is a place after a post ("a diplomat in Kyiv
    familiar with …"), the mention starts at the post (:func:`_over_place`).
    Shared by :func:`_participle_before_time` and :func:`_restrictive_relative`.
    """
    head = noun_phrase_left(toks, k - 1, lo)
    if head is None or head[1] != k - 1 or toks.lower[head[1]] in PRONOUNS:
        return None
    return _over_place(toks, head[0], lo)


#: the words of a time phrase after a participle ("released on Tuesday", "published in late May")
_TIME_PHRASE = WEEKDAYS | frozenset("on in at during last this late early mid earlier the".split())


def _participle_before_time(toks: Tokens, cue: int, lo: int) -> tuple[int, int] | None:
    """"A poll released last week found", "a report released Monday said", "a survey published
    in late May found": the mention runs over the participle and its time phrase.

    The time phrase is skipped as an adverbial of the cue (as in "Ana Ruiz last week said"),
    so the phrase read leftwards from the cue ends in the participle, a weekday or a bare
    preposition; PolNeAR's annotators draw the mention to the end of the time phrase, and the
    speaker resolves from the noun before the participle. The participle is found by the same
    test as :func:`_restrictive_relative`'s, over the words between it and the cue, and only
    when those words are a time phrase with a time word (a weekday, a month, a year).
    """
    last = cue - 1
    while last > lo and (toks.is_space[last] or toks.lower[last] in SKIP_BEFORE_CUE
                         or is_manner_adverb(toks.text[last])):
        last -= 1
    k = last - 1
    while k > lo and last - k < RELATIVE_MAX:
        t, w = toks.text[k], toks.lower[k]
        if "\n" in t or t in _RELATIVE_BREAKS or w in ("that", "which", "and", "but", "or", "who") or w in FINITE:
            return None
        if _reduced_relative_at(toks, k, last + 1):
            after = [x for x in toks.lower[k + 1:last + 1] if x.strip()]
            if not any(x in WEEKDAYS or _YEAR.fullmatch(x) for x in after) \
                    or not all(x in _TIME_PHRASE or x.isdigit() for x in after):
                return None   # not a time phrase alone ("tried on Tuesday to …"): _restrictive_relative reads it
            first = _head_before_participle(toks, k, lo)
            return None if first is None else (first, last)
        k -= 1
    return None


def _restrictive_relative(toks: Tokens, np: tuple[int, int] | None, lo: int) -> tuple[int, int] | None:
    """"A nurse who treated the wounded said": the noun before "who" speaks, not the clause's object.

    The phrase read leftwards from the cue is then the relative clause's object ("the wounded",
    "condition of anonymity", "the Peruvian government"); the mention runs from the noun
    before "who" over its clause, and the speaker resolves from its head. Only "who" with no
    comma (a comma-delimited clause is read by :func:`subject_of` itself), and only when words
    stand between "who" and the phrase ("the man who Peru says …" keeps its own subject).
    """
    if np is None:
        return None
    k = np[1] - 1
    while k >= lo and np[1] - k < RELATIVE_MAX:
        t, w = toks.text[k], toks.lower[k]
        if "\n" in t or t in _RELATIVE_BREAKS or w in ("that", "which", "and", "but", "or"):
            return None
        if k > lo and _reduced_relative_at(toks, k, np[1]):
            # "A poll released in May found", "Officials familiar with the talks said": the noun
            # before the participle speaks (the speaker resolves from its head); the mention runs
            # over the participle phrase, as PolNeAR's annotators draw it ("Officials familiar with
            # the talks", "a report released last year")
            first = _head_before_participle(toks, k, lo)
            return None if first is None else (first, np[1])
        if w == "who":
            if k >= np[0] - 1:
                return None
            head = noun_phrase_left(toks, k - 1, lo)
            if head is None or toks.lower[head[1]] in PRONOUNS:
                return None
            return _over_place(toks, head[0], lo), np[1]
        k -= 1
    return None


def _whose_owner(toks: Tokens, first: int, lo: int) -> tuple[int, int] | None:
    """"The European Union, whose observers had described …": the owner before ", whose" speaks for its
    people (the observers are the Union's); the phrase before the comma, when it is a name."""
    if first - 3 < lo or toks.lower[first - 1] != "whose" or toks.text[first - 2] != ",":
        return None
    owner = _name_before(toks, first - 3, lo)
    if owner is None or not toks.text[owner[1]][:1].isupper() or toks.lower[owner[1]] in PRONOUNS:
        return None
    return owner


#: words that open a circumstance, not a role: "In the capital, Ana Ruiz said"
_CIRCUMSTANCE_OPENERS = frozenset(
    "in at on after before during from with by since under when while as until despite".split())


def _role_before_name(toks: Tokens, name: tuple[int, int], lo: int) -> int | None:
    """The start of "the Ecuadorian interior minister, Rosa Quispe," when ``name`` is the name after the role.

    Wire copy often puts the post first and the name in commas after it ("the ministry's
    spokeswoman, Milica Ilic, told …"); the person speaks, so the mention runs from the
    role over the name, whose head the linker resolves. Only a name (capitalised words)
    after a role phrase with a lower-case head that opens the clause qualifies: in
    "In the capital, Ana Ruiz said" the phrase before the comma is a circumstance.
    """
    first, last = name
    if first - 2 < lo or toks.text[first - 1] != "," or toks.lower[first] in PRONOUNS:
        return None
    if not all(toks.text[k][:1].isupper() or toks.lower[k] in NP_LINKS or not _is_word(toks.text[k])
               for k in range(first, last + 1)):
        return None
    head = first - 2
    if not _is_word(toks.text[head]) or not toks.text[head][:1].islower() or toks.lower[head] in PRONOUNS \
            or toks.lower[head] in NP_STOP:
        return None
    # the role runs back to the clause's start: "the Greek shipping minister", "the ministry's spokeswoman"
    start = head
    while start - 1 >= lo and head - start < MAX_NP and (
            _is_word(toks.text[start - 1]) or toks.text[start - 1] in ("'s", "’s", "-")):
        start -= 1
    start = skip_space(toks, start, head)
    if toks.lower[start] in _CIRCUMSTANCE_OPENERS:
        return None   # "In the capital, Ana Ruiz said": a preposition opens a circumstance
    if start - 1 >= lo and toks.text[start - 1] not in (",", '"', "“", "”", "\n") and not toks.is_space[start - 1]:
        return None
    return start


#: a pronoun that may head a coordinated subject, and the possessives naming its people ("She and her aides")
_SUBJECT_PRONOUNS = frozenset(("he", "she", "they", "we"))
_POSSESSIVES = frozenset(("his", "her", "their", "our"))
#: words that may open a sentence before a coordinated subject ("But Mr. Lee and his aides argue")
_OPENING_CONNECTIVES = frozenset(("but", "and", "yet", "still", "however"))


def _opens_sentence(toks: Tokens, first: int, lo: int) -> bool:
    """Whether nothing but punctuation and opening connectives stands from ``lo`` before token
    ``first`` (a coordinated subject's start: "Mr. Lee and …", "But Mr. Lee and …")."""
    return not any(toks.text[k][:1].isalnum() and toks.lower[k] not in _OPENING_CONNECTIVES for k in range(lo, first))


def _with_coordinated(toks: Tokens, np: tuple[int, int] | None, lo: int) -> tuple[int, int] | None:
    """Extend a subject over a coordinated phrase opening the clause: "Mr. Lee and Ms. Cho said".

    Only when the first phrase is a name (capitalised words), or a subject pronoun with the
    people its possessive names ("She and her aides say"), opening the sentence (or following a
    quotation, or after an opening connective: "But Mr. Lee and his aides argue"): in "Troops
    withdrew and the army said …" the words before "and" are a clause.
    """
    if np is None or np[0] - 2 < lo or toks.lower[np[0] - 1] != "and":
        return np
    head = _head_of_coordinated_object(toks, np[0] - 1, lo)
    if head is not None:
        return head, np[1]
    left = noun_phrase_left(toks, np[0] - 2, lo)
    if left is None:
        return np
    if toks.lower[left[1]] in PRONOUNS:
        if not _pronoun_with_its_people(toks, left, np):
            return np
    elif not all(toks.text[k][:1].isupper() for k in range(left[0], left[1] + 1)
                 if toks.text[k][:1].isalpha() and toks.lower[k] not in NP_LINKS):
        return np   # only names: "Troops withdrew and the army said" is two clauses
    if not _opens_sentence(toks, left[0], lo):
        return np   # "But Mr. Lee and his aides argue": a connective may open the sentence
    return left[0], np[1]


#: prepositions between a subject's head and its object ("Critics of the governor", "Fishermen from both islands")
_HEAD_PREPOSITIONS = frozenset("of for by on from at in about".split())
#: how many words the first conjunct of the object may have ("the northern harbour board")
CONJUNCT_MAX = 5
#: irregular past forms beyond ``IRREGULAR_PAST`` that end a clause before "and" ("the brigade withdrew and …")
_CLAUSE_PAST = IRREGULAR_PAST | frozenset("withdrew swore shook forgot overtook rode wrote spoke chose froze woke "
                                          "sang rang swam arose beat bit blew dealt dug fed felt hung heard "
                                          "knelt slept slid spun stuck swept swung taught thought wept".split())


def _head_of_coordinated_object(toks: Tokens, and_at: int, lo: int) -> int | None:
    """The start of a subject whose prepositional object has two conjuncts, the "and" at ``and_at``.

    "Specialists on Baltic shipping and port security said", "A 2018 study by Uppsala and the
    University of Tartu found": the head before the preposition speaks, with the whole object,
    not the second conjunct. Only when the head opens the clause (a connective may stand
    before it) and the first conjunct is a noun phrase: "Soldiers of the brigade withdrew and
    the army said" is two clauses.
    """
    k = and_at - 1
    while k >= lo and and_at - k <= CONJUNCT_MAX + 1 and toks.lower[k] not in _HEAD_PREPOSITIONS:
        t, w = toks.text[k], toks.lower[k]
        if not (_is_word(t) or t in ("'s", "’s", "-")) or (w in NP_STOP and w not in _HEAD_PREPOSITIONS) \
                or w in PRONOUNS or w in FINITE or w in _CLAUSE_PAST \
                or (t[:1].islower() and w.endswith("ed")) or (_has_digit(t) and not _YEAR.fullmatch(t)):
            return None
        k -= 1
    if k - 1 < lo or k == and_at - 1 or toks.lower[k] not in _HEAD_PREPOSITIONS:
        return None
    head = noun_phrase_left(toks, k - 1, lo)
    if head is None or toks.lower[head[1]] in PRONOUNS:
        return None
    if not _opens_sentence(toks, head[0], lo):
        return None
    return head[0]


def _pronoun_with_its_people(toks: Tokens, left: tuple[int, int], np: tuple[int, int]) -> bool:
    """Whether ``left`` "and" ``np`` is a subject pronoun alone and the people its possessive
    names ("She and her aides say"): one subject, where another pronoun before "and" is not."""
    return left[0] == left[1] and toks.lower[left[1]] in _SUBJECT_PRONOUNS and toks.lower[np[0]] in _POSSESSIVES


#: how far back the opening bracket of "(ECOWAS)" may be
PAREN_WINDOW = 8


def _name_before(toks: Tokens, end: int, lo: int) -> tuple[int, int] | None:
    """The noun phrase ending at ``end``, over a bracketed acronym: "The Economic Community (ECOWAS)"."""
    if end >= lo and toks.text[end] == ")":
        k = end - 1
        while k >= lo and end - k <= PAREN_WINDOW and toks.text[k] not in ("(", ")", ",", ";"):
            k -= 1
        if k >= lo and toks.text[k] == "(" and k + 1 < end:
            name = noun_phrase_left(toks, k - 1, lo)
            return (name[0], end) if name is not None else None
        return None
    return noun_phrase_left(toks, end, lo)


def noun_phrase_right(toks: Tokens, start: int, hi: int) -> tuple[int, int] | None:
    """The speaker phrase starting at token ``start`` (inverted order: "said Erdogan")."""
    if start >= hi:
        return None
    if toks.lower[start] in PRONOUNS:
        return start, start
    i = start
    last = -1
    while i < hi and i - start < MAX_NP:
        t, w = toks.text[i], toks.lower[i]
        if toks.is_space[i] and "\n" not in t and last >= 0:
            pass        # a non-breaking space inside the name: "Gov.\xa0Ana Ruiz"
        elif w in DETERMINERS or t in ("'s", "’s", "-", "&") or (_is_word(t) and w not in NP_STOP):
            last = i
        elif w in NP_LINKS and last >= 0:
            pass
        elif last == i - 1 and _joins_a_name(toks, i, hi):
            pass
        else:
            break
        i += 1
    if last < 0:
        return None
    return start, last


#: heads of organisation names that go on with "to" + a capitalised verb ("the Committee to Protect
#: Journalists", "the Alliance to Reclaim Our Schools")
_PURPOSE_NAME_HEADS = frozenset("committee alliance campaign coalition movement fund foundation council "
                                "institute center centre society league network project association".split())


def _joins_a_name(toks: Tokens, i: int, hi: int) -> bool:
    """Token ``i`` links two capitalised parts of one name: "to" after an organisation's head
    ("Committee to Protect Journalists"), or a slash between two names ("a Times/CBS News poll")."""
    if i + 1 >= hi or not toks.text[i + 1][:1].isupper() or not toks.text[i - 1][:1].isupper():
        return False
    if toks.text[i] == "/":
        return True
    return toks.lower[i] == "to" and toks.lower[i - 1] in _PURPOSE_NAME_HEADS


#: how many tokens an appositive after an inverted speaker may run ("…," said X, a professor of … at …)
APPOSITIVE_MAX = 30
_SPEECH_STOPS = frozenset(("said", "says", "told", "added", "adding", "saying"))


def _parenthesis_right(toks: Tokens, last: int, hi: int) -> int:
    """Extend a name over a bracket right after it: "Rep. Ana Ruiz (D-Ore.)"."""
    if last + 1 < hi and toks.text[last + 1] == "(":
        for k in range(last + 2, min(hi, last + 2 + PAREN_WINDOW)):
            if toks.text[k] == ")":
                return k
            if toks.text[k] in ("(", ",", ";", ".") and k > last + 2 and toks.text[k] != ".":
                break
    return last


#: prepositions that open a circumstance set off by commas after a speaker ("…, at a later briefing,")
_ASIDE_PREPOSITIONS = frozenset("at in during after before on".split())


def opens_aside(toks: Tokens, k: int) -> bool:
    """Token ``k``, after a comma, opens an aside about the speaking, not an appositive naming
    the speaker: a participle ("speaking of the drought") or a circumstance ("at a briefing")."""
    w = toks.lower[k]
    if not toks.text[k][:1].islower():
        return False
    return (w.endswith("ing") and len(w) > 4) or w in _ASIDE_PREPOSITIONS


def appositive_right(toks: Tokens, last: int, hi: int) -> int:
    """Extend a name over the appositive after it: "Monte Shaw, director of the association".

    The appositive runs to the next comma or the end of the sentence, relative
    clause included ("Ana Ruiz, a lawyer who represents the families"), and a
    party label in brackets belongs to the name ("Rep. Ana Ruiz (D-Ore.)").
    """
    last = _parenthesis_right(toks, last, hi)
    if last + 2 >= hi or toks.text[last + 1] != "," or (
            toks.lower[last + 2] in PRONOUNS and toks.lower[last + 2] != "who") \
            or toks.lower[last + 2] in NP_STOP and toks.lower[last + 2] != "who" or opens_aside(toks, last + 2):
        return last   # ", at a later briefing", ", in an interview": a circumstance, not an appositive
    j = last + 2
    end = -1
    while j < hi and j - last < APPOSITIVE_MAX:
        t = toks.text[j]
        if t in (".", ";", "!", "?") or "\n" in t:
            end = j - 1
            break
        if t == ",":
            end = j - 1
            break
        if toks.lower[j] in _SPEECH_STOPS:
            return last
        if toks.lower[j] == "which":
            end = j - 1   # "president of the union, which represents …": the clause is about the union
            break
        j += 1
    else:
        end = j - 1 if j >= hi else -1
    return end if end > last + 1 else last
