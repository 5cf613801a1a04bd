"""Reading an invented text's stances in a compact form, shared by the stance test files.

Each stance becomes ``(holder name, class letter, target name or None)``; the letters group
the contract's stance types by their PLOVER class, so a test states what a sentence means
without restating the exact word the finder chose ("condemn" or "criticize" are both "A").
"""

from __future__ import annotations

import reactlib

#: The article date line put before each invented text.
D = "date 2025-03-02\n\n"
#: Stance type -> one letter per PLOVER class (S support, A accuse, R request, J reject,
#: T threaten, C consult, M mediate, N concern).
CLASS = {"support": "S", "praise": "S", "welcome": "S", "accuse": "A", "criticize": "A", "condemn": "A",
         "appeal": "R", "demand": "R", "reject": "J", "threaten": "T", "consult": "C", "mediate": "M",
         "concern": "N"}


def read_types(text: str, date_line: str = D) -> set[tuple[str, str, str | None]]:
    """The stances of ``text`` (after ``date_line``) as (holder, stance type, target) names: for
    the tests that pin the exact type the finder chose."""
    art = reactlib.parse(date_line + text)
    name = {a.id: a.name for a in art.actors}
    return {(name[s.holder], s.type, name.get(s.target)) for s in art.stances}


def read(text: str, date_line: str = D) -> set[tuple[str, str, str | None]]:
    """The stances of ``text`` (after ``date_line``) as (holder, class letter, target) names."""
    return {(holder, CLASS[kind], target) for holder, kind, target in read_types(text, date_line)}
