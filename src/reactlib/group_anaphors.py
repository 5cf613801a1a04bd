""""The group", "the aid group", "the charity": an organisation or group named before, by its kind.

Reports name a non-governmental body once ("Amnesty International, which monitored the
trials, …") and then refer to it by what it is: "The rights group called the verdicts …",
"the charity warned …". Such a phrase opens with "the", ends with a noun naming a kind of
body, and has only lowercase modifiers between ("aid", "rights", "armed"); it stands for the
organisation or group in focus, never for a country. "The group of farmers" ends on another
noun and is not one of them.
"""

from __future__ import annotations

#: nouns that name a kind of non-governmental body
GROUP_KIND_NOUNS = frozenset({"group", "charity", "militia", "movement", "organisation", "organization",
                              "ngo", "watchdog", "faction", "network"})
#: most words such a phrase may have ("the armed opposition group")
MAX_WORDS = 4


def is_group_by_kind(words: list[str]) -> bool:
    """Do ``words`` (as written) read "the [lowercase modifiers] <kind of body>"?"""
    if not 2 <= len(words) <= MAX_WORDS or words[0].lower() != "the":
        return False
    if words[-1].lower() not in GROUP_KIND_NOUNS:
        return False
    return all(w.islower() and w.isalpha() for w in words[1:-1]) and words[-1][:1].islower()
