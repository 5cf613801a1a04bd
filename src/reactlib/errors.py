"""Every error reactlib raises on purpose.

One base class, :class:`ReactlibError`, so a caller can catch everything reactlib
means to raise with one ``except``. Each class carries a stable ``code`` (as spaCy's
``errors.py`` does) that batch output writes next to the message, so a user can count
failures by kind without parsing sentences.

Messages say what was wrong and what is accepted instead.
"""

from __future__ import annotations


class ReactlibError(Exception):
    """Base class of every error reactlib raises deliberately."""

    code = "R000"

    def to_dict(self) -> dict:
        """The error record written in batch output for an article that failed."""
        return {"type": type(self).__name__, "code": self.code, "message": str(self)}


# -- input ------------------------------------------------------------------------


class InputError(ReactlibError, ValueError):
    """The article given to reactlib cannot be parsed as it is."""

    code = "R100"


class NotTextError(InputError, TypeError):
    """The article text is not a ``str``."""

    code = "R101"

    def __init__(self, value: object, what: str = "text") -> None:
        super().__init__(
            f"{what} must be a str, not {type(value).__name__}; "
            "decode bytes first (e.g. data.decode('utf-8')) or read the file in text mode"
        )


class BadDateError(InputError):
    """The article date is not a date reactlib understands."""

    code = "R102"

    def __init__(self, value: object) -> None:
        super().__init__(
            f"article date {value!r} is not understood; give a datetime.date, "
            "a datetime, or an ISO 8601 string YYYY-MM-DD (e.g. '2020-09-27')"
        )


class TextTooLargeError(InputError):
    """The article is longer than the configured limit."""

    code = "R103"

    def __init__(self, length: int, limit: int) -> None:
        super().__init__(
            f"article text has {length:,} characters, over the limit of {limit:,}; "
            "raise it with parse(..., max_chars=N), the REACTLIB_MAX_CHARS environment "
            "variable or --max-chars, or split the text"
        )
        self.length = length
        self.limit = limit


class DecodeError(InputError):
    """A file or line is not valid UTF-8."""

    code = "R104"

    def __init__(self, source: str, byte_offset: int, reason: str = "") -> None:
        extra = f" ({reason})" if reason else ""
        super().__init__(
            f"{source} is not valid UTF-8 at byte {byte_offset}{extra}; "
            "re-encode it, or pass --encoding-errors replace (encoding_errors='replace') "
            "to replace bad bytes with U+FFFD"
        )
        self.source = source
        self.byte_offset = byte_offset


class RecordError(InputError):
    """A batch input record (one JSONL line) is malformed."""

    code = "R105"


# -- records ----------------------------------------------------------------------


class RecordInvariantError(ReactlibError, ValueError):
    """A record breaks an invariant of the data model (offsets, ids)."""

    code = "R200"


# -- plugins and the pipeline --------------------------------------------------------


class PluginError(ReactlibError):
    """A plugin failed while it ran, or returned something it should not have."""

    code = "R300"

    def __init__(self, plugin: str, message: str, *, extractor: str | None = None,
                 article_id: str | None = None) -> None:
        where = f"plugin {plugin!r}"
        if extractor and extractor != plugin:
            where += f" (extractor {extractor!r})"
        if article_id is not None:
            where += f" on article {article_id!r}"
        super().__init__(f"{where}: {message}")
        self.plugin = plugin
        self.extractor = extractor
        self.article_id = article_id


class PluginLoadError(PluginError):
    """A plugin could not be imported or registered."""

    code = "R301"


class PipelineError(ReactlibError):
    """The extractors cannot be put in an order that satisfies what each needs."""

    code = "R302"


class UnknownPluginError(PipelineError):
    """A plugin named in a selection is not installed."""

    code = "R303"


# -- optional features ----------------------------------------------------------------


class MissingExtraError(ReactlibError, ImportError):
    """An optional dependency is not installed; the message names the extra that brings it."""

    code = "R400"

    def __init__(self, module: str, extra: str, feature: str) -> None:
        super().__init__(f"{feature} needs the optional package {module!r}, which is not installed; "
                         f"install it with: pip install \"reactlib[{extra}]\"")
        self.module = module
        self.extra = extra
