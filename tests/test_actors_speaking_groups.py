"""Unnamed groups that speak ("witnesses said") are group actors and speakers; elsewhere plain text."""

from __future__ import annotations

import pytest

from reactlib import parse


def _speaker(article, q):
    return next(a for a in article.actors if a.id == q.speaker)


@pytest.mark.parametrize("text, name", [
    ("Witnesses said the convoy was ambushed near the river crossing.", "witnesses"),
    ("Villagers told reporters the militia had burned their granaries.", "villagers"),
    ("Analysts say the runoff will be decided by turnout in the north.", "analysts"),
    ("Survivors recounted that the boat capsized within minutes.", "survivors"),
])
def test_unnamed_group_speaker_gets_the_quote(text, name):
    article = parse(text)
    q = [q for q in article.quotes if q.kind == "indirect"]
    assert len(q) == 1 and q[0].speaker is not None
    sp = _speaker(article, q[0])
    assert (sp.kind, sp.name.lower()) == ("group", name)


def test_group_takes_the_country_of_the_stated_place():
    article = parse("Residents of Nairobi said the water had been cut for three days.")
    groups = [a for a in article.actors if a.kind == "group"]
    assert [(g.name.lower(), g.country) for g in groups] == [("residents", "KEN")]


def test_according_to_a_group():
    article = parse("According to eyewitnesses, the shelling stopped shortly before dawn.")
    q = [q for q in article.quotes if q.kind == "indirect"]
    assert q and _speaker(article, q[0]).name.lower() == "eyewitnesses"


def test_kidnappers_who_demand_are_an_actor_but_a_ransom_is_not_a_quote():
    article = parse("The kidnappers demanded a ransom of three million dollars.")
    assert [a.name.lower() for a in article.actors if a.kind == "group"] == ["kidnappers"]
    assert [q for q in article.quotes if q.kind == "indirect"] == []


@pytest.mark.parametrize("text", [
    "No witnesses came forward after the blast.",
    "The floods forced residents to leave their homes.",
])
def test_group_noun_that_does_not_speak_is_not_an_actor(text):
    assert [a for a in parse(text).actors if a.kind == "group"] == []
