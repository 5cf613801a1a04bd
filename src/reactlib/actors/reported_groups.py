"""A group named by a demonym and a noun only as the subject of someone's reported clause is no actor.

Why: "Ugandan farmers protested …" makes the farmers a party to the story, but in "the opposition
leader criticised the ban, arguing that Malian traders also rely on …" or "the minister said that
Ghanaian farmers would suffer most" the group is only what the speaker talks about: it neither
speaks, acts nor is addressed, and the development gold leaves such groups out (as it leaves out
groups named only inside quotation marks, which ``finish`` already drops). So a demonym group
(its key carries a country) whose every mention opens a clause introduced by a verb of saying and
"that" is dropped; one mention anywhere else keeps it. The same holds for a group that only
vouches for a hedge on a thing: "poisoned with what Ecuadorian doctors believe is a nerve agent",
"what Nigerian experts suspect was stolen oil" ("what" + the group + a verb of belief + "is/was").
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
#: "what " right before the mention and a verb of belief with "is"/"was" right after it: a hedge.
_HEDGE_BEFORE = re.compile(r"\bwhat\s+(?:the\s+)?$", re.I)
_HEDGE_AFTER = re.compile(r"^\s+(?:believe|believes|believed|suspect|suspects|suspected|think|thinks|thought|"
                          r"consider|considers|considered|say|says|said|fear|fears|feared)\s+(?:is|was|are|were|to be)\b")
#: How far before a mention its opening may start.
_WINDOW = 70


def _opens_reported_clause(text: str, start: int) -> bool:
    """Is the mention at ``start`` the first words of a clause reported by a verb of saying and "that"?"""
    return bool(_REPORTED_OPENING.search(text[max(0, start - _WINDOW):start]))


def _vouches_for_hedge(text: str, start: int, end: int) -> bool:
    """Is the mention [start, end) the source in "what <group> believe is …"?"""
    return bool(_HEDGE_BEFORE.search(text[max(0, start - 10):start]) and _HEDGE_AFTER.match(text[end:end + 30]))


def drop_groups_only_reported(text: str, clusters: list["Cluster"]) -> None:
    """Make weak each demonym group whose every mention opens someone's reported clause or vouches for a hedge."""
    for c in clusters:
        if c.kind != "group" or not c.key.startswith("group:") or "|" not in c.key or c.key.endswith("|None") \
                or not c.mentions:
            continue
        if all(_opens_reported_clause(text, s) or _vouches_for_hedge(text, s, e) for s, e in c.mentions):
            c.strong = False
