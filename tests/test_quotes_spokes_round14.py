"""Quotes round 14 (issue #4): an unnamed spokesperson of an organisation named before speaks
for that organisation (the development golds give "a company spokeswoman says …" to the
company). Spokespeople of a government keep the project's reading (the country, or their own
anonymous actor with its country), and a spokesperson with a name is that person. Sentences
written for this round, with invented bodies and people, each watched failing before the rule.
"""

from __future__ import annotations

import pytest

import reactlib


def speakers_of(text: str) -> list[tuple[str | None, str | None, str | None]]:
    """(name, kind, country) of each quote's speaker, in text order."""
    article = reactlib.parse(text)
    actors = {a.id: a for a in article.actors}
    out = []
    for q in article.quotes:
        a = actors.get(q.speaker)
        out.append((a.name, a.kind, a.country) if a is not None else (None, None, None))
    return out


BODY_SPOKESPEOPLE = [
    ("The Global Health Agency warned of a new outbreak in the region. "
     "A spokesman for the agency said vaccines would arrive next week.", "Global Health Agency"),
    ("The Danube Water Authority closed the dam gates. "
     "A spokeswoman for the authority said the river would peak on Friday.", "Danube Water Authority"),
    ("The Caspian Fisheries Agency suspended all catches. Its spokeswoman said stocks had collapsed.",
     "Caspian Fisheries Agency"),
    ("The Alpine Rail Authority halted trains after the landslide. "
     "The authority's spokesperson added that repairs would take a week.", "Alpine Rail Authority"),
    ("The Northern Farmers Union rejected the deal. A union spokesman said members would strike on Monday.",
     "Northern Farmers Union"),
    ("Ostmark Bank denied the report. A bank spokesman said the allegations were false.", "Ostmark Bank"),
    ("The Ostmark Savings Bank denied the report. A spokeswoman for the bank said the claims were baseless.",
     "Ostmark Savings Bank"),
]


@pytest.mark.parametrize("text, body", BODY_SPOKESPEOPLE)
def test_an_unnamed_spokesperson_gives_the_quote_to_the_body(text, body):
    assert speakers_of(text)[-1][:2] == (body, "organization")


def test_a_bare_spokesperson_after_a_sentence_naming_the_body_speaks_for_it():
    text = ("The Norwegian Refugee Council said aid was blocked at the border. "
            "A spokesperson said trucks had waited for three days.")
    assert [s[0] for s in speakers_of(text)] == ["Norwegian Refugee Council"] * 2


def test_its_spokeswoman_is_the_last_organisation_not_an_earlier_one():
    text = ("The Danube Water Authority closed the dam gates on Monday. "
            "The Red Lotus Relief Society sent food to the flooded villages. "
            "Its spokeswoman said more aid was on the way.")
    assert speakers_of(text)[-1][0] == "Red Lotus Relief Society"


# --- negative cases: a government's spokesperson, a spokesperson with a name ---------------------

def test_a_spokesperson_for_a_named_government_stays_with_that_country():
    text = ("Finland condemned the airspace violation. "
            "A spokesperson for the Finnish government said the incident was unacceptable.")
    name, kind, country = speakers_of(text)[-1]
    assert kind != "organization" and country == "FIN"


def test_a_government_spokesman_after_a_body_is_not_the_body():
    text = ("The Global Health Agency sent a team to the border. "
            "The Estonian government protested the detention. A government spokesman said Tallinn would respond.")
    name, kind, country = speakers_of(text)[-1]
    assert name != "Global Health Agency" and country == "EST"


def test_its_spokesman_after_a_government_is_the_country():
    text = "The Kenyan government rejected the report. Its spokesman said the figures were invented."
    assert speakers_of(text)[-1] == ("Kenya", "country", "KEN")


def test_a_named_spokesman_of_a_body_is_the_person():
    text = ("The Baltic Ports Authority closed two terminals. "
            "Authority spokesman Mart Kask said the closure was temporary.")
    assert speakers_of(text)[-1][:2] == ("Mart Kask", "person")


def test_a_named_spokesman_after_the_body_is_the_person():
    text = ("The Danube Water Authority closed the dam gates. "
            "Spokesman Ivo Brankov said the river would peak on Friday.")
    assert speakers_of(text)[-1][:2] == ("Ivo Brankov", "person")


def test_speaker_of_gives_the_body_for_its_spokesman():
    from reactlib.speakers import speaker_of
    from reactlib.nlp import blank_english
    text = "The Caspian Fisheries Agency suspended all catches. Its spokeswoman said stocks had collapsed."
    article = reactlib.parse(text)
    start = text.index("Its spokeswoman")
    actor_id = speaker_of(article, blank_english()(text), start, start + len("Its spokeswoman"))
    assert {a.id: a.name for a in article.actors}[actor_id] == "Caspian Fisheries Agency"


def test_the_ministrys_spokesperson_is_the_ministrys_country():
    text = ("Chile's foreign ministry summoned the Peruvian ambassador. "
            "The ministry's spokesperson added that Santiago expected an apology.")
    assert speakers_of(text)[-1] == ("Chile", "country", "CHL")


def test_the_ministrys_spokesman_is_the_nearest_country_not_an_earlier_body():
    text = ("The Global Health Agency sent a team to the camps. Uruguay's interior ministry closed the border "
            "crossing. The ministry's spokesman said it would reopen on Monday.")
    assert speakers_of(text)[-1] == ("Uruguay", "country", "URY")


def test_a_ministry_spokesman_kept_as_its_own_actor_keeps_its_country():
    text = "The Peruvian foreign ministry rejected the note. A ministry spokesman said Lima would not apologise."
    assert speakers_of(text)[-1] == ("ministry spokesman", "person", "PER")
