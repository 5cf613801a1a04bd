"""A person's grammatical gender from a given name that only one gender bears, for pronoun agreement.

Why: pronoun linking agrees in gender only where a title showed it ("Mrs.", "spokeswoman"), so
"he" after "Mariana Costa …" could take her as its antecedent when she was the salient subject,
and a later man went without his quote. Most people in the news are named without a gendered
title, but many given names are worn by one gender only (``data/given_names.tsv``; names worn by
both are left out). The first word of a person's full name is looked up there; a gender a title
already showed is kept, and an unknown name still agrees with both pronouns.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from .gazetteer import data_rows

if TYPE_CHECKING:  # pragma: no cover
    from .build import Cluster


@lru_cache(maxsize=1)
def given_name_genders() -> dict[str, str]:
    """Given name -> "female" | "male" (``data/given_names.tsv``), read once."""
    table: dict[str, str] = {}
    for row in data_rows("given_names.tsv"):
        gender = row[0].strip()
        for name in row[1].split(";"):
            if name.strip():
                table[name.strip()] = gender
    return table


def assign_given_name_genders(clusters: list["Cluster"]) -> None:
    """Set ``extra["gender"]`` of untitled-gender people whose full name opens with a one-gender given name."""
    genders = given_name_genders()
    for c in clusters:
        if c.kind != "person" or c.extra.get("gender") or c.anonymous:
            continue
        words = c.name.split()
        if len(words) < 2:  # a surname alone says nothing of the given name
            continue
        gender = genders.get(words[0])
        if gender is not None:
            c.extra["gender"] = gender
