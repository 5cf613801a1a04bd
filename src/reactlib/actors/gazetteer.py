"""The actor gazetteer: every name the recogniser knows, from the package's data files.

Why a gazetteer and not a model: reactlib runs on ``spacy.blank("en")``, so the
knowledge that "Baku" speaks for Azerbaijan, that "Azeri" is an adjective of it or
that the European Council is an organ of the EU has to be written down. The facts
live in ``reactlib/data`` (our own files) and ISO codes and official names come
from :mod:`pycountry`; this module only reads them into one lookup table.

Two kinds of phrase are kept apart because they are matched differently:

- *proper* phrases (country names, capitals, demonyms, organisations) are matched
  case-sensitively, so "US" is the United States and "us" is not;
- *lexicon* phrases (role titles, government and institution nouns, group nouns)
  are matched on lower case, so "President" and "president" are one title.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any, Iterable, Mapping, Sequence

import pycountry
from attrs import field, frozen

from ..errors import InputError

#: Categories of proper phrases.
COUNTRY_NAME = "country_name"
CAPITAL = "capital"
SEAT = "seat"  # a seat of power ("the Kremlin"): a government metonym wherever it stands
DEMONYM = "demonym"
DEMONYM_PLURAL = "demonym_plural"
ORGANIZATION = "organization"
ORGAN = "organ"
GROUP_NAME = "group_name"
PERSON_NAME = "person_name"
NON_ACTOR = "non_actor"

#: Categories of lexicon phrases (see ``data/actor_lexicon.tsv``).
LEXICON_CATEGORIES = ("role", "honorific", "government", "institution", "anaphor", "group",
                      "collective", "anonymous")

#: Seats of power are written in the capitals column with a leading "the" or as
#: buildings; these words mark them so that "in Moscow" (a place) and "the Kremlin"
#: (always the government) are told apart.
_SEAT_WORDS = ("kremlin", "white house", "downing street", "whitehall", "number 10", "no 10", "elysee",
               "elysée", "élysée", "quai d'orsay", "zhongnanhai", "blue house", "palace", "planalto",
               "moncloa", "chigi", "malacanang", "malacañang", "villa somalia")


class GazetteerError(InputError):
    """A gazetteer entry (built-in or from a plugin) is malformed."""

    code = "R150"


@frozen
class Entry:
    """One known entity a phrase can point to."""

    name: str
    kind: str  # person | country | organization | group | none
    category: str
    country: str | None = None
    organization: str | None = None
    role: str | None = None
    parent: str | None = None
    #: an armed movement that became a country's de facto government this year ("Taliban": 2021)
    #: is an organisation in articles from then on, a group before
    governs_from: int | None = None
    #: an organisation with a country that does not speak for it: "party", "company" (stances keep
    #: its voice apart from the country's)
    own_voice: str | None = None


@frozen
class Gazetteer:
    """Phrase tables for the recogniser.

    :ivar proper: case-sensitive phrase -> Entry.
    :ivar lexicon: lower-case phrase -> category.
    :ivar countries: alpha-3 -> canonical short name.
    :ivar demonym_of: alpha-3 -> the adjective used in built names ("Russian").
    """

    proper: Mapping[str, Entry] = field(factory=dict)
    lexicon: Mapping[str, str] = field(factory=dict)
    countries: Mapping[str, str] = field(factory=dict)
    demonym_of: Mapping[str, str] = field(factory=dict)

    def lexicon_words(self, category: str) -> frozenset[str]:
        """The lower-case phrases of one category, gathered once per gazetteer (a pass over the
        whole lexicon per article was a fixed cost of every parse)."""
        key = (id(self), category)
        hit = _lexicon_words.get(key)
        if hit is not None and hit[0] is self:
            return hit[1]
        words = frozenset(p for p, c in self.lexicon.items() if c == category)
        if len(_lexicon_words) >= 32:
            _lexicon_words.clear()
        _lexicon_words[key] = (self, words)
        return words


_lexicon_words: dict[tuple[int, str], tuple[Gazetteer, frozenset[str]]] = {}


def data_text(name: str) -> str:
    """The text of a file in ``reactlib/data`` (the one reader for every actor table)."""
    return resources.files("reactlib").joinpath("data", name).read_text(encoding="utf-8")


def data_rows(name: str) -> Iterable[list[str]]:
    """Tab-separated cells of each non-blank, non-comment line of a ``reactlib/data`` table."""
    for line in data_text(name).splitlines():
        if line.strip() and not line.startswith("#"):
            yield line.split("\t")


def _split(cell: str) -> list[str]:
    return [p.strip() for p in cell.split(";") if p.strip()]


def _strip_the(phrase: str) -> str:
    return phrase[4:] if phrase.lower().startswith("the ") else phrase


def _plural(demonym: str) -> str | None:
    if demonym.endswith(("an", "i")) and " " not in demonym:
        return demonym + "s"
    return None


def _pycountry_names(alpha3: str) -> list[str]:
    record = pycountry.countries.get(alpha_3=alpha3)
    if record is None:
        return []
    names = [getattr(record, a, None) for a in ("name", "common_name", "official_name")]
    out = []
    for n in names:
        if not n:
            continue
        # "Korea, Republic of" is an index form, never how an article writes it.
        if "," in n and n.split(",")[-1].strip().split()[-1].lower() in ("of", "the"):
            continue
        if "(" in n:  # "Sint Maarten (Dutch part)" -> "Sint Maarten"
            before, _, rest = n.partition("(")
            n = " ".join((before + " " + rest.partition(")")[2]).split())
        out.append(n)
    return out


class _Builder:
    def __init__(self) -> None:
        self.proper: dict[str, Entry] = {}
        self.lexicon: dict[str, str] = {}
        self.countries: dict[str, str] = {}
        self.demonym_of: dict[str, str] = {}

    def add(self, phrase: str, entry: Entry, *, override: bool = False) -> None:
        phrase = " ".join(_strip_the(phrase.strip()).split())
        if not phrase:
            return
        if override or phrase not in self.proper:
            self.proper[phrase] = entry

    def countries_from_data(self) -> None:
        written: list[tuple[str, Entry]] = []
        for row in data_rows("countries.tsv"):
            row += [""] * (5 - len(row))
            code, canonical, variants, demonyms, capitals = row[:5]
            self.countries[code] = canonical
            entry = Entry(name=canonical, kind="country", category=COUNTRY_NAME, country=code)
            for name in [canonical, *_split(variants)]:
                self.add(name, entry)
            written.append((code, entry))
            dem = _split(demonyms)
            if dem:
                self.demonym_of[code] = dem[0]
            for d in dem:
                self.add(d, Entry(name=canonical, kind="country", category=DEMONYM, country=code))
                plural = _plural(d)
                if plural:
                    self.add(plural, Entry(name=canonical, kind="country", category=DEMONYM_PLURAL, country=code))
            for cap in _split(capitals):
                # "the Kremlin" (a building, written with a lower-case "the") is a seat; "The Hague" a city
                is_seat = cap.startswith("the ") or any(w in cap.lower() for w in _SEAT_WORDS)
                self.add(cap, Entry(name=canonical, kind="country", category=SEAT if is_seat else CAPITAL,
                                    country=code))
        # ISO names after every name we wrote: our variants choose between countries sharing a short
        # name ("Congo" is the Democratic Republic in the news; ISO gives it to the Republic).
        for code, entry in written:
            for name in _pycountry_names(code):
                self.add(name, entry)
        # Every ISO country and territory, even those we wrote nothing about.
        for record in pycountry.countries:
            code = record.alpha_3
            if code not in self.countries:
                names = _pycountry_names(code)
                if not names:
                    continue
                self.countries[code] = names[0]
                for name in names:
                    self.add(name, Entry(name=names[0], kind="country", category=COUNTRY_NAME, country=code))

    def organizations_from_data(self) -> None:
        data = json.loads(data_text("organizations.json"))
        for org in data["organizations"]:
            self.add_entry(org, override=False)

    def add_entry(self, org: Mapping[str, Any], *, override: bool) -> None:
        if not isinstance(org, Mapping) or not isinstance(org.get("name"), str) or not org["name"].strip():
            raise GazetteerError(f"gazetteer entry {org!r} needs a non-empty 'name'")
        kind = org.get("kind", "organization")
        if kind not in ("person", "country", "organization", "group"):
            raise GazetteerError(f"gazetteer entry {org['name']!r}: kind {kind!r} is not one of "
                                 "person, country, organization, group")
        country = org.get("country")
        if country is not None and (not isinstance(country, str) or len(country) != 3):
            raise GazetteerError(f"gazetteer entry {org['name']!r}: country must be an ISO alpha-3 code")
        category = {"person": PERSON_NAME, "group": GROUP_NAME, "country": COUNTRY_NAME}.get(kind, ORGANIZATION)
        entry = Entry(name=org["name"], kind=kind, category=category, country=country,
                      organization=org.get("organization"), role=org.get("role"), parent=org.get("parent"),
                      governs_from=org.get("governs_from") if isinstance(org.get("governs_from"), int) else None,
                      own_voice=org.get("own_voice") if isinstance(org.get("own_voice"), str) else None)
        if kind == "country" and country:
            self.countries.setdefault(country, org["name"])
        for phrase in [org["name"], *(org.get("aliases") or [])]:
            if isinstance(phrase, str):
                for spelling in _un_spellings(phrase):
                    self.add(spelling, entry, override=True)
        for organ in org.get("organs") or ():
            self.add(organ, Entry(name=org["name"], kind=kind, category=ORGAN, country=country), override=True)

    def lexicon_from_data(self) -> None:
        for row in data_rows("actor_lexicon.tsv"):
            if len(row) >= 2 and row[1] in LEXICON_CATEGORIES:
                phrase = row[0].strip().lower()
                # A phrase in two categories keeps the first: lists are ordered by priority.
                self.lexicon.setdefault(phrase, row[1])
                if row[1] == "anaphor":
                    self.lexicon[phrase + "#anaphor"] = "anaphor"

    def holders_from_data(self) -> None:
        """Full names of known office holders are person names wherever they stand."""
        from .holders import office_holders

        for surface in office_holders().surfaces:
            self.add(surface, Entry(name=surface, kind="person", category=PERSON_NAME))

    def places_from_data(self) -> None:
        for row in data_rows("non_actor_places.tsv"):
            self.add(row[0], Entry(name=row[0], kind="none", category=NON_ACTOR), override=True)

    def build(self) -> Gazetteer:
        return Gazetteer(proper=dict(self.proper), lexicon=dict(self.lexicon), countries=dict(self.countries),
                         demonym_of=dict(self.demonym_of))


def build_gazetteer(extra_entries: Sequence[Mapping[str, Any]] = ()) -> Gazetteer:
    """The built-in gazetteer plus ``extra_entries`` (the ``reactlib_gazetteer_entries`` shape).

    On a clash of names an extra entry wins, as the hook promises.

    :raises GazetteerError: an extra entry is malformed.
    """
    builder = _Builder()
    builder.countries_from_data()
    builder.organizations_from_data()
    builder.lexicon_from_data()
    builder.holders_from_data()
    builder.places_from_data()
    for entry in extra_entries:
        builder.add_entry(entry, override=True)
    return builder.build()


@lru_cache(maxsize=1)
def default_gazetteer() -> Gazetteer:
    """The built-in gazetteer, read once per process."""
    return build_gazetteer(())


_anaphor_nouns: dict[int, tuple[Gazetteer, frozenset[str]]] = {}


def anaphor_nouns(gazetteer: Gazetteer) -> frozenset[str]:
    """Nouns that, after "the" and with no modifier, stand for the actor in focus (read once per gazetteer)."""
    hit = _anaphor_nouns.get(id(gazetteer))
    if hit is not None and hit[0] is gazetteer:
        return hit[1]
    nouns = frozenset(p[: -len("#anaphor")] for p in gazetteer.lexicon if p.endswith("#anaphor"))
    if len(_anaphor_nouns) >= 8:
        _anaphor_nouns.clear()
    _anaphor_nouns[id(gazetteer)] = (gazetteer, nouns)
    return nouns


def _un_spellings(phrase: str) -> tuple[str, ...]:
    """``phrase`` and, for a name opening with "UN" or "U.N.", the other spelling: reporters
    write "the U.N. migration agency" as often as "the UN migration agency", and the data need
    list only one."""
    for written, other in (("UN ", "U.N. "), ("U.N. ", "UN ")):
        if phrase.startswith(written):
            return phrase, other + phrase[len(written):]
    return (phrase,)
