"""A damning naming denied in the speaker's own words ("This is not a terrorist attack") is no
condemnation, while the plain naming still is one, aimed at the group that staged the event."""

import pytest

import reactlib

LEAD = ("date 2026-03-02\nRebels of the {group} attacked {place} on Sunday, killing six people.\n\n"
        "{title} {name} said: \"{words}\"")

CASES = [
    ("Liberation Front", "a police post in Ruvanda", "Interior Minister", "Paula Mendes"),
    ("Northern Alliance", "a bus depot near Kesra", "Foreign Minister", "Omar Haddad"),
    ("People's Army", "a market in Lorvik", "Prime Minister", "Ines Baptista"),
]


def _condemnations(text: str) -> list[tuple[str, tuple[int, ...]]]:
    """(holder's name, where the target is mentioned) for every condemnation."""
    result = reactlib.parse(text)
    actors = {a.id: a for a in result.actors}
    return [(actors[s.holder].name,
             tuple(start for start, _ in actors[s.target].mentions) if s.target in actors else ())
            for s in result.stances if s.type == "condemn"]


@pytest.mark.parametrize("group,place,title,name", CASES)
@pytest.mark.parametrize("words", [
    "This is not a terrorist attack. We are still investigating.",
    "This was never a cowardly attack. The facts are not yet known.",
    "It is not a massacre, whatever some say. We ask for calm.",
])
def test_a_denied_naming_condemns_no_one(group, place, title, name, words):
    text = LEAD.format(group=group, place=place, title=title, name=name, words=words)
    assert _condemnations(text) == []


@pytest.mark.parametrize("group,place,title,name", CASES)
@pytest.mark.parametrize("words", [
    "This is a terrorist attack. Those responsible will face justice.",
    "It was a cowardly crime against innocent people.",
])
def test_a_plain_naming_condemns_the_group_that_struck(group, place, title, name, words):
    text = LEAD.format(group=group, place=place, title=title, name=name, words=words)
    found = _condemnations(text)
    assert len(found) == 1
    holder, target_mentions = found[0]
    assert holder.endswith(name.split()[-1])
    attackers = range(text.index("Rebels"), text.index(" attacked"))  # the lead sentence's subject
    assert any(start in attackers for start in target_mentions)
