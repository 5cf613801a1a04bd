"""Closed word classes the rules need (the blank pipeline has no part-of-speech tags)."""

from __future__ import annotations

DETERMINERS = frozenset(
    "the a an his her its their our my your this these those some many several no each every "
    "all both another other any most few one two three".split())
PRONOUNS = frozenset("he she they it we i you who someone everyone nobody".split())
#: possessive determiners: "His sports minister" names the minister, "His" only whose minister he is
POSSESSIVE_DETERMINERS = frozenset("his her its their our my your".split())
#: quantifiers that stand for people already named when they open a clause alone: "Several said …"
QUANTIFIER_SUBJECTS = frozenset("several many most some few both all".split())
#: words that end a noun phrase read leftwards from a verb: a clause or a phrase starts there
NP_STOP = frozenset(
    "that which who whom whose and or but because while when as if than after before since "
    "although though where so to is was are were be been being has have had will would can "
    "could should may might must do does did not n't also then there here what why how whether "
    "said says say told added in on at with by into from about over under during against "
    "without within between among through across per via".split())
#: words that may sit between a subject and its verb ("Turkey on Sunday vowed")
SKIP_BEFORE_CUE = frozenset(
    "also has have had is was are were will would has've later then meanwhile previously "
    "repeatedly again once already earlier recently publicly privately quickly further "
    "strongly firmly flatly immediately reportedly allegedly separately both jointly "
    "initially subsequently frequently often still never even just now simply openly "
    "explicitly specifically actually personally herself himself itself themselves "
    "not did does do n't n’t 's ’s".split())


#: lower-case words ending in "-ly" that are nouns or adjectives, not manner adverbs
#: ("the family said", "a US ally warned", "the daily reported")
_LY_NOT_ADVERBS = frozenset("family ally rally assembly supply reply anomaly monopoly bully belly "
                            "daily weekly monthly quarterly yearly early only italy july".split())


def is_manner_adverb(text: str) -> bool:
    """Whether a token is a lower-case "-ly" adverb ("truly", "boldly", "sarcastically").

    Such adverbs sit between a subject and its verb of saying ("She firmly denied …")
    and belong to the cue phrase, as auxiliaries do; the list of verbs they qualify
    is open, so the suffix decides, minus the few common "-ly" nouns and adjectives.
    """
    return len(text) > 4 and text.endswith("ly") and text.islower() and text.isalpha() \
        and text not in _LY_NOT_ADVERBS
WEEKDAYS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday today yesterday tonight "
    "january february march april may june july august september october november december "
    "morning evening afternoon night week weekend month year".split())
#: prepositions that may link parts of one speaker phrase ("spokesman for the ministry")
NP_LINKS = frozenset("of for at by".split())
CLAUSE_PARTICIPLE_CUES = frozenset("saying adding noting calling urging warning insisting "
                                   "stressing explaining arguing claiming telling voicing "
                                   "accusing describing expressing vowing pledging pointing".split())
