"""More ways to find who staged the event, beyond :mod:`.culprits` and :mod:`.lead_charge`.

Reaction reports name the perpetrator once, then point at it with a bare head noun or leave
it implied:

- "the coalition", "the alliance", "the movement": the one actor of the article whose name ends
  in that noun ("Saudi-led coalition"), when the actor stage did not link the short form
  (:func:`actor_by_head`);
- "condemned any attempt to seize power by force": a coup, told by a verb phrase instead of an
  event noun (:func:`seizes_power`);
- "Soldiers led by Colonel X seized the palace": the lead's act is staged by a stand-in noun; the
  one organization whose name says it stages coups ("the junta") is then the perpetrator, as a
  group actor would be (:func:`staged_by_stand_in`);
- "Israel's air strike on …", "the coalition's raid": the owner of the event told by a noun in the
  lead (:func:`possessive_event`), or the subject of a relative clause after it ("the strike, which
  the coalition carried out");
- "demanded the release of X": when X is the one the perpetrator detained ("… seized the palace
  and detained President X"), the perpetrator holds X and is the one asked
  (:func:`detained_in_the_act`).

Each rule answers only when one actor fits, so a wrong target stays rarer than a missing one.
"""

from __future__ import annotations

from typing import Iterable, Sequence

from .lead_charge import EVENT_WORDS, lead_end

#: Head nouns of collective actors that reports shorten the name to ("the coalition").
COLLECTIVE_HEADS = frozenset("coalition alliance front movement junta militia council brigade brigades "
                             "putschists mutineers".split())
#: Verbs of seizing power ("any attempt to seize power", "took power by force").
SEIZE_VERBS = frozenset("seize seized seizing seizes grab grabbed grabbing take took taking taken "
                        "usurp usurped usurping".split())
#: Verbs by which a perpetrator holds someone ("detained President X", "abducted two nurses").
HOLD_VERBS = frozenset("detained detaining arrested arresting abducted abducting kidnapped kidnapping "
                       "captured capturing seized seizing holding held".split())
#: Words allowed between such a verb and the person held ("detained President X").
HOLD_FILLERS = frozenset("the president prime minister former ousted deposed elected two three several".split())


#: Nouns of an event some actor staged, after its owner ("Israel's air strike", "Russia's invasion").
EVENT_HEADS = EVENT_WORDS | frozenset("coup putsch takeover invasion offensive seizure launch annexation "
                                      "blockade bombardment".split())
#: How many describing words may stand between the owner and the event noun ("'s latest missile test").
EVENT_MODIFIERS = 3
#: Words that end the search for the event noun after an owner.
NOT_MODIFIERS = frozenset("and or of to on in for with by from at as that which who the a an".split())


def possessive_event(finder) -> str | None:
    """The non-person owner of an event noun in the lead ("Israel's air strike on …", "the
    coalition's raid"), over a :class:`~reactlib.stances.finder.StanceFinder`; a person ("Colonel
    X's coup") is left out: the report usually blames the group the person leads."""
    words = finder.words
    stop = min(lead_end(finder.view.sents), finder.n)
    owners: list[tuple[int, str]] = [(g.end, g.actor) for g in finder.mentions.groups_between(0, stop)
                                     if g.possessive and g.kind != "person"]
    for k in range(1, stop - 1):
        if words[k - 1] == "the" and words[k + 1] in ("'s", "’s") and finder.mentions.group_at(k) is None:
            named = actor_by_head(finder.article.actors, words[k])
            if named is not None:
                owners.append((k + 1, named))
    for end, actor in sorted(owners):
        k = end
        while k < finder.n and words[k] in ("'s", "’s", "'", "’"):
            k += 1
        for _ in range(EVENT_MODIFIERS + 1):
            if k >= finder.n or not words[k].replace("-", "").isalpha() or words[k] in NOT_MODIFIERS:
                break
            if words[k] in EVENT_HEADS:
                return actor
            if words[k].endswith("est") or words[k] in ("worst", "first", "second", "third"):
                break  # "Pakistan's deadliest bombing in a decade": the place where it happened
            k += 1
    return None


#: Verbs of staging an event in a relative clause after it ("the raid, which X carried out").
STAGING_VERBS = frozenset("carried conducted launched staged mounted ordered fired claimed".split())


def relative_event(finder) -> str | None:
    """The non-person subject of "<event noun>, which/that X carried out / launched …" in the lead."""
    words = finder.words
    stop = min(lead_end(finder.view.sents), finder.n)
    for k in range(stop - 3):
        if words[k] not in EVENT_HEADS:
            continue
        p = k + 1 + (words[k + 1] == ",")
        if p >= stop or words[p] not in ("which", "that"):
            continue
        start = p + 2 if words[p + 1] == "the" else p + 1
        m = finder.mentions.group_starting(start) if start < finder.n else None
        g = (m.end, m.kind, m.actor) if m is not None and not m.possessive else _head_group(finder, start)
        if g is None or g[1] == "person":
            continue
        q = g[0]
        while q < finder.n and words[q] in ("had", "has", "have", "reportedly", "allegedly"):
            q += 1
        if q < finder.n and words[q] in STAGING_VERBS:
            return g[2]
    return None


def _head_group(finder, k: int):
    """(end, kind, actor) of a bare collective head at ``k`` naming one actor, else None."""
    named = actor_by_head(finder.article.actors, finder.words[k]) if k < finder.n else None
    return (k + 1, "group", named) if named is not None else None


def actor_by_head(actors: Iterable, noun: str) -> str | None:
    """The one non-person actor whose name ends in ``noun`` (a collective head), or None."""
    if noun not in COLLECTIVE_HEADS:
        return None
    found = [a.id for a in actors if a.kind != "person" and a.name.lower().split()[-1:] == [noun]]
    return found[0] if len(found) == 1 else None


def staged_by_stand_in(words: Sequence[str], first_act: int | None, sentence_start: int,
                       stand_ins: frozenset[str]) -> bool:
    """Whether the article's first act verb (token ``first_act``) is staged by a stand-in noun:
    its sentence opens with one ("Soldiers led by …", "Mutinous troops …", within the first three
    words), or it is passive with one as the agent ("was seized by soldiers loyal to …")."""
    if first_act is None:
        return False
    agent = words[first_act + 1:first_act + 4]
    if agent[:1] == ["by"] and not stand_ins.isdisjoint(agent[1:]):
        return True
    return not stand_ins.isdisjoint(words[sentence_start:min(first_act, sentence_start + 3)])


def seizes_power(words: Sequence[str]) -> bool:
    """Whether the words tell a seizure of power ("attempt to seize power", "took power")."""
    return any(w == "power" and k > 0 and words[k - 1] in SEIZE_VERBS for k, w in enumerate(words))


def detained_in_the_act(words: Sequence[str], starts: Iterable[int]) -> bool:
    """Whether a mention starting at one of ``starts`` is the object of a holding verb
    ("detained President X": the verb, then at most three title words, then the mention)."""
    for s in starts:
        k = s - 1
        while k >= 0 and s - k <= 4 and words[k] in HOLD_FILLERS:
            k -= 1
        if k >= 0 and words[k] in HOLD_VERBS:
            return True
    return False
