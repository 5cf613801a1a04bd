"""Stances round 14 (quote namings): a speaker naming the deed in their own words condemns it.

"'This is a cowardly terrorist attack,' the president said": a quoted sentence that opens with
"this"/"that"/"it" and names what happened with a damning word ("terrorist", "barbaric", "a
crime", "a political murder") is the speaker's condemnation, as "called the attack barbaric" is.
Its target is whoever staged the event when the article names one (and it is not the speaker's
own side), else no one. "Murder" and "massacre" damn a deed in a naming ("called the killing
'a political murder'") as "crime" does.

Sentences are invented for these tests (other countries, people and events than any article).
"""

from __future__ import annotations

import pytest

from stance_reading import read_types

D = "date 2025-06-11\n\n"


def _read(text: str) -> set[tuple[str, str, str | None]]:
    return read_types(text, D)


@pytest.mark.parametrize("text, expected", [
    ('"This is a terrorist attack on the livelihood of every family in our region," Somali President '
     'Hassan Sheikh Mohamud said.', ("Hassan Sheikh Mohamud", "condemn", None)),
    ('"This was a cowardly and barbaric act," Pakistani Prime Minister Shehbaz Sharif said on Sunday.',
     ("Shehbaz Sharif", "condemn", None)),
    ('"It is a crime against the people of Haiti," Haitian Prime Minister Alix Didier Fils-Aimé said.',
     ("Alix Didier Fils-Aimé", "condemn", None)),
    ('"That was nothing less than an act of terror," Mali\'s foreign minister Abdoulaye Diop told '
     'reporters.', ("Abdoulaye Diop", "condemn", None)),
    ('"This is clearly a political murder," Estonian Prime Minister Kristen Michal said.',
     ("Kristen Michal", "condemn", None)),
    ("Latvia's President Edgars Rinkēvičs called the killing \"a political murder\".",
     ("Edgars Rinkēvičs", "condemn", None)),
    ('"It was a massacre of innocent farmers," Colombian President Gustavo Petro wrote on X.',
     ("Gustavo Petro", "condemn", None)),
    ('Rebels shelled the market in Goma on Monday. "This is a war crime," said Congolese Prime Minister '
     'Judith Suminwa.', ("Judith Suminwa", "condemn", "rebels")),
    ('"What happened in Bamako is an outrageous provocation," Niger\'s foreign minister Bakary Yaou '
     'Sangaré said.', ("Bakary Yaou Sangaré", "condemn", None)),
    ('Chad\'s president Mahamat Déby said: "This was an unacceptable attack on our soldiers."',
     ("Mahamat Déby", "condemn", None)),
])
def test_a_damning_naming_in_a_quote_condemns(text, expected):
    got = _read(text)
    assert expected in got, got


@pytest.mark.parametrize("text, expected", [
    ('Eritrean troops crossed the border into Ethiopia on Monday. "This was an armed incursion into our '
     'sovereign territory," Ethiopian Prime Minister Abiy Ahmed said.', ("Abiy Ahmed", "condemn", "Eritrea")),
    ('Rwandan soldiers crossed into Burundi overnight. "It is an incursion, nothing less," Burundian '
     'President Évariste Ndayishimiye said.', ("Évariste Ndayishimiye", "condemn", "Rwanda")),
])
def test_an_incursion_named_in_a_quote_condemns_its_author(text, expected):
    got = _read(text)
    assert expected in got, got


@pytest.mark.parametrize("text", [
    '"This is a great day for our country," Kenyan President William Ruto said.',
    '"This is not a terrorist attack, it was an accident at the depot," Zambian police chief Graphel Musamba said.',
    '"This is a report about the dangers of illegal fishing," Senegal\'s fisheries minister Fatou Diouf said.',
    'Reporters said this was a terrorist attack, according to Ghana\'s police.',
    '"This is an unacceptable violation of our borders," Chad\'s president Mahamat Déby said.',
])
def test_no_condemnation_without_a_damning_naming_by_a_speaker(text):
    got = _read(text)
    assert not any(t == "condemn" for _, t, _ in got), got
