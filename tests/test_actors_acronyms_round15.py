"""Round 15: acronyms of bodies the gazetteer does not know, and organs named with their parent.

Invented names and countries throughout; each sentence failed before the change it tests, or
guards a false positive that the change could have caused.
"""

from __future__ import annotations

import pytest

from reactlib import parse


def _show(text, actors):
    return f"{text!r} -> {[(a.name, a.kind) for a in actors]}"


def _org(text, name):
    actors = parse(text).actors
    return next((a for a in actors if a.name == name and a.kind in ("organization", "group")), None), actors


@pytest.mark.parametrize("text, name", [
    # an acronym with a hyphenated part is a party's, not a person's name
    ("MDP-KF said the vote had been free and fair.", "MDP-KF"),
    ("The ruling MDP-KF accused the opposition of stoking unrest in the capital of Velmora.", "MDP-KF"),
    ("Officials of the RNC-B warned that the count would take a week.", "RNC-B"),
    # after "the", before a past-tense verb or an auxiliary
    ("The VSB detained three journalists in Dravonia on Tuesday.", "VSB"),
    ("The KTRC has suspended two radio stations in Keltria.", "KTRC"),
    # after "according to"
    ("According to the QRF, the raid near Ostrava left four dead.", "QRF"),
    ("According to PLDM, turnout in Velmora was below forty percent.", "PLDM"),
    # still: before a reporting verb
    ("The state broadcaster TRZ reported that the minister of Velmora had resigned.", "TRZ"),
])
def test_an_unknown_acronym_that_acts_is_an_organisation(text, name):
    found, actors = _org(text, name)
    assert found is not None, _show(text, actors)


@pytest.mark.parametrize("text, full, acronym", [
    ("The Dravonian Farmers Union (DFU) called a strike. The DFU said prices had collapsed.",
     "Dravonian Farmers Union", "DFU"),
    ("The Velmoran Democratic Alliance (VDA) rejected the result. Later the VDA said it would appeal.",
     "Velmoran Democratic Alliance", "VDA"),
])
def test_an_acronym_defined_in_brackets_is_the_same_actor(text, full, acronym):
    actors = parse(text).actors
    named = [a for a in actors if a.name in (full, acronym)]
    assert len(named) == 1 and named[0].name == full, _show(text, actors)
    assert len(named[0].mentions) >= 2, _show(text, actors)


@pytest.mark.parametrize("text, word", [
    ("The talks began at 10:00 GMT on Monday, officials in Velmora said.", "GMT"),
    ("The meeting ended at 3 PM EST, Keltrian officials said.", "EST"),
    ("The CEO said profits would fall this year.", "CEO"),
    ("The SUV crashed into a checkpoint outside Ostrava, the police said.", "SUV"),
    ("The GDP contracted by two percent, the Keltrian finance ministry said.", "GDP"),
    ("The US said it was concerned by the violence in Keltria.", "US"),
    ("BREAKING NEWS: floods hit the south of Dravonia.", "BREAKING"),
    # a structure given an acronym in brackets is no body, whatever verb follows it later
    ("The Upper Velm Hydro Dam (UVHD) opened in May. Engineers said the UVHD has doubled output.", "UVHD"),
    ("Keltria's minister said the KTX was a source of pride.", "KTX"),
])
def test_an_all_capital_word_that_names_no_body_is_no_actor(text, word):
    actors = parse(text).actors
    assert not any(a.name == word for a in actors), _show(text, actors)


@pytest.mark.parametrize("text, organ", [
    ("The UN Security Council will meet on Friday to discuss Keltria.", "UN Security Council"),
    ("The African Union Commission condemned the coup in Keltria.", "African Union Commission"),
    ("The European Commission said it would send observers to Velmora.", "European Commission"),
    ("The U.N. Security Council voted to extend the mission in Dravonia.", "U.N. Security Council"),
])
def test_an_organ_named_alone_stays_the_organ(text, organ):
    found, actors = _org(text, organ)
    assert found is not None, _show(text, actors)


@pytest.mark.parametrize("text, organ, parent", [
    ("Keltria's bid to join the European Union has stalled. The European Commission said on Monday it "
     "would send a mission to Keltria.", "European Commission", "European Union"),
    ("Dravonia will host next month's African Union summit. The African Union Commission said it "
     "was alarmed by the fighting in Velmora.", "African Union Commission", "African Union"),
    ("There was unease in Brussels. The European Commission said Velmora's decision was regrettable, "
     "and the bloc's envoy would raise it in talks.", "European Commission", "European Union"),
])
def test_an_organ_that_speaks_is_not_its_parent_named_in_passing(text, organ, parent):
    actors = parse(text).actors
    names = {a.name for a in actors}
    assert organ in names and parent not in names, _show(text, actors)


def test_a_parent_that_acts_itself_keeps_its_name():
    text = ("The European Union imposed sanctions on Keltria on Monday. The European Commission said "
            "the measures would take effect at once.")
    actors = parse(text).actors
    assert "European Union" in {a.name for a in actors}, _show(text, actors)
