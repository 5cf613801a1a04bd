"""Stances round 14 (denials): a denial answers the charge made just before it.

"Norway accused Russia of jamming GPS signals. Russia denied this": to deny is always to deny a
charge, so whatever the object ("this", "it", "the reports", "any role"), the rejection's target
is whoever last made a charge against the denier. "Rejected the idea that they are to blame"
names the blame itself. With no charge reported before, the denial keeps no target.

Sentences are invented for these tests (other countries, people and events than any article).
"""

from __future__ import annotations

import pytest

from stance_reading import read_types

D = "date 2025-06-11\n\n"


def _read(text: str) -> set[tuple[str, str, str | None]]:
    return read_types(text, D)


@pytest.mark.parametrize("text, expected", [
    ("Norway accused Russia of jamming GPS signals over the Arctic. Russia denied this.",
     ("Russia", "reject", "Norway")),
    ("Kenya accused Somalia of shelling border villages on Monday. Somalia denied it on Tuesday.",
     ("Somalia", "reject", "Kenya")),
    ("Chile accused Argentina of fishing illegally in its waters. Argentina has denied that.",
     ("Argentina", "reject", "Chile")),
    ("Vietnam accused Cambodia of diverting the river. Cambodia denies this, saying the canal is legal.",
     ("Cambodia", "reject", "Vietnam")),
    ("Ghana accused Togo of harbouring the fugitive general. Togo denied the reports.",
     ("Togo", "reject", "Ghana")),
    ("Armenia accused Azerbaijan of firing on a village. Azerbaijan denied any role in the shooting.",
     ("Azerbaijan", "reject", "Armenia")),
    ("Egypt blamed Sudan for the collapse of the talks. Sudan rejected the idea that it was to blame.",
     ("Sudan", "reject", "Egypt")),
    ("Poland accused Belarus of pushing migrants across the border. Belarus has repeatedly denied this.",
     ("Belarus", "reject", "Poland")),
    ("Greece accused Turkey of violating its airspace dozens of times. Turkey flatly denied this.",
     ("Turkey", "reject", "Greece")),
    ("Peru blamed Ecuador for the oil spill. Ecuador rejected any blame for the spill.",
     ("Ecuador", "reject", "Peru")),
])
def test_a_denial_targets_the_one_who_made_the_charge(text, expected):
    got = _read(text)
    assert expected in got, got


def test_a_denial_with_no_charge_before_keeps_no_target():
    got = _read("Norway praised Russia for the rescue at sea. Russia denied this was a sign of a thaw.")
    assert ("Russia", "reject", "Norway") not in got, got


def test_rejecting_an_offer_is_not_read_as_denying_a_charge():
    got = _read("Mali accused Algeria of arming the rebels. Niger rejected this plan for a new road.")
    assert ("Niger", "reject", "Mali") not in got, got


@pytest.mark.parametrize("text, expected", [
    ("Colombia accused the National Liberation Army of bombing a pipeline. The National Liberation Army "
     "denied this.", ("National Liberation Army", "reject", "Colombia")),
    ("Nigeria accused Boko Haram of kidnapping the pupils. Boko Haram denied the accusation.",
     ("Boko Haram", "reject", "Nigeria")),
])
def test_a_rebel_group_denying_its_own_state_charge_targets_the_state(text, expected):
    got = _read(text)
    assert expected in got, got
