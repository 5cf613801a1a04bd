"""A person whose title follows a national body's name takes the body's country.

Why: reports name an official by the body they head or speak for, with no country word of their own
("The Chilean Supreme Court's chief justice, Ricardo Blanco, said …", "Colorado Party chairman
Horacio Cartes", "the central bank's governor, Martin Galstyan"). The body was placed (by its
demonym, a country's possessive or the country in context) but the person was not, or was left to
guess from the story's focus. The shape is narrow: the body's mention ends, then an optional
possessive, then exactly the person's recorded role, then an optional comma, then the name. Only a
person with no organisation and not in the office table is placed; a country he already has was a
guess from the story's focus or a country word nearby, and the body he heads is better evidence. Only
a body that has a country places anyone: a body of no country ("the World Chess Federation's
president") places nobody.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from .build import Cluster

#: Longest stretch between the body's name and the person's name (possessive, role, comma).
_GAP = 60
_POSSESSIVE = re.compile(r"^(?:'s|\u2019s)?\s{1,3}")
_COMMA = re.compile(r"^\s{0,2},?\s{1,3}$")


def assign_body_heads(text: str, clusters: list["Cluster"]) -> None:
    """Give an unplaced person with a role the country of the body named right before that role."""
    people = [c for c in clusters if c.kind == "person" and not c.extra.get("office_known")
              and c.organization is None
              and c.role and c.mentions and not c.anonymous]
    if not people:
        return
    bodies = {e: c for c in clusters if c.kind == "organization" and c.country for _, e in c.mentions}
    if not bodies:
        return
    for c in people:
        role = c.role.lower()
        for s, _ in sorted(c.mentions):
            lead = text[max(0, s - _GAP):s]
            at = lead.lower().rfind(role)
            if at < 0 or not _COMMA.match(lead[at + len(role):]):
                continue
            # the role's start in the text; the body's name must end just before it
            role_start = s - len(lead) + at
            gap_start = role_start
            while gap_start > 0 and role_start - gap_start < 6 and text[gap_start - 1] in " \u2019's":
                gap_start -= 1
            body = None
            for end in range(gap_start, role_start + 1):
                if end in bodies and _POSSESSIVE.fullmatch(text[end:role_start]) is not None:
                    body = bodies[end]
                    break
            if body is not None:
                c.country = body.country
                break
