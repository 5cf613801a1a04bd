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
