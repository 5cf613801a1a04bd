"""Stances round 17: namings that voice worry or endorsement ("called X 'deeply worrying'",
"described the measure as long overdue").

Earlier rounds read a naming ("called", "described as", "branded") that damns, approves,
dismisses a charge or calls a decision a mistake. A naming of worry ("deeply worrying",
"alarming", "troubling") is a concern with no target; a naming of endorsement ("long overdue",
"the right decision", "a necessary step", "the only way to …") supports whoever made the thing
named: an actor named in it, else the article's news-maker when the thing is "the decision",
"the measure". Negated namings and other adjectives stay silent.

Sentences are invented for these tests (other countries, bodies and events than any article).
"""

from __future__ import annotations

from stance_reading import read_types

D = "date 2025-06-11\n\n"


def _read(text: str) -> set[tuple[str, str, str | None]]:
    return read_types(text, D)


def test_a_naming_of_worry_is_a_concern():
    got = _read('The African Union called the flooding in the Sahel "deeply worrying".')
    assert ("African Union", "concern", None) in got, got


def test_alarming_as_a_description_is_a_concern():
    got = _read("Norway described the melting of the ice sheet as alarming on Tuesday.")
    assert ("Norway", "concern", None) in got, got


def test_troubling_after_an_adverb_of_degree_is_a_concern():
    got = _read('Canada\'s foreign minister Mélanie Joly called the reports "extremely troubling".')
    assert ("Mélanie Joly", "concern", None) in got, got


def test_a_negated_worry_is_no_concern():
    got = _read('Brazil called the drought "not particularly worrying" for its harvest.')
    assert not any(t == "concern" for _, t, _ in got), got


def test_concerning_as_a_preposition_is_no_concern():
    got = _read("Mexico called a meeting concerning the border crossings on Friday.")
    assert not any(t == "concern" for _, t, _ in got), got


def test_long_overdue_supports_the_news_maker():
    got = _read("Ghana raised its import tariff on rice on Monday.\n\n"
                'Nigeria\'s trade minister Doris Uzoka-Anite called the measure "long overdue".')
    assert ("Doris Uzoka-Anite", "support", "Ghana") in got, got


def test_the_right_decision_supports_the_owner_named_in_it():
    got = _read('Austria called Slovenia\'s recount "the right decision" for the region.')
    assert ("Austria", "support", "Slovenia") in got, got


def test_the_only_way_supports_the_news_maker():
    got = _read("Bolivia's electoral tribunal ordered a full recount on Sunday.\n\n"
                'Opposition senator Carlos Mesa called the recount "the only way to restore trust".')
    got_types = {(h, t) for h, t, _ in got}
    assert ("Carlos Mesa", "support") in got_types, got


def test_an_adjective_of_no_stance_stays_silent():
    got = _read('Portugal called the new rules "rather technical".')
    assert not any(t in ("concern", "support") for _, t, _ in got), got


def test_the_wrong_decision_is_no_support():
    got = _read('Austria called Slovenia\'s recount "not the right decision".')
    assert ("Austria", "support", "Slovenia") not in got, got


def test_the_maker_of_the_act_is_found_past_a_headline():
    got = _read("Colombia's recount: how the parties reacted\n\n"
                "Colombia's National Electoral Council ordered a manual recount on Sunday after the "
                "Liberal Party alleged fraud.\n\n"
                'The newspaper El Tiempo called the recount "the only way to restore trust".')
    assert ("El Tiempo", "support", "National Electoral Council") in got, got


def test_a_decision_owned_in_the_lead_is_supported():
    got = _read("Press review: Uruguay's ban on beef exports\n\n"
                "Uruguay's decision to halt beef exports to Brazil, announced on Friday, leads the papers.\n\n"
                'The daily El Observador calls the measure "a necessary step".')
    assert ("El Observador", "support", "Uruguay") in got, got


# --- dismissals worded as fiction ("called it 'another hysterical fantasy'") -------------------

ESPIONAGE = ("The Netherlands accused China of hacking its defence ministry on Monday.\n\n"
             "Beijing rejected the accusation. Foreign ministry spokeswoman Mao Ning called it {}.")


def test_a_charge_called_a_fantasy_is_rejected():
    got = _read(ESPIONAGE.format('"another hysterical fantasy"'))
    assert ("Mao Ning", "reject", "Netherlands") in got, got


def test_a_charge_called_fiction_is_rejected():
    got = _read(ESPIONAGE.format('"pure fiction"'))
    assert ("Mao Ning", "reject", "Netherlands") in got, got


def test_a_fantasy_that_is_no_charge_is_no_rejection():
    got = _read('Finland\'s culture minister Sari Multala called the new opera "a fantasy of colour".')
    assert not any(t == "reject" for _, t, _ in got), got
