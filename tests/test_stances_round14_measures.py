"""Stances round 14 (measures): "will take all necessary measures" is a threat.

"China will take all necessary measures to defend its legitimate rights", "Ankara would take
firm countermeasures", "we will take resolute steps": a promise to act, in the future, with
measures that are "necessary", "firm", "resolute" or counter-measures, said in a speaker's words
(a quote or reported speech), warns the one the speaker is at odds with. The target is found as
for other threats worded without "threaten" (the other party, the event's author, the last
one hostile to the speaker's side); a non-violent act ("raised tariffs") does not yet name its
author as the target, so these sentences report the hostility as a charge or a seizure. Measures
that are not forceful ("take measures to improve hospitals") or already taken (a report of the
past) threaten no one.

Sentences are invented for these tests (other countries, people and events than any article).
"""

from __future__ import annotations

import pytest

from stance_reading import read_types

D = "date 2025-06-11\n\n"


def _read(text: str) -> set[tuple[str, str, str | None]]:
    return read_types(text, D)


@pytest.mark.parametrize("text, expected", [
    ('Peru accused Chile of dumping copper on Monday. "Chile will take all necessary measures to defend the '
     'legitimate rights of its companies," Chilean foreign minister Alberto van Klaveren said.',
     ("Alberto van Klaveren", "threaten", "Peru")),
    ("Peru accused Chile of dumping copper on Monday. Chilean foreign minister Alberto van Klaveren said "
     "Santiago would take all necessary measures to protect its exporters.",
     ("Alberto van Klaveren", "threaten", "Peru")),
    ('Greece accused Turkey of violating its airspace. "Turkey will take firm countermeasures," '
     'Turkish defence minister Yaşar Güler said.', ("Yaşar Güler", "threaten", "Greece")),
    ('Japan detained a Chinese fishing crew near the islands. "We will take resolute measures to safeguard '
     'our sovereignty," Chinese foreign ministry spokeswoman Mao Ning said.', ("Mao Ning", "threaten", "Japan")),
    ('Vietnam seized two Cambodian trawlers. Cambodian Prime Minister Hun Manet said Phnom Penh '
     '"will take every necessary step" to bring its fishermen home.', ("Hun Manet", "threaten", "Vietnam")),
    ('Kenya banned Ugandan milk imports. "Uganda reserves the right to take countermeasures," Ugandan trade '
     'minister Francis Mwebesa said.', None),
    ('Algeria expelled twelve Moroccan diplomats. "Morocco will take the necessary measures in response," '
     'Moroccan foreign minister Nasser Bourita said.', ("Nasser Bourita", "threaten", "Algeria")),
    ('Serbia closed the Jarinje crossing to Kosovo trucks. "We shall take appropriate measures," Kosovo '
     'Prime Minister Albin Kurti said.', ("Albin Kurti", "threaten", "Serbia")),
    ('Egypt accused Ethiopia of filling the dam without a deal. Egyptian foreign minister Badr Abdelatty '
     'said Cairo would take all measures necessary to protect its water security.',
     ("Badr Abdelatty", "threaten", "Ethiopia")),
    ('Lithuania banned Belarusian trucks on Friday. "Minsk will take retaliatory measures," Belarusian '
     'foreign minister Maxim Ryzhenkov said.', ("Maxim Ryzhenkov", "threaten", "Lithuania")),
])
def test_promised_forceful_measures_are_a_threat(text, expected):
    got = _read(text)
    if expected is None:  # "reserves the right to take countermeasures": a threat held in reserve
        assert any(t == "threaten" for _, t, _ in got), got
    else:
        assert expected in got, got


@pytest.mark.parametrize("text", [
    '"We will take measures to improve hospitals in the north," Ghana\'s health minister Kwabena Mintah '
    'Akandoh said.',
    'Brazil took all necessary measures to rescue the miners last year, Brazilian mines minister '
    'Alexandre Silveira said.',
    '"Farmers should take the necessary measures to protect their crops from frost," Chile\'s agriculture '
    'minister Esteban Valenzuela said.',
])
def test_measures_that_are_no_threat(text):
    got = _read(text)
    assert not any(t == "threaten" for _, t, _ in got), got


@pytest.mark.parametrize("text, expected", [
    ('Indonesia announced a ban on nickel exports to the European Union on Monday. "The European Union will '
     'take all necessary measures," EU trade commissioner Maroš Šefčovič said.',
     ("Maroš Šefčovič", "threaten", "Indonesia")),
    ('Mexico imposed a 30 percent tariff on Brazilian steel on Friday. "Brazil will respond firmly," '
     'Brazilian trade minister Geraldo Alckmin said.', ("Geraldo Alckmin", "threaten", "Mexico")),
])
def test_a_threat_answers_the_news_maker_of_a_measure(text, expected):
    got = _read(text)
    assert expected in got, got
