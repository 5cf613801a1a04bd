"""Quotes, third round: tricky speakers in wire reaction copy (own passages, varied events).

Each passage is short wire copy whose quotes have a speaker that is easy to get wrong:
the post first and the name in commas ("the Ecuadorian interior minister, Rosa Quispe,
said"), "said X, who heads Y", "according to X, who leads Y", a quote paragraph that
continues the previous speaker, two speakers in one paragraph, "X added", a pronoun
after an intervening other name, "In a post on X, the minister wrote:", and partial
quotes inside indirect speech. The expected speaker of every quote was written down
before the library was run on the passage.
"""

from __future__ import annotations

import pytest

import reactlib


def speakers(text: str) -> list[tuple[str, str, str]]:
    article = reactlib.parse(text)
    names = {a.id: a.name for a in article.actors}
    return [(q.kind, q.text, names.get(q.speaker) or "") for q in article.quotes]


def speaker_of(text: str, kind: str, fragment: str) -> str:
    found = [s for k, t, s in speakers(text) if k == kind and fragment in t]
    assert found, f"no {kind} quote containing {fragment!r} in {speakers(text)}"
    return found[0]


# (passage, [(kind, a fragment of the quote, the expected speaker's actor name)])
PASSAGES = [
    ('The sanctions are "a gift to smugglers," said Tomas Varga, who heads the Hungarian Freight Association.',
     [("partial", "a gift to smugglers", "Tomas Varga")]),
    ('In a post on X, Foreign Minister Ingrid Holm wrote: "Norway stands with the people of Tonga after this '
     'terrible eruption."',
     [("direct", "Norway stands with the people of Tonga", "Ingrid Holm")]),
    ('"The border will stay closed until further notice," the Ecuadorian interior minister, Rosa Quispe, said on '
     'Monday.\n\n"We have no other choice while the gangs control the crossings."',
     [("direct", "The border will stay closed", "Rosa Quispe"), ("direct", "We have no other choice", "Rosa Quispe")]),
    ('"This is a day of shame," said opposition leader Daniel Okafor. "It is a day of justice," Interior Minister '
     'Grace Eze replied.',
     [("direct", "This is a day of shame", "Daniel Okafor"), ("direct", "It is a day of justice", "Grace Eze")]),
    ("The foreign ministry's spokesperson, Lin Jiahui, told a briefing that Beijing \"firmly opposes\" the new tariffs.",
     [("indirect", "Beijing", "Lin Jiahui"), ("partial", "firmly opposes", "Lin Jiahui")]),
    ('Prime Minister Kaja Mets said Estonia would expel two diplomats. "We will not tolerate espionage on our soil," '
     'Mets added.',
     [("indirect", "Estonia would expel two diplomats", "Kaja Mets"), ("direct", "We will not tolerate", "Kaja Mets")]),
    ('Governor Alicia Moreno met the mayor of Tijuana, Raul Ortega, on Friday. "The water has to reach every '
     'neighbourhood by June," she said.',
     [("direct", "The water has to reach every neighbourhood", "Alicia Moreno")]),
    ('At least forty people were killed in the landslide, according to Pedro Salazar, the head of the Peruvian civil '
     'defence agency.',
     [("indirect", "At least forty people were killed", "Pedro Salazar")]),
    ('Finance Minister Rahul Mehta said the central bank had acted "far too late" to curb inflation.',
     [("indirect", "the central bank had acted", "Rahul Mehta"), ("partial", "far too late", "Rahul Mehta")]),
    ('"Our pilots did nothing wrong," said Colonel Jan Novak, who commands the Czech air wing in Lithuania. He said '
     'the jets had stayed inside NATO airspace.',
     [("direct", "Our pilots did nothing wrong", "Jan Novak"),
      ("indirect", "the jets had stayed inside NATO airspace", "Jan Novak")]),
    ('Kenyan President William Ruto spoke to Somali leader Hassan Sheikh Mohamud by phone. "We agreed to reopen the '
     'border posts," Ruto said after the call.',
     [("direct", "We agreed to reopen the border posts", "William Ruto")]),
    ('"The ceasefire is holding in the north," Colonel Samir Haddad told reporters. "But in the south, we still hear '
     'shelling every night," he added.',
     [("direct", "The ceasefire is holding", "Samir Haddad"), ("direct", "But in the south", "Samir Haddad")]),
    ('In a post on Telegram, Ukrainian Defence Minister Oleksii Bondar wrote that the drones had been shot down over '
     'the Black Sea.',
     [("indirect", "the drones had been shot down", "Oleksii Bondar")]),
    ("The Philippine coast guard spokesman, Jay Tarriela, said Chinese vessels had fired water cannon at a supply "
     "boat. Beijing's embassy called the account \"baseless.\"",
     [("indirect", "Chinese vessels had fired water cannon", "Jay Tarriela"), ("partial", "baseless", "China")]),
    ('"We are not going to pay a ransom to anyone," Nigerian police commissioner Fatima Bello said. Bello added that '
     'the search for the kidnapped pupils would continue.',
     [("direct", "We are not going to pay a ransom", "Fatima Bello"),
      ("indirect", "the search for the kidnapped pupils", "Fatima Bello")]),
    ('The election was "neither free nor fair," according to Maria Lopes, who leads the European Union observer '
     'mission in Mozambique.',
     [("partial", "neither free nor fair", "Maria Lopes")]),
    ('Chilean President Gabriel Boric said the fires were "the worst tragedy since the 2010 earthquake." Interior '
     'Minister Carolina Toha said 112 people had died.',
     [("indirect", "the fires were", "Gabriel Boric"), ("partial", "the worst tragedy", "Gabriel Boric"),
      ("indirect", "112 people had died", "Carolina Toha")]),
    ('"Nobody in this city has slept for three nights," said Aylin Demir, who runs a shelter in Antakya.\n\n'
     '"We need tents, blankets and clean water, and we need them now."',
     [("direct", "Nobody in this city has slept", "Aylin Demir"), ("direct", "We need tents", "Aylin Demir")]),
    ('"We reject this decision completely," the Serbian foreign ministry\'s spokeswoman, Milica Ilic, told a news '
     'conference in Belgrade.',
     [("direct", "We reject this decision completely", "Milica Ilic")]),
    ('Australian Prime Minister Anthony Albanese said he had raised the detention of the journalist with Chinese '
     'Premier Li Qiang. "I was very clear," Albanese said.',
     [("indirect", "he had raised the detention", "Anthony Albanese"), ("direct", "I was very clear", "Anthony Albanese")]),
    ('Ethiopia\'s army had "completely withdrawn" from the town, said Getachew Reda, who leads the regional '
     'administration in Tigray.',
     [("indirect", "Ethiopia's army had", "Getachew Reda"), ("partial", "completely withdrawn", "Getachew Reda")]),
    ('"The strike will go on until the government listens," union leader Ana Ferreira said, while Labour Minister '
     'Paulo Costa said the talks would resume on Monday.',
     [("direct", "The strike will go on", "Ana Ferreira"), ("indirect", "the talks would resume on Monday", "Paulo Costa")]),
    ('The government of Bangladesh "will not force anyone to return," Foreign Minister Hasan Mahmud said. Rohingya '
     'leader Mohammed Rafique welcomed the pledge. "It gives our families hope," he said.',
     [("partial", "will not force anyone to return", "Hasan Mahmud"),
      ("direct", "It gives our families hope", "Mohammed Rafique")]),
    ('Three soldiers were wounded in the attack near the border with Mali, said Captain Ibrahim Traore, who speaks '
     'for the army in Burkina Faso.',
     [("indirect", "Three soldiers were wounded", "Ibrahim Traore")]),
    ('"Dialogue is the only way forward," said Luis Arce, who spoke to reporters in La Paz. "I invite the opposition '
     'to sit with us."',
     [("direct", "Dialogue is the only way forward", "Luis Arce"), ("direct", "I invite the opposition", "Luis Arce")]),
    ('"The port will reopen on Thursday," the Greek shipping minister, Nikos Pappas, told state television.',
     [("direct", "The port will reopen on Thursday", "Nikos Pappas")]),
]


@pytest.mark.parametrize("text, expected", PASSAGES, ids=[f"p{i:02d}" for i in range(len(PASSAGES))])
def test_tricky_speaker(text, expected):
    for kind, fragment, speaker in expected:
        assert speaker_of(text, kind, fragment) == speaker


@pytest.mark.parametrize("text, speaker", [
    ('"We will not sign," the Bolivian energy minister, Marcela Rojas, said.', "Marcela Rojas"),
    ('"The vote was rigged," the party\'s lawyer, Ms. Maria Santos, told reporters.', "Maria Santos"),
])
def test_the_person_named_after_the_post_speaks_not_the_country_of_the_title(text, speaker):
    (kind, _, got), = speakers(text)
    assert (kind, got) == ("direct", speaker)


def test_a_circumstance_before_a_name_is_not_a_post():
    text = 'In the capital, Ana Ruiz said the curfew "will be lifted soon."'
    assert speaker_of(text, "indirect", "the curfew") == "Ana Ruiz"
