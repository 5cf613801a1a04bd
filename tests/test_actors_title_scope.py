"""A title's scope between the title and an apposed name: a field, then the place it covers.

"MSF's head of operations for Yemen, Claire Dumont, said" names one person, Claire Dumont,
with the title; before, the field in lower case ("of operations") hid the name after the
comma, and the title alone became a second, unnamed person. Sentences written for this file.
"""

from __future__ import annotations

import pytest

import reactlib

CASES = [
    ("Oxfam's head of operations for Chad, Marie Leclerc, said the camps were full.", "Marie Leclerc"),
    ("Oxfam's head of operations, Marie Leclerc, said the camps were full.", "Marie Leclerc"),
    ("The head of operations for Chad, Marie Leclerc, said the camps were full.", "Marie Leclerc"),
    ("The agency's director of programmes in Niger, Omar Sidibe, said food was short.", "Omar Sidibe"),
]


def people(text: str) -> list[tuple[str, str | None]]:
    article = reactlib.parse(" date 2026-01-01 " + text)
    return [(a.name, a.role) for a in article.actors if a.kind == "person"]


@pytest.mark.parametrize("text,name", CASES)
def test_the_name_after_a_field_and_place_takes_the_title(text, name):
    found = people(text)
    assert [n for n, _ in found] == [name]
    assert found[0][1] is not None


def test_a_field_with_no_name_after_it_makes_no_person():
    assert people("The head of programmes for the region said the outlook was bleak.") == []


@pytest.mark.parametrize("text,name", [
    ("Off the coast, the U.N. migration agency said 40 people had drowned.", "International Organization for Migration"),
    ("The UN migration agency said 40 people had drowned.", "International Organization for Migration"),
])
def test_un_and_u_n_spellings_name_the_same_agency(text, name):
    article = reactlib.parse(" date 2026-01-01 " + text)
    assert [a.name for a in article.actors] == [name]
    assert article.quotes[0].speaker == article.actors[0].id
