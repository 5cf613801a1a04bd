"""Threats worded in a quote as a price, a response or an answer, not with "threaten".

"There is a price for that," "Any attack will be met with a united and determined response,"
"Bolivia would give a 'firm response'," "We will respond firmly," "would defend themselves if
attacked," "ready to respond in kind if Senegal does not lift the
ban," "We will defend our waters by all means," "those responsible will answer for it in court":
the speaker threatens, though no verb of threat is used. The lexicon's threat cues need the one
threatened named as their object; these phrases never name one, so this module reads them
whole and finds the target the way a reader does:

1. an actor named in an "if"/"unless" clause of the same sentence ("if Senegal does not ...");
2. no one, when the threat is hypothetical ("any attack", "anyone who", "those responsible")
   or defends the speaker's own ("defend ... by all means");
3. the one the speaker charges or condemns in the same quote ("X has violated ... There will
   be a price to pay for that");
4. the other party of the dispute the article reports, when the speaker is one party's voice;
5. the one who staged the event the article reacts to ("North Korea fired missiles ... 'We will
   respond firmly'"; :func:`~reactlib.stances.quote_criticism.event_author`, else the target of
   the lead's first hostile stance);
6. whoever the article reports last acting against the speaker's side ("Peru expelled Bolivian
   diplomats ... Bolivia would give a 'firm response'");
7. the news-maker the first sentence opens with, when it is the speaker's foe (a measure that is
   no act of force: "Argentina announced a tariff on Chinese cars ... 'China will take all
   necessary measures'");
8. otherwise no one (a threat with a null target, as the golds annotate it).

Only words inside a quote count: a reporter writing that a plan "met with a firm response" tells
of a reaction, nobody threatens. A forceful adjective is required before "response" ("a warm
response", "a detailed response" are no threat). A warning verb that carried the threat
("warned that ... 'will answer for it'") had been read as a concern; it gives way to the threat.

"We will not allow anyone to ..." is left alone: it is as often a pledge of security to
neighbours ("to use our soil against them") as a warning, and the golds read it both ways.
"""

from __future__ import annotations

from ..tokens import trigger_words
from .decisions import news_maker
from .quote_criticism import event_author, lead_target
from .quoted_spans import quoted_positions, speaking_quote

#: Adjectives that make a promised response a threat.
FORCEFUL = frozenset("""
firm strong decisive determined united robust resolute dignified fitting appropriate proportionate
swift severe harsh crushing forceful tough befitting resolute powerful vigorous serious adequate
commensurate
""".split())
#: Adverbs that make a promised response a threat ("will respond firmly").
FORCEFUL_ADVERBS = frozenset("firmly strongly decisively resolutely forcefully robustly swiftly harshly "
                             "severely appropriately proportionately accordingly".split())
#: "defend themselves if attacked".
REFLEXIVES = frozenset("itself themselves ourselves myself himself herself".split())
#: Nouns of a response.
RESPONSES = frozenset("response answer reply reaction retaliation".split())
#: Words that may stand between the article and the noun ("a swift and decisive response").
JOINERS = frozenset({"and", ",", "very", "most", "equally", "fully"})
#: Verbs of defence before "by all means".
DEFENDS = frozenset("defend defending protect protecting safeguard safeguarding".split())
#: Words that make the threatened hypothetical: no one is named.
HYPOTHETICAL = frozenset("any anyone whoever those anybody".split())
#: Stances of the speaker that name whom a threat in the same quote is aimed at.
CHARGES = frozenset({"accuse", "condemn", "criticize", "demand"})
#: Acts against the speaker's side that a threat may answer.
HOSTILE_ACTS = frozenset({"accuse", "condemn", "criticize", "threaten", "demand"})
#: Words that end a sentence-internal search.
ENDS = frozenset({".", "!", "?", ";"})
#: The words a threat phrase is found from (a cheap filter before the pattern is read).
FIRST_WORDS = trigger_words({"defend", "protect", "there", "met", "give", "deliver", "provide", "offer", "respond", "retaliate", "react",
                         "reply", "answer", "by", "take"})
#: Adjectives that make promised measures a threat ("all necessary measures", "resolute steps").
MEASURE_FORCE = FORCEFUL | frozenset("necessary retaliatory reciprocal counter countervailing corresponding "
                                     "punitive".split())
#: Nouns of measures ("take countermeasures", "every necessary step").
MEASURES = frozenset("measures measure countermeasures countermeasure steps step action actions".split())
#: Words that may stand between "take" and the measures ("all the", "every").
MEASURE_FILLERS = frozenset({"all", "every", "the", "any", "such", "further", "its", "their", "our", "and",
                             ",", "-"})
#: Modals that promise (the threat is in the future).
MODALS = frozenset({"will", "would", "shall", "'ll", "wo"})


def quote_threats(finder, found: list) -> list:
    """``found`` plus the threats worded as a price, a response or an answer in quotes.

    A concern read from the warning verb that introduced such a threat is dropped."""
    if not finder.quotes:
        return found
    words = finder.words
    Found = _finder.Found
    new: list = []
    for k in quoted_positions(finder, margin=4, words=FIRST_WORDS):
        hit = _threat_at(words, k)
        if hit is None:
            continue
        a, b, kind = hit
        own = speaking_quote(finder, k) or speaking_quote(finder, b - 1)
        if own is None:
            continue
        speaker = own[2].speaker
        s0, s1 = finder.sent_bounds(k)
        if any(f.type == "threaten" and finder.same_voice(f.holder, speaker)
               and s0 <= finder.mentions.token_at(f.start) < s1 for f in found):
            continue  # a threat cue in the sentence read it already
        target = threat_target(finder, found, own, speaker, k, s0, s1, kind)
        start, stop = finder._span(a, b)
        new.append(Found(speaker, "threaten", start, stop, target=target, quote=own[2].id,
                         extra={"cue": "quote-threat", "form": kind}))
    if not new:
        return found
    sentences = {(f.holder, finder.sent_bounds(finder.mentions.token_at(f.start))[0]) for f in new}
    kept = [f for f in found if not (f.type == "concern" and (
        f.holder, finder.sent_bounds(finder.mentions.token_at(f.start))[0]) in sentences)]
    return kept + new


def _threat_at(words, k: int) -> tuple[int, int, str] | None:
    """(first token, token after the last, form) of a threat phrase starting at ``k``."""
    w = words[k]
    n = len(words)
    if w == "there" and k + 3 < n:
        # "there is a price for that", "there will be a heavy price to pay"
        x = k + 1
        if words[x] in MODALS and x + 1 < n and words[x + 1] == "be":
            x += 2
        elif words[x] in ("is", "'s", "’s", "was"):
            x += 1
        else:
            return None
        if x < n and words[x] in ("a", "the"):
            x += 1
        while x < n and words[x] in ("heavy", "high", "steep", "real", "severe", "big", "huge", "very"):
            x += 1
        if x + 1 < n and words[x] == "price" and words[x + 1] in ("for", "to"):
            return k, x + 2, "price"
        return None
    if w == "met" and k + 2 < n and words[k + 1] == "with":
        end = _forceful_response(words, k + 2)
        return (k, end, "met-with") if end else None
    if w in ("give", "deliver", "provide", "offer") and k > 0 and any(
            words[p] in MODALS for p in range(max(0, k - 3), k)):
        end = _forceful_response(words, k + 1)
        return (k, end, "give-response") if end else None
    if w in ("respond", "retaliate", "react", "reply") and k + 2 < n and words[k + 1] == "in" \
            and words[k + 2] == "kind":
        return k, k + 3, "in-kind"
    if w in ("respond", "react", "retaliate") and k + 1 < n and words[k + 1] in FORCEFUL_ADVERBS \
            and k > 0 and words[k - 1] in MODALS:
        # "We will respond firmly, together with our allies"
        return k - 1, k + 2, "respond-firmly"
    if w in ("defend", "protect") and k + 3 < n and words[k + 1] in REFLEXIVES and words[k + 2] == "if" \
            and words[k + 3] in ("attacked", "provoked", "threatened", "targeted"):
        # "its soldiers would defend themselves if attacked": a warning to any attacker
        return k, k + 4, "by-all-means"
    if w == "take" and k > 0 and (any(words[p] in MODALS for p in range(max(0, k - 3), k))
                                  or (k > 1 and words[k - 1] == "to" and words[k - 2] == "right")):
        # "will take all necessary measures", "reserves the right to take countermeasures"
        end = _forceful_measures(words, k + 1)
        return (k, end, "measures") if end else None
    if w == "answer" and k + 2 < n and words[k + 1] == "for" and k > 0 and words[k - 1] in MODALS \
            and words[k + 2] in ("it", "this", "that", "their", "his", "her", "these", "those"):
        return k - 1, k + 3, "answer-for"
    if w == "by" and k + 2 < n and words[k + 1] == "all" and words[k + 2] in ("means", "necessary", "available",
                                                                          "possible", "legitimate"):
        # "will defend X by all means": a defence vowed with everything the speaker has
        for p in range(k - 1, max(-1, k - 12), -1):
            if words[p] in ENDS or words[p] in ('"', "“", "”"):
                return None
            if words[p] in DEFENDS and p > 0 and any(words[x] in MODALS for x in range(max(0, p - 3), p)):
                return p, k + 3, "by-all-means"
        return None
    return None


def _skip_modifiers(words, x: int, force, fillers) -> tuple[int, bool]:
    """Skip up to six modifier words from ``x`` (a ``force`` word or a neutral ``fillers`` one);
    return where the head noun should be and whether any modifier was forceful."""
    forceful = False
    stop = min(len(words), x + 6)
    while x < stop:
        if words[x] in force:
            forceful = True
        elif words[x] not in fillers:
            break
        x += 1
    return x, forceful


def _forceful_measures(words, x: int) -> int | None:
    """End of "all necessary measures" / "countermeasures" / "measures necessary" from ``x``
    (None when the measures are not forceful: "take measures to improve hospitals")."""
    n = len(words)
    x, forceful = _skip_modifiers(words, x, MEASURE_FORCE, MEASURE_FILLERS)
    if x >= n or words[x] not in MEASURES:
        return None
    if words[x].startswith("counter") or (x + 1 < n and words[x + 1] in MEASURE_FORCE):
        forceful = True  # "countermeasures", "all measures necessary"
    return x + 1 if forceful else None


def _forceful_response(words, x: int) -> int | None:
    """End of "a swift and decisive response" starting at ``x`` (or None without force)."""
    n = len(words)
    if x < n and words[x] in ("a", "an", "the", '"', "“"):
        x += 1
    if x < n and words[x] in ('"', "“"):
        x += 1
    x, forceful = _skip_modifiers(words, x, FORCEFUL, JOINERS)
    if forceful and x < n and words[x] in RESPONSES:
        return x + 1
    return None


def threat_target(finder, found: list, own, speaker: str, k: int, s0: int, s1: int, kind: str) -> str | None:
    """Whom a threat (or a defiance) at token ``k`` in quote ``own`` is aimed at (see the module)."""
    words = finder.words

    def foe(actor: str | None) -> bool:
        return bool(actor) and not finder.same_side(speaker, actor)

    # 1. "if / unless X ..." in the same sentence
    for x in range(s0, s1):
        if words[x] in ("if", "unless"):
            g = finder.group_after(x + 1, min(s1, x + 6))
            if g is not None and not g.possessive and foe(g.actor):
                return g.actor
    # 2. hypothetical or defensive: no one named
    if kind == "by-all-means" or any(words[x] in HYPOTHETICAL for x in range(max(s0, own[0]), k)):
        return None
    # 3. the speaker's own charge in the same quote
    qid = own[2].id
    charged = [f.target for f in found if f.type in CHARGES and foe(f.target)
               and finder.same_voice(f.holder, speaker)
               and (f.quote == qid or own[0] <= finder.mentions.token_at(f.start) < own[1])]
    if charged:
        return charged[-1]
    # 4. the other side of a two-party dispute
    other = finder.opposing_party(speaker)
    if other is not None:
        return other
    # 5. the one who staged the event the article reacts to
    culprit = event_author(finder) or lead_target(finder, found)
    if culprit and foe(culprit):
        return culprit
    # 6. whoever last acted against the speaker's side (the threat answers it)
    hostile = [f for f in found if f.type in HOSTILE_ACTS and f.target and foe(f.holder)
               and finder.same_side(speaker, f.target)
               and finder.mentions.token_at(f.start) < k]
    if hostile:
        return max(hostile, key=lambda f: f.start).holder
    # 7. the news-maker the article's first sentence opens with, when it is the speaker's foe
    # ("Argentina announced a tariff on Chinese cars ... 'China will take all necessary measures'")
    maker = news_maker(finder)
    if foe(maker):  # a foe is never the speaker: same_side holds of one actor
        return maker
    return None


# Imported last, as a module: the finder imports this one; its names are read at call time.
from . import finder as _finder  # noqa: E402
