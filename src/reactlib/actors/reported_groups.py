"""A group named by a demonym and a noun only as the subject of someone's reported clause is no actor.

Why: "Ugandan farmers protested …" makes the farmers a party to the story, but in "the opposition
leader criticised the ban, arguing that Malian traders also rely on …" or "the minister said that
Ghanaian farmers would suffer most" the group is only what the speaker talks about: it neither
speaks, acts nor is addressed, and the development gold leaves such groups out (as it leaves out
groups named only inside quotation marks, which ``finish`` already drops). So a demonym group
(its key carries a country) whose every mention opens a clause introduced by a verb of saying and
"that" is dropped; one mention anywhere else keeps it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from .build import Cluster

#: A verb of saying and "that" right before the mention ("said that ", "pointing out that the ",
#: "told reporters that many ").
_REPORTED_OPENING = re.compile(
    r"\b(?:say|says|said|saying|add|adds|added|adding|argue|argues|argued|arguing|note|notes|noted|noting|"
    r"point(?:s|ed|ing)? out|warn|warns|warned|warning|insist|insists|insisted|insisting|claim|claims|claimed|"
    r"claiming|stress|stresses|stressed|stressing|explain|explains|explained|explaining|complain|complains|"
    r"complained|complaining|(?:told|tells|tell|telling)\s+(?:[a-z]+\s+){1,3}?)"
    r"\s*that\s+(?:(?:the|many|most|some|all|poor|local)\s+){0,2}$")
#: How far before a mention its opening may start.
_WINDOW = 70


def _opens_reported_clause(text: str, start: int) -> bool:
    """Is the mention at ``start`` the first words of a clause reported by a verb of saying and "that"?"""
    return bool(_REPORTED_OPENING.search(text[max(0, start - _WINDOW):start]))


def drop_groups_only_reported(text: str, clusters: list["Cluster"]) -> None:
    """Make weak each demonym group whose every mention opens someone's reported clause (module doc)."""
    for c in clusters:
        if c.kind != "group" or not c.key.startswith("group:") or "|" not in c.key or c.key.endswith("|None") \
                or not c.mentions:
            continue
        if all(_opens_reported_clause(text, s) for s, _ in c.mentions):
            c.strong = False
