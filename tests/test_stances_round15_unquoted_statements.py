"""Stances round 15 (unquoted statements): "The ministry said: We condemn …" without quote marks.

A statement printed after a colon in the first person, with no quote marks, is its speaker's:
"we" is whoever said, read or stated it, also in the next sentences that carry it on in the
first person. Sentences are invented for these tests (other countries, people and events than
any article).
"""

from __future__ import annotations

import pytest

from stance_reading import read_types

D = "date 2025-06-11\n\n"
LEAD = "Bolivian troops shelled Paraguayan border posts on Sunday. "


def _read(text: str) -> set[tuple[str, str, str | None]]:
    return read_types(text, D)


@pytest.mark.parametrize("text, expected", [
    (LEAD + "In a statement, the Chilean foreign ministry said: We condemn the shelling by Bolivia "
     "and call on all sides to show restraint.", ("Chile", "condemn", "Bolivia")),
    (LEAD + "Chile's foreign ministry said in a statement: We strongly condemn Bolivia's aggression.",
     ("Chile", "condemn", "Bolivia")),
    (LEAD + "Uruguay issued a statement on Monday. It read: We urge Bolivia to withdraw its troops.",
     ("Uruguay", "appeal", "Bolivia")),
    (LEAD + "The Chilean president, Marta Soto, said: I condemn this attack by Bolivia.",
     ("Marta Soto", "condemn", "Bolivia")),
    (LEAD + "Uruguay's foreign ministry said: The border must be respected. We condemn Bolivia "
     "for this attack. We urge Bolivia to pull back.", ("Uruguay", "condemn", "Bolivia")),
])
def test_a_first_person_statement_after_a_colon_is_its_speakers(text, expected):
    got = _read(text)
    assert expected in got, got


def test_a_first_person_sentence_with_no_statement_before_has_no_holder():
    got = _read(LEAD + "Chile held talks with Peru on trade. We condemn Bolivia for this attack.")
    assert not any(t == "Bolivia" and h == "Chile" for h, _, t in got), got


def test_a_narrative_sentence_breaks_the_statement():
    got = _read(LEAD + "Uruguay's foreign ministry said: The border must be respected. Chile held "
                "talks with Peru. We condemn Bolivia for this attack.")
    assert ("Uruguay", "condemn", "Bolivia") not in got, got
