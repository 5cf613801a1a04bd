"""reactlib-cameo, tested the way its users meet it: through reactlib."""

from __future__ import annotations

import importlib.metadata

import pytest
from reactlib import Actor, Article, Stance
from reactlib.testing import parse_with, pipeline_with

import reactlib_cameo.plugin as plugin
from reactlib_cameo import code_stance


@pytest.mark.parametrize("type_, issue, evidence, cameo, event, mode", [
    ("appeal", "ceasefire", "called for a truce", "0256", "REQUEST", "yield"),
    ("demand", "ceasefire", "demanded a truce", "1056", "REQUEST", "yield"),
    ("appeal", "negotiations", "urged talks", "026", "REQUEST", "meet"),
    ("consult", None, "held a telephone conversation", "041", "CONSULT", "phone"),
    ("consult", None, "met", "040", "CONSULT", None),
    ("praise", None, "praised", "051", "SUPPORT", None),
    ("condemn", None, "condemned", "111", "ACCUSE", "disapprove"),
    ("reject", "negotiations", "rejected talks", "125", "REJECT", "meet"),
    ("threaten", None, "threatened sanctions", "1312", "THREATEN", "restrict"),
    ("mediate", None, "offered to mediate", "039", "AGREE", None),
    ("criticize", None, "imposed fresh sanctions on Pyongyang", "163", "COERCE", "restrict"),
    ("criticize", None, "expelled two Bordurian diplomats", "161", "SANCTION", "withdraw"),
    ("criticize", None, "recalled its ambassador from Lima", "161", "SANCTION", "withdraw"),
    ("criticize", None, "severed diplomatic ties with Taipei", "161", "SANCTION", "withdraw"),
    ("criticize", None, "lodged a protest with Ankara", "111", "ACCUSE", "disapprove"),
    ("support", None, "dispatched rescue teams to Nepal", "073", "AID", None),
])
def test_table(type_, issue, evidence, cameo, event, mode):
    code = code_stance(type_, issue, evidence)
    assert (code.cameo, code.plover_event, code.plover_mode) == (cameo, event, mode)


def test_extractor_adds_codes_to_every_stance():
    text = "Ruritania called for a truce and spoke by phone with Borduria."
    actors = (Actor(id="r", name="Ruritania", kind="country", mentions=[(0, 9)]),
              Actor(id="b", name="Borduria", kind="country", mentions=[(53, 61)]))
    stances = (Stance(holder="r", type="appeal", start=10, end=31, issue="ceasefire"),
               Stance(holder="r", type="consult", start=36, end=61, target="b"))
    out = plugin.add_codes(Article(text=text, actors=actors, stances=stances), None)
    assert [s.extra["cameo"] for s in out.stances] == ["0256", "041"]
    assert [s.extra["plover_event"] for s in out.stances] == ["REQUEST", "CONSULT"]
    assert out.stances[0].issue == "ceasefire"  # the stance itself is unchanged


def test_runs_after_the_stance_extractor():
    names = [e.name for e in pipeline_with(plugin).extractors]
    assert names.index("cameo.codes") > names.index("reactlib.stances")


def test_end_to_end_through_reactlib():
    article = parse_with(plugin, "date 2023-03-01 Japan on Monday called for an immediate ceasefire.")
    codes = [(s.type, s.extra.get("cameo"), s.extra.get("plover_event")) for s in article.stances]
    assert codes == [("appeal", "0256", "REQUEST")]


def test_entry_point_is_declared():
    eps = {ep.name: ep.value for ep in importlib.metadata.entry_points(group="reactlib")}
    assert eps.get("cameo") == "reactlib_cameo.plugin"
