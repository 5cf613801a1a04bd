"""A country named only by its adjective before a proposal that others react to: "Pakistan rejected an
Indian proposal", "Egypt welcomed a Qatari offer to mediate".

Why: a bare demonym is a weak mention (kept only when the country is also named strongly), as the
reference convention has it for deeds ("an Israeli strike"). A proposal, offer or plan is a country's
own act of speech, and the object of a stance verb: the reacting country takes a stance *towards* it,
so the proposer must be an actor the stance extractor can name as the target. Runs once the clusters
are built; a few characters are read around each weak demonym only.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .build import Cluster

#: what a country proposes: "an Indian proposal", "a Qatari offer", "the Turkish peace plan"
_PROPOSAL = re.compile(r"(?:-led|-brokered|-drafted|-backed)? (?:peace |ceasefire |truce |draft |mediation |new |fresh )?"
                       r"(?:proposal|offer|plan|initiative|bid|draft resolution|resolution|request|overture|"
                       r"roadmap|road map|framework)s?\b")
#: a stance verb and its article right before the adjective: "rejected an", "welcomed the"
_STANCE_BEFORE = re.compile(r"\b(?:rejected|rejects|reject|welcomed|welcomes|welcome|accepted|accepts|accept|backed|"
                            r"backs|back|supported|supports|support|dismissed|dismisses|dismiss|praised|praises|"
                            r"hailed|hails|criticised|criticized|criticises|criticizes|condemned|condemns|endorsed|"
                            r"endorses|endorse|spurned|spurns|embraced|embraces|turned down|refused|"
                            r"considering|considered|studying|weighing|discussed|discussing)"
                            r" (?:an?|the)(?: \w+)? $")
_WINDOW = 60


def strengthen_proposers(text: str, clusters: list["Cluster"]) -> None:
    """Make a weakly named country strong where its adjective owns a proposal others react to."""
    for c in clusters:
        if c.kind != "country" or c.strong:
            continue
        for s, e in c.mentions:
            if _PROPOSAL.match(text, e) and _STANCE_BEFORE.search(text, max(0, s - _WINDOW), s):
                c.strong = True
                break
