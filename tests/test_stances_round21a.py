"""Round 21a: the host state read from the event's roles, and targets that rest on it.

Own invented sentences (new names and places), each rule with negatives that must not fire.
"""

from __future__ import annotations

from stance_reading import read

# --- the host state: a nationality word is no news-maker ----------------------------------------


def test_negative_a_state_named_as_subject_stays_the_host():
    got = read("Ghana closed its border with Togo on Monday. Togo said the closure hurt traders. "
               "Togo's ministers met. Benin urged the authorities to reopen the crossing.")
    assert ("Benin", "R", "Ghana") in got


def test_nationality_subject_is_no_host_the_site_is():
    got = read("Ukrainian workers were among 17 dead after a train crash in Slovakia on Monday. "
               "Ukraine's foreign ministry said eight of the dead were its citizens. Ukraine sent "
               "consular staff. Slovakia declared a day of mourning. Poland urged the authorities "
               "to investigate the crash.")
    assert ("Poland", "R", "Slovakia") in got
    assert ("Poland", "R", "Ukraine") not in got


def test_dateline_weighs_for_the_place_of_the_event():
    got = read("KAMPALA, June 3 - Fuel ran out across Uganda on Wednesday. Kenya said the shipments "
               "were halted for safety. Kenya's energy minister defended the halt. Kenya's "
               "president was travelling. Uganda's cabinet met. Rwanda urged the authorities to "
               "ration fuel.")
    assert ("Rwanda", "R", "Uganda") in got


# --- "Chad accused Cameroon of ...": the one charged made the news ------------------------------


def test_negative_a_state_acting_in_the_lead_stays_the_host():
    got = read("Chad tripled the transit fee on crude on Wednesday. Cameroon protested. "
               "Niger urged the authorities to reverse the increase.")
    assert ("Niger", "R", "Chad") in got


def test_negative_charge_against_no_named_state_leaves_the_accuser_host():
    got = read("Chad accused its neighbours on Wednesday of blackmail over the transit fee. "
               "Niger urged the authorities to reverse the increase.")
    assert ("Niger", "R", "Chad") in got


def test_lead_charge_makes_the_charged_state_the_host():
    got = read("Chad accused Cameroon on Wednesday of blackmail after Yaounde tripled the transit fee. "
               "Niger urged the authorities to reverse the increase.")
    assert ("Niger", "R", "Cameroon") in got


# --- an offer of relief that names no one helped -------------------------------------------------


def test_negative_bare_readiness_to_help_is_no_support_of_the_host():
    got = read("Fighting broke out in Karelia on Monday. Finland urged a return to talks, saying "
               "the contact group stood ready to help.")
    assert not any(k == "S" for _, k, _ in got)


def test_negative_offer_to_share_views_helps_no_one():
    got = read("A flood hit Malawi on Monday. Norway said it was ready to share its views.")
    assert ("Norway", "S", "Malawi") not in got


def test_offer_to_send_relief_supports_the_stricken_state():
    got = read("A flood hit Malawi on Monday, killing 40 people. Zambia offered to send rescue teams.")
    assert ("Zambia", "S", "Malawi") in got


def test_readiness_to_help_the_investigation_supports_the_host():
    got = read("A ferry sank off Denmark on Monday. The European Commission said it was ready to "
               "help the investigation.")
    assert ("European Commission", "S", "Denmark") in got


def test_negative_sending_aircraft_to_a_border_is_no_help_to_the_host():
    got = read("A flood hit Malawi on Monday, killing 40 people. Zambia sent fighter jets to the border.")
    assert ("Zambia", "S", "Malawi") not in got


def test_sending_helicopters_supports_the_stricken_state():
    got = read("A wildfire crossed into Argentina on Thursday. Brazil sent two water-bombing planes.")
    assert ("Brazil", "S", "Argentina") in got


def test_negative_a_state_named_as_helped_stays_the_target():
    got = read("A train crashed near Zilina in Slovakia on Monday, killing 17 people. Poland offered "
               "to send rescue teams to Hungary.")
    assert ("Poland", "S", "Hungary") in got
    assert ("Poland", "S", "Slovakia") not in got


def test_helpers_of_the_holders_own_nationality_are_no_target():
    got = read("A train crashed near Zilina in Slovakia on Monday, killing 17 people. Czech Prime "
               "Minister Andrej Babis offered to send Czech rescue teams.")
    assert ("Andrej Babis", "S", "Slovakia") in got


def test_negative_a_team_of_lawyers_is_no_relief():
    got = read("A wildfire crossed into Argentina on Thursday. Uruguay offered a team of lawyers.")
    assert ("Uruguay", "S", "Argentina") not in got


def test_offered_team_of_firefighters_supports_the_stricken_state():
    got = read("A wildfire crossed into Argentina on Thursday. Uruguay offered a team of 60 firefighters.")
    assert ("Uruguay", "S", "Argentina") in got


# --- "rejected what it called interference": the maker of the last charge ----------------------


def test_negative_naming_with_no_charge_before_keeps_no_target():
    got = read("Bahrain rejected what it called foreign interference on Thursday.")
    assert all(t is None for h, k, t in got if h == "Bahrain" and k == "J")


def test_rejecting_what_it_called_interference_targets_the_critic():
    got = read("Iran condemned Bahrain over the death of the activist. Bahrain rejected what it "
               "called foreign interference in its courts.")
    assert ("Bahrain", "J", "Iran") in got


def test_rejecting_any_suggestion_targets_the_accuser():
    got = read("Senegal accused the auctioneer Pierre Dumont of selling a stolen mask. Dumont "
               "rejected any suggestion that he had known the mask was stolen.")
    assert ("Pierre Dumont", "J", "Senegal") in got


# --- demands only the host state can meet --------------------------------------------------------


def test_negative_demand_of_something_else_is_no_ask_of_the_host():
    got = read("Argentina's coast guard seized a Spanish trawler on Tuesday. Argentina said the ship "
               "was fishing illegally. Spain demanded more time.")
    assert ("Spain", "R", "Argentina") not in got


def test_demand_for_consular_access_asks_the_host():
    got = read("Argentina's coast guard seized a Spanish trawler on Tuesday. Argentina said the ship "
               "was fishing illegally. Spain demanded consular access to the crew.")
    assert ("Spain", "R", "Argentina") in got


def test_demand_that_those_responsible_be_punished_asks_the_host():
    got = read("Nine guests died after drinking bootleg vodka at a wedding in Kyrgyzstan. "
               "Kyrgyzstan opened a case. Uzbekistan demanded that those responsible be punished.")
    assert ("Uzbekistan", "R", "Kyrgyzstan") in got


# --- "condemned the launch": the news-maker's act ------------------------------------------------


def test_negative_maker_praising_its_own_launch_is_no_self_target():
    got = read("North Korea launched a spy satellite on Tuesday. North Korea hailed the launch.")
    assert ("North Korea", "S", "North Korea") not in got


def test_condemning_the_launch_targets_the_news_maker():
    got = read("North Korea launched a spy satellite on Tuesday. Japan condemned the launch.")
    assert ("Japan", "A", "North Korea") in got


# --- the host state itself (a direct reading, where no stance shows it yet) ---------------------

def _host(text: str) -> str | None:
    import reactlib
    from reactlib.stances import StanceFinder
    from stance_reading import D

    pipeline = reactlib.get_pipeline()
    art = pipeline.parse(D + text)
    name = {a.id: a.name for a in art.actors}
    return name.get(StanceFinder(art, pipeline.nlp(art.text)).host_state())


def test_negative_without_dateline_the_most_named_country_is_host():
    assert _host("Fuel ran out across Uganda on Wednesday. Kenya said the shipments were halted. "
                 "Kenya blamed a leak. Kenya expects repairs to take a week. Kenya will pay "
                 "for the damage.") == "Kenya"


def test_dateline_capital_weighs_for_its_country():
    assert _host("KAMPALA, June 3 - Fuel ran out across Uganda on Wednesday. Kenya said the shipments "
                 "were halted. Kenya blamed a leak. Kenya expects repairs to take a week. Kenya will pay "
                 "for the damage.") == "Uganda"


def test_nationality_in_the_lead_places_nothing():
    assert _host("Uzbek guests were among nine dead at a wedding in Kyrgyzstan on Sunday. Uzbekistan "
                 "sent a consul. Uzbekistan's foreign ministry asked for details.") == "Kyrgyzstan"


def test_negative_capital_after_the_lead_places_nothing():
    assert _host("Dozens died in a crush after Peru's win over Chile on Saturday. Chile asked for "
                 "details. Chile sent a consul. A vigil was held in Lima on Sunday.") == "Chile"


def test_capital_named_as_a_place_in_the_headline_weighs_for_its_country():
    text = ("Dozens died in a crush after Chile's loss to Peru on Saturday. Chile asked for details. "
            "Chile sent a consul. Peru declared a day of mourning.")
    assert _host(text) == "Chile"  # without the place: mentions and the lead sentence only
    assert _host("Deadly crush at Lima stadium\n\n" + text) == "Peru"
