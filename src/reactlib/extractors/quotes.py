"""Built-in quotes extractor: who said what, with cue, channel and speaker.

An ordinary plugin: it registers one extractor through the same hook a
third-party package would use. The rules live in :mod:`reactlib.quotes`; this
module turns what they find into :class:`~reactlib.types.Quote` records and
resolves each speaker mention to an actor with :class:`~reactlib.linking.ActorLinker`.
"""

from __future__ import annotations

from .. import hookimpl
from ..extractor import Extractor
from ..linking import ActorLinker, shared_linker
from ..quotes import find_quotes
from ..quotes.bodies import bloc_by_kind, names_a_bloc_by_kind, organisation_named_after, owning_organisation
from ..quotes.channels import channel_of
from ..quotes.embedded import lend_reporters
from ..quotes.non_reports import impersonal_passive
from ..quotes.polnear_edges import polnear_edges
from ..quotes.speakers import reduced_relative_cut
from ..quotes.spokespeople import unnamed_spokesperson_speaker
from ..quotes.utterances import join_utterances, span_convention
from ..quotes.words import POSSESSIVE_DETERMINERS
from ..types import Article, Quote

NAME = "reactlib.quotes"


def extract_quotes(article: Article, doc: object) -> Article:
    """Add every direct, partial and indirect quote, with ids q1, q2, … in text order."""
    text = article.text
    linker = shared_linker(article, doc)
    quotes: list[Quote] = []
    previous_speaker: str | None = None
    n = 0
    for f in find_quotes(text, doc):
        speaker = None
        speaker_text = None
        if f.speaker_span is not None and impersonal_passive(text, f.speaker_span, f.cue_span):
            f = f._replace(speaker_span=None, inherit_from_previous=False)   # "It was reported that …": no one
        if f.speaker_span is not None:
            speaker_text = text[f.speaker_span[0]:f.speaker_span[1]]
            if f.speaker_span[0] >= f.end and speaker_text.lower() in _REPORT_PRONOUNS and f.kind == "indirect":
                # "Washington remained committed …, it added": not an actor named in its own report
                speaker = linker.pronoun_before(linker.sentence_bounds(f.start)[0], speaker_text)
            elif speaker_text.lower() in ("who", "which"):
                speaker = relative_antecedent(linker, text, f.speaker_span[0])
            else:
                speaker = resolve_speaker(linker, text, *f.speaker_span)
        elif f.inherit_from_previous:
            speaker = previous_speaker
        if f.needs_actor and speaker is None:
            continue   # a fragment after a verb outside the lexicon whose subject is no actor
        n += 1
        cs, ce = f.cue_span if f.cue_span else (None, None)
        ss, se = f.speaker_span if f.speaker_span else (None, None)
        channel = f.channel or channel_of(_unquoted(text, f), speaker_text, f.cue)
        quotes.append(Quote.from_span(
            text, f.start, f.end, id=f"q{n}", kind=f.kind, speaker=speaker, cue=f.cue,
            cue_start=cs, cue_end=ce, speaker_start=ss, speaker_end=se, channel=channel,
            extra={"group": f.group} if f.group is not None else {}))
        if f.kind == "direct":
            previous_speaker = speaker
    quotes = lend_reporters(quotes, text, linker)
    convention = span_convention()   # REACTLIB_QUOTE_SPANS: "stretch" (the contract) unless asked
    if convention != "stretch":
        quotes = join_utterances(quotes, text)
    if convention == "polnear":
        quotes = polnear_edges(quotes, text)
    return article.evolve(quotes=quotes)


#: Pronouns that, after the words they report, point before the report (see :func:`extract_quotes`).
_REPORT_PRONOUNS = frozenset({"it", "he", "she", "they"})


def _cut_before(text: str, start: int, end: int, separators: tuple[str, ...]) -> int:
    """End of ``text[start:end]`` before the first of ``separators`` found after its first character."""
    phrase = text[start:end]
    cut = len(phrase)
    for sep in separators:
        k = phrase.find(sep)
        if 0 < k < cut:
            cut = k
    return start + cut


def _head_part(text: str, start: int, end: int) -> int:
    """End of the head part of a speaker phrase: before ", …" and " of/for/at …" modifiers."""
    # " in ": "Its embassy in London" is the embassy's owner speaking, not the place
    return _cut_before(text, start, end, (",", " of ", " for ", " at ", " from ", " who ", " with ", " in "))


def _core_part(text: str, start: int, end: int) -> int:
    """End of the phrase before an appositive or relative clause (", who …", ", a spokesman for …")."""
    return _cut_before(text, start, end, (",", " who ", " which ", " (", " with "))


def _is_person(linker: ActorLinker, actor_id: str) -> bool:
    actor = linker.actor(actor_id)
    return actor is not None and actor.kind == "person"


#: Bodies a minister or leader heads that speak for the state, not for the person: "Bayramov's ministry".
_STATE_BODIES = frozenset({"ministry", "government", "administration", "cabinet", "embassy", "foreign ministry"})


def _persons_state_body(linker: ActorLinker, text: str, mention: tuple[int, int, str], end: int) -> str | None:
    """"Bayramov's ministry said": the person's country speaks through the body he heads, when that
    country is an actor; None for anything else ("Ruto's office" stays Ruto's)."""
    s, e, actor_id = mention
    rest = " ".join(text[e:end].split()).lower()
    for mark in ("'s ", "’s "):
        if rest.startswith(mark) and rest[len(mark):].strip(" .,;:") in _STATE_BODIES:
            person = linker.actor(actor_id)
            return linker.country_actor(person.country) if person is not None and person.country else None
    return None


def _named(phrase: str) -> bool:
    """Whether a mention holds a capitalised word: "Senator Ana Ruiz", "the senator Ana Ruiz", not "a spokeswoman"."""
    return any(w[:1].isupper() for w in phrase.split())


def _name_closing(linker: ActorLinker, text: str, core_end: int, end: int) -> str | None:
    """A person named right after the role's comma who closes the phrase ("…minister, Rosa Quispe"),
    a rank or title before the name included ("…spokesman, Colonel Amadou Abdramane")."""
    if text[core_end:core_end + 1] != ",":
        return None
    for s, e, actor_id in linker.mentions_in(core_end, end):
        if s >= core_end and _is_person(linker, actor_id) and _only_titles(text[core_end + 1:s]) \
                and not text[e:end].strip(" ,.;:"):
            return actor_id
    return None


#: most words of a rank or title between a role's comma and the name ("Lieutenant Colonel")
MAX_TITLE_WORDS = 2


def _only_titles(gap: str) -> bool:
    """Whether the words between a role's comma and a name are none, or a short capitalised title
    ("Colonel", "Dr.", "Lieutenant Colonel"); a lower-case word means another phrase."""
    words = gap.split()
    return len(words) <= MAX_TITLE_WORDS and all(w[:1].isupper() and w.rstrip(".").isalpha() for w in words)


#: how far before ", who" its antecedent may start
ANTECEDENT_WINDOW = 150


def relative_antecedent(linker: ActorLinker, text: str, start: int) -> str | None:
    """The actor a relative pronoun after a comma stands for: "quotes Minister X, who said …" is X.

    The mention stays "who" (the words that introduce the speaker here); the actor is the
    last known mention before the comma in the same sentence ("Chile's Ministry of Energy, which
    says" is Chile), or what the linker makes of that phrase.
    """
    k = start
    while k > 0 and text[k - 1].isspace():
        k -= 1
    if k == 0 or text[k - 1] != ",":
        return linker.resolve(start, start + 3) if text[start:start + 3].lower() == "who" else None
    comma = k - 1
    lo = max(linker.sentence_bounds(start)[0], comma - ANTECEDENT_WINDOW)
    before = [m for m in linker.mentions_in(lo, comma) if lo <= m[0] and m[1] <= comma
              and "," not in text[m[1]:comma]]
    if before:
        return max(before, key=lambda m: (m[1], m[1] - m[0]))[2]
    return None


def resolve_speaker(linker: ActorLinker, text: str, start: int, end: int) -> str | None:
    """The actor a speaker phrase denotes, read from its head.

    The head of an English noun phrase is its last word before any modifier
    after it: "European Council president Charles Michel" is Michel, not the
    Council; "Monte Shaw, director of the association" is Shaw. So the known
    mention ending last in the head part wins; otherwise the linker resolves
    the head part (pronouns, roles, institutions), then the whole phrase.
    """
    end = reduced_relative_cut(text, start, end)   # "Officials familiar with the Kremlin's thinking": officials
    spoken_for = unnamed_spokesperson_speaker(linker, text, start, end)
    if spoken_for is not None:
        return spoken_for   # "its spokesman": the organisation; "the ministry's spokesperson": its country
    core_end = _core_part(text, start, end)
    everyone = [m for m in linker.mentions_in(start, core_end) if m[0] >= start and _is_person(linker, m[2])]
    if everyone:
        state = _persons_state_body(linker, text, everyone[-1], core_end)
        if state is not None:
            return state
    # "the Secretary-General's spokesman, X", "His sports minister, X": the possessor is not the one speaking
    people = [m for m in everyone if text[m[1]:m[1] + 2] not in ("'s", "\u2019s")
              and text[m[0]:m[1]].lower() not in POSSESSIVE_DETERMINERS]
    last_person = max(people, key=lambda m: (m[1], m[1] - m[0]))[2] if people else None
    if people and any(_named(text[m[0]:m[1]]) for m in people):
        # "Organization of American States Secretary General Luis Almagro", "US Secretary of
        # State Antony Blinken": a title naming an institution, then the person who holds it
        return last_person
    named = _name_closing(linker, text, core_end, end)
    if named is not None:
        # "the Ecuadorian interior minister, Rosa Quispe", "A spokeswoman for the company, Ilse
        # Brandt,": the post (or only a role) first, then the person in commas; the person
        # speaks, not the country or ministry of the title
        return named
    if last_person is not None:
        return last_person   # only a role: "a spokeswoman"
    named_body = organisation_named_after(linker, text, start, core_end, end)
    if named_body is not None:
        return named_body   # "The UN peacekeeping mission, MINUSCA,": the body named in commas
    head_end = _head_part(text, start, end)
    if names_a_bloc_by_kind(text, start, head_end):
        # "the regional bloc's commission": the bloc named before, never the country in focus
        return bloc_by_kind(linker, start)
    mentions = linker.mentions_in(start, head_end)
    if mentions:
        s, e, actor_id = max(mentions, key=lambda m: (m[1], m[1] - m[0]))
        return actor_id
    body_of = owning_organisation(linker, text, start, end)
    if body_of is not None:
        return body_of   # "The observation mission of the African Union": the organisation speaks
    # a relative clause describes the speaker, its words name someone else: "An engineer who
    # inspected the dam for the Peruvian government" is not Peru
    found = linker.resolve(start, head_end)
    if found:
        return found
    before_who = _cut_before(text, start, end, (" who ",))
    # the same span again would give the same answer (a third of speakers have no modifier)
    return linker.resolve(start, before_who) if before_who != head_end else found


#: how far from the cue (or the quote) the channel words are looked for: the attribution's
#: own neighbourhood, and a bound on the work when a sentence runs for pages
CHANNEL_WINDOW = 200


def _unquoted(text: str, f) -> str:
    """The attribution context near the cue, without the quote's own words (they name no channel)."""
    c0, c1 = f.context
    anchor = f.cue_span if f.cue_span is not None else (f.start, f.end)
    lo = max(c0, anchor[0] - CHANNEL_WINDOW)
    hi = min(c1, anchor[1] + CHANNEL_WINDOW)
    if lo <= f.start and f.end <= hi:
        return text[lo:f.start] + " " + text[f.end:hi]
    if f.start < hi and f.end > lo:   # the quote covers part of the window
        return text[lo:max(lo, f.start)] + " " + text[min(hi, f.end):hi]
    return text[lo:hi]


@hookimpl
def reactlib_register_extractors(register):
    register(Extractor(name=NAME, run=extract_quotes, provides={"quotes"}, needs={"actors"}))
