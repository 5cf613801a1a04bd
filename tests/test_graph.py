"""The stance network: nodes, weighted typed edges, and every export format."""

from __future__ import annotations

import json

import networkx as nx
import pytest
from views_fixtures import TEXT, demo_article

from reactlib.cli import main
from reactlib.errors import InputError
from reactlib.graph import STANCE_COLOURS, stance_graph, write_graph
from reactlib.types import STANCE_PLOVER


def test_every_stance_type_has_its_own_colour():
    assert set(STANCE_COLOURS) == set(STANCE_PLOVER)
    assert len(set(STANCE_COLOURS.values())) == len(STANCE_COLOURS)


def test_by_country_merges_people_into_the_country_they_speak_for():
    graph = stance_graph(demo_article(), by="country")
    assert set(graph.nodes) == {"NOR", "CHI", "PER"}
    assert graph.nodes["NOR"]["name"] == "Norway"
    # Ana Ruiz (PER) and Peru itself both reject Chile: one edge of weight 2.
    assert graph.edges["PER", "CHI", "reject"]["weight"] == 2
    assert graph.edges["CHI", "PER", "condemn"]["weight"] == 1
    assert graph.edges["CHI", "PER", "appeal"]["color"] == STANCE_COLOURS["appeal"]
    assert graph.edges["CHI", "PER", "appeal"]["plover"] == "REQUEST"
    # Norway's two stances have no target: counted on the node, not drawn as edges.
    assert graph.nodes["NOR"]["stances"] == 2 and graph.nodes["NOR"]["untargeted"] == 2
    assert graph.number_of_edges() == 3


def test_by_actor_keeps_people_apart():
    graph = stance_graph(demo_article(), by="actor")
    assert "Ana Ruiz (PER)" in graph and "Peru" in graph
    assert graph.edges["Ana Ruiz (PER)", "Chile", "reject"]["weight"] == 1
    assert graph.edges["Peru", "Chile", "reject"]["weight"] == 1


def test_weights_add_up_across_a_corpus():
    articles = [demo_article(article_id=str(i)) for i in range(3)]
    graph = stance_graph(articles)
    assert graph.edges["PER", "CHI", "reject"]["weight"] == 6
    assert graph.nodes["PER"]["articles"] == 3


def test_bad_grouping_and_bad_items_are_input_errors():
    with pytest.raises(InputError, match="country, actor"):
        stance_graph(demo_article(), by="planet")
    with pytest.raises(InputError):
        stance_graph(["not an article"])


def test_graphml_and_gexf_read_back_with_the_same_edges(tmp_path):
    graph = stance_graph(demo_article())
    write_graph(graph, tmp_path / "n.graphml")
    write_graph(graph, tmp_path / "n.gexf")
    for back in (nx.read_graphml(tmp_path / "n.graphml"), nx.read_gexf(tmp_path / "n.gexf")):
        weights = sorted((u, v, int(d["weight"])) for u, v, d in back.edges(data=True))
        assert weights == sorted((u, v, d["weight"]) for u, v, d in graph.edges(data=True))
        assert {d["stance"] for _, _, d in back.edges(data=True)} == {"condemn", "appeal", "reject"}
    gexf = (tmp_path / "n.gexf").read_text(encoding="utf-8")
    assert "viz:color" in gexf  # Gephi shows the stance colours


def test_png_and_html_drawings(tmp_path):
    graph = stance_graph(demo_article())
    write_graph(graph, tmp_path / "n.png")
    data = (tmp_path / "n.png").read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 5000
    write_graph(graph, tmp_path / "n.html", title="Test network")
    page = (tmp_path / "n.html").read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "<svg" in page and "http://" not in page.split("<svg")[0]
    assert "<td>PER</td>" in page and ">reject</td>" in page


def test_an_unknown_suffix_is_refused(tmp_path):
    with pytest.raises(InputError, match="graphml"):
        write_graph(stance_graph(demo_article()), tmp_path / "n.docx")


def test_an_empty_network_still_draws(tmp_path):
    from reactlib.types import Article

    write_graph(stance_graph(Article(text="nothing here")), tmp_path / "empty.png")
    assert (tmp_path / "empty.png").stat().st_size > 0


def test_cli_graph_writes_several_formats_from_a_jsonl_corpus(tmp_path, capsys):
    corpus = tmp_path / "c.jsonl"
    corpus.write_text("\n".join(json.dumps(demo_article(article_id=str(i)).to_dict()) for i in range(2)) + "\n"
                      + json.dumps({"id": "9", "error": {"type": "InputError", "message": "boom"}}) + "\n",
                      encoding="utf-8")
    outs = [tmp_path / f"net.{ext}" for ext in ("html", "png", "graphml", "gexf")]
    args = ["graph", str(corpus), "--by", "actor"]
    for out in outs:
        args += ["-o", str(out)]
    assert main(args) == 0
    assert all(out.stat().st_size > 0 for out in outs)
    back = nx.read_graphml(outs[2])
    assert back.edges["Chile", "Peru", "condemn"]["weight"] == 2
    assert "skipped" in capsys.readouterr().err  # the failed record is reported, not fatal


def test_cli_graph_parses_raw_text_and_refuses_unknown_formats(tmp_path, capsys):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    assert main(["graph", str(tmp_path), "-o", str(tmp_path / "n.graphml")]) == 0
    assert nx.read_graphml(tmp_path / "n.graphml") is not None
    assert main(["graph", str(tmp_path), "-o", str(tmp_path / "n.pdf")]) == 1
    assert "cannot write a network" in capsys.readouterr().err


def test_the_reference_article_as_parsed_now_gives_a_consistent_network(reference_text):
    import reactlib

    article = reactlib.parse(reference_text)
    graph = stance_graph(article)
    targeted = [s for s in article.stances if s.target is not None]
    assert sum(d["weight"] for _, _, d in graph.edges(data=True)) == len(targeted)
    assert sum(graph.nodes[n]["stances"] for n in graph) == len(article.stances)
