"""An organisation named by a descriptive phrase ("the UN refugee agency") is that organisation, not the UN."""

from __future__ import annotations

import pytest

from reactlib import parse


@pytest.mark.parametrize("phrase, name", [
    ("The UN nuclear watchdog", "International Atomic Energy Agency"),
    ("The UN refugee agency", "UNHCR"),
    ("The UN children's agency", "UNICEF"),
    ("The UN food agency", "World Food Programme"),
    ("The UN health agency", "World Health Organization"),
    ("The Western military alliance", "NATO"),
    ("The 27-nation bloc", "European Union"),
])
def test_descriptive_phrase_names_the_organisation(phrase, name):
    article = parse(f"{phrase} said on Friday that the situation in the province was deteriorating fast.")
    orgs = [a.name for a in article.actors if a.kind == "organization"]
    assert orgs == [name]
    q = [q for q in article.quotes if q.kind == "indirect"]
    assert q and next(a for a in article.actors if a.id == q[0].speaker).name == name


def test_security_council_is_still_the_un():
    # the UN's organ, not a national security council; named as the organ when the article names
    # no other part of the UN (actors round 11, organs.py)
    assert [(a.name, a.country) for a in parse("The UN Security Council met in New York on Monday.").actors
            if a.kind == "organization"] == [("UN Security Council", None)]


@pytest.mark.parametrize("title, role", [
    ("Colonel-Major", "Colonel-Major"),
    ("Lieutenant-General", "Lieutenant-General"),
    ("Rear Admiral", "Rear Admiral"),
])
def test_compound_rank_is_part_of_the_role_not_the_name(title, role):
    article = parse(f"{title} Amadou Keita said the garrison had been reinforced overnight.")
    people = [a for a in article.actors if a.kind == "person"]
    assert [(p.name, p.role) for p in people] == [("Amadou Keita", role)]
