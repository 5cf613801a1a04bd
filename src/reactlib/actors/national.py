"""A "National …" body left without a country is a body of the country the article is about.

Why: "The National Jury of Elections, which must rule on the challenges, said …" names no country,
and no rule placed it, yet "National" says it is one state's own body; in a story about one
country it is that country's. The article's main country decides, else the most mentioned
country when one leads; a body no rule can place that way keeps no country.

Its officials found earlier ("Its president, Ana Roe, said") were given the body as their
organisation while it had no country, so they take the country it gets here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from .build import Cluster


def leading_country(clusters: list["Cluster"], main: str | None) -> str | None:
    """The main country, else the country with the most mentions when one leads, else None."""
    if main is not None:
        return main
    tally = sorted(((len(c.mentions), c.country) for c in clusters if c.kind == "country" and c.strong
                    and c.country), reverse=True)
    return tally[0][1] if tally and (len(tally) == 1 or tally[0][0] > tally[1][0]) else None


def place_national_bodies(clusters: list["Cluster"], main: str | None) -> None:
    """Give each unplaced "National …" organisation the article's leading country (module doc)."""
    unplaced = [c for c in clusters if c.kind == "organization" and c.country is None
                and c.name.removeprefix("the ").startswith("National ")]
    if not unplaced:
        return
    country = leading_country(clusters, main)
    for c in unplaced:
        c.country = country
    placed = {c.name: c.country for c in unplaced if c.country}
    for c in clusters:
        if c.kind == "person" and c.country is None and c.organization in placed:
            c.country = placed[c.organization]  # "Its president, Ana Roe": the body's official
