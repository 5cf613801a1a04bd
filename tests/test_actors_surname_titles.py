"""A title word that is also a family name ("Pope", "King", "Bishop", "Judge", "Major").

After a given name and with no name word after it, such a word ends the person's name
("IOM Director General Amy Pope said") instead of being dropped as a title; before a name it
stays the title ("Pope Leo", "King Charles"). Sentences written for this file.
"""

from __future__ import annotations

import pytest

import reactlib

CASES = [
    ("Agency Director General Amy Pope said the camps were full.", "Amy Pope"),
    ("Opposition lawmaker Daniel King told reporters the vote was rigged.", "Daniel King"),
    ("The charity's director, Helen Bishop, said food was running out.", "Helen Bishop"),
    ("Senator Rachel Judge said she would vote against the bill.", "Rachel Judge"),
    ("Thomas Major, a spokesman for the ministry, denied the report.", "Thomas Major"),
    ("Pope Leo called for peace in the region.", "Leo"),
    ("King Charles met the visiting president in London.", "Charles"),
]


def persons(text: str) -> list[str]:
    return [a.name for a in reactlib.parse(" date 2026-01-01 " + text).actors if a.kind == "person"]


@pytest.mark.parametrize("text,name", CASES)
def test_a_title_word_after_a_given_name_is_the_family_name(text, name):
    assert name in persons(text)


def test_the_family_name_alone_later_is_the_same_person():
    article = reactlib.parse(" date 2026-01-01 Agency Director General Amy Pope said the camps were full. "
                             "Pope added that funding was short.")
    (pope,) = [a for a in article.actors if a.kind == "person"]
    assert pope.name == "Amy Pope" and len(pope.mentions) == 2
    assert {q.speaker for q in article.quotes} == {pope.id}


def test_a_family_name_title_word_before_an_apposition():
    article = reactlib.parse(" date 2026-01-01 Amy Pope, the head of UNICEF, said more aid was needed.")
    people = [(a.name, a.role) for a in article.actors if a.kind == "person"]
    assert people == [("Amy Pope", "head")]
