"""The actor recogniser: gazetteer, rules and within-article linking.

Public API:

- :func:`extract_actors` — ``Article`` + spaCy ``Doc`` → the Article with ``actors``;
- :func:`build_gazetteer` — the built-in gazetteer plus extra entries (the
  ``reactlib_gazetteer_entries`` shape);
- :func:`use_gazetteer` — make a spaCy pipeline's articles use a given gazetteer
  (e.g. one with plugin entries); :func:`gazetteer_for` — which one a Doc gets.

See ``docs/actors.md`` for the rules and their limits.
"""

from __future__ import annotations

import threading
from typing import Any, Mapping, Sequence

from ..linking import ActorLinker
from ..types import Article
from .apposed import assign_employers
from .context import assign_context_countries
from .bodies import assign_short_name_owners, merge_generic_bodies
from .twonames import merge_two_named_bodies
from .heads import assign_body_heads
from .organs import name_sole_organs
from .acronyms import name_by_sole_acronym
from .described import drop_describing_countries
from .based_names import drop_based_prefixes
from .principal_spokesmen import merge_principal_spokesmen
from .body_spokespeople import merge_body_spokespeople
from .caps_labels import add_label_actors
from .he_surname import add_he_surnames
from .body_officials import unplace_body_officials
from .government_voices import place_government_voices
from .one_of_them import add_described_witnesses
from .aides import place_aides
from .placed_groups import assign_group_places
from .based_bodies import make_based_names_bodies
from .based_members import add_based_members
from .body_officers import place_body_officers
from .governments import fold_national_governments
from .its_officers import place_its_officers
from .category_names import make_categorised_names_bodies
from .given_names import assign_given_name_genders
from .holy_see import make_holy_see_an_organisation
from .reported_groups import drop_groups_only_reported
from .police import add_acting_police
from .national import place_national_bodies
from .channels import place_state_outlets_by_speaker
from .outlet_speakers import place_outlets_by_speaker
from .body_noun_officials import place_body_noun_officials
from .dateline import assign_dateline_country
from .us_states import assign_us_state_countries
from .placed import assign_place_countries
from .person_country import assign_described_nationalities, assign_person_countries, assign_title_demonyms
from .press import add_press_outlets
from .post_owners import add_post_owners
from .portfolios import align_portfolio_ministers
from .proposals import strengthen_proposers
from .relatives import add_relatives
from .kin_first_names import add_kin_first_names
from .build import (_article, add_name_mentions, main_country, assign_focus_countries, assign_governing_kinds, assign_known_offices, cluster,
                    finish, merge_generic_groups, resolve_anaphors)
from .gazetteer import Gazetteer, GazetteerError, build_gazetteer, default_gazetteer
from .matching import find, warm
from .recognize import Recognizer
from .rulers import merge_ruling_bodies
from .settle import link_descriptive_anaphors
from .role_holders import merge_roles_into_holders
from .titled_demonyms import drop_title_only_countries

__all__ = ["extract_actors", "build_gazetteer", "default_gazetteer", "use_gazetteer", "gazetteer_for",
           "Gazetteer", "GazetteerError"]

_registry_lock = threading.Lock()
_registry: dict[int, tuple[Any, Gazetteer]] = {}


def use_gazetteer(nlp_or_vocab: Any, gazetteer: Gazetteer | None = None,
                  extra_entries: Sequence[Mapping[str, Any]] = ()) -> Gazetteer:
    """Make every Doc of this spaCy pipeline (or vocab) use ``gazetteer``.

    With ``extra_entries`` and no gazetteer, the built-in one plus those entries is
    built. The phrase matchers are built now, not on the first article.
    """
    vocab = getattr(nlp_or_vocab, "vocab", nlp_or_vocab)
    if gazetteer is None:
        gazetteer = build_gazetteer(extra_entries) if extra_entries else default_gazetteer()
    with _registry_lock:
        _registry[id(vocab)] = (vocab, gazetteer)
    warm(vocab, gazetteer)
    return gazetteer


def gazetteer_for(doc: Any) -> Gazetteer:
    """The gazetteer registered for the Doc's vocab, else the built-in one."""
    hit = _registry.get(id(doc.vocab))
    if hit is not None and hit[0] is doc.vocab:
        return hit[1]
    return default_gazetteer()


def _blank_doc(text: str) -> Any:
    from ..nlp import blank_english

    global _blank_nlp
    if _blank_nlp is None:
        _blank_nlp = blank_english()
    return _blank_nlp(text)


_blank_nlp: Any = None


def _linker_over(text: str, doc: Any, gazetteer: Gazetteer) -> Any:
    """A function making an ActorLinker over draft clusters (for rules that need the focus)."""
    return lambda clusters: ActorLinker(_article(text, clusters), doc, gazetteer)


def extract_actors(article: Article, doc: Any = None, gazetteer: Gazetteer | None = None) -> Article:
    """The article with ``actors``: one per real entity, ids a1, a2, … in order of first mention.

    :param doc: the spaCy Doc of ``article.text``; made with the blank English pipeline when None.
    :param gazetteer: default: the one registered for the Doc's vocab (:func:`use_gazetteer`).
    """
    text = article.text
    if not text.strip():
        return article.evolve(actors=())
    if doc is None:
        doc = _blank_doc(text)
    gazetteer = gazetteer or gazetteer_for(doc)
    layers = find(doc, gazetteer)
    # the article's text stands for Doc.text (costly to rebuild) when the Doc is of that text
    doc_len = doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0
    same = text if doc_len == len(text) else None
    recognizer = Recognizer(doc, layers, gazetteer, same)
    mentions = recognizer.run()
    clusters, anaphors = cluster(mentions)
    clusters = merge_generic_groups(clusters, gazetteer)
    clusters = fold_national_governments(clusters, gazetteer)  # "The Government of the Togolese Republic" (governments.py)
    add_name_mentions(clusters, doc, recognizer.used, recognizer.text)
    year = article.date.year if article.date else None
    assign_known_offices(clusters, year)
    assign_governing_kinds(clusters, gazetteer, year)
    assign_employers(text, clusters)  # "Nader Fathy, a professor at Cairo University," (apposed.py)
    assign_body_heads(text, clusters)  # "the Chilean Supreme Court's chief justice, Ricardo Blanco" (heads.py)
    clusters = add_described_witnesses(text, clusters, gazetteer)  # "one driver, Moses Okello, asked" (one_of_them.py)
    assign_described_nationalities(text, clusters, gazetteer)  # ", an exiled Argentine blogger," (person_country.py)
    make_based_names_bodies(text, clusters, gazetteer)  # "the Mombasa-based Coastal Hope" (based_bodies.py)
    make_categorised_names_bodies(text, clusters)  # "Shipping line Baltic Star said" (category_names.py)
    assign_place_countries(text, clusters, gazetteer)  # "a shopkeeper from Mombasa" (placed.py)
    assign_group_places(text, clusters, gazetteer)  # "protesters in Tunis" (placed_groups.py)
    assign_title_demonyms(text, clusters, gazetteer)  # "Greek Shipping Minister X" (person_country.py)
    assign_focus_countries(text, clusters, doc)
    assign_context_countries(text, clusters, _linker_over(text, doc, gazetteer), doc, gazetteer)  # context.py
    assign_person_countries(text, clusters, gazetteer)  # body's post, domestic politics (person_country.py)
    assign_us_state_countries(text, clusters)  # "the mayor of Nogales, Arizona, X" (us_states.py)
    place_body_noun_officials(text, clusters)  # "The State Department … A department official" (body_noun_officials.py)
    assign_dateline_country(text, clusters, gazetteer)
    strengthen_proposers(text, clusters)  # "rejected an Indian proposal": India is an actor (proposals.py)
    clusters = add_relatives(text, clusters)  # "…, her family said"; "gave only his first name, Karim" (relatives.py)
    clusters = add_kin_first_names(text, clusters)  # "Rinaldi's wife, Lucía, said" (kin_first_names.py)
    assign_short_name_owners(text, clusters, gazetteer.lexicon_words("role"))  # "Forum secretary general …"
    clusters = add_press_outlets(text, clusters, gazetteer, _linker_over(text, doc, gazetteer),  # press.py
                                 recognizer.view if same is not None else None)
    clusters = merge_generic_bodies(clusters)  # "the electoral commission" = its full name (bodies.py)  # "CONAKRY, Aug 9 -": last resort (dateline.py)
    clusters = add_label_actors(text, clusters, gazetteer)  # "UKRAINE: President X said" (caps_labels.py)
    assign_given_name_genders(clusters)  # "Mariana Costa" is not "he" (given_names.py)
    resolve_anaphors(text, clusters, anaphors, doc, gazetteer)
    link_descriptive_anaphors(text, clusters)
    align_portfolio_ministers(text, clusters)  # the ministry of his portfolio says whose minister (portfolios.py)
    clusters = merge_two_named_bodies(clusters, gazetteer.demonym_of)  # "Central Bank of Peru" = "Peruvian Central Bank"
    assign_body_heads(text, clusters)  # again, now that "the central bank" has its body and country
    # again, now that the linker has added "the French Republic" and the like as country mentions
    assign_context_countries(text, clusters, _linker_over(text, doc, gazetteer), doc, gazetteer)
    # again, now that bodies the anaphor pass found ("Mongolia's Election Commission (GEC)") are placed:
    # "The GEC chairman, X, said" is of that body's country
    assign_person_countries(text, clusters, gazetteer)
    clusters = merge_ruling_bodies(clusters)  # "the junta" and "the military council" of one country (rulers.py)
    clusters = merge_roles_into_holders(text, clusters)  # "the bloc's mediator, President X" (role_holders.py)
    clusters = add_post_owners(text, clusters, gazetteer)  # "The European Union's envoy …" (post_owners.py)
    place_government_voices(text, clusters)  # "Niger's government … government spokesman X" (government_voices.py)
    unplace_body_officials(text, clusters)  # "The EU announced … Commissioner X wrote" (body_officials.py)
    clusters = add_he_surnames(text, clusters, gazetteer)  # "spokesman He Wenbo" (he_surname.py)
    clusters = merge_principal_spokesmen(text, clusters)  # "A spokesman for PM X, Y, said" (principal_spokesmen.py)
    clusters = merge_body_spokespeople(text, clusters, _linker_over(text, doc, gazetteer))  # "a company spokeswoman"
    clusters = place_aides(text, clusters)  # "X, adviser to the Lebanese president," (aides.py)
    clusters = drop_title_only_countries(text, clusters, gazetteer)  # "led by Angolan President X" (titled_demonyms.py)
    place_state_outlets_by_speaker(text, clusters)  # "X told the official Radio Y" (channels.py)
    drop_describing_countries(text, clusters)  # "former Chilean foreign minister X" (described.py)
    make_holy_see_an_organisation(text, clusters)  # "The Vatican said" / "at the Vatican" (holy_see.py)
    drop_groups_only_reported(text, clusters)  # "arguing that Malian traders rely on" (reported_groups.py)
    clusters = add_acting_police(text, clusters, gazetteer, main_country(clusters))  # "police said" (police.py)
    place_outlets_by_speaker(text, clusters, main_country(clusters))  # "told the newspaper X" (outlet_speakers.py)
    place_body_officers(text, clusters)  # "X, the group's Africa director" (body_officers.py)
    place_its_officers(text, clusters, doc)  # "The bloc urged calm. Its commission president, X," (its_officers.py)
    clusters = add_based_members(text, clusters, gazetteer)  # "X of the Lima-based firm Y" (based_members.py)
    place_national_bodies(clusters, main_country(clusters))  # "the National Jury of Elections" (national.py)
    name_by_sole_acronym(text, clusters)  # "the FDLR" alone keeps its acronym (acronyms.py)
    name_sole_organs(text, clusters)  # "the UN Security Council" alone is that organ (organs.py)
    clusters = drop_based_prefixes(clusters)  # "the Lima-based X Foundation" is "X Foundation" (based_names.py)
    return article.evolve(actors=finish(text, clusters))
