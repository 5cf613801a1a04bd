""""Offered to send antidote supplies", "ready to send its emergency unit": help to the host state.

Why: an offer of relief that names no one helped ("Kazakhstan offered to send medical teams",
"Spain said it was ready to send rescuers") is help to the state the article is about, the
stricken one, as "offered naval assistance" already was. Only offers that name relief or a
body of helpers right after the verb, or the host's own work ("ready to help the investigation"): a bare "stood ready to help" may be an offer to mediate
("urged talks, saying the group stood ready to help"), and "ready to share its views" or
"offered to provide details" help no one.
"""

from __future__ import annotations

#: a body of helpers sent, besides the caller's relief words ("its emergency unit", "a team")
HELPERS = frozenset("team teams unit units experts specialists personnel crews brigade".split())
#: the host state's own work or people, helped ("ready to help the investigation", "to assist the
#: victims' families")
TASKS = frozenset("investigation inquiry probe search victims survivors families".split())
#: how many tokens after the verb may name what is sent
REACH = 6


def helps_unnamed(words, j: int, wend: int, relief_words: frozenset[str]) -> bool:
    """Whether the offer cue ending at token ``j`` ("offered to send", "ready to help") offers
    relief or helpers, or help with the host's own work (:data:`TASKS`), within :data:`REACH` tokens; the caller has found no one named as helped."""
    sent = words[j:min(wend, j + REACH)]
    return not relief_words.isdisjoint(sent) or not HELPERS.isdisjoint(sent) or not TASKS.isdisjoint(sent)
