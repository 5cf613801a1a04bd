"""reactlib-attribution, tested the way its users meet it: train, load, parse through reactlib.

Every text here is invented for these tests.
"""

from __future__ import annotations

import importlib.metadata

import pytest
from reactlib import Quote
from reactlib.errors import PluginLoadError
from reactlib.speakers import blank_english
from reactlib.testing import assert_valid_article, parse_with, pipeline_with

import reactlib_attribution.plugin as plugin
from reactlib_attribution import AttributionPlugin
from reactlib_attribution.brat import parse_ann
from reactlib_attribution.convert import select_spans, to_doc
from reactlib_attribution.merge import merge
from reactlib_attribution.model import load_model, tag
from reactlib_attribution.records import kind_of, pair_spans, sentence_bounds_of

SEEN = "Prime Minister Tomas Berg said talks with the rebels had stalled. Other news followed.\n"


# -- conversion -----------------------------------------------------------------------


def test_brat_standoff_is_read_with_discontinuous_spans_taken_whole():
    ann = ("T1\tSource 0 4\tKara\nT2\tCue 5 9\tsaid\nT3\tContent 10 20;25 30\tx\n"
           "T4\tAttribution 5 9\tsaid\nE1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n"
           "T5\tCue 40 44\tsaid\nE2\tAttribution:T5 Cue:T5\n")
    assert [tuple(a) for a in parse_ann(ann)] == [((10, 30), (5, 9), (0, 4))]  # E2 has no content


def test_nested_attributions_keep_the_inner_one_whole():
    text = "Vera said that Ivo claimed the dam leaked."
    from reactlib_attribution.brat import Attribution
    outer = Attribution((10, 41), (5, 9), (0, 4))
    inner = Attribution((27, 41), (19, 26), (15, 18))
    spans = select_spans(text, [outer, inner])
    assert [(text[s:e], label) for s, e, label in spans] == [
        ("Vera", "SOURCE"), ("said", "CUE"), ("Ivo", "SOURCE"), ("claimed", "CUE"), ("the dam leaked", "CONTENT")]


def test_spans_become_entities_on_reactlibs_tokens():
    text = "Mira Sand said the port was closed."
    from reactlib_attribution.brat import Attribution
    doc, dropped = to_doc(blank_english(), text, [Attribution((14, 34), (10, 13), (0, 9))])
    assert dropped == 0
    assert [(e.text, e.label_) for e in doc.ents] == [("Mira Sand", "SOURCE"), ("said", "CUE"),
                                                      ("the port was closed", "CONTENT")]


# -- records and merging ----------------------------------------------------------------


def test_each_content_takes_the_nearest_cue_and_source_of_its_sentence():
    text = "Ada said the roads were open. Ben denied that the fires spread."
    spans = [(0, 3, "SOURCE"), (4, 8, "CUE"), (9, 28, "CONTENT"), (30, 33, "SOURCE"), (34, 40, "CUE"),
             (41, 62, "CONTENT")]
    found = pair_spans(spans, sentence_bounds_of(None, text.replace(". ", ".\n")))
    assert [(text[a.content[0]:a.content[1]], text[a.cue[0]:a.cue[1]], text[a.source[0]:a.source[1]])
            for a in found] == [("the roads were open", "said", "Ada"), ("that the fires spread", "denied", "Ben")]


@pytest.mark.parametrize("content, kind", [
    ("\u201cWe will rebuild the school.\u201d", "direct"),
    ("the talks were \u201ca waste of time\u201d", "partial"),
    ("that the talks had failed", "indirect"),
])
def test_kind_follows_the_quotation_marks(content, kind):
    assert kind_of(content, 0, len(content)) == kind


def _q(start, end, text, **kw):
    return Quote.from_span(text, start, end, id="x", kind="indirect", **kw)


def test_merge_modes_and_borrowing_a_cue_from_the_rules():
    text = "Lia said the vote was fair. Tom said the count was slow."
    rule_a = _q(9, 26, text, cue="say", cue_start=4, cue_end=8, speaker_start=0, speaker_end=3)
    rule_b = _q(37, 55, text, cue="say", cue_start=32, cue_end=36)
    model_a = _q(9, 26, text)  # no cue, no source: takes the rule's
    model_c = _q(0, 3, text)
    merged = merge([rule_a, rule_b], [model_a, model_c], "model")
    assert [(q.start, q.end, q.cue_start, q.id) for q in merged] == [
        (0, 3, None, "q1"), (9, 26, 4, "q2"), (37, 55, 32, "q3")]
    assert [(q.start, q.end) for q in merge([rule_a, rule_b], [model_a, model_c], "replace")] == [(0, 3), (9, 26)]
    assert [(q.start, q.end) for q in merge([rule_a], [_q(10, 20, text), model_c], "add")] == [(0, 3), (9, 26)]


# -- a trained model ------------------------------------------------------------------------


def test_training_writes_a_loadable_tagger(tiny_model):
    model = load_model(tiny_model)
    assert set(model.get_pipe("ner").labels) == {"CONTENT", "CUE", "SOURCE"}


def test_the_tagger_predicts_valid_spans_on_reactlibs_tokens(tiny_model):
    model = load_model(tiny_model)
    spans = tag(model, None, SEEN)
    assert spans, "the tiny model found nothing in a sentence it was trained on"
    for start, end, label in spans:
        assert 0 <= start < end <= len(SEEN) and SEEN[start:end] == SEEN[start:end].strip()
        assert label in {"CONTENT", "CUE", "SOURCE"}
    assert any(SEEN[s:e] == "said" and label == "CUE" for s, e, label in spans)


def test_parse_through_reactlib_gives_valid_quotes_from_the_model(tiny_model):
    text = "date 2024-05-02\n" + SEEN
    article = parse_with(AttributionPlugin(tiny_model, merge="replace"), text)
    assert article.quotes, "no quote from the model"
    assert all(q.extra.get("source") == "attribution-model" for q in article.quotes)
    assert_valid_article(article.to_dict())
    assert any(q.cue_start is not None and text[q.cue_start:q.cue_end] == "said" for q in article.quotes)


def test_runs_after_the_quote_rules_and_before_the_stances(tiny_model):
    names = [e.name for e in pipeline_with(AttributionPlugin(tiny_model)).extractors]
    assert names.index("reactlib.quotes") < names.index("attribution.tagger") < names.index("reactlib.stances")


def test_the_environment_variable_turns_the_model_on(tiny_model, monkeypatch):
    monkeypatch.setenv(plugin.MODEL_ENV, str(tiny_model))
    assert "attribution.tagger" in [e.name for e in pipeline_with(plugin).extractors]
    monkeypatch.delenv(plugin.MODEL_ENV)
    assert "attribution.tagger" not in [e.name for e in pipeline_with(plugin).extractors]


# -- errors ---------------------------------------------------------------------------------


def test_a_missing_model_path_is_a_typed_error_naming_the_plugin(tmp_path, monkeypatch):
    monkeypatch.setenv(plugin.MODEL_ENV, str(tmp_path / "nowhere"))
    with pytest.raises(PluginLoadError, match=r"plugin 'attribution'.*does not exist"):
        pipeline_with(plugin)


def test_a_directory_without_a_model_is_a_typed_error(tmp_path):
    (tmp_path / "meta.json").write_text("{ not json", encoding="utf-8")
    with pytest.raises(PluginLoadError, match=r"plugin 'attribution'.*could not load"):
        pipeline_with(AttributionPlugin(tmp_path))
    with pytest.raises(PluginLoadError, match="holds no trained spaCy pipeline"):
        pipeline_with(AttributionPlugin(tmp_path / ".."))


def test_an_unknown_merge_mode_is_a_typed_error(tiny_model):
    with pytest.raises(PluginLoadError, match="merge mode 'vote'"):
        pipeline_with(AttributionPlugin(tiny_model, merge="vote"))


def test_entry_point_is_declared():
    eps = {ep.name: ep.value for ep in importlib.metadata.entry_points(group="reactlib")}
    assert eps.get("attribution") == "reactlib_attribution.plugin"


def test_hybrid_mode_keeps_the_model_words_with_the_rules_cue_and_speaker():
    text = "Lia said the vote was fair and calm."
    rule = _q(9, 26, text, cue="say", cue_start=4, cue_end=8, speaker="lia", speaker_start=0, speaker_end=3)
    model = _q(9, 35, text, cue="fair", cue_start=22, cue_end=26)
    (hybrid,) = merge([rule], [model], "hybrid")
    assert (hybrid.start, hybrid.end, hybrid.cue_start, hybrid.speaker) == (9, 35, 4, "lia")
    (kept,) = merge([rule], [model], "model")
    assert (kept.start, kept.end, kept.cue_start, kept.speaker_start) == (9, 35, 22, 0)


def test_union_mode_keeps_a_rule_quote_that_only_touches_a_model_quote():
    text = "Lia said the vote was fair, and the count, she added, was slow."
    rule_far = _q(22, 62, text, cue="add", cue_start=46, cue_end=51)
    rule_same = _q(9, 26, text, cue="say", cue_start=4, cue_end=8)
    model = _q(9, 30, text)
    assert [(q.start, q.end) for q in merge([rule_same, rule_far], [model], "union")] == [(9, 30), (22, 62)]
    assert [(q.start, q.end) for q in merge([rule_same, rule_far], [model], "model")] == [(9, 30)]


def test_the_configured_plugin_loads_next_to_the_installed_entry_point(tiny_model, monkeypatch):
    monkeypatch.delenv(plugin.MODEL_ENV, raising=False)
    names = [e.name for e in pipeline_with(AttributionPlugin(tiny_model), entry_points=True).extractors]
    assert names.count("attribution.tagger") == 1


# -- training options -------------------------------------------------------------------------


def test_training_options_change_the_spacy_config(tmp_path):
    from reactlib_attribution.train import Options, training_config

    plain = training_config(tmp_path / "t", tmp_path / "d", max_steps=500, max_epochs=0, eval_frequency=100, seed=0)
    assert plain["training"]["optimizer"]["use_averages"] is False
    changed = training_config(
        tmp_path / "t", tmp_path / "d", max_steps=500, max_epochs=0, eval_frequency=100, seed=0,
        options=Options(learn_rate=0.0005, linear_decay=True, warmup_steps=50, average=True, batch_words=800,
                        dropout=0.2, patience=300, width=128, depth=6, window_size=2, embed_rows=10000))
    training = changed["training"]
    assert training["optimizer"]["learn_rate"] == {"@schedules": "warmup_linear.v1", "warmup_steps": 50,
                                                   "total_steps": 500, "initial_rate": 0.0005}
    assert training["optimizer"]["use_averages"] is True
    assert (training["batcher"]["size"], training["dropout"], training["patience"]) == (800, 0.2, 300)
    encode = changed["components"]["tok2vec"]["model"]["encode"]
    assert (encode["width"], encode["depth"], encode["window_size"]) == (128, 6, 2)
    rows = changed["components"]["tok2vec"]["model"]["embed"]["rows"]
    assert rows[0] == 10000 and rows == [2 * r for r in plain["components"]["tok2vec"]["model"]["embed"]["rows"]]


def test_training_continues_from_an_earlier_model(tiny_model, tiny_corpus, tmp_path):
    from reactlib_attribution.train import Options, train

    best = train(*tiny_corpus, tmp_path / "more", max_steps=30, eval_frequency=10, quiet=True,
                 options=Options(init_model=tiny_model, linear_decay=True, average=True))
    config = (tmp_path / "more" / "config.cfg").read_text(encoding="utf-8")
    assert f'source = "{(tiny_model / "model-best").resolve()}"' in config
    spans = tag(load_model(best), None, SEEN)
    assert any(SEEN[s:e] == "said" and label == "CUE" for s, e, label in spans)


def test_continuing_from_a_missing_model_is_a_typed_error(tiny_corpus, tmp_path, capsys):
    from reactlib_attribution.train import main

    assert main([str(tiny_corpus[0]), str(tiny_corpus[1]), str(tmp_path / "out"),
                 "--init-model", str(tmp_path / "nowhere")]) == 2
    assert "does not exist" in capsys.readouterr().err


def test_hybrid_mode_takes_the_rules_cue_but_keeps_the_taggers_source():
    text = "Lia and her deputy said the vote was fair."
    rule = _q(24, 41, text, cue="say", cue_start=19, cue_end=23, speaker="lia", speaker_start=0, speaker_end=3)
    model = _q(24, 41, text, cue="vote", cue_start=28, cue_end=32, speaker_start=0, speaker_end=18)
    (hybrid,) = merge([rule], [model], "hybrid")
    assert (hybrid.cue_start, hybrid.speaker_start, hybrid.speaker_end) == (19, 0, 18)


def test_hybrid_mode_prefers_a_direct_rule_quote_to_a_tagger_quote_inside_or_across_it():
    text = "\u201cThe dam is safe and the valley will not flood,\u201d the engineer said on Sunday."
    rule = Quote.from_span(text, 1, 46, id="r", kind="direct", cue="say", cue_start=63, cue_end=67)
    inside = _q(text.index("the valley"), 46, text)
    across = _q(text.index("the valley"), text.index(" on Sunday"), text)
    for model in (inside, across):
        (kept,) = merge([rule], [model], "hybrid")
        assert (kept.start, kept.end, kept.kind) == (1, 46, "direct")
        assert [(q.start, q.end) for q in merge([rule], [model], "model")] == [(model.start, model.end)]
    around = _q(0, text.index(" on Sunday"), text)
    assert [(q.start, q.end) for q in merge([rule], [around], "hybrid")] == [(0, around.end)]


def test_continuing_keeps_the_architecture_so_size_options_are_refused(tiny_model, tiny_corpus, tmp_path, capsys):
    from reactlib_attribution.train import main

    assert main([str(tiny_corpus[0]), str(tiny_corpus[1]), str(tmp_path / "out"),
                 "--init-model", str(tiny_model), "--width", "128"]) == 2
    assert "drop --width" in capsys.readouterr().err


def test_a_tagger_quote_takes_the_attribution_of_the_rule_quotes_inside_it():
    # the tagger marks the whole interrupted quotation, which cannot hold its own cue and
    # source (its spans do not overlap); the rules found the two pieces and the words between
    text = "\u201cThe ferry will not sail tonight,\u201d the harbour master told us, \u201cnor tomorrow.\u201d"
    first = Quote.from_span(text, 1, text.index(",\u201d"), id="r1", kind="direct", cue="tell",
                            cue_start=text.index("told"), cue_end=text.index("told") + 4, speaker="a1",
                            speaker_start=text.index("the harbour"), speaker_end=text.index(" told"))
    second = Quote.from_span(text, text.index("nor"), text.index(".\u201d"), id="r2", kind="direct")
    whole = _q(0, len(text), text)
    for mode in ("hybrid", "model", "replace"):
        (quote,) = [q for q in merge([first, second], [whole], mode) if q.start == 0]
        assert (quote.cue_start, quote.cue_end) == (first.cue_start, first.cue_end), mode
        assert (quote.speaker, quote.speaker_start, quote.speaker_end) == ("a1", first.speaker_start, first.speaker_end)
    # "union" keeps the rule pieces, with their attribution: the tagger quote lends nothing twice
    (quote,) = [q for q in merge([first, second], [whole], "union") if q.start == 0]
    assert quote.cue_start is None and quote.speaker_start is None


def test_a_rule_quote_inside_lends_only_an_attribution_that_lies_inside_the_tagger_quote():
    text = "The senator said \u201cwe will vote no\u201d and the bill \u201cis dead.\u201d"
    rule = Quote.from_span(text, text.index("we"), text.index("no\u201d") + 2, id="r", kind="direct", cue="say",
                           cue_start=text.index("said"), cue_end=text.index("said") + 4, speaker="a1",
                           speaker_start=0, speaker_end=text.index(" said"))
    tagger = _q(text.index("\u201cwe"), len(text), text)  # holds the rule's words but not its cue or source
    (quote,) = [q for q in merge([rule], [tagger], "model") if q.start == tagger.start]
    assert quote.cue_start is None and quote.speaker_start is None


def test_hybrid_mode_keeps_a_tagger_cue_that_holds_the_rules_cue_with_its_modifiers():
    text = "The governor now insists the levee held."
    verb = (text.index("insists"), text.index("insists") + len("insists"))
    rule = _q(text.index("the levee"), len(text) - 1, text, cue="insist", cue_start=verb[0], cue_end=verb[1])
    longer = _q(rule.start, rule.end, text, cue="now insists", cue_start=text.index("now"), cue_end=verb[1])
    (kept,) = merge([rule], [longer], "hybrid")
    assert (kept.cue_start, kept.cue_end) == (text.index("now"), verb[1])
    # a tagger cue elsewhere still gives way to the rule's
    other = _q(rule.start, rule.end, text, cue="governor", cue_start=4, cue_end=12)
    (replaced,) = merge([rule], [other], "hybrid")
    assert (replaced.cue_start, replaced.cue_end) == verb
