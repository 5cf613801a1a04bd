"""Stances round 19a: stances with no classic cue word.

- a consultation told with a time adjunct between the verb and its partner ("spoke by
  telephone on Thursday night with X");
- help worded as an act: a sum of money pledged ("pledged $3 million for the flood victims",
  "pledged 2 million euros to X") and aid flown in ("flew in three planeloads of tents").

Negatives: speaking to reporters, a sum pledged for one's own budget plan with no help word and
an actor that is no state helped, flights flown in a place.

Sentences are invented for these tests (other countries, people and events than any article).
"""

from __future__ import annotations

from stance_reading import read_types

D = "date 2026-03-03\n\n"
FLOOD = "Floods swept through Zambezia province in Mozambique on Monday, killing 40 people. "


def _read(text: str) -> set[tuple[str, str, str | None]]:
    return read_types(text, D)


# consultations with a time adjunct

def test_spoke_by_telephone_with_a_time_adjunct_is_a_consultation():
    got = _read("Protests broke out in Slovakia on Friday. Austrian Chancellor Karl Nehammer spoke by "
                "telephone on Thursday night with Slovak Prime Minister Robert Fico.")
    assert any(t == "consult" and {h, x} == {"Karl Nehammer", "Robert Fico"} for h, t, x in got), got


def test_spoke_late_on_sunday_with_is_a_consultation():
    got = _read("Protests broke out in Slovakia on Friday. Hungary's foreign minister Peter Szijjarto "
                "spoke late on Sunday with Slovak Prime Minister Robert Fico.")
    assert any(t == "consult" and "Robert Fico" in (h, x) for h, t, x in got), got


def test_speaking_on_thursday_night_to_reporters_is_no_consultation():
    got = _read("Protests broke out in Slovakia on Friday. Austrian Chancellor Karl Nehammer spoke on "
                "Thursday night to reporters in Vienna.")
    assert not any(t == "consult" for _, t, _ in got), got


# money pledged, aid flown in

def test_a_sum_pledged_for_victims_supports_the_stricken_state():
    got = _read(FLOOD + "Norway pledged $3 million for the flood victims.")
    assert ("Norway", "support", "Mozambique") in got, got


def test_a_sum_pledged_in_the_present_tense_supports_the_stricken_state():
    got = _read(FLOOD + "Sweden pledges 2 million euros to Mozambique.")
    assert ("Sweden", "support", "Mozambique") in got, got


def test_a_pledge_to_investigate_is_no_aid():
    got = _read(FLOOD + "Mozambique's president pledged a full inquiry into the dam operators.")
    assert not any(t == "support" for _, t, _ in got), got


def test_a_sum_announced_for_its_own_army_is_no_aid():
    got = _read(FLOOD + "Separately, Norway announced 3 percent growth for its economy.")
    assert not any(t == "support" for _, t, _ in got), got


def test_aid_flown_in_supports_the_stricken_state():
    got = _read(FLOOD + "Botswana flew in three planeloads of tents and blankets.")
    assert ("Botswana", "support", "Mozambique") in got, got


def test_flying_in_a_place_is_no_aid():
    got = _read(FLOOD + "Botswana's president flew in Zambian airspace on his way home.")
    assert not any(t == "support" for _, t, _ in got), got


def test_a_consultation_with_a_state_s_minister_in_apposition_is_with_the_person():
    got = _read("Protests broke out in Slovakia on Friday. Austrian Chancellor Karl Nehammer spoke by "
                "telephone on Thursday night with Slovakia's foreign minister, Juraj Blanar, his office said.")
    assert any(t == "consult" and "Juraj Blanar" in (h, x) for h, t, x in got), got


# a border closure announced on a condition

def test_closing_the_border_if_a_charge_is_proved_threatens_the_neighbour():
    got = _read("Belarus detained a Latvian journalist on Monday. Latvia said it would shut the last crossing "
                "on its border with Belarus if the journalist was not freed.")
    assert ("Latvia", "threaten", "Belarus") in got, got


def test_closing_a_border_with_no_condition_is_a_plan_no_threat():
    got = _read("An outbreak of cholera was reported in Belarus on Monday. Latvia would close its border "
                "crossings with Belarus for two weeks, Prime Minister Evika Silina said.")
    assert not any(t == "threaten" for _, t, _ in got), got


def test_closing_schools_if_cases_rise_is_no_threat_to_anyone():
    got = _read("An outbreak of cholera was reported in Belarus on Monday. Latvia would close schools "
                "if cases rose, Prime Minister Evika Silina said.")
    assert not any(t == "threaten" and x is not None for _, t, x in got), got


# help offered with the one helped as first object

def test_offering_a_named_neighbour_rescue_support_supports_it():
    got = _read(FLOOD + "Zambian President Hakainde Hichilema offered Mozambique rescue support.")
    assert ("Hakainde Hichilema", "support", "Mozambique") in got, got


def test_offering_a_named_state_the_use_of_ports_supports_it():
    got = _read(FLOOD + "Tanzania offered Mozambique the use of its ports at Mtwara.")
    assert ("Tanzania", "support", "Mozambique") in got, got


def test_offering_a_named_state_an_apology_is_no_support():
    got = _read(FLOOD + "Tanzania offered Mozambique an apology for the delay at Mtwara.")
    assert ("Tanzania", "support", "Mozambique") not in got, got


# punishments weighed

def test_reviewing_visa_restrictions_on_officials_threatens_their_state():
    got = _read("Belarus detained a Latvian journalist on Monday. Estonia said it would review visa "
                "restrictions on Belarusian officials.")
    assert ("Estonia", "threaten", "Belarus") in got, got


def test_considering_barring_airlines_threatens_their_state():
    got = _read("Belarus detained a Latvian journalist on Monday. Estonia said it would consider barring "
                "Belarusian airlines from its airspace.")
    assert ("Estonia", "threaten", "Belarus") in got, got


def test_reviewing_travel_restrictions_for_a_disease_is_no_threat():
    got = _read("An outbreak of cholera was reported in Belarus on Monday. Estonia said it would review "
                "travel restrictions on visitors from Belarus.")
    assert not any(t == "threaten" for _, t, _ in got), got


def test_considering_banning_plastic_bags_is_no_threat():
    got = _read("Estonia said on Monday it would consider banning plastic bags.")
    assert not any(t == "threaten" for _, t, _ in got), got


# punitive deeds

BOAT = "Bolivia seized a Peruvian fishing boat on Lake Titicaca on Monday. "


def test_an_envoy_declared_persona_non_grata_is_criticism_of_the_envoy_s_state():
    got = _read(BOAT + "Peru declared the Bolivian ambassador persona non grata.")
    assert ("Peru", "criticize", "Bolivia") in got, got


def test_a_pact_suspended_with_a_state_is_criticism_of_it():
    got = _read(BOAT + "Peru suspended its fishing agreement with Bolivia on Tuesday.")
    assert ("Peru", "criticize", "Bolivia") in got, got


def test_visas_revoked_of_a_state_s_officials_is_criticism_of_it():
    got = _read(BOAT + "Peru revoked the visas of three Bolivian officials.")
    assert ("Peru", "criticize", "Bolivia") in got, got


def test_a_pact_only_threatened_is_no_criticism():
    got = _read(BOAT + "Peru said it would suspend its fishing agreement with Bolivia.")
    assert ("Peru", "criticize", "Bolivia") not in got, got


def test_declaring_a_state_of_emergency_and_revoking_a_licence_are_no_stance():
    got = _read(BOAT + "Peru declared a state of emergency in Puno and revoked the licence of a Bolivian bank.")
    assert not any(t == "criticize" for _, t, _ in got), got


def test_a_journalist_declared_persona_non_grata_is_no_diplomatic_protest():
    got = _read(BOAT + "Peru declared a Bolivian journalist, Ana Quispe, persona non grata.")
    assert ("Peru", "criticize", "Bolivia") not in got, got


# something ruled out

TARIFF = "Zambia imposed a new tariff on Malawian maize on Monday. "


def test_talks_with_a_state_out_of_the_question_rejects_it_and_are_no_consultation():
    got = _read(TARIFF + '"Talks with Lusaka under these conditions are out of the question," Malawi\'s '
                "trade minister Mark Phiri said.")
    assert ("Mark Phiri", "reject", "Zambia") in got, got
    assert not any(t == "consult" for _, t, _ in got), got


def test_a_deal_ruled_out_in_narration_is_a_rejection():
    got = _read(TARIFF + "Malawi said a deal with Zambia was simply off the table.")
    assert ("Malawi", "reject", "Zambia") in got, got


def test_not_out_of_the_question_leaves_it_open():
    got = _read(TARIFF + "Malawi said talks with Zambia were not out of the question.")
    assert not any(t == "reject" for _, t, _ in got), got


def test_a_question_out_of_order_is_no_rejection():
    got = _read(TARIFF + "Malawi said the question of compensation was raised by Zambia.")
    assert not any(t == "reject" for _, t, _ in got), got


def test_residence_granted_to_an_exiled_cleric_supports_him():
    got = _read("Honduras expelled opposition leader Jorge Mena on Sunday. Costa Rica granted Mena "
                "humanitarian residence on Monday.")
    assert ("Costa Rica", "support", "Jorge Mena") in got, got


def test_a_licence_granted_to_a_company_is_no_support():
    got = _read("Honduras expelled the Catholic priest Jorge Mena on Sunday. Costa Rica granted Honduras "
                "a licence to fish in the gulf.")
    assert ("Costa Rica", "support", "Honduras") not in got, got


def test_citizenship_offered_to_him_supports_the_exile():
    got = _read("Honduras expelled opposition leader Jorge Mena on Sunday. Spain said it would offer him "
                "citizenship.")
    assert ("Spain", "support", "Jorge Mena") in got, got


def test_help_named_by_the_helper_s_own_agency_is_not_help_to_that_agency():
    got = _read("A bomb killed a judge in Mombasa, Kenya, on Monday. The United States offered FBI "
                "support to the Kenyan police.")
    assert not any(t == "support" and x == "FBI" for _, t, x in got), got
