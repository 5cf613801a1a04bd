"""Who did it, and who said it: the actors a stance points at without naming them.

Reaction reports often leave the target of a stance to the reader:

- "condemned the coup", "called the launch an outrageous act", "urged the soldiers to
  exercise restraint": the target is whoever staged the event, named elsewhere in the
  article (:func:`perpetrator`);
- "rejected the ultimatum", "a charge Kabul rejects", "dismissed the offer": the target
  is whoever made the ultimatum, the charge or the offer, usually just before
  (:class:`Makers`).

Both rules only answer when the article leaves no doubt (one staging group; a maker
found within a short distance), so that a wrong guess is rarer than a missing target.
"""

from __future__ import annotations

import bisect
from typing import Callable, Sequence

from .act_authors import NON_ACT_OBJECTS, OBJECT_REACH
from .lexicon import CHARGE_NOUNS

#: Words in the name of an actor that stages such events.
PERPETRATOR_WORDS = frozenset("junta putschists mutineers soldiers military coup rebels rebel attackers "
                              "gunmen militants insurgents plotters army gang gangs cartel".split())
#: Nouns that stand in for the group that staged the event ("the soldiers must return").
STAND_INS = frozenset("junta putschists mutineers soldiers rebels attackers gunmen militants insurgents "
                      "plotters perpetrators mutinous".split())
#: Verbs by which an actor stages an event others react to ("North Korea fired a missile").
ACT_VERBS = frozenset("fired launched test-fired attacked invaded seized shelled bombed stormed struck "
                      "staged detonated annexed occupied raided boarded detained abducted kidnapped "
                      "captured assassinated downed rammed".split())
#: Verbs of movement that are an act only across a border ("Eritrean troops crossed the border
#: into Ethiopia", "Serbian police entered northern Kosovo"); "the talks entered a second day" is none.
INCURSION_VERBS = frozenset("crossed entered pushed advanced moved marched rolled".split())
#: Words that make a movement an incursion, within a few tokens after the verb.
INCURSION_MARKS = frozenset("into border frontier territory airspace waters northern southern eastern western "
                            "disputed".split())
INCURSION_REACH = 4
#: Nouns of the means or forces by which a state acts, heading a subject named by its nationality
#: ("A *Russian missile* struck the port", "*Chinese vessels* rammed the boat"): the state is the agent.
AGENT_HEADS = frozenset("""
missile missiles rocket rockets drone drones jet jets warplane warplanes aircraft plane planes helicopter
helicopters troops forces soldiers army navy police guards coastguard coast vessel vessels ship ships boat
boats warship warships frigate frigates destroyer artillery tanks tank militia militias units unit strike
strikes airstrike airstrikes gunboat gunboats submarine fighters fighter
""".split())
#: Words before a participle that make it passive ("was seized", "have been detained"), except
#: :data:`PERFECT_AUX`: right before the participle ("the coalition had struck", "had reportedly
#: seized") they make a perfect, which is active.
PASSIVE_AUX = frozenset("is was are were be been being has have had get got".split())
PERFECT_AUX = frozenset("has have had".split())

#: What is rejected, and which stances make it: the author of the last such stance is the target.
REJECTED_THINGS: dict[str, frozenset[str]] = {
    "accusation": CHARGE_NOUNS | frozenset("criticism accusing involvement wrongdoing responsibility everything "
                                           "blame".split()),
    "ultimatum": frozenset("ultimatum ultimatums deadline deadlines threat threats warning warnings".split()),
    "demand": frozenset("demand demands call calls appeal appeals request requests pressure lectures "
                        "dictates".split()),
    "offer": frozenset("offer offers proposal proposals initiative mediation plan".split()),
}
#: Stance types whose author made each kind of rejected thing.
MADE_BY: dict[str, frozenset[str]] = {
    "accusation": frozenset({"accuse", "criticize", "condemn"}),
    "ultimatum": frozenset({"threaten"}),
    "demand": frozenset({"demand", "appeal"}),
    "offer": frozenset({"mediate"}),
}
#: How far back (tokens) the maker of a rejected thing may be: charges are answered at once,
#: an ultimatum or an offer may be the news of the whole article.
MAKER_WINDOW = {"accusation": 160, "ultimatum": 2000, "demand": 400, "offer": 2000}
#: A charge aimed at the rejecter may be the news of the whole article ("Egypt has accused
#: Ethiopia of ..." in the lead, "Ethiopia dismissed the accusations" paragraphs later).
AIMED_WINDOW = 2000


def perpetrator_by_name(actors, kinds: tuple[str, ...] = ("group",), text: str | None = None) -> str | None:
    """The one actor of ``kinds`` whose name says it stages coups or attacks, if there is exactly one.

    With ``text`` (the article), the actor's mentions count too: "the junta" linked to the
    "National Council for Salvation" says what the council is."""
    def says(a) -> bool:
        names = [a.name] + ([text[s:e] for s, e in a.mentions] if text is not None else [])
        return any(not PERPETRATOR_WORDS.isdisjoint(n.lower().split()) for n in names)
    found = [a.id for a in actors if a.kind in kinds and says(a)]
    return found[0] if len(found) == 1 else None


def perpetrator_by_act(words: Sequence[str], subject_at: Callable[[int], str | None],
                       agent_at: Callable[[int], str | None] | None = None) -> str | None:
    """The subject of the first act verb of the article ("North Korea fired ...").

    ``subject_at(i)`` gives the actor standing as subject right before token ``i``;
    ``agent_at(i)`` the actor after "by" following token ``i``. Only the first act verb
    in the active voice counts (the lead sentence tells what happened); a passive one
    before it gives its agent ("missionaries kidnapped by X") or, with none, says nothing
    of who did it and is passed over ("the tanker was seized on Tuesday")."""
    for k, w in enumerate(words):
        if not _act_verb(words, k):
            continue
        by = k + 1 < len(words) and words[k + 1] == "by"
        if not (by or _passive(words, k)):
            # "North Korea test-fired ...": the tokenizer splits "test - fired"; the subject
            # stands before the whole hyphenated verb
            if k > 1 and words[k - 1] == "-":
                return subject_at(k - 2)
            return subject_at(k)
        agent = agent_at(k) if by and agent_at is not None else None
        if agent is not None:
            return agent
    return None


def _incursion(words: Sequence[str], k: int) -> bool:
    """Whether token ``k`` is a movement verb that crosses into someone's land ("crossed into",
    "entered northern Kosovo", "pushed across the border")."""
    return words[k] in INCURSION_VERBS and not INCURSION_MARKS.isdisjoint(words[k + 1:k + 1 + INCURSION_REACH])


def _passive(words: Sequence[str], k: int) -> bool:
    """Whether the participle at ``k`` is passive ("was seized", "were reportedly detained")."""
    return k > 0 and ((words[k - 1] in PASSIVE_AUX and words[k - 1] not in PERFECT_AUX)
                      or (k > 1 and words[k - 2] in PASSIVE_AUX and words[k - 2] not in PERFECT_AUX
                          and words[k - 1].endswith("ly")))


def first_act(words: Sequence[str]) -> int | None:
    """The token of the article's first act verb that tells who did it: in the active voice, or
    passive with an agent ("was seized by soldiers"); None if there is none."""
    return next((k for k in range(len(words)) if _act_verb(words, k)
                 and ((k + 1 < len(words) and words[k + 1] == "by") or not _passive(words, k))), None)


def _act_verb(words: Sequence[str], k: int) -> bool:
    """Whether token ``k`` is a verb of a staged act: an act verb, or a movement across a border,
    whose object does not make it something else ("Chile struck a deal with Peru")."""
    w = words[k]
    if w not in ACT_VERBS and (w not in INCURSION_VERBS or not _incursion(words, k)):
        return False
    return NON_ACT_OBJECTS.isdisjoint(words[k + 1:k + 1 + OBJECT_REACH])


class Makers:
    """The authors of accusations, demands and offers, as the article goes along."""

    def __init__(self) -> None:
        self._last: dict[str, list[tuple[str, str | None, int, str]]] = {k: [] for k in MADE_BY}

    def record(self, type_: str, holder: str, target: str | None, at: int) -> None:
        """Note a stance made at token ``at``; kept in text order, whatever order they come in
        (charges in quotes are read before the narrative pass)."""
        for kind, types in MADE_BY.items():
            if type_ in types:
                made = self._last[kind]
                made.insert(bisect.bisect_right([m[2] for m in made], at), (holder, target, at, type_))
                del made[:-8]  # only the recent ones matter: bounded memory

    def maker(self, words: set[str], rejecter: Sequence[str], at: int,
              same: Callable[[str, str], bool],
              speaks_for: Callable[[str, str], bool] | None = None) -> str | None:
        """Who made the thing named by ``words`` that ``rejecter`` rejects at token ``at``.

        An accusation aimed at the rejecter is preferred; otherwise the latest maker
        who is not the rejecter. ``speaks_for(person, state)``: an official repeating their
        state's charge leaves the charge the state's."""
        for kind, nouns in REJECTED_THINGS.items():
            if nouns.isdisjoint(words):
                continue
            # a rejection answers a charge made before it, never one reported later
            # a charge aimed at the rejecter by name is someone else's even when the two count as
            # one voice ("Myanmar accused the Arakan Army ...": a rebel group of the same country)
            others = [m for m in self._last[kind] if m[2] < at
                      and (not any(same(m[0], r) for r in rejecter) or (m[1] in rejecter and m[0] not in rejecter))
                      and (kind != "accusation" or m[1] is not None)]  # a charge is against someone
            recent = [m for m in others if at - m[2] < MAKER_WINDOW[kind]]
            aimed = [m for m in others if at - m[2] < max(AIMED_WINDOW, MAKER_WINDOW[kind])
                     and m[1] is not None and any(same(m[1], r) for r in rejecter)]
            pool = aimed or recent
            pick = pool[-1:] if pool else []
            if pick and speaks_for is not None:
                # "Eritrea accused Ethiopia of …", then its minister's words: "Ethiopia rejected the
                # charge" answers the state's explicit accusation the official repeated (a summons
                # or a protest by the state is no charge: the official's words are then the one)
                state = [m for m in pool[:-1] if m[3] == "accuse" and speaks_for(pick[0][0], m[0])]
                pick = state[-1:] or pick
            if pick:
                return pick[0][0]
        return None
