"""Criticism voiced as how things should not be, or as the harm an act does.

Reaction quotes often blame without naming: "they should not have been treated like
criminals", "Workers who ask to be paid should never be punished for it", "Unilateral steps of
this kind undermine the dialogue". Each judges the act the article reports, so it criticises
whoever staged it (:meth:`~reactlib.stances.finder.StanceFinder.perpetrator`, else the subject
of the first act verb of the article's opening, :func:`event_author`, else the target of the
lead's first hostile stance, :func:`lead_target`). Two forms are
read, only inside a speaker's (direct, indirect or partial) quote:

- a passive of harm that "should not have been" / "should never be" / "must never be" done
  ("treated like criminals", "jailed", "deported");
- an act named by a demonstrative or "of this kind" as its subject ("such steps", "this
  decision", "moves of this kind") with a verb of harm ("undermine", "jeopardise", "damage").

With no perpetrator, or when it is the speaker's own side (a government defending its act),
nothing is read: a general maxim ("prices should never be raised") blames no one.
"""

from __future__ import annotations

from ..tokens import trigger_words
from .quoted_spans import quoted_positions, speaking_quote

#: Passives of harm done to people or things.
HARMED = frozenset("""
treated punished jailed imprisoned detained arrested deported expelled killed targeted attacked
harassed humiliated abandoned prosecuted tortured beaten shot bombed evicted persecuted silenced
""".split())
#: Verbs of harm an act does.
HARMS = frozenset("""
undermine undermines undermined jeopardise jeopardises jeopardize jeopardizes damage damages
harm harms hurt hurts erode erodes poison poisons destabilise destabilises destabilize destabilizes
endanger endangers inflame inflames sabotage sabotages threaten threatens
""".split())
#: Nouns of an act.
ACTS = frozenset("""
step steps action actions move moves measure measures decision decisions act acts policy policies
behaviour behavior conduct provocations
""".split())
#: Determiners that point at the act reported.
POINTERS = frozenset({"this", "these", "such", "that", "those"})
#: Adjectives that may stand between pointer and act ("such unilateral steps").
ACT_ADJ = frozenset("unilateral reckless provocative irresponsible hasty aggressive illegal unlawful".split())
NEGATIONS = frozenset({"not", "never", "n't"})
#: the words the quoted-harm reading starts from, for the Doc's trigger index
_STARTS = trigger_words(HARMED | HARMS)


def quote_criticism(finder, found: list) -> list:
    """Criticisms of the event's perpetrator in what speakers say."""
    if not finder.quotes:
        return []
    words = finder.words
    if HARMED.isdisjoint(words) and HARMS.isdisjoint(words):
        return []
    culprit = event_author(finder) or lead_target(finder, found)
    if culprit is None:
        return []
    Found = _finder.Found
    out: list = []
    done: set[tuple[str, int]] = set()
    for k in quoted_positions(finder, words=_STARTS):
        w = words[k]
        if w in HARMED:
            a = _should_not_be(words, k)
        elif w in HARMS:
            a = _act_subject(words, k)
        else:
            continue
        if a is None:
            continue
        own = speaking_quote(finder, k)
        if own is None:
            continue
        speaker = own[2].speaker
        if finder.same_side(speaker, culprit):
            continue
        s0 = finder.sent_bounds(k)[0]
        if (speaker, s0) in done or any(
                f.type in ("criticize", "condemn", "accuse") and f.holder == speaker and f.target == culprit
                and finder.sent_bounds(finder.mentions.token_at(f.start))[0] == s0 for f in found):
            continue
        done.add((speaker, s0))
        start, stop = finder._span(a, k + 1)
        out.append(Found(speaker, "criticize", start, stop, target=culprit, quote=own[2].id,
                         issue_text=words[k], extra={"cue": "quote-criticism"}))
    return out


#: Verbs of the acts (beyond military ones) that reaction articles open with: who did it is
#: whom a quote's judgement of "such steps" is aimed at.
DONE = frozenset("""
deported expelled arrested jailed detained imprisoned sentenced closed shut banned imposed suspended
raided evicted revoked cancelled canceled annulled blocked seized demolished executed
""".split())
#: How many opening sentences may name the act.
OPENING = 3


def event_author(finder) -> str | None:
    """Who staged the event: the finder's perpetrator, else the subject of the first act verb
    of the article's opening sentences ("Malaysia deported 300 workers on Friday")."""
    culprit = finder.perpetrator()
    if culprit is not None:
        return culprit
    words, sentences, k = finder.words, 0, 0
    while k < finder.n and sentences < OPENING:
        if words[k] in DONE:
            g = finder.adjacent_subject(k)
            if g is not None and finder.mentions.kinds.get(g.actor) in ("country", "organization", "group"):
                return g.actor
        if words[k] in (".", "!", "?"):
            sentences += 1
        k += 1
    return None


#: Stances of the lead that name the one the article's reactions are against.
LEAD_HOSTILE = frozenset({"accuse", "criticize", "condemn", "threaten", "demand"})


def lead_target(finder, found: list) -> str | None:
    """The target of the first hostile stance of the article's opening sentence ("Bangladesh
    protested to Kuwait over the expulsion", "Serbia accused Kosovo of ..."): the one the
    reactions answer, when no act names its author."""
    first = finder.sent_bounds(0)[1]
    if first < finder.n and finder.words[first - 1] not in (".", "!", "?"):
        first = finder.sent_bounds(first)[1]  # a headline or dateline line, then the first sentence
    lead = [f for f in found if f.type in LEAD_HOSTILE and f.target
            and finder.mentions.token_at(f.start) < first]
    return min(lead, key=lambda f: f.start).target if lead else None


def _should_not_be(words, k: int) -> int | None:
    """Start of "should not have been" / "should never be" / "must never be" before ``k``."""
    p = k - 1
    if p >= 0 and words[p] in ("been", "be"):
        p -= 1
    if p >= 0 and words[p] == "have":
        p -= 1
    if p >= 0 and words[p] in NEGATIONS:
        p -= 1
        if p >= 0 and words[p] in ("should", "must", "ought", "shall", "could"):
            return p
    return None


def _act_subject(words, k: int) -> int | None:
    """Start of "such steps" / "steps of this kind" right before the verb at ``k``."""
    p = k - 1
    if p >= 2 and words[p] in ("kind", "sort", "type", "nature") and words[p - 1] in ("this", "that") \
            and words[p - 2] == "of":
        p -= 3
        if p < 0 or words[p] not in ACTS:
            return None
        x = p
        while x - 1 >= 0 and words[x - 1] in ACT_ADJ:
            x -= 1
        return x
    if p >= 0 and words[p] in ACTS:
        x = p - 1
        while x >= 0 and words[x] in ACT_ADJ:
            x -= 1
        if x >= 0 and words[x] in POINTERS:
            return x
    return None


# Imported last, as a module: the finder imports this one; its names are read at call time.
from . import finder as _finder  # noqa: E402
