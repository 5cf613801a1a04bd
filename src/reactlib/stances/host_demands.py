""""Demanded consular access", "demanded that those responsible be punished": asks of the host state.

Why: some demands can only be met by the state where the event happened, so a demand that
names no one asked is a demand of that state (the host state, when it is not the holder's
own): access to detained nationals, the punishment or prosecution of those responsible,
justice and accountability for the victims. The older rules read release and investigation
demands so; these are the same kind.
"""

from __future__ import annotations

#: single words of a demand only the host state can meet
HOST_ASKS = frozenset("consular punished punish punishment prosecuted prosecute prosecution accountable "
                      "accountability justice".split())
#: "those responsible", "the perpetrators", "the culprits": the ones to be punished
CULPRIT_WORDS = frozenset("responsible perpetrators culprits".split())


def asks_host(words, a: int, b: int) -> bool:
    """Whether the demand's object in tokens [a, b) asks what only the host state can give:
    "consular access to the crew", "that those responsible be punished", "justice for the
    victims", "that the culprits be brought to justice"."""
    said = [w for w in words[a:b] if w.strip()]
    if not HOST_ASKS.isdisjoint(said):
        return True
    return any(w == "those" and k + 1 < len(said) and said[k + 1] in CULPRIT_WORDS for k, w in enumerate(said))
