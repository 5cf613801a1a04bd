"""Stances round 7: paraphrases seen in reaction wire copy (passives with no actor before them,
protests addressed to someone, offers of mediation told as nouns, appositive winners, "X joined Y
in ...", hyphenated act verbs) — on sentences written for these tests about varied events, read
through ``reactlib.parse`` the way an unseen article is read.
"""

from __future__ import annotations

import pytest

import reactlib

D = " date 2025-06-10 "


def _named(text: str) -> list[tuple[str, str, str | None]]:
    art = reactlib.parse(D + text)
    name = {a.id: a.name for a in art.actors}
    return [(name[s.holder], s.type, name.get(s.target)) for s in art.stances]


# -- the wider set: each sentence and the stance it must yield (holder, type, target or None = any) ----

CASES = [
    ("The junta seized power in Niger on Wednesday. The coup was condemned by the African Union.",
     ("African Union", "condemn", "junta")),
    ("Iran seized a tanker on Friday. The seizure was denounced by the United Kingdom as piracy.",
     ("United Kingdom", "condemn", "Iran")),
    ("France and Germany condemned the military takeover in Niger.", ("Germany", "condemn", None)),
    ("Senegal joined Ghana in calling for the release of President Bazoum.", ("Senegal", "appeal", None)),
    ("Senegal joined Ghana in calling for the release of President Bazoum.", ("Ghana", "appeal", None)),
    ("Britain has joined France in condemning the coup.", ("United Kingdom", "condemn", None)),
    ("A strong earthquake struck eastern Turkey. Japan's prime minister said his country stands ready "
     "to help Turkey.", ("Japanese prime minister", "support", "Turkey")),
    ("Canada pledged $20 million in aid to Morocco after the quake.", ("Canada", "support", "Morocco")),
    ('"We urge both sides to exercise restraint," the Chinese foreign ministry said.', ("China", "appeal", None)),
    ("Brazil congratulated the winner, Nicolas Maduro.", ("Brazil", "praise", "Nicolas Maduro")),
    ("Ghana congratulated the election winner, John Mahama, on Sunday.", ("Ghana", "praise", "John Mahama")),
    ("The United States welcomed the hostage release deal between Israel and Hamas.",
     ("United States", "welcome", None)),
    ("Egypt welcomed the release of the hostages.", ("Egypt", "welcome", None)),
    ("The court ruled on Friday. South Africa hailed the ruling as a victory for justice.",
     ("South Africa", "praise", None)),
    ("Kenya praised the verdict on Tuesday.", ("Kenya", "praise", None)),
    ("India protested to Pakistan over the cross-border shelling.", ("India", "criticize", "Pakistan")),
    ("Pakistan lodged a strong protest with India over the shelling.", ("Pakistan", "criticize", "India")),
    ("Armenia demanded an explanation from Azerbaijan for the shelling of border villages.",
     ("Armenia", "demand", "Azerbaijan")),
    ("The European Union imposed new sanctions on Belarus on Monday.", ("European Union", "criticize", "Belarus")),
    ("North Korea test-fired a ballistic missile on Sunday. South Korea and Japan condemned the launch.",
     ("Japan", "condemn", "North Korea")),
    ("Pakistan test-launched a cruise missile. India called the launch a provocation.",
     ("India", "condemn", "Pakistan")),
    ("Poland voiced deep concern over the missile test.", ("Poland", "concern", None)),
    ("Israel rejected the ruling of the International Court of Justice.",
     ("Israel", "reject", "International Court of Justice")),
    ("Oman offered to mediate between Iran and Britain.", ("Oman", "mediate", None)),
    ("Turkey expressed its readiness to mediate between Russia and Ukraine.", ("Turkey", "mediate", None)),
    ("Egypt reiterated its willingness to mediate.", ("Egypt", "mediate", None)),
    ("Kenya appealed to both sides to return to the negotiating table.", ("Kenya", "appeal", None)),
    ("Australia called on Thailand to release the detained fishermen.", ("Australia", "appeal", "Thailand")),
    ("Chinese President Xi Jinping spoke with Russian President Vladimir Putin by telephone.",
     ("Xi Jinping", "consult", "Vladimir Putin")),
    ("Mexico summoned Ecuador's ambassador after the raid on its embassy.", ("Mexico", "criticize", "Ecuador")),
    ("Belgium threatened to expel Russian diplomats.", ("Belgium", "threaten", "Russia")),
    ("Thailand warned Cambodia of a firm response to any further shelling.", ("Thailand", "threaten", "Cambodia")),
    ("Italy expressed solidarity with the people of Libya after the floods.", ("Italy", "support", None)),
    ("Algeria denounced the coup and called for a return to constitutional order.", ("Algeria", "appeal", None)),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_wire_sentence_yields_its_stance(text, expected):
    holder, type_, target = expected
    got = _named(text)
    assert any(g[0] == holder and g[1] == type_ and (target is None or g[2] == target) for g in got), got


# -- what the new readings must not take ---------------------------------------------------------------


def test_a_complaint_to_a_third_party_still_targets_the_one_complained_of():
    got = _named("Ukraine complained to the United Nations about Russia.")
    assert ("Ukraine", "criticize", "Russia") in got
    assert ("Ukraine", "criticize", "United Nations") not in got


def test_a_passive_without_an_agent_names_no_holder():
    assert _named("The junta seized power in Niger. The coup was condemned on Thursday.") == []


def test_a_plain_object_after_a_comma_is_not_an_appositive():
    # "the deal, Qatar said": no role noun before the comma, no target taken from after it
    got = _named("Kenya welcomed the deal, and Ethiopia praised Qatar.")
    assert ("Kenya", "welcome", "Ethiopia") not in got


def test_joining_talks_is_not_joining_a_stance():
    # "joined Sweden in" must stand right before the cue: here no stance cue follows "in"
    got = _named("Norway joined Sweden in Oslo on Monday. Qatar later condemned the attack on the embassy.")
    assert [g for g in got if g[0] in ("Norway", "Sweden")] == []
