"""Stances round 6: which organisations speak for their country when stances are merged, nominal
stances before their holder, and the like — on sentences written for these tests, through
``reactlib.parse`` with real names, the way an unseen article is read.
"""

from __future__ import annotations

import reactlib


def _named(text: str) -> list[tuple[str, str, str | None]]:
    art = reactlib.parse(text)
    name = {a.id: a.name for a in art.actors}
    return [(name[s.holder], s.type, name.get(s.target)) for s in art.stances]


# -- 1. an organisation with a country is its country's voice only when it is a state body ----------


def test_a_governing_movement_keeps_its_own_voice_beside_its_country():
    # the Taliban govern Afghanistan (from 2021) but are not the Afghan state's voice: both praises stay
    got = _named(" date 2024-05-02 The Afghan foreign ministry praised Qatar for its mediation. "
                 "The Taliban also praised Qatar on Thursday.")
    assert ("Afghanistan", "praise", "Qatar") in got
    assert ("Taliban", "praise", "Qatar") in got


def test_a_governing_movement_as_target_is_not_merged_with_its_country():
    got = _named(" date 2023-08-14 Iran summoned Afghanistan's ambassador over the water dispute. "
                 "Tehran later accused the Taliban of violating a 1973 treaty.")
    assert ("Iran", "criticize", "Afghanistan") in got
    assert ("Iran", "accuse", "Taliban") in got


def test_a_state_company_and_a_party_keep_their_own_voice():
    got = _named(" date 2025-02-03 Russia's state gas company Gazprom criticised Austria over the contract. "
                 "Moscow also criticised Austria.")
    assert ("Gazprom", "criticize", "Austria") in got
    assert ("Russia", "criticize", "Austria") in got
    got = _named(" date 2024-10-28 The ruling Georgian Dream party welcomed Hungary's support. "
                 "Tbilisi also welcomed Hungary on Monday.")
    assert ("Georgian Dream", "welcome", "Hungary") in got
    assert ("Georgia", "welcome", "Hungary") in got


def test_a_state_body_is_still_one_voice_with_its_country():
    # a state news agency speaks for its state: one condemnation, not two
    got = _named(" date 2025-03-11 North Korea's state news agency KCNA condemned South Korea over the drills. "
                 "Pyongyang condemned South Korea again on Friday.")
    assert len([s for s in got if s[1] == "condemn" and s[2] == "South Korea"]) == 1


# -- 2. a stance told as a noun before its holder ------------------------------------------------------


def test_a_fronted_condemnation_of_an_event_condemns_its_maker():
    got = _named(" date 2025-03-11 Iran fired a ballistic missile on Sunday. "
                 "In a condemnation of the test, the G7 said it threatened regional stability.")
    assert ("Group of Seven", "condemn", "Iran") in got


def test_a_fronted_show_of_support_and_rebuke_name_their_target():
    got = _named(" date 2025-05-06 Russian drones hit Odesa overnight. "
                 "In a show of support for Kyiv, Poland sent two more air defence batteries.")
    assert ("Poland", "support", "Ukraine") in got
    got = _named(" date 2025-05-06 Vietnam expanded an island in the Spratlys. "
                 "In a sharp rebuke to Hanoi, Beijing said the work was illegal.")
    assert ("China", "criticize", "Vietnam") in got


def test_a_fronted_phrase_that_is_no_stance_adds_none():
    got = _named(" date 2025-05-06 In a statement on Monday, Kenya welcomed the deal. "
                 "In a speech to parliament, Ruto praised Ethiopia.")
    assert [s for s in got if s[1] in ("condemn", "criticize", "support", "threaten", "reject")] == []


# -- 3. support with its owner between verb and noun ------------------------------------------------------


def test_an_owner_between_the_verb_and_the_noun_of_support_keeps_the_stance():
    got = _named(" date 2023-02-07 A powerful earthquake struck Syria. Qatari emir Sheikh Tamim bin Hamad "
                 "Al Thani expressed the emirate's solidarity with Syria.")
    assert ("Tamim bin Hamad Al Thani", "support", "Syria") in got or ("Qatar", "support", "Syria") in got
    got = _named(" date 2024-07-01 A landslide buried a village in Nepal. India's foreign secretary conveyed "
                 "the Indian government's deepest condolences to Nepal.")
    assert any(s[1] == "support" and s[2] == "Nepal" for s in got)
    got = _named(" date 2025-06-02 Chancellor Friedrich Merz reaffirmed Germany's unwavering support for Ukraine.")
    assert got == [("Friedrich Merz", "support", "Ukraine")]


def test_an_owners_support_in_narration_is_no_stance():
    got = _named(" date 2025-06-02 Critics in Warsaw questioned Germany's full support for Ukraine.")
    assert [s for s in got if s[1] == "support"] == []


# -- 4. paying for what a named beneficiary needs is aid to it ---------------------------------------------


def test_a_pledge_to_pay_fund_or_rebuild_for_a_named_beneficiary_is_support():
    got = _named(" date 2024-09-30 Israeli strikes hit Beirut. Qatar pledged to pay the fuel bills of Lebanon's army.")
    assert ("Qatar", "support", "Lebanon") in got
    got = _named(" date 2023-09-15 Floods devastated Derna. The EU promised to fund Libya's reconstruction.")
    assert ("European Union", "support", "Libya") in got
    got = _named(" date 2025-01-20 Norway vowed to rebuild Ukraine's damaged power stations.")
    assert ("Norway", "support", "Ukraine") in got


def test_a_pledge_to_pay_with_no_beneficiary_named_is_no_stance():
    got = _named(" date 2025-01-20 Chile pledged to pay its foreign debts on time. "
                 "Peru promised to fund new hospitals.")
    assert got == []


# -- 5. wordings seen in the development articles, tried on other sentences ----------------------------------


def test_reserving_its_own_right_to_respond_is_a_threat():
    got = _named(" date 2025-08-02 Armed drones struck a Jordanian border post. "
                 "\"The kingdom reserves its full right to respond,\" Jordan's foreign ministry said.")
    assert ("Jordan", "threaten", None) in got


def test_refusing_to_stand_by_while_is_neither_support_nor_rejection():
    got = _named(" date 2025-08-02 \"We will not stand by while our citizens are expelled,\" "
                 "Hungarian Prime Minister Viktor Orban said.")
    assert [s for s in got if s[1] in ("support", "reject")] == []


def test_an_actor_inside_a_relative_clause_after_the_object_is_no_target():
    got = _named(" date 2025-08-02 Kenya condemned an ambush that killed four soldiers near Somalia's border.")
    assert ("Kenya", "condemn", "Somalia") not in got


def test_a_clause_after_after_with_no_actor_subject_gives_no_holder():
    got = _named(" date 2025-08-02 Riot police cleared the square, Bolivia's interior ministry said, "
                 "after striking miners refused to end the blockade. Kenya, after a long cabinet meeting, condemned Sudan.")
    assert [s for s in got if s[1] == "reject"] == []
    assert ("Kenya", "condemn", "Sudan") in got


def test_a_clause_after_after_with_an_actor_subject_is_that_actors():
    got = _named(" date 2025-08-02 Japan recalled its envoy after Russia condemned Ukraine's new law.")
    assert ("Russia", "condemn", "Ukraine") in got
    assert ("Japan", "condemn", "Ukraine") not in got
