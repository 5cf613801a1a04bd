"""The data model: what reactlib finds in an article, as frozen attrs records.

Every record is immutable and anchored in the article by character offsets
(Python string indices, end exclusive), so ``article.text[start:end]`` is always
the words the record rests on. The :class:`Article` checks on creation that every
offset lies inside its text and that every actor id a quote or stance names exists;
a broken record fails where it is made, not three stages later.

Stages of the pipeline never mutate an article: they return a new one with
``attrs.evolve`` (or :meth:`Article.evolve`), so each stage sees exactly what the
earlier ones produced. Serialisation lives in :mod:`reactlib.serialize`.
"""

from __future__ import annotations

import datetime as _dt
from typing import Any, Iterable, Mapping

import attrs
from attrs import field, frozen, validators as v

from .errors import RecordInvariantError

ACTOR_KINDS = ("person", "country", "organization", "group")
QUOTE_KINDS = ("direct", "partial", "indirect")
TIMEX_TYPES = ("DATE", "TIME", "DURATION", "SET")

#: Stance types and the PLOVER event class each one maps onto.
STANCE_PLOVER: Mapping[str, str] = {
    "support": "SUPPORT", "praise": "SUPPORT", "welcome": "SUPPORT",
    "accuse": "ACCUSE", "criticize": "ACCUSE", "condemn": "ACCUSE",
    "appeal": "REQUEST", "demand": "REQUEST",
    "reject": "REJECT",
    "threaten": "THREATEN",
    "consult": "CONSULT",
    "mediate": "AGREE",
    "concern": "STATEMENT",
}
STANCE_TYPES = tuple(STANCE_PLOVER)


def _tuple(items: Iterable[Any] | None) -> tuple:
    return tuple(items or ())


def _mentions(items: Iterable[Iterable[int]] | None) -> tuple[tuple[int, int], ...]:
    return tuple(sorted({(int(s), int(e)) for s, e in (items or ())}))


def _own_dict(items: Mapping[str, Any] | None) -> Mapping[str, Any]:
    # A copy, so a plugin that keeps the mapping it passed in cannot change the record later.
    return dict(items or {})


def _check_span(instance: Any, start_name: str, end_name: str) -> None:
    start, end = getattr(instance, start_name), getattr(instance, end_name)
    if start is None and end is None:
        return
    if start is None or end is None:
        raise RecordInvariantError(
            f"{type(instance).__name__}: {start_name} and {end_name} must both be set or both be None")
    if not 0 <= start <= end:
        raise RecordInvariantError(
            f"{type(instance).__name__}: {start_name}={start} and {end_name}={end} "
            "must satisfy 0 <= start <= end")


def _of_type(kind: type, optional: bool = False) -> Any:
    """attrs' ``instance_of(kind)`` (``optional`` too when asked), deciding the common case, a
    value of exactly that type (or None), in one call; anything else goes to attrs' own
    validator, which accepts subclasses and raises its usual TypeError. Every record of
    every article passes through these, a few times each."""
    full = v.optional(v.instance_of(kind)) if optional else v.instance_of(kind)

    def validate(instance: Any, attribute: Any, value: Any) -> None:
        if value.__class__ is kind or (optional and value is None):
            return
        full(instance, attribute, value)

    return validate


_str = _of_type(str)
_int = _of_type(int)
_opt_str = _of_type(str, optional=True)
_opt_int = _of_type(int, optional=True)


@frozen
class Actor:
    """Someone who acts or speaks: a person, a country, an organisation or a group.

    One Actor stands for one real entity in the article, with every place it is
    mentioned ("Turkish President Recep Tayyip Erdogan", "Erdogan", "He").
    """

    id: str = field(validator=_str)
    name: str = field(validator=_str)
    kind: str = field(validator=v.in_(ACTOR_KINDS))
    country: str | None = field(default=None, validator=_opt_str)
    role: str | None = field(default=None, validator=_opt_str)
    mentions: tuple[tuple[int, int], ...] = field(default=(), converter=_mentions)
    organization: str | None = field(default=None, validator=_opt_str)
    anonymous: bool = field(default=False, validator=_of_type(bool))
    extra: Mapping[str, Any] = field(factory=dict, converter=_own_dict)

    @mentions.validator
    def _check_mentions(self, _attr: Any, value: tuple[tuple[int, int], ...]) -> None:
        for start, end in value:
            if not 0 <= start < end:
                raise RecordInvariantError(f"Actor {self.id}: mention ({start}, {end}) is empty or negative")
        for (_, e1), (s2, _) in zip(value, value[1:]):
            if s2 < e1:
                raise RecordInvariantError(f"Actor {self.id}: mentions overlap at offset {s2}")


@frozen
class Quote:
    """Words attributed to a speaker: ``direct``, ``partial`` or ``indirect``."""

    id: str = field(validator=_str)
    text: str = field(validator=_str)
    start: int = field(validator=_int)
    end: int = field(validator=_int)
    kind: str = field(validator=v.in_(QUOTE_KINDS))
    speaker: str | None = field(default=None, validator=_opt_str)
    cue: str | None = field(default=None, validator=_opt_str)
    cue_start: int | None = field(default=None, validator=_opt_int)
    cue_end: int | None = field(default=None, validator=_opt_int)
    speaker_start: int | None = field(default=None, validator=_opt_int)
    speaker_end: int | None = field(default=None, validator=_opt_int)
    channel: str | None = field(default=None, validator=_opt_str)
    extra: Mapping[str, Any] = field(factory=dict, converter=_own_dict)

    def __attrs_post_init__(self) -> None:
        _check_span(self, "start", "end")
        _check_span(self, "cue_start", "cue_end")
        _check_span(self, "speaker_start", "speaker_end")

    @classmethod
    def from_span(cls, text: str, start: int, end: int, **kwargs: Any) -> "Quote":
        """A quote of ``text[start:end]``: the quoted words are taken from the text itself."""
        return cls(text=text[start:end], start=start, end=end, **kwargs)


@frozen
class TimeExpression:
    """A time expression with its TimeML TIMEX3 type and normalised value."""

    text: str = field(validator=_str)
    start: int = field(validator=_int)
    end: int = field(validator=_int)
    type: str = field(validator=v.in_(TIMEX_TYPES))
    value: str | None = field(default=None, validator=_opt_str)
    extra: Mapping[str, Any] = field(factory=dict, converter=_own_dict)

    def __attrs_post_init__(self) -> None:
        _check_span(self, "start", "end")

    @classmethod
    def from_span(cls, text: str, start: int, end: int, **kwargs: Any) -> "TimeExpression":
        """A time expression of ``text[start:end]``."""
        return cls(text=text[start:end], start=start, end=end, **kwargs)


@frozen
class Stance:
    """An actor's position toward another actor or an issue, with its evidence span."""

    holder: str = field(validator=_str)
    type: str = field(validator=v.in_(STANCE_TYPES))
    start: int = field(validator=_int)
    end: int = field(validator=_int)
    target: str | None = field(default=None, validator=_opt_str)
    issue: str | None = field(default=None, validator=_opt_str)
    quote: str | None = field(default=None, validator=_opt_str)
    issue_text: str | None = field(default=None, validator=_opt_str)
    extra: Mapping[str, Any] = field(factory=dict, converter=_own_dict)

    def __attrs_post_init__(self) -> None:
        _check_span(self, "start", "end")

    @property
    def plover(self) -> str:
        """The PLOVER event class of this stance's type."""
        return STANCE_PLOVER[self.type]


def _to_date(value: Any) -> _dt.date | None:
    if value is None or type(value) is _dt.date:  # every evolve of an Article passes its date again
        return value
    from .article_date import coerce_date  # local: keeps the type module free of parsing

    return coerce_date(value)


@frozen
class Article:
    """One parsed article: its text and everything found in it.

    ``text`` is the article exactly as given (a leading ``date YYYY-MM-DD`` marker
    included), so every offset indexes the input unchanged.
    """

    text: str = field(validator=_str)
    date: _dt.date | None = field(default=None, converter=_to_date)
    title: str | None = field(default=None, validator=_opt_str)
    id: str | None = field(default=None, validator=_opt_str)
    actors: tuple[Actor, ...] = field(default=(), converter=_tuple)
    quotes: tuple[Quote, ...] = field(default=(), converter=_tuple)
    dates: tuple[TimeExpression, ...] = field(default=(), converter=_tuple)
    stances: tuple[Stance, ...] = field(default=(), converter=_tuple)
    warnings: tuple[str, ...] = field(default=(), converter=_tuple)
    extra: Mapping[str, Any] = field(factory=dict, converter=_own_dict)

    def __attrs_post_init__(self) -> None:
        _check_article(self)

    # -- convenience -------------------------------------------------------------

    def evolve(self, **changes: Any) -> "Article":
        """A copy with ``changes`` applied, checked like a new article.

        Every stage of the pipeline makes one, so only what can have changed is checked
        again: the changed fields are converted and validated as ``__init__`` would, and the
        article-wide checks run over the changed records and the references into them.
        The other fields are this article's, already checked against the same text."""
        if type(self) is not Article:  # a subclass may add fields and checks of its own
            return attrs.evolve(self, **changes)
        fields = _ARTICLE_FIELDS
        unknown = changes.keys() - fields.keys()
        if unknown:
            raise TypeError(f"Article.evolve() got unexpected keyword arguments: {', '.join(sorted(unknown))}")
        new = object.__new__(Article)
        converted = {}
        for name, a in fields.items():
            if name in changes:
                value = changes[name]
                if a.converter is not None:
                    value = a.converter(value)
                converted[name] = value
            else:
                value = getattr(self, name)
            object.__setattr__(new, name, value)
        if not attrs.validators.get_disabled():
            for name, value in converted.items():
                a = fields[name]
                if a.validator is not None:
                    a.validator(new, a, value)
        _check_article(new, frozenset(converted))
        return new

    def actor(self, actor_id: str | None) -> Actor | None:
        """The actor with this id, or None."""
        if actor_id is None:
            return None
        for actor in self.actors:
            if actor.id == actor_id:
                return actor
        return None

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready shape documented in OUTPUT_CONTRACT.md (``reactlib/article@1``)."""
        from .serialize import article_to_dict

        return article_to_dict(self)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> "Article":
        """The inverse of :meth:`to_dict`: ``Article.from_dict(a.to_dict()) == a``."""
        from .serialize import article_from_dict

        return article_from_dict(data)


def _check_inside(text_len: int, what: str, start: int | None, end: int | None) -> None:
    if start is not None and end is not None and end > text_len:
        raise RecordInvariantError(f"{what}: span ({start}, {end}) runs past the end of the text ({text_len})")


#: Article's attrs fields by name, for :meth:`Article.evolve`.
_ARTICLE_FIELDS = attrs.fields_dict(Article)


def _check_article(article: Article, changed: frozenset[str] | None = None) -> None:
    """The article-wide invariants; with ``changed`` (from :meth:`Article.evolve`), only those
    the changed fields can break (records of an unchanged field were checked on the same text)."""
    if changed is not None:
        if "text" in changed:
            changed = None
        elif not changed & {"actors", "quotes", "dates", "stances"}:
            return
    n = len(article.text)
    actor_ids = [a.id for a in article.actors]
    known = set(actor_ids)
    if changed is None or "actors" in changed:
        if len(known) != len(actor_ids):
            raise RecordInvariantError("Article: two actors share an id")
        for actor in article.actors:
            for start, end in actor.mentions:
                _check_inside(n, f"Actor {actor.id} mention", start, end)
    quote_ids = [q.id for q in article.quotes]
    if changed is None or "quotes" in changed:
        if len(set(quote_ids)) != len(quote_ids):
            raise RecordInvariantError("Article: two quotes share an id")
    if changed is None or "quotes" in changed or "actors" in changed:
        _check_quotes(article, n, known, full=changed is None or "quotes" in changed)
    if changed is None or "dates" in changed:
        for timex in article.dates:
            _check_inside(n, "TimeExpression", timex.start, timex.end)
            if article.text[timex.start:timex.end] != timex.text:
                raise RecordInvariantError(f"TimeExpression {timex.text!r}: text does not match text[{timex.start}:{timex.end}]")
    if changed is None or changed & {"stances", "actors", "quotes"}:
        _check_stances(article, n, known, set(quote_ids), full=changed is None or "stances" in changed)


def _check_quotes(article: Article, n: int, known: set[str], full: bool) -> None:
    """Quote offsets and text (``full``), and that every speaker is an actor."""
    for quote in article.quotes:
        if full:
            _check_inside(n, f"Quote {quote.id}", quote.start, quote.end)
            _check_inside(n, f"Quote {quote.id} cue", quote.cue_start, quote.cue_end)
            _check_inside(n, f"Quote {quote.id} speaker", quote.speaker_start, quote.speaker_end)
            if article.text[quote.start:quote.end] != quote.text:
                raise RecordInvariantError(f"Quote {quote.id}: text does not match text[{quote.start}:{quote.end}]")
        if quote.speaker is not None and quote.speaker not in known:
            raise RecordInvariantError(f"Quote {quote.id}: speaker {quote.speaker!r} is not an actor id")


def _check_stances(article: Article, n: int, known: set[str], quotes: set[str], full: bool) -> None:
    """Stance offsets (``full``), and that holders, targets and quotes exist."""
    for stance in article.stances:
        if full:
            _check_inside(n, "Stance evidence", stance.start, stance.end)
        for role in ("holder", "target"):
            ref = getattr(stance, role)
            if ref is not None and ref not in known:
                raise RecordInvariantError(f"Stance: {role} {ref!r} is not an actor id")
        if stance.quote is not None and stance.quote not in quotes:
            raise RecordInvariantError(f"Stance: quote {stance.quote!r} is not a quote id")
