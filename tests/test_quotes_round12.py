"""Quotes round 12: speakers the quotes lost. Sentences written for this round (other places,
people and wording than any article of the development sets), each watched failing before its
rule was written.
"""

from __future__ import annotations

import pytest

import reactlib


def quotes_of(text: str) -> dict[str, tuple[str, str | None]]:
    """Quote text -> (kind, the speaker's actor name), for every quote of ``text``."""
    article = reactlib.parse(text)
    names = {a.id: a.name for a in article.actors}
    return {q.text.strip("\"“”‘’,. "): (q.kind, names.get(q.speaker)) for q in article.quotes}


# --- "the group", "the aid group": an organisation or group named before, by its kind only ---

GROUP_BY_KIND = [
    ("Amnesty International, which has monitored the trials since May, published its report on Thursday. "
     'The rights group called the verdicts "a travesty of justice" and asked for a retrial.',
     "a travesty of justice", "Amnesty International"),
    ("Oxfam, which runs water points in the valley, said on Friday that the wells had run dry. "
     'The charity warned that "thousands of herders will lose their animals" within weeks.',
     "thousands of herders will lose their animals", "Oxfam"),
    ("Greenpeace has campaigned against the pipeline for a decade. In a post on its website, "
     'the group called the approval "a dark day for the coast".',
     "a dark day for the coast", "Greenpeace"),
]


@pytest.mark.parametrize("text,quote,speaker", GROUP_BY_KIND)
def test_a_group_named_by_its_kind_is_the_group_named_before(text, quote, speaker):
    assert quotes_of(text).get(quote, (None, None))[1] == speaker


def test_the_group_with_no_organisation_before_stays_unknown():
    text = ('The group of farmers called the decision "a betrayal of the valley".')
    assert quotes_of(text).get("a betrayal of the valley", (None, None))[1] != "Oxfam"


# --- the roundup layout: a heading line names the speaker and ends with a colon -----------------

ROUNDUP = (
    "Reactions to the Peruvian election result: the statements\n\n"
    "LIMA — Peru's electoral board confirmed the result on Sunday. A selection of reactions:\n\n"
    "The Bolivian embassy in Lima, in a message posted on Monday morning:\n"
    '"Bolivia respects the will of the Peruvian people and looks forward to working with the new '
    'government on the lithium corridor."\n\n'
    "Colombia's foreign ministry, in a communique:\n"
    'Colombia "welcomes the peaceful conduct of the vote" and offered help with the border census '
    "planned for the autumn.\n\n"
    "Ecuador's foreign ministry, in a statement on Tuesday:\n"
    'Ecuador "trusts that the new authorities will keep their word on fishing rights" and hopes '
    'the talks "will resume before the end of the year".\n'
)


def test_a_heading_opening_with_the_names_the_speaker_of_the_quote_below():
    assert quotes_of(ROUNDUP).get(
        "Bolivia respects the will of the Peruvian people and looks forward to working with the new "
        "government on the lithium corridor", (None, None)) == ("direct", "Bolivia")


@pytest.mark.parametrize("quote,speaker", [
    ("welcomes the peaceful conduct of the vote", "Colombia"),
    ("trusts that the new authorities will keep their word on fishing rights", "Ecuador"),
    ("will resume before the end of the year", "Ecuador"),
])
def test_fragments_in_the_paragraph_below_a_heading_are_the_heading_s_speaker(quote, speaker):
    assert quotes_of(ROUNDUP).get(quote, (None, None))[1] == speaker


def test_a_heading_reaches_only_the_paragraph_right_below_it():
    text = ("Colombia's foreign ministry, in a communique:\n"
            '"We welcome the peaceful conduct of the vote in the neighbouring country."\n\n'
            'Fishermen in the port called the new quota "a death sentence" for the fleet.\n')
    assert quotes_of(text).get("a death sentence", (None, None))[1] != "Colombia"


# --- a person named only on a roundup heading line -------------------------------------------

HEADED = (
    "Reactions to the Kenyan budget\n\n"
    "Opposition leader Wanjiru Kamau, at a rally in Nakuru:\n"
    'She called the budget "a tax on the poor" and promised to fight it in parliament.\n\n'
    "IMF mission chief Pedro Almeida, in a statement after the talks:\n"
    '"The budget is a credible step towards lower deficits."\n'
)


@pytest.mark.parametrize("quote,speaker", [
    ("a tax on the poor", "Wanjiru Kamau"),
    ("The budget is a credible step towards lower deficits", "Pedro Almeida"),
])
def test_a_person_named_only_on_a_heading_line_speaks_below_it(quote, speaker):
    got = quotes_of(HEADED).get(quote, (None, None))[1]
    assert got is not None and got.endswith(speaker), got


def test_a_name_on_a_line_not_ending_in_a_colon_is_no_heading():
    text = "Lago Verde, in the north of the valley, flooded again on Monday.\n"
    assert [a.name for a in reactlib.parse(text).actors if a.kind == "person"] == []


# --- "…," one fisherman, Name, said: a description after the quotation, then the name ----------

@pytest.mark.parametrize("text,quote,speaker", [
    ('"The nets come up empty every morning," one fisherman, Tomas Reyes, said at the harbour.',
     "The nets come up empty every morning", "Tomas Reyes"),
    ('"Where are the tents we were promised?" a young mother, Halima Osei, asked.',
     "Where are the tents we were promised?", "Halima Osei"),
])
def test_a_name_apposed_to_a_description_after_the_quotation_speaks(text, quote, speaker):
    assert quotes_of(text).get(quote.rstrip("?"), quotes_of(text).get(quote, (None, None)))[1] == speaker


def test_a_place_after_a_quotation_and_a_description_is_no_person():
    text = '"The road is closed," the border post at Lago Verde, Santa Rosa, reported.'
    assert [a.name for a in reactlib.parse(text).actors if a.kind == "person"] == []
