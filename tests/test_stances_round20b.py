"""Round 20b: wrong holders and wrong types of stances the finder already sees.

Own invented sentences (new names and places), negatives first: sentences that must not fire.
"""

from __future__ import annotations

from stance_reading import read


# --- "warned that ... would face prosecution": the law's answer to wrongdoers is a threat -------

def test_hardship_warned_of_stays_a_concern():
    got = read("The Finnish foreign ministry warned that farmers could face losses before spring.")
    assert ("Finland", "T", None) not in got
    assert ("Finland", "N", None) in got


def test_inability_is_no_refusal():
    got = read("Doctors in Lima warned that patients could not accept further delays.")
    assert not any(c == "T" for _, c, _ in got)


def test_warned_prosecution_threatens():
    got = read("Kenya's interior minister Joseph Kamau warned that those who shelter the gunmen would "
               "face prosecution.")
    assert ("Joseph Kamau", "T", None) in got
    assert not any(c == "N" for _, c, _ in got)


def test_warned_held_accountable_threatens():
    got = read("Peru's interior minister Rosa Quispe warned that anyone who blocked the roads would be "
               "held accountable.")
    assert ("Rosa Quispe", "T", None) in got


def test_warned_would_not_tolerate_threatens():
    got = read("Brazil's foreign minister Ana Costa warned that Brasilia would not tolerate incursions "
               "into its territory.")
    assert ("Ana Costa", "T", None) in got or any(c == "T" and h == "Ana Costa" for h, c, _ in got)


# --- "Peru said it was worried": the pronoun is the reporter's, not an earlier clause's subject --

def test_pronoun_after_other_clause_subject_stays_with_its_reporter():
    got = read("Chile offered to send food; Peru said it was worried and urged calm.")
    assert ("Peru", "N", None) in got and ("Peru", "R", None) in got
    assert ("Chile", "N", None) not in got and ("Chile", "R", None) not in got


def test_pronoun_with_that_after_reporter():
    got = read("Chile offered to send food; Peru said that it was worried.")
    assert ("Peru", "N", None) in got
    assert ("Chile", "N", None) not in got


def test_coordinated_verb_after_dummy_it_is_the_reporters():
    got = read("Kenya's Foreign Minister Musalia Mudavadi said it was 'a message to all', and urged other "
               "states to follow Ghana's example.")
    assert ("Musalia Mudavadi", "R", None) in got
    assert ("Kenya", "R", None) not in got


def test_it_after_a_person_reporter_without_coordination_is_left_to_the_linker():
    # "said it had urged calm": "it" is no dummy; the person is not its antecedent
    got = read("The Kenyan foreign minister Musalia Mudavadi said it had urged calm.")
    assert ("Musalia Mudavadi", "R", None) not in got


# --- "X, in a message police said was authentic, denied ...": the aside holds no subject --------

def test_aside_after_subject_is_skipped():
    got = read("The Shining Path, in a message circulated online that police said was genuine, denied "
               "any involvement.")
    assert ("Shining Path", "J", None) in got
    assert not any(h == "police" for h, _, _ in got)


def test_aside_does_not_hide_a_fronted_subject():
    got = read("In a statement that police called genuine, the Shining Path denied any involvement.")
    assert ("Shining Path", "J", None) in got


def test_in_turn_aside():
    got = read("Peru, in turn, condemned the attack by Chile.")
    assert ("Peru", "A", "Chile") in got


# --- "spoke to us": the reporter, an interview, no consultation -------------------------------

def test_partner_not_an_actor_is_still_a_consultation():
    got = read("Eritrea rejected the report on Monday. Its ambassador, Samuel Tekle, spoke with regional "
               "leaders an hour after the vote.")
    assert ("Samuel Tekle", "C", None) in got


def test_spoke_to_us_is_an_interview():
    got = read("Eritrea rejected the report on Monday. Its ambassador, Samuel Tekle, spoke to us an hour "
               "after the vote.")
    assert not any(c == "C" for _, c, _ in got)


# --- "I thank those countries that ...": thanks to unnamed backers is praise with no target -----

def test_praise_of_a_thing_is_no_stance():
    got = read("Eritrea's ambassador Samuel Tekle praised the weather in Geneva.")
    assert not any(c == "S" for _, c, _ in got)


def test_countries_named_without_thanks_are_no_praise():
    got = read("Eritrea's ambassador Samuel Tekle said the vote split the countries of the region.")
    assert not any(c == "S" for _, c, _ in got)


def test_thanks_to_unnamed_countries_is_praise():
    got = read("Eritrea's ambassador Samuel Tekle said: \"I thank those countries that stood with the truth.\"")
    assert ("Samuel Tekle", "S", None) in got


def test_thanks_to_friendly_nations_is_praise():
    got = read("Eritrea's ambassador Samuel Tekle thanked all the friendly nations.")
    assert ("Samuel Tekle", "S", None) in got


# --- "Minister X said Brazil would offer Uganda a loan": the official voices the offer ----------

def test_offer_reported_about_another_state_stays_that_states():
    got = read("Uganda closed the border. Kenya's finance minister, Amina Juma, said Brazil had offered "
               "Uganda a bridge loan.")
    assert ("Brazil", "S", "Uganda") in got
    assert ("Amina Juma", "S", "Uganda") not in got


def test_offer_told_directly_is_the_states():
    got = read("Uganda closed the border. Brazil offered Uganda a bridge loan.")
    assert ("Brazil", "S", "Uganda") in got


def test_offer_of_own_state_reported_by_its_official_is_the_officials():
    got = read("Uganda closed the border. Brazil's finance minister, Fernando Haddad, said his country was "
               "prepared to offer Uganda a bridge loan.")
    assert ("Fernando Haddad", "S", "Uganda") in got
    assert ("Brazil", "S", "Uganda") not in got
