"""ActorLinker: names, pronouns, roles and "the ministry" resolved to actors (our own sentences)."""

from __future__ import annotations

from hypothesis import given, settings, strategies as st

import reactlib

from reactlib.actors import extract_actors
from reactlib.linking import ActorLinker
from reactlib.nlp import blank_english
from reactlib.types import Actor, Article

NLP = blank_english()


def linked(text: str, with_doc: bool = True) -> tuple[Article, ActorLinker]:
    doc = NLP(text)
    article = extract_actors(Article(text=text), doc)
    return article, ActorLinker(article, doc if with_doc else None)


def span(text: str, phrase: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    return start, start + len(phrase)


def name_of(article: Article, actor_id: str | None) -> str | None:
    actor = article.actor(actor_id)
    return actor.name if actor else None


TALKS = ("President Carl Berg of Chile met Foreign Minister Ana Diaz of Peru on Monday. "
         "He said the talks went well. Later the Peruvian foreign minister flew home, "
         "and the Chilean president thanked her.")


def test_pronoun_prefers_the_subject_over_the_nearest_person():
    article, linker = linked(TALKS)
    assert name_of(article, linker.resolve(*span(TALKS, "He"))) == "Carl Berg"


def test_role_phrase_resolves_to_the_holder_of_that_country():
    article, linker = linked(TALKS)
    assert name_of(article, linker.resolve(*span(TALKS, "the Peruvian foreign minister"))) == "Ana Diaz"
    assert name_of(article, linker.resolve(*span(TALKS, "the Chilean president"))) == "Carl Berg"


def test_known_mention_and_surname():
    article, linker = linked(TALKS)
    assert name_of(article, linker.resolve(*span(TALKS, "Berg"))) == "Carl Berg"
    assert linker.actor(linker.resolve(*span(TALKS, "Chile"))).kind == "country"


def test_mentions_inside_another_quotation_are_skipped():
    text = ("Prime Minister Jon Lund of Norway spoke first. \"Lund is wrong,\" President Carl Berg of Chile "
            "said. He added that talks would go on.")
    article, linker = linked(text)
    assert name_of(article, linker.resolve(*span(text, "He"))) == "Carl Berg"


def test_it_and_they():
    text = "Norway said it would send aid. Ethiopian rebels said they had taken the town."
    article, linker = linked(text)
    assert name_of(article, linker.resolve(*span(text, "it"))) == "Norway"
    assert name_of(article, linker.resolve(*span(text, "they"))) == "Ethiopian rebels"


def test_ministry_and_government_resolve_to_the_country_in_focus():
    text = ("Ghana condemned the attack on Tuesday. \"This cannot stand,\" the foreign ministry said. "
            "The government also recalled its envoy.")
    article, linker = linked(text)
    assert name_of(article, linker.resolve(*span(text, "the foreign ministry"))) == "Ghana"
    assert name_of(article, linker.resolve(*span(text, "The government"))) == "Ghana"


def test_ministry_resolves_to_the_country_it_speaks_for():
    text = ("The Kenyan foreign ministry issued a note. Kenya later said more. "
            "\"We are firm,\" the foreign ministry said.")
    article, linker = linked(text)
    actor = linker.actor(linker.resolve(*span(text, "the foreign ministry", 0)))
    assert actor.name == "Kenya" and actor.kind == "country"


def test_works_without_a_doc():
    article, linker = linked(TALKS, with_doc=False)
    assert name_of(article, linker.resolve(*span(TALKS, "He"))) == "Carl Berg"


def test_nothing_to_resolve():
    article, linker = linked(TALKS)
    assert linker.resolve(*span(TALKS, "talks")) is None
    assert linker.resolve(10, 5) is None
    assert linker.resolve(-50, 0) is None
    assert linker.actor(None) is None


def test_lookback_is_bounded():
    filler = " ".join("Rain fell." for _ in range(40))
    text = f"President Carl Berg of Chile spoke. {filler} He left."
    article, linker = linked(text)
    assert linker.resolve(*span(text, "He")) is None


words = st.sampled_from(["President", "Chilean", "Chile", "Berg", "he", "He", "she", "it", "they", "the",
                         "ministry", "foreign", "minister", "said", "\"", "\u201c", "\u201d", ",", ".", "\n",
                         "of", "a", "source", "Kenya", "rebels", "government", "'s", "Carl", "Ana", "Diaz"])
texts = st.lists(words | st.text(max_size=6), max_size=40).map(" ".join)


@settings(max_examples=60, deadline=None)
@given(texts, st.integers(-5, 300), st.integers(-5, 300))
def test_resolve_any_span_never_raises_and_returns_a_known_id(text, start, end):
    article, linker = linked(text)
    found = linker.resolve(start, end)
    assert found is None or isinstance(linker.actor(found), Actor)


def test_object_pronoun_is_not_the_subject_of_its_own_sentence():
    text = "President Carl Berg of Chile arrived. Foreign Minister Ana Diaz of Peru met him on Monday."
    article, linker = linked(text)
    assert name_of(article, linker.resolve(*span(text, "him"))) == "Carl Berg"


def test_role_phrase_with_no_holder_is_not_its_country():
    text = "Peru protested. Later the Peruvian foreign minister spoke."
    article, linker = linked(text)
    resolved = linker.actor(linker.resolve(*span(text, "the Peruvian foreign minister")))
    assert resolved is None or resolved.kind == "person"


# -- possessive mouthpieces: "its spokesman", "her office" speak for their owner ---------------

def test_its_spokesman_is_the_organisation_before_it():
    text = "The Ruritanian army denied the report. Its spokesman said the troops had not crossed the river."
    army = Actor(id="a1", name="Ruritanian army", kind="organization", mentions=[span(text, "The Ruritanian army")])
    article = Article(text=text, actors=[army])
    linker = ActorLinker(article, NLP(text))
    assert linker.resolve(*span(text, "Its spokesman")) == "a1"


def test_its_skips_a_person_and_his_skips_an_organisation():
    text = ("Chancellor Lena Hart addressed the Hanseatic League of Cities on Friday. "
            "Its press office said the meeting was cordial. His lawyer declined to comment.")
    article, linker = linked(text)
    assert name_of(article, linker.resolve(*span(text, "Its press office"))) != "Lena Hart"
    assert linker.resolve(*span(text, "His lawyer")) == linker.resolve(*span(text, "Lena Hart"))


def test_their_lawyers_are_the_group_before_them():
    text = "The Freedom Party rejected the ruling. Their lawyers said an appeal would follow."
    article, linker = linked(text)
    assert name_of(article, linker.resolve(*span(text, "Their lawyers"))) == "Freedom Party"


def test_according_to_his_campaign_points_forward_to_the_subject():
    text = ("Governor Ida Lund visited the site. According to his campaign, Senator Tomas Rey "
            "was unhurt.")
    article, linker = linked(text)
    assert name_of(article, linker.resolve(*span(text, "his campaign"))) == "Tomas Rey"


def test_possessive_before_a_name_or_a_relative_is_not_a_mouthpiece():
    text = "Senator Omar Vale arrived late. His wife said nothing."
    article, linker = linked(text)
    assert linker.possessive_owner(*span(text, "His wife")) is None


# -- one office, several titles: "the Israeli premier", "the UN chief", "the Kremlin leader" ----

def test_a_synonym_of_the_title_links_to_its_holder():
    text = ("Israeli Prime Minister Dan Avrahami spoke with Egyptian Foreign Minister Omar Zaki. "
            "The Israeli premier said the talks were useful, and Egypt's top diplomat agreed.")
    article = reactlib.parse(text)
    by_name = {a.name: a for a in article.actors}
    assert "Israeli premier" in [text[s:e] for s, e in by_name["Dan Avrahami"].mentions]
    assert "Egypt's top diplomat" in [text[s:e] for s, e in by_name["Omar Zaki"].mentions] \
        or "top diplomat" in [text[s:e] for s, e in by_name["Omar Zaki"].mentions]


def test_chief_or_leader_of_a_named_government_or_body_is_its_head_but_a_rebel_leader_is_not():
    text = ("Secretary-General Antonio Guterres welcomed the truce, and Russian President Vladimir Putin "
            "said he would study it. The UN chief urged restraint; the Kremlin leader said nothing. "
            "The rebel leader said the truce was a trap.")
    article = reactlib.parse(text)
    by_name = {a.name: a for a in article.actors}
    assert "UN chief" in [text[s:e] for s, e in by_name["Antonio Guterres"].mentions]
    assert "Kremlin leader" in [text[s:e] for s, e in by_name["Vladimir Putin"].mentions]
    assert not any("rebel leader" in text[s:e] for a in article.actors if a.kind == "person" for s, e in a.mentions)


def test_stages_after_the_actors_share_one_linker_per_doc_and_actors():
    from reactlib.linking import shared_linker

    text = "Chile's foreign minister Ana Ruiz condemned the raid. She said it broke the truce."
    doc = NLP(text)
    article = extract_actors(Article(text=text), doc)
    first = shared_linker(article, doc)
    # a later stage's Article carries the same actors: the same linker answers it
    later = article.evolve(warnings=("a later stage",))
    assert shared_linker(later, doc) is first
    assert name_of(article, first.resolve(*span(text, "She"))) == "Ana Ruiz"
    # other actors, or another Doc of the text, get a linker of their own
    assert len(article.actors) == 2
    fewer = article.evolve(actors=tuple(a for a in article.actors if a.kind == "country"))
    assert shared_linker(fewer, doc) is not first
    assert shared_linker(article, NLP(text)) is not first
    # no Doc to keep it on: a new linker each time
    assert shared_linker(article, None) is not shared_linker(article, None)
