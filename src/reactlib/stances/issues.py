"""What is asked for or worried about: a small controlled vocabulary of issues.

A request ("called for an immediate halt to the fighting") or a concern ("alarm at
reports of civilian casualties") names its issue in free words. Researchers count
them, so :func:`normalise_issue` maps the phrase onto a fixed label when one fits
and otherwise returns None (the caller keeps the raw phrase in ``issue_text``).

Rules are word-set tests over the lower-cased tokens of the phrase, checked in a
fixed order (the first that fits wins); no regular expression is involved, so the
cost is linear in the phrase.
"""

from __future__ import annotations

import re
from typing import Callable, Sequence

#: The labels, in the order they are tried.
ISSUES: tuple[str, ...] = (
    "end aggression", "release of detainees", "humanitarian access", "ceasefire", "withdrawal",
    "de-escalation", "restraint", "negotiations", "investigation", "respect for international law",
    "return to constitutional order", "elections", "protection of civilians", "sanctions",
    "civilian casualties", "escalation",
)

_STOP = {"halt", "stop", "end", "cease", "cessation", "suspend", "suspension", "ending", "halting",
         "stopping", "ceasing", "stopped", "ended", "halted", "ceased", "immediate", "quit", "put"}
_FIGHTING = {"fighting", "hostilities", "fire", "firing", "violence", "clashes", "attacks", "shelling",
             "bombing", "bombardment", "bombardments", "combat", "bloodshed", "offensive", "strikes",
             "airstrikes", "war", "warfare", "action", "operations", "killing", "killings", "fight",
             "provocation", "provocations", "incursions", "raids"}
_CEASEFIRE = {"ceasefire", "cease-fire", "truce", "armistice", "ceasefires"}
_TALKS = {"talks", "negotiations", "negotiation", "dialogue", "diplomacy", "negotiated",
          "negotiate", "negotiating", "settlement", "mediation", "diplomatic"}
_RESTRAINT = {"restraint", "calm", "maximum", "refrain", "refraining"}
_DEESC = {"de-escalation", "de-escalate", "deescalation", "deescalate", "de-escalating"}
_TENSION = {"tension", "tensions"}
_EASE = {"ease", "reduce", "lower", "defuse", "easing", "reducing", "lowering", "defusing"}
_WITHDRAW = {"withdraw", "withdrawal", "pullout", "pull-out", "retreat", "withdrawing"}
_RELEASE = {"release", "free", "freeing", "releasing", "freed"}
_DETAINED = {"detainees", "prisoners", "hostages", "captives", "detained", "arrested", "jailed",
             "abducted", "kidnapped", "political", "activists", "journalists", "leaders", "officials",
             "leader", "president", "prisoner", "hostage", "detainee"}
_NOT_DETAINEES = {"funds", "aid", "statement", "report", "data", "film", "album", "money", "assets",
                  "water", "gas", "emissions", "date", "version"}
_HUMANITARIAN = {"humanitarian"}
_ACCESS = {"access", "corridor", "corridors", "aid", "assistance", "relief", "supplies", "workers"}
_INVESTIGATE = {"investigation", "investigate", "inquiry", "probe", "investigations", "inquiries"}
_CONSTITUTIONAL = {"constitutional", "civilian", "democratic", "democracy"}
_ORDER = {"order", "rule", "government", "democracy", "institutions"}
_ELECTIONS = {"election", "elections", "vote", "polls"}
_CASUALTY = {"casualties", "deaths", "dead", "killed", "loss", "victims", "wounded", "injured"}
_ESCALATION = {"escalation", "escalate", "escalating", "spiral", "spread", "spillover", "widening"}

_WORD = re.compile(r"[\w'-]+")


def issue_words(phrase: str) -> list[str]:
    """Lower-cased words of a phrase (a single linear regex scan)."""
    return [w.lower().strip("'") for w in _WORD.findall(phrase)]


def _has(ws: set[str], vocab: set[str]) -> bool:
    return not ws.isdisjoint(vocab)


def _rules() -> Sequence[tuple[str, Callable[[set[str], list[str]], bool]]]:
    return (
        ("end aggression", lambda s, l: "aggression" in s and not _has(s, _CEASEFIRE)),
        ("release of detainees", lambda s, l: (_has(s, _RELEASE) and _has(s, _DETAINED))
         or ("release" in s and s.isdisjoint(_NOT_DETAINEES))),
        ("humanitarian access", lambda s, l: _has(s, _HUMANITARIAN) and _has(s, _ACCESS)),
        ("ceasefire", lambda s, l: _has(s, _CEASEFIRE) or (_has(s, _STOP) and _has(s, _FIGHTING))
         or ("stop" in s and "fire" in s) or "cease" in s),
        ("withdrawal", lambda s, l: _has(s, _WITHDRAW) or (_has(s, {"pull", "pulls", "pulling", "pulled"})
                                                   and _has(s, {"out", "back"}))),
        ("de-escalation", lambda s, l: _has(s, _DEESC) or (_has(s, _EASE) and _has(s, _TENSION))
         or (_has(s, _STOP) and _has(s, _ESCALATION))
         or ("avoid" in s and _has(s, _ESCALATION)) or ("prevent" in s and _has(s, _ESCALATION))),
        ("restraint", lambda s, l: _has(s, _RESTRAINT)),
        ("negotiations", lambda s, l: _has(s, _TALKS) or ("political" in s and "solution" in s)
         or ("peaceful" in s and ("solution" in s or "resolution" in s))
         or ("peace" in s and _has(s, {"process", "plan", "deal", "agreement", "initiative"}))),
        ("investigation", lambda s, l: _has(s, _INVESTIGATE)),
        ("respect for international law", lambda s, l: "international" in s and "law" in s),
        ("return to constitutional order", lambda s, l: _has(s, _CONSTITUTIONAL) and _has(s, _ORDER)),
        ("elections", lambda s, l: _has(s, _ELECTIONS)),
        ("protection of civilians", lambda s, l: _has(s, {"protect", "protected", "protection", "protecting",
                                                           "safety", "safeguard", "safeguarded"})),
        ("sanctions", lambda s, l: _has(s, {"sanction", "sanctions", "embargo", "embargoes"})),
    )


_REQUEST_RULES = _rules()
_CONCERN_RULES = (
    ("civilian casualties", lambda s, l: _has(s, _CASUALTY)),
    ("escalation", lambda s, l: _has(s, _ESCALATION)),
)


def normalise_issue(phrase: str | None, *, concern: bool = False,
                    only: tuple[str, ...] | None = None) -> str | None:
    """The controlled-vocabulary label of an issue phrase, or None when none fits.

    >>> normalise_issue("an immediate halt to the fighting")
    'ceasefire'
    >>> normalise_issue("a return to talks")
    'negotiations'
    >>> normalise_issue("reports of civilian casualties", concern=True)
    'civilian casualties'
    """
    if not phrase:
        return None
    words = issue_words(phrase)
    ws = set(words)
    rules = (*_CONCERN_RULES, *_REQUEST_RULES) if concern else _REQUEST_RULES
    if concern:  # a worry about someone's safety is not a call to protect civilians
        rules = tuple(r for r in rules if r[0] not in ("protection of civilians", "sanctions"))
    if only is not None:
        rules = tuple(r for r in rules if r[0] in only)
    for label, test in rules:
        if test(ws, words):
            return label
    return None


#: Words trimmed from the edges of a raw issue phrase.
_EDGE_WORDS = {"the", "a", "an", "reports", "report", "of", "about", "over", "at", "by", "regarding",
               "that", "with", "for", "to", "on", "news", "and", "in"}
_EDGE_MARKS = " \t\n\"'“”‘’«».,;:!?()"


def tidy_issue_text(phrase: str) -> str:
    """The raw issue phrase without quote marks, edge punctuation and leading function words."""
    words = phrase.strip(_EDGE_MARKS).split()
    while words and words[0].strip(_EDGE_MARKS).lower() in _EDGE_WORDS:
        words.pop(0)
    while words and words[-1].strip(_EDGE_MARKS).lower() in _EDGE_WORDS:
        words.pop()
    return " ".join(w.strip("\"“”«»") for w in words).strip(_EDGE_MARKS)
