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
- "demanded the release of X": when X is the one the perpetrator detained ("… seized the palace
  and detained President X"), the perpetrator holds X and is the one asked
  (:func:`detained_in_the_act`).

Each rule answers only when one actor fits, so a wrong target stays rarer than a missing one.
"""

from __future__ import annotations

from typing import Iterable, Sequence

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


def actor_by_head(actors: Iterable, noun: str) -> str | None:
    """The one non-person actor whose name ends in ``noun`` (a collective head), or None."""
    if noun not in COLLECTIVE_HEADS:
        return None
    found = [a.id for a in actors if a.kind != "person" and a.name.lower().split()[-1:] == [noun]]
    return found[0] if len(found) == 1 else None


def staged_by_stand_in(words: Sequence[str], first_act: int | None, sentence_start: int,
                       stand_ins: frozenset[str]) -> bool:
    """Whether the sentence of the article's first act verb (token ``first_act``) opens with a
    stand-in noun ("Soldiers led by …", "Mutinous troops …") within its first three words."""
    if first_act is None:
        return False
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
