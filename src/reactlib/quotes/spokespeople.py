"""Unnamed spokespeople of an organisation: the organisation speaks.

"Brenlow Energy halted production. Its spokesman said …", "a company spokeswoman told
reporters …", "a spokesman for the agency said …": the person is only the body's voice,
with no name of their own, so the quote is the organisation's (the development golds give
such a quote to the company, with "a company spokeswoman" among its aliases). Spokespeople
of a government, ministry or department are left alone: the project keeps those as their
own anonymous actor with the country (or the country itself), and a spokesperson with a name
("spokesman John Doe") is that person.
"""

from __future__ import annotations

import re

from ..linking import ActorLinker

_SPOKESPERSON = re.compile(
    r"^(?:(?P<det>a|an|the|its|their)\s+)?"
    r"(?:(?P<owner>[\w.&\-]+(?:\s+[\w.&\-]+){0,3}?)(?:'s|\u2019s)?\s+)?"
    r"spokes(?:man|woman|person|people|men|women)"
    r"(?:\s+for\s+(?:the\s+|its\s+|their\s+)?(?P<body>[\w.&\-]+(?:\s+[\w.&\-]+){0,3}?))?$",
    re.IGNORECASE)

#: words that make the spokesperson a state's: those stay with the country or their own actor
_STATE_WORDS = frozenset("government ministry ministries department presidency president presidential "
                         "prime minister minister foreign defence defense interior cabinet state white "
                         "house kremlin palace embassy military army police navy".split())

_POSSESSIVES = frozenset({"its", "their"})


def _is_body(actor) -> bool:
    return actor is not None and actor.kind == "organization"


def unnamed_spokesperson_speaker(linker: ActorLinker, text: str, start: int, end: int) -> str | None:
    """Who an unnamed spokesperson at ``text[start:end]`` speaks for: an organisation
    (:func:`_body_spoken_for`), else a ministry's country (:func:`_state_spoken_for`), else None."""
    m = _SPOKESPERSON.match(text[start:end].strip(" ,"))
    if m is None:
        return None
    det = (m.group("det") or "").lower()
    words = " ".join(filter(None, (m.group("owner"), m.group("body")))).replace("\u2019s", "").replace("'s", "")
    return (_body_spoken_for(linker, text, start, end, det, words)
            or _state_spoken_for(linker, start, end, words))


def _body_spoken_for(linker: ActorLinker, text: str, start: int, end: int, det: str, words: str) -> str | None:
    """The organisation an unnamed spokesperson speaks for; ``det`` and ``words`` (owner and body
    words, possessives dropped) come from the phrase matched by :data:`_SPOKESPERSON`."""
    lowered = words.lower().split()
    if any(w in _STATE_WORDS for w in lowered):
        return None
    for s, e, actor_id in linker.mentions_in(start, end):
        actor = linker.actor(actor_id)
        if _is_body(actor):
            return actor_id   # "a Kestrel spokesperson", "a spokesperson for Pellinor"
        if (actor is not None and actor.kind != "person") or (text[s:e][:1].isupper() and not actor.anonymous
                                                               and "spokes" not in text[s:e].lower()):
            return None   # a country's spokesperson, or one with a name of their own
    if any(w[:1].isupper() for w in words.split()):
        return None   # a name the article's actors do not know
    noun = lowered[-1] if lowered else None
    if noun is not None and noun not in _POSSESSIVES:
        named = linker.named_body(start, noun)   # "the agency" is the Global Health Agency
        if named is not None:
            return named
        if noun not in ("company", "firm", "group", "organisation", "organization", "charity"):
            return None
    elif det not in _POSSESSIVES and noun not in _POSSESSIVES and det not in ("a", "an", "the"):
        return None
    # "its spokesman", "a company spokeswoman", "A spokesperson": the body in focus just before
    focus = linker.antecedent(linker.sentence_bounds(start)[0], lambda a: True)
    return focus if _is_body(linker.actor(focus)) else None


_STATE_BODIES = frozenset({"ministry", "department", "government", "presidency", "cabinet"})


def _state_spoken_for(linker: ActorLinker, start: int, end: int, words: str) -> str | None:
    """The country an unnamed ministry's spokesperson speaks for, when no actor is named in the phrase.

    "Chile's foreign ministry summoned … The ministry's spokesperson added …": the project already
    gives "a spokeswoman for the ministry" to the ministry's country; the possessive form is the
    same speaker. A phrase with an actor of its own ("a ministry spokesman" kept as an anonymous
    actor with its country) or a name is left to the other rules.
    """
    if linker.mentions_in(start, end):
        return None
    lowered = words.lower().split()
    if not lowered or lowered[-1] not in _STATE_BODIES or any(w[:1].isupper() for w in words.split()):
        return None
    return linker.antecedent(linker.sentence_bounds(start)[0], lambda a: a.kind == "country")
