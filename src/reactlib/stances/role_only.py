"""People the article knows only by their office: "the American special envoy", "a spokesperson".

The actor stage keeps such a person as an actor named by the role, perhaps with a nationality or
an owner before it, so that quotes have a speaker. Their words are the office's, not a person's
own: the stance rules treat them as a stand-in for the state or the counterpart they serve.
"""

from __future__ import annotations


def known_only_by_role(actor) -> bool:
    """Whether ``actor`` is a person whose name is their role, with at most one word before it
    ("Ugandan foreign minister", "American special envoy", "spokesperson")."""
    if actor is None or actor.kind != "person" or not actor.role:
        return False
    name, role = actor.name.lower().split(), actor.role.lower().split()
    return name[-len(role):] == role and len(name) - len(role) <= 1
