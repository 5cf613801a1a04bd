"""Ministers named with their portfolio in capitals: "Minister of Water Resources and Irrigation Hani
Sewilam", "Cabinet Secretary for Health Ana Ruiz".

Why: the lexicon knows the common offices ("minister of foreign affairs"), but not the many
portfolios a government has; their capitalised words ran into the name ("Irrigation Hani Sewilam"),
and the person lost the title that gives a country by context. A run of portfolio words after
"<role> of/for" is the title, what follows it the name.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .gazetteer import COUNTRY_NAME, DEMONYM

if TYPE_CHECKING:
    from .recognize import Recognizer

#: capitalised words that make up a portfolio ("Water Resources and Irrigation", "Public Health")
PORTFOLIO_WORDS = frozenset("""
Water Resources Irrigation Health Public Finance Economy Economic Planning Trade Industry Commerce Energy
Mines Mining Petroleum Oil Gas Agriculture Fisheries Livestock Food Environment Climate Change Education
Higher Culture Tourism Transport Transportation Infrastructure Works Housing Urban Development Justice
Interior Home Affairs Foreign External International Cooperation Defence Defense National Security Information
Communications Digital Technology Science Research Labour Labor Employment Social Welfare Family Women
Youth Sport Sports Land Lands Natural Local Government Regional Humanitarian Disaster Management Emergency
Emergencies Migration Immigration Refugees Religious Endowments Power Electricity Telecommunications
Maritime Aviation Sanitation Budget Treasury Revenue Investment Heritage Arts Rural Territorial
Administration Solidarity Reconstruction Veterans Diaspora Relations Human Rights Children Gender Fiscal
Monetary Small Medium Enterprises Innovation Civil Aid Disasters Ecology Forestry Forests Wildlife
""".split())
_JOINERS = frozenset({"and", "&", ","})
_ROLES = frozenset({"minister", "secretary", "commissioner"})


def portfolio_title(rec: "Recognizer", i: int, end: int) -> tuple[int, int, str, str | None] | None:
    """For the name run ``i`` … ``end - 1``: (name start, title start, role, country of a demonym or
    possessive before the title) when a portfolio title stands before the name, else None."""
    k = i
    while k < end and rec.words[k] in PORTFOLIO_WORDS:
        k += 1
    if end - k < 2:
        return None  # the name needs a given name and a family name after the portfolio
    t = i - 1
    portfolio = k > i
    while t > 0 and (rec.words[t] in PORTFOLIO_WORDS or rec.lowers[t] in _JOINERS):
        portfolio = portfolio or rec.words[t] in PORTFOLIO_WORDS
        t -= 1
    if not portfolio or t < 1 or rec.lowers[t] not in ("of", "for"):
        return None
    if rec.lowers[t] == "for" and t >= 3 and rec.lowers[t - 1] == "state" and rec.lowers[t - 2] == "of" \
            and rec.lowers[t - 3] in _ROLES:
        t -= 2  # "Minister of State for Foreign Affairs": a junior minister of that portfolio
    if rec.lowers[t - 1] not in _ROLES:
        return None
    title = t - 1
    if rec.words[k - 1] == "and" or rec.words[i - 1] == ",":
        return None
    country = None
    before = title - 1
    if before >= 0 and rec.words[before] in ("'s", "\u2019s"):
        before -= 1
    start = rec.covered.get(before) if before >= 0 else None
    if start is not None:
        entry = rec.layers.proper[start][2]
        if entry.category in (COUNTRY_NAME, DEMONYM) and entry.country:
            country = entry.country
            title = start
    return k, title, rec.view.span_text(t - 1, k), country


def portfolio_ministry(rec: "Recognizer", i: int) -> int | None:
    """"the Ministry of Water Resources and Irrigation" (no country in it) at ``i`` ("Ministry"): the end
    of the phrase, else None. Like "the ministry", it is the country in focus speaking (an anaphor)."""
    if rec.words[i] != "Ministry" or i < 1 or rec.lowers[i - 1] != "the" or i + 2 >= rec.n \
            or rec.lowers[i + 1] not in ("of", "for"):
        return None
    k = i + 2
    while k < rec.n and (rec.words[k] in PORTFOLIO_WORDS or (rec.lowers[k] in _JOINERS and rec.words[k] != ","
                                                              and k + 1 < rec.n
                                                              and rec.words[k + 1] in PORTFOLIO_WORDS)):
        k += 1
    if k == i + 2 or (k < rec.n and (rec.words[k][:1].isupper() or rec.lowers[k] == "of")):
        return None  # "the Ministry of Health of Ghana", "the Ministry of Defence Kenneth Ofori": not this shape
    return k


def align_portfolio_ministers(text: str, clusters: list) -> None:
    """A minister whose title named no country takes the country of the ministry of the same portfolio.

    "The Ministry of Water Resources and Irrigation said … Minister of Water Resources and Irrigation
    Hani Sewilam said …": the ministry (resolved to the country in focus where it spoke) is his. Runs
    after the anaphors are resolved; the context guess made before gives way to it.
    """
    ministers = [c for c in clusters if c.kind == "person" and c.extra.get("portfolio") and not c.organization]
    if not ministers:
        return
    by_portfolio: dict[str, str] = {}
    for c in clusters:
        if c.kind != "country":
            continue
        for s, e in c.mentions:
            words = text[s:e].split(" ", 3)
            if len(words) == 4 and words[0].lower() == "the" and words[1] == "Ministry":
                by_portfolio.setdefault(words[3], c.country)
    for c in ministers:
        country = by_portfolio.get(c.extra["portfolio"])
        if country is not None:
            c.country = country
