"""Finding one actor of an invented text, shared by the actor test files.

A test names a person by the end of their name ("Varn" for "Ilse Varn") so that it pins the
person the sentence is about without restating how much of a title the name keeps.
"""

from __future__ import annotations

from reactlib import parse
from reactlib.types import Actor


def person_ending(text: str, name: str) -> Actor | None:
    """The first person actor of ``text`` whose name ends with ``name``, or None."""
    for actor in parse(text).actors:
        if actor.kind == "person" and actor.name.endswith(name):
            return actor
    return None
