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

Three more shapes say the same: "The Speaker of the Ugandan Parliament, Anita Among," (a title of the
body before the name in commas), "Nomvula Dlamini, spokeswoman of the South African Reserve Bank,"
(a post of the body after the name) and "Chancellor Olaf Weber, whose Austrian People's Party leads"
(the person's own body after "whose"). A body named in full before may be shortened to its last
word ("the force's commander, Brigadier General Godfrey Otunge" after "the Kenyan-led force"); a
rank may stand between the role and the name.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from .build import Cluster

#: Longest stretch between the body's name and the person's name (possessive, role, comma).
_GAP = 60
_POSSESSIVE = re.compile(r"^(?:'s|\u2019s)?\s{1,3}")
#: Between a role and the name: a comma and a rank ("spokesman, Brigadier General Turki al-Maliki").
_RANK = re.compile(r"^\s{0,2},?\s{1,3}(?:[A-Z][a-z]{1,15}\.?\s{1,3}){0,3}$")
#: "the force's ": the generic last word of a body named in full before, then its possessive.
_SHORT_OWNER = re.compile(r"\b[Tt]he\s{1,3}([a-z]{3,20})(?:'s|\u2019s)\s{1,3}$")
#: Posts that say whose a person is when written "<post> of the <body>".
_POSTS = r"(?:speaker|president|chairman|chairwoman|chairperson|chair|head|chief|governor|director|leader|" \
         r"spokesman|spokeswoman|spokesperson|secretary[- ]general|commander|deputy|vice[- ]president)"
#: "The Speaker of the Ugandan Parliament, " before a name: the body's mention ends at the comma.
_POST_OF_BEFORE = re.compile(r"\b(?:the|The)\s{1,3}(?:[a-z-]{1,20}\s{1,3})?" + _POSTS + r"\s{1,3}of\s{1,3}(?:the\s{1,3})?$",
                             re.I)
#: ", spokeswoman of the South African Reserve Bank" after a name: the body's mention starts at the end.
_POST_OF_AFTER = re.compile(r",\s{1,3}(?:(?:the|a|an)\s{1,3})?(?:[a-z-]{1,20}\s{1,3})?" + _POSTS
                            + r"\s{1,3}(?:of|at)\s{1,3}(?:the\s{1,3})?", re.I)

#: ", whose Austrian People's Party leads": the body after "whose" is the person's own.
_WHOSE = re.compile(r",\s{1,3}whose\s{1,3}(?:[a-z-]{1,20}\s{1,3})?")


def assign_body_heads(text: str, clusters: list["Cluster"]) -> None:
    """Give an unplaced person with a role the country of the body named right before that role."""
    people = [c for c in clusters if c.kind == "person" and not c.extra.get("office_known")
              and c.organization is None
              and c.mentions and not c.anonymous]
    if not people:
        return
    bodies = {e: c for c in clusters if c.kind == "organization" and c.country for _, e in c.mentions}
    if not bodies:
        return
    starts = {s: c for c in clusters if c.kind == "organization" and c.country for s, _ in c.mentions}
    short_names: dict[str, list["Cluster"]] = {}
    for c in clusters:
        if c.kind == "organization" and c.country and " " in c.name:
            short_names.setdefault(c.name.split()[-1].lower(), []).append(c)
    for c in people:
        body = _post_of_body(text, c, bodies, starts)
        if body is not None:
            c.country = body.country
            continue
        if not c.role:
            continue
        role = c.role.lower()
        for s, _ in sorted(c.mentions):
            if not text[s:s + 1].isupper():
                continue  # "he", "the minister": not the name the title stands before
            lead = text[max(0, s - len(role) - _GAP):s]  # the role, an optional comma and rank, spaces
            at = lead.lower().rfind(role)
            if at < 0 or not _RANK.match(lead[at + len(role):]):
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
            if body is None:
                body = _short_owner(text, role_start, short_names)
            if body is not None:
                c.country = body.country
                break


def _post_of_body(text: str, c: "Cluster", bodies: dict[int, "Cluster"], starts: dict[int, "Cluster"]) -> "Cluster | None":
    """The body of "The Speaker of the <body>, <Name>", "<Name>, spokeswoman of the <body>" or "<Name>,
    whose <body> …", at the person's first mention."""
    s, e = min(c.mentions)
    if text[max(0, s - 2):s] == ", ":
        body = bodies.get(s - 2)
        if body is not None:
            start = min((bs for bs, be in body.mentions if be == s - 2), default=s)
            if _POST_OF_BEFORE.search(text, max(0, start - _GAP), start) is not None:
                return body
    after = _POST_OF_AFTER.match(text, e) or _WHOSE.match(text, e)
    if after is not None:
        return starts.get(after.end())
    return None


def _short_owner(text: str, role_start: int, short_names: dict[str, list["Cluster"]]) -> "Cluster | None":
    """"The force's commander" after "the Kenyan-led force": the one body of the article whose name ends
    in that word (two such bodies: nobody)."""
    m = _SHORT_OWNER.search(text, max(0, role_start - 30), role_start)
    if m is None:
        return None
    owners = short_names.get(m.group(1))
    if owners and len(owners) == 1:
        return owners[0]
    return None
