"""Quotes round 15: a role, then the person's name in commas, speaks as that person ("A
spokeswoman for the company, Ilse Brandt, said …"). Before, the role alone ("spokeswoman")
became the speaker when its body was a common noun. Invented sentences, watched failing first.
"""

from __future__ import annotations

import pytest

import reactlib


def speaker_names(text: str) -> list[str | None]:
    article = reactlib.parse(text)
    actors = {a.id: a for a in article.actors}
    return [actors[q.speaker].name if q.speaker in actors else None for q in article.quotes]


NAMED_AFTER_ROLE = [
    ("A spokeswoman for the company, Ilse Brandt, said the plant would reopen in March.", "Ilse Brandt"),
    ("A spokesman for the agency, Tomas Varga, said the dam was safe.", "Tomas Varga"),
    ("The union's negotiator, Petra Lindqvist, told reporters the strike would go on.", "Petra Lindqvist"),
    ("A lawyer for the family, Rui Matos, said the verdict would be appealed.", "Rui Matos"),
]


@pytest.mark.parametrize(("text", "name"), NAMED_AFTER_ROLE)
def test_the_named_person_after_a_role_speaks(text: str, name: str) -> None:
    assert speaker_names(text) == [name]


def test_an_unnamed_spokesperson_still_speaks_for_the_body() -> None:
    text = ("The Baltic Ferry Authority cancelled all crossings. "
            "A spokeswoman for the authority said the ferries would sail on Monday.")
    assert speaker_names(text) == ["Baltic Ferry Authority"]


def test_a_named_person_before_the_role_is_unchanged() -> None:
    assert speaker_names("Tomas Varga, a spokesman for the agency, said the dam was safe.") == ["Tomas Varga"]
