"""Actor names used as modifiers of a thing: "the EU sanctions", "the IAEA resolution".

An actor's name before a noun of a thing ("the new EU sanctions were illegal", "the NATO
exercises", "the Kosovo police raids") only says whose the thing is: the phrase's head is the
thing, and the actor is no subject. Without a part-of-speech tagger (the default pipeline is
``spacy.blank("en")``) the head is recognised by a closed list of nouns for measures, acts and
documents that reaction reports judge; nouns for people and bodies ("EU foreign ministers",
"Russian forces") are not in it, so those phrases keep the actor as their subject.
"""

from __future__ import annotations

#: Nouns of things an actor does, decides or issues ("the EU *sanctions*", "the UN *report*").
THING_NOUNS = frozenset("""
sanctions sanction resolution resolutions exercises exercise drills drill decision decisions move moves
plan plans proposal proposals statement statements report reports law laws ban bans blockade blockades
closure closures measures measure raid raids operation operations offensive offensives deployment
deployments test tests launch launches vote votes referendum ruling rulings verdict verdicts policy
policies deal deals agreement agreements strike strikes airstrike airstrikes attack attacks tariffs
tariff embargo embargoes restrictions restriction accusations accusation allegations
claims claim ultimatum decree decrees order orders bill bills actions action steps step buildup
build-up incursion incursions shelling bombing bombings annexation occupation election elections
announcement announcements initiative initiatives mission missions
treaty treaties charter charters accord accords protocol protocols
""".split())
#: Nouns that may stand between the actor and the thing ("the Kosovo *police* raids").
MID_NOUNS = frozenset("""
police border military army naval air security government nuclear missile trade energy oil gas
economic financial arms travel export import visa court parliament cabinet election
""".split())
#: Words after the thing noun that show it is itself a verb with an object or a complement
#: ("NATO exercises caution", "Russia demands that ...", "the EU plans to ...").
VERB_SIGNS = frozenset("the a an its his her their our this these those to that".split())
#: Words before the actor that open a noun phrase ("*the new* EU sanctions").
NP_OPENERS = frozenset("the a an new latest fresh recent planned proposed last first these those this "
                       "such any".split())
#: Words after the thing noun that close the noun phrase ("EU sanctions *on* Russia *were*").
NP_CLOSERS = frozenset("is are was were be been has have had will would could can may might must should "
                       "on against of by over in for , . ; : )".split())


def modifies_thing(words: list[str], start: int, end: int, name_at=lambda k: False) -> bool:
    """Whether the actor phrase in tokens [start, end) modifies a thing noun after it.

    ``words`` are the lower-cased tokens. The noun must stand right after the phrase (or
    after one noun of MID_NOUNS), not be followed by an object or a complement, which would
    make it a verb ("the EU sanctions the bank", "Washington sanctions Moscow": ``name_at(k)``
    says whether an actor's name begins at token ``k``), and the phrase must be a noun phrase
    by its opening ("the EU sanctions") or its closing ("EU sanctions on Russia")."""
    n = len(words)
    k = end
    owned = k < n and words[k] in ("'s", "’s")  # "Poland's border closure": the owner's thing
    if owned:
        k += 1
    if k < n and words[k] in MID_NOUNS:
        k += 1
    if k >= n or words[k] not in THING_NOUNS:
        return False
    if owned:
        return True
    nxt = words[k + 1] if k + 1 < n else "."
    if nxt in VERB_SIGNS or name_at(k + 1):
        return False
    return (start > 0 and words[start - 1] in NP_OPENERS) or nxt in NP_CLOSERS
