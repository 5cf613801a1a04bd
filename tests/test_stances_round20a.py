"""Round 20a: stance targets the text leaves to the reader.

Own invented sentences (new names and places), each rule with negatives that must not fire.
"""

from __future__ import annotations

from stance_reading import read

#: A paragraph with no stance, to put a charge and its answer far apart.
FILLER = ("The pipeline runs 900 kilometres through forest and farmland to the port of Vela. "
          "It was built in the 1990s with loans from several banks and carries most of the "
          "region's crude. Traffic on the line was normal on Tuesday, according to the operator, "
          "and tankers were loading at the port as usual. Farmers along the route have long "
          "complained about leaks, and a study published last year counted a dozen spills. "
          "The operator says it has since replaced the oldest sections of pipe. ") * 3


# --- an official rejecting "the charge" answers the charge against their state ------------------

def test_official_rejecting_the_charge_answers_the_accuser_of_their_state():
    got = read("Paraguay accused Bolivia on Monday of blackmail over the transit fee. " + FILLER +
               "\n\nBolivia's trade minister, Anton Berg, rejected the charge in an interview.")
    assert ("Anton Berg", "J", "Paraguay") in got


def test_negative_group_of_the_same_state_still_answers_that_state():
    # a rebel group is no voice of its state: the state's charge against it stays the one answered
    got = read("Bolivia's foreign ministry accused the Chaco Liberation Front of seizing food aid. "
               "The Chaco Liberation Front denied this.")
    assert ("Chaco Liberation Front", "J", None) not in got


def test_negative_no_charge_against_the_state_leaves_no_target():
    got = read("Paraguay said on Monday that the transit fee would rise. " + FILLER +
               "\n\nBolivia's trade minister, Anton Berg, rejected the charge in an interview.")
    assert ("Anton Berg", "J", "Paraguay") not in got


# --- "regretted that Eritrea had refused": the subject opening a concern's that-clause ----------

def test_negative_concern_about_a_thing_keeps_no_target():
    assert ("Ghana", "N", None) in read("Ghana regretted that the talks had failed.")


def test_negative_actor_deeper_in_the_clause_is_no_target():
    assert ("Ghana", "N", None) in read("Ghana expressed concern that the fighting in Sudan could spread.")


def test_negative_holder_itself_as_clause_subject_is_no_target():
    assert ("Ghana", "N", None) in read("Ghana regretted that it had not been consulted.")


def test_regret_that_a_state_refused_targets_that_state():
    got = read("Eritrea boycotted the session on Monday. Ghana regretted that Eritrea had chosen not "
               "to engage with the inquiry.")
    assert ("Ghana", "N", "Eritrea") in got


def test_concern_in_a_quote_targets_the_clause_subject():
    got = read('Eritrea boycotted the session on Monday. Ghana\'s envoy Kwame Asante said: "We regret '
               'that Eritrea has chosen not to engage."')
    assert ("Kwame Asante", "N", "Eritrea") in got


def test_concern_that_a_states_forces_acted_targets_the_state():
    assert ("Ghana", "N", "Kenya") in read("Ghana expressed concern that Kenya's troops had crossed the border.")


# --- "urged a fast and honest investigation": the state the article is about is to investigate --

def test_negative_holders_own_state_is_not_asked():
    got = read("A train derailed in Slovakia on Monday. Slovakia's prime minister Robert Fico called "
               "for a thorough investigation.")
    assert ("Robert Fico", "R", "Slovakia") not in got


def test_negative_ask_without_an_investigation_keeps_no_target():
    got = read("A train derailed in Slovakia on Monday, killing 12 people. Austria called for calm.")
    assert ("Austria", "R", "Slovakia") not in got


def test_negative_someone_named_in_the_ask_is_read_as_before():
    got = read("A train derailed in Slovakia on Monday. Austria called for an investigation into the "
               "attack by the rebels.")
    assert ("Austria", "R", "Slovakia") not in got


def test_unaddressed_investigation_is_asked_of_the_host_state():
    got = read("A train derailed in Slovakia on Monday, killing 12 people. Ukraine's President "
               "Volodymyr Zelensky urged a \"fast and honest\" investigation.")
    assert ("Volodymyr Zelensky", "R", "Slovakia") in got


def test_demanded_inquiry_targets_the_host_state():
    got = read("Floods hit Kyrgyzstan on Monday, killing 40 people. Uzbekistan demanded a thorough "
               "investigation.")
    assert ("Uzbekistan", "R", "Kyrgyzstan") in got


# --- one set of announcing words for punitive deeds (persona non grata reads like the lexicon) ---

def test_negative_announced_or_refused_expulsions_are_no_deed():
    for text in ("Chile said it can declare the Bolivian ambassador persona non grata.",
                 "Chile said it shall declare the Bolivian ambassador persona non grata.",
                 "Chile said it won't declare the Bolivian ambassador persona non grata."):
        assert not any(c == "A" for _, c, _ in read(text)), text


def test_declared_persona_non_grata_is_still_criticism():
    got = read("Chile declared the Bolivian ambassador persona non grata on Monday.")
    assert any(h == "Chile" and c == "A" for h, c, _ in got)


# --- "accused its neighbour": the neighbouring state named just before ---------------------------

def test_negative_a_persons_neighbour_is_no_state():
    got = read("Argentina's president Javier Milei criticised his neighbour for the noise.")
    assert ("Javier Milei", "A", None) in got or not got


def test_negative_its_neighbours_in_the_plural_stay_unresolved():
    assert ("Argentina", "A", "Chile") not in read("Chile reported no fires. Argentina accused its "
                                                   "neighbours of reacting too slowly.")


def test_negative_no_other_state_named_before_leaves_no_target():
    assert ("Argentina", "A", None) in read("Argentina accused its neighbour of reacting too slowly.")


def test_its_neighbour_is_the_state_named_before():
    got = read("A wildfire that started in Chile's south crossed into Argentina on Thursday, and "
               "Argentina accused its neighbour of reacting too slowly.")
    assert ("Argentina", "A", "Chile") in got


# --- "called the tariff an act of aggression": a tariff or levy is the news-maker's decision -----

def test_negative_tariff_with_its_maker_named_keeps_that_maker():
    got = read("Cameroon said on Monday that fuel prices would rise. Chad condemned the tariff imposed "
               "by Nigeria.")
    assert ("Chad", "A", "Cameroon") not in got


def test_negative_holders_own_tariff_is_no_target():
    got = read("Cameroon said on Monday that fuel prices would rise. Chad welcomed its own tariff cut.")
    assert ("Chad", "S", "Cameroon") not in got


def test_tariff_named_an_act_of_aggression_condemns_its_maker():
    got = read("Cameroon tripled the transit tariff on Monday. Chad called the tariff an act of aggression.")
    assert ("Chad", "A", "Cameroon") in got


def test_rejected_levy_targets_its_maker():
    got = read("Cameroon imposed a levy on Chadian oil on Monday. Chad rejected the levy.")
    assert ("Chad", "J", "Cameroon") in got
