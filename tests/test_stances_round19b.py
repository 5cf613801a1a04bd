"""Round 19b: whom a stance is aimed at when the text names them only indirectly.

Own invented sentences (new names and places), each with negatives that must not fire.
"""

from __future__ import annotations

from stance_reading import read


# --- "his Ugandan counterpart": the counterpart's state, or its named office-holder ----------

def test_unnamed_counterpart_is_the_country_the_article_names():
    got = read("Tanzania closed its border crossings on Saturday. Kenya's foreign minister Amina Juma "
               "said she had invited her Tanzanian counterpart to Nairobi for talks.")
    assert ("Amina Juma", "C", "Tanzania") in got
    assert not any(t == "Tanzanian foreign minister" for _, _, t in got)


def test_counterpart_named_elsewhere_is_that_person():
    got = read("Togo's President Faure Adjovi ordered the dam gates opened on Monday. Ghana's President "
               "Kofi Mensah said he had spoken by phone with his Togolese counterpart about the floods.")
    assert ("Kofi Mensah", "C", "Faure Adjovi") in got


def test_counterpart_of_a_country_the_article_never_names_is_left_alone():
    # no actor for Burundi: nothing to stand for the counterpart, the stance keeps its target
    got = read("Rwanda's foreign minister Claire Uwase said she had spoken by phone with her Burundian "
               "counterpart about the refugees.")
    assert ("Claire Uwase", "C", "Burundian foreign minister") in got


# --- "condemned the attack": the author of any hostile act told with its verb -----------------

def test_attack_told_with_its_verb_targets_the_attackers_state():
    got = read("Gunmen stormed a hotel in Mopti on Saturday. Malian troops attacked a village near the "
               "border on Sunday, killing nine people. Burkina Faso condemned the attack.")
    assert ("Burkina Faso", "A", "Mali") in got


def test_strike_told_with_struck():
    got = read("A fire broke out at a depot in Kasese on Monday. Rwanda struck a fuel depot in "
               "eastern Congo on Tuesday. Angola denounced the strike.")
    assert ("Angola", "A", "Rwanda") in got


def test_launch_told_with_fired():
    got = read("Storms hit the coast on Friday. Iran fired a long-range rocket over the Gulf on "
               "Saturday. Oman criticised the launch.")
    assert ("Oman", "A", "Iran") in got


def test_interception_told_with_intercepted():
    got = read("Heavy fog closed the airport on Sunday. Belarus intercepted a Polish "
               "airliner over the border on Monday. Lithuania condemned the interception.")
    assert ("Lithuania", "A", "Belarus") in got


def test_attack_by_no_named_actor_gets_no_target():
    got = read("Heavy rain fell on Saturday. Unidentified gunmen attacked a village near the border "
               "on Sunday. Burkina Faso condemned the attack.")
    assert ("Burkina Faso", "A", None) in got


def test_the_holders_own_act_is_no_target():
    got = read("A storm hit the coast on Friday. Nigerian jets struck a militant camp on Saturday. "
               "Nigeria defended the strike.")
    assert not any(t == "Nigeria" for _, _, t in got)


def test_struck_a_deal_is_no_strike():
    got = read("Heavy rain fell on Friday. Chile struck a deal with Peru over fishing rights on "
               "Saturday. Later unknown drones hit a port. Bolivia condemned the strike.")
    assert not any(h == "Bolivia" and t in ("Chile", "Peru") for h, _, t in got)


# --- "claimed responsibility" with no "for": the claimant staged the article's event ----------

def test_bare_claim_of_responsibility_names_the_perpetrator():
    got = read("A bomb exploded at a bus station in Garissa on Monday, killing six people. The Black "
               "Dawn Brigade claimed responsibility in a statement on Tuesday. Kenya condemned the bombing.")
    assert ("Kenya", "A", "Black Dawn Brigade") in got


def test_no_one_claiming_responsibility_names_no_one():
    got = read("A bomb exploded at a bus station in Garissa on Monday, killing six people. No group "
               "has claimed responsibility. Kenya condemned the bombing.")
    assert ("Kenya", "A", None) in got


# --- background: a perfect infinitive describes, it takes no position in the news ------------

def test_perfect_infinitive_is_background():
    got = read("Belarus, the only country to have formally recognised the Sahel junta, declined to "
               "comment. Nigeria condemned the junta on Monday.")
    assert not any(h == "Belarus" for h, _, _ in got)
    assert any(h == "Nigeria" and c == "A" for h, c, _ in got)


def test_present_tense_recognition_is_still_read():
    got = read("Belarus formally recognised the Sahel junta on Monday.")
    assert any(h == "Belarus" and c == "S" for h, c, _ in got)


# --- holder level: an official known only by the office relays the state's position ----------

def test_unnamed_envoy_reporting_the_state_leaves_the_position_to_the_state():
    got = read("Chad and Sudan signed a truce in Doha on Monday. The Canadian special envoy said "
               "Ottawa welcomed the truce.")
    assert ("Canada", "S", None) in got or any(h == "Canada" and c == "S" for h, c, _ in got)
    assert not any(h == "Canadian special envoy" for h, _, _ in got)


def test_named_official_reporting_the_state_holds_the_position():
    got = read("Chad and Sudan signed a truce in Doha on Monday. Canadian Foreign Minister Marc "
               "Tremblay said Ottawa welcomed the truce.")
    assert any(h == "Marc Tremblay" and c == "S" for h, c, _ in got)


# --- background: an earlier event that dates the news ------------------------------------------

def test_clause_dated_by_interval_is_background():
    got = read("Zambia expelled the Catholic bishop Sean Kelly on Monday, two weeks after he criticised "
               "the government of Hakainde Hichilema in a sermon.")
    assert not any(h == "Sean Kelly" for h, _, _ in got)
    got = read("Malawi recalled its envoy on Monday, a month after Zambia condemned Malawi over the "
               "border raid.")
    assert not any(h == "Zambia" and t == "Malawi" for h, _, t in got)


def test_after_without_an_interval_keeps_its_stance():
    got = read("Malawi recalled its ambassador on Monday after Zambia condemned the election.")
    assert any(h == "Zambia" and c == "A" for h, c, _ in got)


def test_interval_before_the_main_clause_keeps_the_main_stance():
    got = read("Two weeks after the floods, Zambia condemned the election in Malawi.")
    assert any(h == "Zambia" and c == "A" for h, c, _ in got)
