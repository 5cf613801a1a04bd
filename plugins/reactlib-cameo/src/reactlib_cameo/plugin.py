"""The reactlib plugin: an extractor that refines stances with CAMEO and PLOVER codes.

reactlib finds this module through the entry point in ``pyproject.toml``
(``[project.entry-points.reactlib] cameo = "reactlib_cameo.plugin"``) and calls its
one hook. The extractor declares ``refines={"stances"}``: the pipeline runs it after
the stance extractor and before anything that needs stances, and gives it the
frozen Article so far; it returns a new Article whose stances carry the codes.
"""

from __future__ import annotations

import attrs
from reactlib import Article, Extractor, hookimpl

from .table import code_stance

NAME = "cameo.codes"

#: reactlib's hedge marks map onto PLOVER's auxiliary modes.
HEDGE_MODE = "hypothetical"


def add_codes(article: Article, doc: object) -> Article:
    """Every stance with its CAMEO code, PLOVER event type, mode and context in ``extra``."""
    coded = []
    for stance in article.stances:
        code = code_stance(stance.type, stance.issue, article.text[stance.start:stance.end], stance.issue_text)
        extra = dict(stance.extra)
        if code is not None:
            extra.update(code.as_extra())
        if "hedge" in extra:
            extra["plover_aux_mode"] = HEDGE_MODE
        coded.append(attrs.evolve(stance, extra=extra))
    return article.evolve(stances=tuple(coded))


@hookimpl
def reactlib_register_extractors(register):
    register(Extractor(name=NAME, run=add_codes, refines={"stances"}))
