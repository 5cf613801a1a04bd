"""A cue whose subject is a noun phrase that names no actor: the holder search stops there.

The holder of a narrative cue is the nearest actor phrase to its left that stands where a
subject stands. Two constructions put a noun phrase of no actor in that place, and the search
must then stop at it instead of reaching an actor further left, which would make the wrong
party the holder:

- a relative clause without "that" after a noun of a charge, a demand or an act: "Peru accused
  Bolivia of harbouring him, *a charge the neighbouring country denied*", "an allegation the Gulf
  state has denied". The denier is "the neighbouring country", not Peru;
- a participle right after a noun, which it modifies: "Hungary blocked *a European Union
  statement criticising China*" (the statement's author criticises, not Hungary), "vetoed a draft
  declaration condemning X". An actor inside that noun phrase ("European Union") is its author
  and holds the stance; with none named there is no holder. A participle after a comma (",
  criticising ...") or after a statement its subject issued ("Greece issued a joint statement
  condemning ...") keeps the sentence's subject.

A third needs no relative clause: a subject headed by a noun of an event or a measure ("said *the
attack* threatened food security") holds no stance, whoever reports it.

All are the same question — what is the cue's subject? — asked the same way for every cue,
so no cue needs a rule of its own. Without a part-of-speech tagger the noun phrase is
recognised by its shape: a determiner, then words that are no verbs of the list below, then the
noun right before the cue (auxiliaries and adverbs aside).

This module owns things and relative/participle constructions, and the finder asks it first,
before any holder search; a phrase of unlinked *agents* after a conjunction ("…, but the main
opposition movement rejected") is :mod:`.unnamed_subject`'s, which the holder search asks and
which passes over thing-headed phrases.
"""

from __future__ import annotations

from typing import Callable, Sequence

from .lexicon import CHARGE_NOUNS

#: Nouns after which a zero relative ("a charge the country denied") opens.
RELATIVE_HEADS = CHARGE_NOUNS | frozenset("""
demand demands
offer offers proposal proposals move moves decision decisions step steps measure measures
request requests ultimatum ultimatums deal deals accord agreement agreements report reports
""".split())
#: Determiners that open the noun phrase of the subject.
NP_DETERMINERS = frozenset("the a an this that these those its their his her our".split())
#: Words between a cue and its subject that do not end the subject: auxiliaries and adverbs.
SKIPPABLE = frozenset("will would shall should can could may might must has have had is are was were be been "
                      "also again strongly firmly once further still repeatedly publicly consistently "
                      "always long flatly vehemently categorically since".split())
#: Verbs by which a subject issues a text: the participle after that text is the subject's own
#: ("issued a statement condemning ...").
ISSUING = frozenset("""
issued issue issues issuing released release releases published publishes publish signed sign signs
adopted adopt adopts put puts posted post posts sent send sends made make makes delivered deliver
read reads circulated circulate drafted draft drafts tabled table tables presented present presents
""".split())
#: How many words the noun phrase may have between its determiner and its head.
MAX_NP = 5


def _skip_back(words: Sequence[str], is_space: Sequence[bool], k: int) -> int:
    while k >= 0 and (is_space[k] or words[k] in SKIPPABLE or (words[k].endswith("ly") and len(words[k]) > 4)):
        k -= 1
    return k


def _noun_phrase(words: Sequence[str], raw: Sequence[str], is_space: Sequence[bool], head: int,
                 actor_at: Callable[[int], str | None]) -> int | None:
    """The index of the determiner opening the noun phrase whose head noun is token ``head``, or
    None when ``head`` is no common noun heading such a phrase."""
    w = raw[head]
    if not w.isalpha() or not w.islower() or actor_at(head) is not None:
        return None
    k = head - 1
    for _ in range(MAX_NP):
        while k >= 0 and is_space[k]:
            k -= 1
        if k < 0:
            return None
        if words[k] in NP_DETERMINERS:
            return k
        word = raw[k]
        if not (word.replace("-", "").isalpha() or actor_at(k) is not None):
            return None  # a comma, a quote mark, a number: no noun phrase of this shape
        k -= 1
    return None


def nominal_subject(words: Sequence[str], raw: Sequence[str], is_space: Sequence[bool], i: int,
                    actor_at: Callable[[int], str | None],
                    things: frozenset[str] = frozenset()) -> tuple[bool, str | None]:
    """Whether the cue at token ``i`` has a noun phrase of no actor as its subject, and the actor
    named inside that phrase (its author, "a European Union statement"), if any.

    ``words`` are lower-cased tokens, ``raw`` the tokens as written, ``actor_at(k)`` the actor
    whose mention covers token ``k`` (or None), ``things`` the nouns of events and measures (a
    subject headed by one is no holder). ``(False, None)``: the ordinary holder search applies."""
    head = _skip_back(words, is_space, i - 1)
    if head < 1:
        return False, None
    det = _noun_phrase(words, raw, is_space, head, actor_at)
    if det is None:
        return False, None
    inside = [a for k in range(det, head) if (a := actor_at(k)) is not None]
    if words[i].endswith("ing") and head == i - 1 and raw[i].islower():
        # "a European Union statement criticising China": the participle modifies the statement
        before = _skip_back(words, is_space, det - 1)
        if before >= 0 and words[before] in ISSUING:
            return False, None  # "issued a statement condemning ...": the issuer's own words
        if not inside and before >= 0 and actor_at(before) is not None:
            return False, None  # "Cyprus's statement condemning ..." read by the ordinary rules
        return True, inside[-1] if inside else None
    before = _skip_back(words, is_space, det - 1)
    if before >= 0 and words[before] in RELATIVE_HEADS and not inside:
        # "a charge the neighbouring country denied": the country, not an actor further left
        return True, None
    if words[head] in things:
        # "said the attack threatened food security": an event or a measure holds no stance
        # ("A UN report accused X": the actor named in the phrase is its author)
        return True, inside[-1] if inside else None
    return False, None
