"""Implied stance targets: the group that staged the event, named elsewhere in the article.

- a junta, rebel front or coalition the actor stage lists as an organization (not only as a
  "group") is the perpetrator when its name says so ("the junta", "Saudi-led coalition");
- "the coalition", "the alliance" as the object of an appeal or the subject of the act stands for
  the one actor whose name ends in that noun;
- "had struck", "have seized" are active (a perfect, not a passive): their subject did it;
- a bare charge in the lead ("blamed the Eastern Alliance, which has been shelling …") names the
  perpetrator as "blamed X for the attack" does;
- "urged the military to …" is a demand on the state whose army it is ("military" is both a
  describing word and the head);
- "condemned any attempt to seize power" blames whoever seized it;
- "demanded the release of X" is aimed at whoever staged the event in which X was detained.

Sentences and articles are invented for these tests (other countries, groups and people than any
article); each rule is also checked where it must stay silent.
"""

from __future__ import annotations

import pytest

import reactlib

D = "date 2025-06-11\n\n"
CLASS = {"support": "S", "praise": "S", "welcome": "S", "accuse": "A", "criticize": "A", "condemn": "A",
         "appeal": "R", "demand": "R", "reject": "J", "threaten": "T", "consult": "C", "mediate": "M",
         "concern": "N"}


def _read(text: str) -> set[tuple[str, str, str | None]]:
    art = reactlib.parse(D + text)
    name = {a.id: a.name for a in art.actors}
    return {(name[s.holder], CLASS[s.type], name.get(s.target)) for s in art.stances}


COUP = ("Mutinous officers led by Major Idrissa Kambou seized the national broadcaster in "
        "Ouagadougou on Sunday and detained President Roch Kabore. They announced that a "
        "\"Patriotic Movement for Renewal\" now ran Burkina Faso.\n\n"
        "Ghana called the coup \"a grave setback\". Senegal condemned \"any attempt to seize power by "
        "force\". The European Union urged the junta to free the president. Nigeria demanded the "
        "immediate release of Kabore.")


def test_a_junta_listed_as_an_organization_is_the_one_condemned():
    got = _read(COUP)
    assert ("Ghana", "A", "junta") in got, got


def test_condemning_an_attempt_to_seize_power_blames_the_junta():
    got = _read(COUP)
    assert ("Senegal", "A", "junta") in got, got


def test_demanding_the_release_of_someone_detained_in_the_coup_targets_the_junta():
    got = _read(COUP)
    assert ("Nigeria", "R", "junta") in got, got  # not the state: the junta holds him


def test_demanding_a_release_without_anyone_staging_it_keeps_no_target():
    got = _read("Peru's foreign ministry demanded the release of Luis Arce, a businessman held since May.")
    assert ("Peru", "R", None) in got, got


STRIKE = ("N'DJAMENA, June 11 - An air strike hit a clinic in Abeche on Tuesday, killing 12 people, "
          "aid workers said. Local officials blamed the Chadian-led coalition, which has been shelling the "
          "town since March.\n\n"
          "A spokesman said the coalition had struck \"a command post\".\n\n"
          "Norway said it \"condemns\" the attack and called on the coalition to respect the laws of war.")


def test_a_coalition_named_by_its_head_noun_is_the_perpetrator():
    got = _read(STRIKE)
    coalition = {t for h, c, t in got if h == "Norway"}
    assert len(coalition) == 1 and "coalition" in str(coalition.pop()).lower(), got
    assert {c for h, c, t in got if h == "Norway"} == {"A", "R"}, got


def test_a_perfect_tense_act_is_active_and_names_who_did_it():
    text = ("A tanker was hit off the coast on Friday. Eritrea had struck the ship twice, officials said.\n\n"
            "Japan condemned the attack.")
    assert ("Japan", "A", "Eritrea") in _read(text)


def test_soldiers_led_by_an_officer_make_no_perpetrator_of_the_officer():
    text = ("Troops led by General Ismail Hamdi stormed the parliament on Monday.\n\n"
            "Jordan condemned the attack.")
    assert ("Jordan", "A", "Ismail Hamdi") not in _read(text)


def test_a_junta_ruling_before_an_unclaimed_killing_is_not_blamed_for_it():
    text = ("An opposition leader was shot dead in Bamako on Sunday. The junta denied any role.\n\n"
            "Ghana condemned the killing.")
    assert ("Ghana", "A", None) in _read(text)


def test_a_passive_perfect_names_no_one():
    text = ("A tanker had been struck off the coast on Friday, officials said.\n\nJapan condemned the attack.")
    assert ("Japan", "A", None) in _read(text)


def test_urging_the_military_is_a_demand_on_its_state():
    text = ("Sudan's military government on Monday rejected reports of famine in Darfur.\n\n"
            "Canada and Norway issued a joint statement urging the military to allow aid convoys through.")
    got = _read(text)
    assert ("Canada", "R", "Sudan") in got, got
    assert ("Norway", "R", "Sudan") in got, got


def test_a_head_noun_no_actor_ends_in_stands_for_no_one():
    text = ("Gunfire was heard near the border on Monday.\n\n"
            "Kenya called on the coalition to respect the ceasefire.")
    assert ("Kenya", "R", None) in _read(text)


def test_and_a_modal_ends_the_object_of_a_condemnation():
    text = ("Gunmen seized the parliament in Maseru on Monday.\n\n"
            "Botswana condemned the seizure of power and would send envoys led by Foreign Minister "
            "Phenyo Butale to Maseru.")
    got = _read(text)
    assert not any(h == "Botswana" and t == "Phenyo Butale" for h, c, t in got), got


@pytest.mark.parametrize(("text", "expected"), [
    ("Israel's air strike on a school in Rafah killed 30 people on Monday, officials said.\n\n"
     "Jordan condemned the attack.", ("Jordan", "A", "Israel")),
    ("Russia's invasion of Ukraine entered its third year on Monday.\n\nPoland condemned the invasion.",
     ("Poland", "A", "Russia")),
])
def test_the_owner_of_an_event_noun_in_the_lead_staged_it(text, expected):
    assert expected in _read(text)


@pytest.mark.parametrize("text", [
    "Pakistan's deadliest bombing in a decade killed 40 people in Quetta on Monday.\n\nIndia condemned the attack.",
    "A blast hit Ukraine's power grid on Monday.\n\nLatvia condemned the attack.",
])
def test_the_place_of_an_event_is_not_its_perpetrator(text):
    got = _read(text)
    assert not any(c == "A" and t in ("Pakistan", "Ukraine") for h, c, t in got), got


def test_soldiers_named_as_agent_of_a_passive_act_stand_for_the_junta():
    text = ("The presidential palace in Niamey was seized by soldiers loyal to General Abdou Tiani on Wednesday. "
            "Ghana urged the junta to free the president.\n\nFrance condemned the coup.")
    assert ("France", "A", "junta") in _read(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("A drone strike hit a market in Sumy on Friday. The attack, which Russia launched at dawn, killed "
     "nine people.\n\nLatvia condemned the attack.", ("Latvia", "A", "Russia")),
    ("An air strike hit a wedding in Hajjah on Friday, killing 21 people. The strike, which the Saudi-led "
     "coalition carried out, drew wide condemnation.\n\nOman condemned the attack.",
     ("Oman", "A", "Saudi-led coalition")),
    # a relative clause of reaction names no perpetrator
    ("A drone strike hit a market in Sumy on Friday. The attack, which Russia condemned, killed nine "
     "people.\n\nLatvia condemned the attack.", ("Latvia", "A", None)),
])
def test_the_subject_of_a_staging_relative_clause_staged_the_event(text, expected):
    assert expected in _read(text)


def test_a_council_the_article_calls_the_junta_is_the_perpetrator():
    from reactlib.stances.culprits import perpetrator_by_name
    from reactlib.types import Actor

    text = "The Supreme Council for Order took power. The junta set a curfew. The Sahel Forum met."
    council = Actor(id="c", name="Supreme Council for Order", kind="organization",
                    mentions=[(4, 29), (text.index("The junta"), text.index("The junta") + 9)])
    forum = Actor(id="f", name="Sahel Forum", kind="organization", mentions=[(text.index("Sahel"), len(text) - 5)])
    assert perpetrator_by_name([council, forum], ("group", "organization")) is None
    assert perpetrator_by_name([council, forum], ("group", "organization"), text) == "c"
