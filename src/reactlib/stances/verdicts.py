"""Verdicts reported of a thing: "Russia said the new EU sanctions were illegal".

A reaction often judges an actor's act without a verb of condemning: the speaker says that
the act *is* something damning ("said the Kosovo police raids were a blatant provocation",
"said that Poland's border closure was unacceptable"; in a speaker's own words, "The
sanctions imposed by the EU are illegal"). The stance is the speaker's — the one who says it,
not the actor named inside the judged phrase — and it is aimed at that actor: the owner of the
thing ("the EU sanctions", "Poland's closure") or its agent ("imposed by the EU"). With no
actor in the phrase, an event noun ("the attack was cowardly") blames whoever staged the event
when the article names one, and is a condemnation with no target when it does not; a verdict on
no act ("said the situation was dangerous") is not read.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..tokens import trigger_words
from .decisions import news_maker
from .unanswered_charges import charging_culprit
from .lexicon import CHARGE_NOUNS
from .rulings import ruling_court

if TYPE_CHECKING:  # pragma: no cover
    from .finder import Found, StanceFinder

#: Verbs that report a verdict ("said the sanctions were illegal").
VERDICT_REPORTING = trigger_words("said says say added adds insisted insists stated states declared declares "
                              "argued argues maintained maintains noted notes told wrote".split())
#: The copulas of a verdict ("were illegal", "constitute a violation", "amounted to piracy").
COPULAS = frozenset("is are was were 's ’s constitutes constitute constituted represents represent "
                    "represented amounts amount amounted".split())
#: Processes a verdict may judge with no author named ("said the election was rigged").
JUDGED_PROCESSES = frozenset("election elections vote poll polls referendum ballot count result results "
                             "trial verdict".split())
# CHARGE_NOUNS (lexicon): nouns of a charge, whose dismissal is a rejection ("These accusations are absurd").
#: Words that dismiss a charge ("are absurd", "are lies", "are groundless").
REBUTTALS = frozenset("absurd baseless unfounded groundless false lies nonsense ridiculous fabricated fabrication "
                      "slanderous slander untrue laughable preposterous".split())
#: Qualities whose denial judges a vote or a process ("neither free nor fair", "not credible").
VIRTUES = frozenset("free fair credible transparent legitimate democratic valid acceptable".split())
#: Verbs of harm done that make the same report a charge ("said the EU sanctions *violated*
#: international law", "said Egypt's statements *undermined* the talks").
HARMS = frozenset("violated violate violates breached breach breaches undermined undermine undermines "
                  "flouted flout flouts endangered endanger endangers destabilised destabilized "
                  "destabilises destabilizes contravened contravene contravenes sabotaged".split())
#: Words between the copula and the damning word ("is *a clear and* blatant provocation").
FILLERS = frozenset("a an the nothing but simply clearly totally completely utterly absolutely entirely "
                    "deeply highly very extremely clear and blatantly to yet another new further "
                    "dangerous serious grave major significant direct gross outright open act acts of form kind "
                    "economic political hybrid war attempt bid effort deliberate".split())
#: Words of approval that make a naming praise ("called the deal a historic breakthrough", "called it
#: 'a great day for Africa'"): single words, and pairs read together.
APPROVING_WORDS = frozenset("historic milestone breakthrough triumph landmark achievement".split())
APPROVING_PAIRS = frozenset({("great", "day"), ("step", "forward"), ("turning", "point"), ("good", "news"),
                             ("positive", "step"), ("important", "step"), ("significant", "step"),
                             ("welcome", "step"), ("major", "step"), ("great", "achievement"),
                             ("positive", "development"), ("welcome", "development"), ("important", "moment"),
                             ("victory", "for"), ("proud", "day"), ("good", "day"), ("important", "day")})


def approving_at(words: list[str], a: int, b: int) -> int | None:
    """The index of the first word of approval in tokens [a, b), or None."""
    for x in range(a, min(b, len(words))):
        if words[x] in APPROVING_WORDS or (x + 1 < len(words) and (words[x], words[x + 1]) in APPROVING_PAIRS):
            return x
    return None


#: Prepositions before the one whose act is judged ("the raid *by* X", "the actions *of* X").
AGENT_PREPS = frozenset({"by", "from", "of"})
#: The longest judged phrase (tokens) between "said (that)" and its copula.
MAX_SUBJECT = 10
#: How far (tokens) after the copula the damning word may stand.
MAX_PREDICATE = 5
#: Words that show the phrase is no plain subject of the copula ("said that *if* ...").
SUBJECT_BREAKS = frozenset({",", ";", ":", ".", "!", "?", "if", "when", "while", "because", "that", "which",
                            "who", "not", "never"})


#: Words of a short adjunct between a reporting verb and "that" ("said *on Monday* that", "said
#: *in a statement late on Friday* that"): time, channel and their function words.
ADJUNCT_WORDS = frozenset("""
on in at late early earlier later a an the its his her their statement interview briefing press
conference television radio post message speech letter morning afternoon evening night weekend
week monday tuesday wednesday thursday friday saturday sunday today yesterday tonight also again
separately publicly , -
""".split())
#: How many words such an adjunct may have.
MAX_ADJUNCT = 8


#: How many words the addressee of "told" may have before "that" ("told reporters at her office").
MAX_ADDRESSEE = 7


def _complement_start(f: StanceFinder, c: int) -> int:
    """The first token of a reporting verb's complement starting at token ``c``: after "that",
    also when a short adjunct of time or channel stands before it ("said on Monday that the
    attack was unacceptable"), as every reported verdict needs, whatever its wording."""
    words, n = f.words, f.n
    if c > 0 and words[c - 1] == "told":
        # "told reporters at her office that the launch was ...": past the addressee
        for x in range(c, min(n, c + MAX_ADDRESSEE + 1)):
            if words[x] == "that":
                return x + 1
            if words[x] in (",", ".", ";", ":") or words[x] in _finder.QUOTE_MARKS:
                break
    for x in range(c, min(n, c + MAX_ADJUNCT + 1)):
        if words[x] == "that":
            return x + 1
        if not (words[x] in ADJUNCT_WORDS or f.is_space[x] or words[x].isdigit()):
            break
    return c


def reported_verdicts(f: StanceFinder) -> list[Found]:
    """Every "X said <phrase naming an actor's act> was <damning>" of the article, and the
    same verdict opening a speaker's direct quote."""
    DAMNING, QUOTE_MARKS = _finder.DAMNING, _finder.QUOTE_MARKS

    words, n = f.words, f.n
    out: list[Found] = []
    quote_starts = {s for s, _, _ in f.quotes}
    # only a reporting verb or a quote's first token opens a verdict: visit those alone, the
    # verbs from the Doc's trigger index
    opens = quote_starts.union(f.view.positions(VERDICT_REPORTING))
    for k in sorted(opens):
        if not 0 <= k < n:
            continue
        w = words[k]
        own = f.quote_at(k)
        if w in VERDICT_REPORTING:
            c = _complement_start(f, k + 1)
        elif own is not None and k == own[0] and own[2].kind == "direct" and own[2].speaker:
            c = k + 1 if w in QUOTE_MARKS else k  # '"The sanctions are illegal," X said'
        else:
            continue
        cop = next((x for x in range(c + 1, min(n, c + MAX_SUBJECT)) if _copula(f, x) or words[x] in HARMS
                    or words[x] in SUBJECT_BREAKS or words[x] in QUOTE_MARKS), None)
        if cop is None or not (_copula(f, cop) or words[cop] in HARMS):
            continue
        hit = cop if words[cop] in HARMS else None  # "said the EU sanctions violated international law"
        if hit is None:
            hit = _denied_virtue(words, cop + 1)  # "was neither free nor fair"
        rebutted = _rebuttal(f, c, cop)
        for x in range(cop + 1, min(n, cop + 1 + MAX_PREDICATE)):
            if hit is not None:
                break
            if rebutted and words[x] in REBUTTALS:
                hit = x
                break
            if words[x] in DAMNING:
                hit = x
                break
            if words[x] not in FILLERS and words[x] not in QUOTE_MARKS:
                break
        if hit is None:
            out.extend(_approval(f, k, w, own, c, cop))
            continue
        if w in VERDICT_REPORTING:
            holders = f.holders_for(k, own)
            quote = own[2].id if own is not None else None
        else:
            holders, quote = [own[2].speaker], own[2].id
        holders = [h for h in holders if h]
        if not holders:
            continue
        if rebutted and (words[hit] in REBUTTALS or words[hit] in DAMNING):
            # "These accusations are absurd": a rejection of the charge, aimed at whoever made it
            named = _judged_actor(f, c, cop, holders)
            maker = named if named not in (None, UNNAMED) else f.makers.maker(set(words[c:cop]), holders, k,
                                                                              lambda a, b: _compatriots(f, a, b))
            if maker is None:
                # charges no one was reported making: those of the state that staged the event
                # ("detained the journalist on espionage charges")
                maker = charging_culprit(f, holders)
            if maker is None:
                continue  # whose charge is dismissed is unknown: the rejection names too little
            start, stop = f._span(c, hit + 1)
            out.extend(_found(h, maker, start, stop, quote, words[hit], "reject") for h in holders)
            continue
        target = _judged_actor(f, c, cop, holders)
        if target is None:
            continue  # "said the situation was dangerous": nothing anyone did is judged
        target = None if target == UNNAMED else target
        start, stop = f._span(c, hit + 1)
        kind = "accuse" if words[hit] in HARMS else "condemn"
        out.extend(_found(h, target, start, stop, quote, words[hit], kind) for h in holders)
    return out


#: What an approving verdict may judge: a decision or an agreement, by its noun or "it" after one.
APPROVED_THINGS = frozenset("ruling rulings verdict judgment judgement decision deal agreement accord "
                            "ceasefire truce treaty result outcome vote election referendum".split())
#: How far back (tokens) "it" may find the decision it stands for.
IT_REACH = 60


def _approval(f: StanceFinder, k: int, w: str, own, c: int, cop: int) -> list[Found]:
    """"X said the ruling was an important moment", "'This agreement is a historic step forward,'
    said X": an approving verdict on a decision or an agreement welcomes it. The target is an
    actor named in the judged phrase ("Egypt's decision"), or the court a ruling comes from, or
    none. Only a plain predicate counts: the word of approval is the first after the copula and
    its fillers ("was not a historic step" is no approval)."""
    words, n = f.words, f.n
    if APPROVING_FIRST.isdisjoint(words[cop + 1:cop + 2 + MAX_PREDICATE]):
        return []  # no word of approval near the copula: the common case, read at once
    x = cop + 1
    while x < n and (words[x] in QUOTE_MARKS_V or (words[x] in FILLERS and words[x] not in APPROVING_FIRST)):
        x += 1
    if x >= n or approving_at(words, x, x + 1) != x:
        return []
    judged = set(words[c:cop])
    if judged & {"it", "this", "that"} and len(judged - {"it", "this", "that", '"', "“", "”"}) == 0:
        # "it was a historic day": the decision named just before
        judged = set(words[max(0, c - IT_REACH):c]) & APPROVED_THINGS
    if APPROVED_THINGS.isdisjoint(judged):
        return []
    if w in VERDICT_REPORTING:
        holders, quote = f.holders_for(k, own), (own[2].id if own is not None else None)
    else:
        holders, quote = [own[2].speaker], own[2].id
    holders = [h for h in holders if h]
    if not holders:
        return []
    named = next((g.actor for g in f.mentions.groups_between(c, cop) if g.actor not in holders
                  and not ((p := f._prev_word(g.start)) is not None and p >= c
                           and f.words[p] in _finder.PREPOSITIONS and f.words[p] not in AGENT_PREPS)),
                 None)  # "the agreement *with* Chile": a partner, not the one whose decision it is
    target = named or ruling_court(f.article.actors, judged, holders, news_maker(f), f.lead_actors())
    start, stop = f._span(c, x + 1)
    return [_finder.Found(h, "welcome", start, stop, target=target, quote=quote,
                          extra={"cue": "reported-approval", "approving": words[x]}) for h in holders]


#: Quote marks inside a predicate ("was \"an important moment\"").
QUOTE_MARKS_V = frozenset({'"', "“", "”", "'", "‘", "’"})
#: Approving words that are also fillers: they end the filler run ("a *major* step").
APPROVING_FIRST = frozenset(a for a, _ in APPROVING_PAIRS) | APPROVING_WORDS


#: The judged phrase names an event whose author the article does not name ("the attack was
#: a dangerous escalation"): a condemnation of the event, with no target.
UNNAMED = "<unnamed>"


def _denied_virtue(words: list[str], k: int) -> int | None:
    """The index of the virtue denied in "neither free nor fair", "not credible", "not free
    and fair" right after a copula (an adverb may come first), or None."""
    if k < len(words) and words[k].endswith("ly"):
        k += 1
    if k + 1 >= len(words) or words[k] not in ("not", "neither", "never", "n't"):
        return None
    return k + 1 if words[k + 1] in VIRTUES else None


def _compatriots(f: StanceFinder, a: str, b: str) -> bool:
    """One voice, or two actors of one country (a minister does not rebut his own government)."""
    ca, cb = f.mentions.countries.get(a), f.mentions.countries.get(b)
    return f.same_voice(a, b) or (ca is not None and ca == cb)


def _rebuttal(f: StanceFinder, a: int, b: int) -> bool:
    """Whether the phrase in tokens [a, b) names a charge ("these accusations", "the claims")."""
    return not CHARGE_NOUNS.isdisjoint(f.words[a:b])


def _copula(f: StanceFinder, x: int) -> bool:
    """A copula at token ``x``; "'s" after an actor's name is its possessive ("Poland's closure")."""
    if f.words[x] not in COPULAS:
        return False
    if f.words[x] in ("'s", "’s"):
        g = f.mentions.group_at(x - 1) if x > 0 else None
        if g is not None and g.end == x:
            return False
        # "the tribunal's verdict": a noun follows, so "'s" is a possessive; "it's" is a copula
        return x == 0 or f.words[x - 1] in ("it", "that", "this", "there", "what", "he", "she", "who")
    return True


def _judged_actor(f: StanceFinder, a: int, b: int, holders: list[str]) -> str | None:
    """Whose act the phrase in tokens [a, b) names: an actor inside it (its owner, "the EU
    sanctions", or its agent, "imposed by the EU"), else the author of an event it names, else
    UNNAMED for an event by no one named, else None (no act judged)."""
    EVENT_NOUNS, PREPOSITIONS = _finder.EVENT_NOUNS, _finder.PREPOSITIONS
    for g in f.mentions.groups_between(a, b):
        p = f._prev_word(g.start)
        if g.actor in holders or (p is not None and p >= a and f.words[p] in PREPOSITIONS
                                  and f.words[p] not in AGENT_PREPS):
            continue  # "the attack on Oman was cowardly": Oman is struck, not judged
        return g.actor  # the owner or agent of the act; "said Kosovo was ..." judges Kosovo itself
    if not EVENT_NOUNS.isdisjoint(f.words[a:b]) or not JUDGED_PROCESSES.isdisjoint(f.words[a:b]):
        culprit = f.perpetrator()
        if culprit is None:
            return UNNAMED
        return culprit if culprit not in holders else None
    return None


def _found(holder: str, target: str, start: int, stop: int, quote: str | None, word: str,
           kind: str = "condemn") -> Found:
    return _finder.Found(holder, kind, start, stop, target=target, quote=quote,
                 extra={"cue": "reported-verdict", "damning": word})


# Imported last, as a module: the finder imports this one; its names are read at call time.
from . import finder as _finder  # noqa: E402
