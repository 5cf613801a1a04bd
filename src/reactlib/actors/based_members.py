"""A person "of the <Place>-based <body noun> <Name>": the body is an organisation of that place, and
the person is of its country.

Why: "…, said Lucia Paredes of the Bogota-based firm Cordillera Partners" names two actors and says
where both belong, but the recogniser read neither: the person stands after the reporting verb with
no title, and the body's name carries no organisation word. The person took the country in focus
(the dateline's), the body was lost. The description is plain: the capitalised name before "of the",
the place before "-based"/"-headquartered", a body noun ("firm", "bank", "charity" …), then the
body's capitalised name. The body is added (or its cluster found) with the place's country; the
person is added (or found) and takes that country, which the text states of them (a title's
demonym before the name is the rare case this overrides).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .based_bodies import BASED_PLACE, BODY_NOUNS, NAME_WORD, based_place_country
from .gazetteer import Gazetteer

if TYPE_CHECKING:  # pragma: no cover
    from .build import Cluster

#: A word of the body's name; no full stop, which would take in the sentence's end.
_BODY_WORD = r"[A-Z][\w'\u2019\u00c0-\u024f]*"
#: "Lucia Paredes of the Bogota-based firm Cordillera Partners"
_PERSON_OF_BASED = re.compile(
    rf"\b(?P<person>{NAME_WORD}(?: {NAME_WORD}){{1,3}}) of the {BASED_PLACE}"
    rf" (?:[\w-]+ ){{0,2}}?(?:{BODY_NOUNS}) (?P<body>{_BODY_WORD}(?: (?:{_BODY_WORD}|&)){{0,4}})")


def add_based_members(text: str, clusters: list["Cluster"], gazetteer: Gazetteer) -> list["Cluster"]:
    """Add or place the body and its member of "X of the <Place>-based firm Y" (module doc)."""
    if "-based " not in text and "-headquartered " not in text:
        return clusters
    from .build import Cluster, cluster_at, new_named_person  # runtime import: build imports this package's modules
    for m in _PERSON_OF_BASED.finditer(text):
        country = based_place_country(m.group("place"), gazetteer)
        if country is None:
            continue
        taken = [span for c in clusters for span in c.mentions]
        body_name = m.group("body")
        body = cluster_at(clusters, *m.span("body"), ("organization", "group", "person"))
        if body is None:
            body = Cluster(kind="organization", name=body_name, key=f"named:{body_name.lower()}", strong=True)
            body.names.append(body_name)
            body.mentions.extend((u.start(), u.end()) for u in re.finditer(re.escape(body_name), text)
                                 if not any(s <= u.start() < e for s, e in taken))
            clusters.append(body)
        elif body.kind == "person" and not body.role:
            body.read_as_body()  # "Cordillera Partners" read as a person's name: drop what only a person has
        body.country = country
        person = cluster_at(clusters, *m.span("person"), ("person",))
        if person is None:
            person = new_named_person(text, m.group("person"), m.span("person"), taken, country)
            clusters.append(person)
        else:
            person.country = country
    return clusters
