"""Organisation names by shape, acronyms, parties, national bodies, groups that act, "the bloc".

Sentences written for these tests.
"""

from __future__ import annotations

from reactlib.actors import extract_actors
from reactlib.linking import ActorLinker
from reactlib.nlp import blank_english
from reactlib.types import Article

NLP = blank_english()


def article_of(text: str) -> Article:
    return extract_actors(Article(text=text), NLP(text))


def by_name(text: str) -> dict:
    return {a.name: a for a in article_of(text).actors}


def texts(text: str, actor) -> list[str]:
    return [text[s:e] for s, e in actor.mentions]


def test_military_command_with_a_country_prefix_is_an_organisation():
    text = "The UK Strategic Command said the drill was routine."
    org = by_name(text)["UK Strategic Command"]
    assert (org.kind, org.country) == ("organization", "GBR")


def test_possessive_country_gives_a_named_body_its_country_and_keeps_the_nationality_word():
    text = "Chile's official Andean Press Agency said the vote was calm. Kenya's Joint Chiefs of Staff said more."
    found = by_name(text)
    assert (found["Andean Press Agency"].kind, found["Andean Press Agency"].country) == ("organization", "CHL")
    assert found["Joint Chiefs of Staff"].country == "KEN"
    assert "Chile" in found and "Kenya" in found
    text = "The Peruvian Central Press Agency said the vote was calm."
    assert by_name(text)["Peruvian Central Press Agency"].country == "PER"


def test_long_name_with_an_acronym_is_kept_whole_and_the_acronym_is_a_mention():
    text = ("The United Nations Verification Office in Lomaria (UNVOL) said it was alarmed. "
            "UNVOL later called for calm.")
    org = by_name(text)["United Nations Verification Office in Lomaria"]
    assert org.country is None  # a UN body, not the host country's
    assert texts(text, org) == ["United Nations Verification Office in Lomaria", "UNVOL", "UNVOL"]


def test_armed_group_with_an_acronym_is_a_group_of_its_country():
    text = "Officials blamed the Jaish-e-Tariq Kenya (JTK), which denied it. JTK fighters fled."
    group = by_name(text)["Jaish-e-Tariq Kenya"]
    assert (group.kind, group.country) == ("group", "KEN")


def test_party_named_before_lower_case_party_and_later_bare_name():
    text = "The ruling Peruvian Hope party won the vote. Peruvian Hope said the count was fair."
    party = by_name(text)["Peruvian Hope"]
    assert (party.kind, party.country) == ("organization", "PER")
    assert texts(text, party) == ["Peruvian Hope party", "Peruvian Hope"]


def test_national_body_is_not_the_un_organ_and_takes_the_country_in_context():
    text = ("Kenya's acting president Amos Kariuki convened the National Security Council on Monday. "
            "Later the central election commission said the count would resume.")
    found = by_name(text)
    assert "United Nations" not in found
    assert found["National Security Council"].country == "KEN"
    assert found["central election commission"].country == "KEN"


def test_an_organs_of_its_actor_is_not_a_new_actor():
    text = "The African Union suspended Lomaria after a meeting of its Peace and Security Council."
    assert "Peace and Security Council" not in by_name(text)


def test_hyphenated_given_name_and_multi_word_title():
    text = "Chief Cabinet Secretary Park Min-jae said Japan would respond. Park added nothing."
    person = by_name(text)["Park Min-jae"]
    assert person.role == "Chief Cabinet Secretary"
    assert texts(text, person) == ["Park Min-jae", "Park"]
    text = "Donald Trump-era tariffs stayed, Jane Roe said."
    assert "Donald Trump" in by_name(text)


def test_regional_leaders_are_a_group_when_they_act():
    text = "East African leaders on Friday condemned the coup in Lomaria."
    assert by_name(text)["East African leaders"].kind == "group"


def test_collective_groups_only_when_they_act_outside_quotes():
    text = ('"This is what the West wants," the minister said. Kenya hosted talks between the rebels '
            "and Western governments. Chile urged the international community to act.")
    found = by_name(text)
    assert "West" not in found and "Western governments" not in found
    assert "international community" in found


def test_domestic_group_without_a_country_takes_the_main_country():
    text = ("Peru held a vote on Sunday. Peru's courts confirmed the count, and Peru's army stayed out. "
            "The opposition rejected the result, while Chile said nothing.")
    assert by_name(text)["opposition"].country == "PER"


def test_title_used_as_a_modifier_is_no_person():
    text = "Lomaria, which was granted EU candidate status in 2019, said it would comply."
    assert not any(a.kind == "person" for a in article_of(text).actors)


def test_anonymous_official_of_a_seat_of_power_has_its_country():
    text = "A senior State Department official said the talks were over."
    person = next(a for a in article_of(text).actors if a.anonymous)
    assert person.country == "USA"


def test_the_bloc_links_to_the_organisation_in_focus():
    text = ("Leaders of the Arab League will meet on Monday, the bloc's secretariat said. "
            "Egypt backed the meeting.")
    article = article_of(text)
    linker = ActorLinker(article, NLP(text))
    start = text.index("the bloc")
    assert linker.actor(linker.resolve(start, start + len("the bloc"))).name == "Arab League"


def test_person_at_the_end_of_a_title_with_an_organisation_is_the_speaker():
    text = "Arab League Secretary-General Jane Roe said the talks would go on."
    article = article_of(text)
    linker = ActorLinker(article, NLP(text))
    span = text[: text.index(" said")]
    assert linker.actor(linker.actor_at(0, len(span))).name == "Jane Roe"
    text = "The Andean Development Office (ADO) said it was alarmed."
    article = article_of(text)
    linker = ActorLinker(article, NLP(text))
    end = text.index(" said")
    assert linker.actor(linker.resolve(0, end)).name == "Andean Development Office"
