""""Urged Ugandans to avoid shaking hands", "told French citizens to stay indoors": advice to
one's own people is no stance.

A government that asks its own nationals to take care (stay indoors, leave a country, report
fevers) takes no position toward any actor; reading the demonym as the country would make the
state appeal to itself. A request is dropped when its addressee, right after the cue, is the
holder's own people: a plural demonym of the holder's country ("Ugandans"), that demonym before a
noun of nationals ("French citizens"), or "its / their / our citizens". A bare plural demonym
counts only before a verb of care ("urged Malawians to wash …"): "called on Georgians to return to
the streets" rallies people, a stance.
"""

from __future__ import annotations

#: Nouns of a state's people abroad or at home.
NATIONALS = frozenset("citizens nationals residents travellers travelers expatriates expats tourists "
                      "people".split())
#: Verbs of care a state asks of its own people ("to stay indoors", "to avoid travel").
ADVICE_VERBS = frozenset("stay remain avoid leave wash report keep refrain follow take get be seek "
                         "register evacuate shelter wear limit postpone reconsider".split())
#: Owners that make the nationals the holder's own ("its citizens").
OWN = frozenset("its their our his her".split())
#: Words that may open the addressee ("all Ugandans", "the French citizens").
OPENERS = frozenset("all the any".split())


def addresses_own_nationals(finder, j: int, holders: list[str]) -> bool:
    """Whether the addressee at token ``j`` (after the request cue) is the holders' own people."""
    words, n = finder.words, finder.n
    k = j
    while k < n and (finder.is_space[k] or words[k] in OPENERS):
        k += 1
    if k >= n:
        return False
    if words[k] in OWN:
        return k + 1 < n and words[k + 1] in NATIONALS and words[k + 1] != "people"
    g = finder.mentions.group_at(k)
    if g is None or g.start != k or g.possessive:
        return False
    own = {finder.mentions.countries.get(h) for h in holders} - {None}
    if not own or finder.mentions.countries.get(g.actor) not in own:
        return False
    if g.end < n and words[g.end] in NATIONALS:
        return True
    # "called on Georgians to return to the streets" rallies a movement (a stance); only care
    # asked of the people ("urged Malawians to wash their hands") is advice
    if g.end != k + 1 or not _advice_follows(words, g.end, n):
        return False
    text = finder.view.text[k]
    return text[:1].isupper() and text.endswith("s") and finder.mentions.kinds.get(g.actor) == "country" \
        and all(a.name.lower() != text.lower() for a in finder.article.actors)  # a plural demonym


def _advice_follows(words, k: int, n: int) -> bool:
    """Whether "to" and a verb of care follow token ``k`` ("to stay indoors", "to avoid …")."""
    return k + 1 < n and words[k] == "to" and words[k + 1] in ADVICE_VERBS
