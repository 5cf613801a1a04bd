"""Accusations told as attributions of blame, without the word "accuse".

"said it was 'highly likely' that the Belarusian state was behind the cyberattack", "said X was
responsible for the fire", "said X had carried out the attack", "said the sinking bore the
hallmarks of X", "attributed the attack to X": the speaker accuses X. A later "rejected the
accusation" / "denied involvement" answers that speaker. Asking who was behind an attack, or
saying an actor was not behind it, accuses nobody.

Sentences are invented for these tests (other countries and people than any article).
"""

from __future__ import annotations

import pytest

import reactlib

D = "date 2025-03-02\n\n"


def _read(text: str) -> list[tuple[str, str, str | None]]:
    art = reactlib.parse(D + text)
    name = {a.id: a.name for a in art.actors}
    return sorted((name[s.holder], s.type, name.get(s.target)) for s in art.stances)


@pytest.mark.parametrize(("text", "expected"), [
    ("The Lithuanian government said on Friday it was \"highly likely\" that the Belarusian state was behind "
     "the cyberattack.", ("Lithuania", "accuse", "Belarus")),
    ("Ukraine's foreign minister, Andrii Sybiha, said Russia was behind the drone strike on the power plant.",
     ("Andrii Sybiha", "accuse", "Russia")),
    ("Poland's prime minister, Donald Tusk, said Belarus was responsible for the fire at the depot.",
     ("Donald Tusk", "accuse", "Belarus")),
    ("Japan said China had carried out the cyberattack on its ports.", ("Japan", "accuse", "China")),
    ("Seoul said the sinking of the corvette bore the hallmarks of North Korea.",
     ("South Korea", "accuse", "North Korea")),
    ("Estonia attributed the cyberattack to Russia.", ("Estonia", "accuse", "Russia")),
    ("Armenia said Azerbaijan was to blame for the shelling of the border villages.",
     ("Armenia", "accuse", "Azerbaijan")),
])
def test_attribution_of_blame_is_an_accusation(text, expected):
    assert expected in _read(text)


@pytest.mark.parametrize("text", [
    "Officials in Oslo were trying to find out who was behind the attack.",
    "Norway said it did not know who was behind the sabotage.",
    "Finland said Russia was not behind the damage to the cable.",
    "Germany said it stood firmly behind Ukraine.",
    "Kenya said Ethiopia had carried out the reforms it promised.",
    "Canada said it was too early to say whether Russia was responsible for the outage.",
])
def test_no_attribution_no_accusation(text):
    assert [s for s in _read(text) if s[1] == "accuse"] == []


@pytest.mark.parametrize(("text", "expected"), [
    ("The Polish government said it was highly likely that Belarus was behind the fire at the depot. "
     "Minsk rejected the accusation.", ("Belarus", "reject", "Poland")),
    ("Japan said China had carried out the cyberattack on its ports. Beijing denied any involvement.",
     ("China", "reject", "Japan")),
])
def test_answer_to_an_attribution_targets_the_accuser(text, expected):
    assert expected in _read(text)


# --- the removed government as a target ------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Soldiers in Niger deposed President Mohamed Bazoum on Wednesday. The junta's leader, General "
     "Abdourahamane Tiani, accused the ousted government of \"ruining the economy\".",
     ("Abdourahamane Tiani", "accuse", "Mohamed Bazoum")),
    ("Mutinous officers in Guinea-Bissau detained President Umaro Embaló on Sunday. Their spokesman, "
     "Colonel Dinis N'Tchama, blamed the deposed president for the unrest in the capital.",
     ("Dinis N'Tchama", "accuse", "Umaro Embaló")),
])
def test_the_removed_government_is_its_leader(text, expected):
    assert expected in _read(text)


def test_a_former_government_without_a_coup_has_no_target():
    text = ("Police in Lima detained the journalist Gustavo Gorriti on Monday. Peru's president, Dina Boluarte, "
            "accused the former government of \"ruining the economy\".")
    got = [s for s in _read(text) if s[1] == "accuse"]
    assert got == [("Dina Boluarte", "accuse", None)]


# --- "the regime" is the state the article is about ------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Venezuela's opposition leader, María Corina Machado, accused the regime of stealing the election.",
     ("María Corina Machado", "accuse", "Venezuela")),
    ("Belarus jailed three more journalists on Monday. Lithuania's foreign minister, Kęstutis Budrys, "
     "condemned the regime and said Vilnius would shelter the reporters' families.",
     ("Kęstutis Budrys", "condemn", "Belarus")),
])
def test_the_regime_is_the_host_state(text, expected):
    assert expected in _read(text)


def test_an_official_does_not_call_his_own_government_a_regime():
    text = "Venezuela's foreign minister, Yván Gil, accused the regime of lying about the election."
    got = [s for s in _read(text) if s[1] == "accuse"]
    assert ("Yván Gil", "accuse", "Venezuela") not in got


@pytest.mark.parametrize(("text", "expected"), [
    ("Chad said the Wagner group was behind it.", ("Chad", "accuse", "Wagner Group")),
    ("Sudan said the attack was carried out by the Rapid Support Forces.",
     ("Sudan", "accuse", "Rapid Support Forces")),
    ("Iraq said it was clear that Turkey was behind the drone strike on Sinjar.", ("Iraq", "accuse", "Turkey")),
])
def test_more_attributions(text, expected):
    assert expected in _read(text)


@pytest.mark.parametrize("text", [
    "Ukraine said Russian forces were behind the front line near Pokrovsk.",
    "Kenya said its army had carried out the evacuation of the stranded tourists.",
    "Sudan said the evacuation was carried out by the Rapid Support Forces.",
])
def test_more_non_attributions(text):
    assert [s for s in _read(text) if s[1] == "accuse"] == []
