"""Actors round 20 (branch actors20).

1. A story with no dateline (a live blog, an explainer) takes its local people's country from a
   capital or listed city its headline names (dateline.headline_country).

Every sentence is invented for the test; negatives first.
"""

from __future__ import annotations

from reactlib import parse
from reactlib.actors.dateline import headline_country
from reactlib.actors.gazetteer import default_gazetteer
from actor_reading import person_ending


# -- 1. the headline's place -------------------------------------------------------------------
def test_headline_without_a_place_or_with_two_countries_places_nothing():
    g = default_gazetteer()
    # a country's name is the actor of the headline, not where the story is written
    assert headline_country(" date 2026-05-02 Reactions as Estonia closes its border\n\nText.", g) is None
    # places of two countries
    assert headline_country(" date 2026-05-02 Talks in Tallinn and Riga stall\n\nText.", g) is None
    # the seat of an international body places nobody
    assert headline_country(" date 2026-05-02 Live: summit in Brussels\n\nText.", g) is None


def test_a_dateline_or_a_body_sentence_is_not_a_headline():
    g = default_gazetteer()
    # a dateline whose town is unknown: the dateline rule has spoken, the headline is not read
    assert headline_country(" date 2026-05-02 Flood in Tallinn\n\nKEILA, May 2 - Water rose.\n", g) is None
    # a double dateline is not a headline
    assert headline_country(" date 2026-05-02 TALLINN/RIGA, May 2 - Talks stalled\n\nMore.\n", g) is None
    # the first line is a sentence of the body
    assert headline_country(" date 2026-05-02 A strike closed the port of Tallinn on Monday.\n\nMore.\n", g) is None


def test_headline_capital_or_listed_city_gives_its_country():
    g = default_gazetteer()
    assert headline_country(" date 2026-05-02 LIVE: Fire at a Tallinn market\n\n09:00 - Hello.\n", g) == "EST"
    assert headline_country(" date 2026-05-02 Live: Gdansk shipyard blast\n\n09:00 - Hello.\n", g) == "POL"


_BLOG = (" date 2026-05-02 LIVE: Fire at a Tallinn market - what we know\n\n"
         "09:00 - Good morning. A fire destroyed a covered market overnight.\n\n"
         "09:20 - Interior Minister Kalev Tamm said the blaze \"was not an accident\".\n\n"
         "09:40 - The European Commission offered help. Health Commissioner Ilse Brandt said she was "
         "\"deeply saddened\".\n")


def test_international_officials_are_not_placed_by_the_headline():
    brandt = person_ending(_BLOG, "Brandt")
    assert brandt is not None and brandt.country is None


def test_local_titled_person_takes_the_headline_country():
    tamm = person_ending(_BLOG, "Tamm")
    assert tamm is not None and tamm.country == "EST"


# -- 2. "Its <role>, Name," after a body's sentence ---------------------------------------------
def _actor(text, name):
    for a in parse(text).actors:
        if a.name.endswith(name):
            return a
    return None


def test_its_after_a_country_subject_keeps_the_country():
    text = ("TALLINN, May 2 - Estonia summoned Latvia's envoy on Monday over the border closure. "
            "Its foreign minister, Kadri Saar, said the move was \"unfriendly\".")
    saar = _actor(text, "Saar")
    assert saar is not None and saar.country == "EST" and saar.organization is None


def test_its_after_a_person_subject_does_nothing():
    text = ("RIGA, May 2 - Prime Minister Janis Ozols visited the port on Monday. "
            "Its harbour master, Peteris Liepa, said the ice had cleared.")
    liepa = _actor(text, "Liepa")
    assert liepa is not None and liepa.organization is None


def test_its_officer_of_an_international_body_has_no_country():
    text = ("LIBREVILLE, May 2 - Gabon and Equatorial Guinea traded accusations over the island. "
            "The Economic Community of Central African States (ECCAS) urged calm. "
            "Its commission president, Jean-Paul Ndoye, said he would host talks in Libreville.")
    ndoye = _actor(text, "Ndoye")
    assert ndoye is not None and ndoye.country is None
    assert ndoye.organization == "Economic Community of Central African States"


def test_its_inside_the_body_sentence_and_a_former_post():
    text = ("LIBREVILLE, May 2 - Gabon held a run-off on Sunday. "
            "The African Union said a mission led by its political affairs director, Amara Kone, would arrive. "
            "The Organisation of Islamic Cooperation said its observers were ready. Its mission chief, "
            "former Gabonese prime minister Rose Ondo, said the count was orderly.")
    kone = _actor(text, "Kone")
    assert kone is not None and kone.country is None and kone.organization == "African Union"
    ondo = _actor(text, "Ondo")
    assert ondo is not None and ondo.country is None


# -- 3. an organ named after a dateline's dash --------------------------------------------------
def _names(text):
    return {a.name: a for a in parse(text).actors}


def test_organ_ending_a_longer_proper_name_is_still_not_the_un():
    actors = _names("ACCRA, May 2 - Ghana's National Security Council met on Friday.")
    assert "United Nations" not in actors and "UN Security Council" not in actors


def test_un_organ_right_after_a_datelines_dash_is_found():
    actors = _names('ACCRA, May 2 - The UN human rights office said it was "alarmed" by the arrests.')
    assert "UN human rights office" in actors


# -- 4. roundup labels on their own line or before a dash ---------------------------------------
def test_unknown_or_lower_case_labels_add_nothing():
    text = ("SUVA, May 2 (AP) - Fiji signed the deal on Tuesday.\n\n"
            "WHAT HAPPENS NEXT\nLawmakers will vote in June.\n\n"
            "Reaction\nMinister Jone Rabuka said the deal was fair.\n")
    actors = _names(text)
    assert set(a.kind for a in actors.values()) <= {"country", "person", "group"}
    assert "Reaction" not in actors and "What Happens Next" not in actors


def test_a_demonym_in_the_title_keeps_its_own_country_under_a_label():
    text = ("SUVA, May 2 (AP) - Fiji signed the deal on Tuesday.\n\n"
            "EUROPEAN UNION\nGerman Foreign Minister Karl Weber said the deal was fair.\n")
    assert _names(text)["Karl Weber"].country == "DEU"


def test_label_over_its_paragraph_places_the_titledperson_ending():
    text = ("SUVA, May 2 (AP) - Fiji signed a port deal with China on Tuesday. Wellington said it was concerned.\n\n"
            "CHINA\nForeign ministry spokesman Li Wenhai said the deal was \"open and transparent\".\n\n"
            "PACIFIC ISLANDS FORUM\nForum Secretary-General Sione Taufa said leaders would meet in Apia.\n")
    actors = _names(text)
    assert actors["Li Wenhai"].country == "CHN"
    assert actors["Sione Taufa"].country is None and actors["Sione Taufa"].organization == "Pacific Islands Forum"


def test_dash_label_places_the_titled_person_and_a_body_label_does_not_hide_its_organ():
    text = ("DUBAI, May 2 - A jailed activist died on Thursday, Bahrain said.\n\n"
            "BRITAIN - Foreign Office minister Jane Holt said she was \"saddened\" and called Manama.\n\n"
            "UNITED NATIONS - The UN human rights office said it was \"appalled\".\n")
    actors = _names(text)
    assert actors["Jane Holt"].country == "GBR"
    assert "UN human rights office" in actors and "United Nations" not in actors


# -- 5. "The Government of <Country>" is the country ----------------------------------------------
def test_regional_or_unknown_governments_stay_bodies():
    actors = _names("LAHORE, May 2 - The Government of Punjab has taken note of the ruling.")
    assert "Pakistan" not in actors
    actors = _names("ERBIL, May 2 - The Kurdistan Regional Government rejected the ruling.")
    assert all(a.kind != "country" or a.name != "Kurdistan" for a in actors.values())


def test_government_of_a_country_in_full_is_the_country():
    actors = _names("LOME, May 2 - The Government of the Togolese Republic has taken note of the ruling.")
    assert "Togo" in actors and actors["Togo"].kind == "country"
    assert not any(a.kind == "organization" for a in actors.values())


def test_government_of_a_country_joins_the_country_already_named():
    text = ("DAKAR, May 2 - Senegal recalled its ambassador on Tuesday. In a statement, the Government of the "
            "Republic of Senegal condemned the sale.")
    actors = [a for a in parse(text).actors]
    assert [(a.kind, a.name) for a in actors] == [("country", "Senegal")]
    assert len(actors[0].mentions) == 2


# -- 6. "-registered" like "-based"; a based description of a body's role ------------------------
def test_registered_place_is_no_actor_and_a_person_stays_aperson_ending():
    actors = _names('ATHENS, May 2 - Maria Papadaki, the ship\'s Piraeus-based captain, said she was "cooperating".')
    assert actors["Maria Papadaki"].kind == "person"
    actors = _names("ATHENS, May 2 - Kallisti Maritime, a Piraeus-registered company, said it was cooperating.")
    assert "Greece" not in actors


def test_registered_company_takes_its_place_country():
    actors = _names("TUNIS, May 2 - Kallisti Maritime, a Piraeus-registered company, said it was cooperating.")
    assert actors["Kallisti Maritime"].kind == "organization" and actors["Kallisti Maritime"].country == "GRC"


def test_based_manager_apposed_to_a_body_gives_its_country():
    after = _names("TUNIS, May 2 - Kallisti Maritime, the tanker's Piraeus-registered manager, said it was cooperating.")
    assert after["Kallisti Maritime"].country == "GRC"
    before = _names('TUNIS, May 2 - "We are cooperating," the tanker\'s Piraeus-registered manager, Kallisti Maritime, said.')
    assert before["Kallisti Maritime"].country == "GRC"


def test_label_opening_on_a_country_places_the_titled_person_without_an_actor_of_its_own():
    text = ("SUVA, May 2 (AP) - Fiji signed a port deal with China on Tuesday. Wellington said it was concerned.\n\n"
            "FIJI OPPOSITION\nOpposition leader Mere Tora said the deal was signed \"behind our backs\".\n\n"
            "WHAT COMES NEXT\nParliament speaker Jone Vula said lawmakers would vote in June.\n")
    actors = _names(text)
    assert actors["Mere Tora"].country == "FJI"
    assert "Fiji Opposition" not in actors
