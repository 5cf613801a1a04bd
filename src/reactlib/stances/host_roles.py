"""The host state: which country an article is about, read from the event's roles.

Why: the host state is the default target of condemnations, concerns and calls that name
no one ("urged the authorities to investigate"). It was the first sentence's subject, else the
country named most often. Two kinds of lead sentence misled it:

- a nationality word as the subject ("Ukrainian workers were among the dead", "Chinese hackers
  hit a Polish utility"): the people are of that country, the event is not its act, so the
  nationality is no news-maker;
- an event with no state as subject ("A wildfire reached Argentina", "A crush at a Guatemala
  City stadium"): the most-mentioned country is often a foreign reactor that speaks a lot.

A lead sentence whose subject charges a named state ("Chad accused Cameroon of blackmail after
Yaounde tripled the fee") is a reaction: the one charged acted, and is the host.

Without a state as news-maker the choice rests on where the event happened: a country named
in the lead sentence (the event's site, victim or actor), and a country whose capital is the
dateline (where the story was filed) or a place named in the headline or lead ("at Guatemala
City stadium"), each weigh as much as two more mentions. A nationality word counts as a
mention but never places the event.
"""

from __future__ import annotations

from ..actors import gazetteer_for
from ..actors.dateline import dateline_country
from ..actors.gazetteer import CAPITAL, DEMONYM, DEMONYM_PLURAL
from .decisions import news_maker

#: verbs by which a lead sentence's subject charges the state that acted ("Chad accused Cameroon
#: of blackmail after Yaounde tripled the fee"): the one charged is the event's actor
CHARGING = frozenset("accused accuses blamed blames charged charges".split())
#: how many tokens may stand between the news-maker and its charging verb ("Iraq on Wednesday accused")
CHARGE_REACH = 5
#: how many mentions the event's site (a country of the lead sentence) and the dateline weigh
SITE_WEIGHT = 2
DATELINE_WEIGHT = 2
#: the longest capital name looked for in the lead, in words ("Guatemala City", "Port of Spain")
CAPITAL_WORDS = 3


def is_nationality(finder, g) -> bool:
    """Whether mention group ``g`` is a nationality word ("Ukrainian", "Uzbek citizens",
    "Chinese hackers"), not the country's name: people of the country, not the state acting."""
    text = " ".join(t for k, t in enumerate(finder.view.text[g.start:g.end]) if not finder.is_space[g.start + k])
    entry = gazetteer_for(finder.doc).proper.get(text)
    return entry is not None and entry.category in (DEMONYM, DEMONYM_PLURAL)


def lead_sentence(finder):
    """The lead sentence, as ``(start, end, groups)``: the first of the article's first three
    sentences that names any actor, with its mention groups; None when none of them does.
    Why: the lead sentence is where the event's roles are read (its site, its news-maker, a
    charge), so each reading starts from this one sentence."""
    for s0, s1 in finder.view.sents[:3]:
        groups = finder.mentions.groups_between(s0, s1)
        if groups:
            return s0, s1, groups
    return None


def lead_states(finder, lead) -> set[str]:
    """The country actors named by name (not by a nationality word) in the lead sentence
    ``lead`` (:func:`lead_sentence`): the event's site, victim or actor."""
    kinds = finder.mentions.kinds
    if lead is None:
        return set()
    return {g.actor for g in lead[2] if kinds.get(g.actor) == "country" and not is_nationality(finder, g)}


def lead_capitals(finder) -> set[str]:
    """The countries (alpha-3) whose capital names a place, not an actor, in the article's
    sentences up to the lead one: "Deadly crush at Guatemala City stadium" places the event in
    Guatemala as a dateline would ("Moscow said …" is an actor mention, counted as such)."""
    proper = gazetteer_for(finder.doc).proper
    words = finder.view.text
    found: set[str] = set()
    for s0, s1 in finder.view.sents[:3]:
        toks = [k for k in range(s0, s1) if not finder.is_space[k]]
        for n, k in enumerate(toks):
            if not words[k][:1].isupper() or finder.mentions.group_at(k) is not None:
                continue
            for m in range(CAPITAL_WORDS, 0, -1):
                entry = proper.get(" ".join(words[x] for x in toks[n:n + m]))
                if entry is not None and entry.kind == "country" and entry.category == CAPITAL:
                    found.add(entry.country)
                    break
        if finder.mentions.groups_between(s0, s1):
            break
    return found


def choose_host(finder) -> str | None:
    """The state the article is about: the news-maker when it is a state or a state body (and
    not named by a nationality word), else the country that weighs most: its mentions, plus
    :data:`SITE_WEIGHT` when the lead sentence names it and :data:`DATELINE_WEIGHT` when the
    dateline is its capital (a tie goes to a country of the lead sentence)."""
    kinds, countries = finder.mentions.kinds, finder.mentions.countries
    actors = finder.article.actors
    maker = news_maker(finder)
    lead = lead_sentence(finder)
    if maker is not None and kinds.get(maker) in ("country", "organization") and countries.get(maker) \
            and not _maker_is_nationality(finder, maker, lead):
        charged = charged_state(finder, maker, lead)
        if charged is not None:
            return charged
        if kinds.get(maker) != "country":
            # a body of the state ("Mozambique's electoral commission"): the state itself, if named
            return next((a.id for a in actors if a.kind == "country" and a.country == countries.get(maker)), maker)
        return maker
    site = lead_states(finder, lead)
    filed = dateline_country(finder.article.text, gazetteer_for(finder.doc))
    placed = lead_capitals(finder) | ({filed} if filed is not None else set())
    # a tie goes to the site of the event, then to the country named first
    scored = [(len(a.mentions) + SITE_WEIGHT * (a.id in site) + DATELINE_WEIGHT * (a.country in placed),
               a.id in site, -n, a.id) for n, a in enumerate(actors) if a.kind == "country"]
    return max(scored)[-1] if scored else None


def charged_state(finder, maker: str, lead) -> str | None:
    """The state the news-maker of the lead sentence ``lead`` (:func:`lead_sentence`) charges: "Chad accused Cameroon of ...", "Iraq
    on Wednesday blamed Turkey for ..." — the accuser reacts, the accused made the news (its act
    is what others condemn or defend). Only a country named right after the verb; "accused its
    neighbours" names none."""
    kinds = finder.mentions.kinds
    if lead is None:
        return None
    _, s1, groups = lead
    g = next((g for g in groups if g.actor == maker), None)
    if g is None:
        return None
    verb = next((k for k in range(g.end, min(s1, g.end + CHARGE_REACH)) if finder.words[k] in CHARGING), None)
    if verb is None:
        return None
    obj = next((h for h in groups if h.start > verb), None)
    if obj is None or obj.start - verb > 2 or obj.actor == maker or kinds.get(obj.actor) != "country" \
            or obj.possessive or is_nationality(finder, obj):
        return None
    return obj.actor


def _maker_is_nationality(finder, maker: str, lead) -> bool:
    """Whether the news-maker's lead mention is a nationality word (the first mention of it in
    the lead sentence ``lead``, :func:`lead_sentence`)."""
    if lead is None:
        return False
    g = next((g for g in lead[2] if g.actor == maker), None)
    return g is not None and is_nationality(finder, g)
