"""The stance network: who took which stance toward whom, across a corpus.

Nodes are actors, merged either by the country they speak for (``by="country"``: the
Turkish president and the Turkish foreign ministry are one node, ``TUR``) or kept as
persons and organisations (``by="actor"``). Each edge is one (holder, target, stance
type) with ``weight`` = how many times that stance was found, coloured by type, so a
network of a whole corpus shows at a glance who backs and who blames whom.

The graph is a :class:`networkx.MultiDiGraph` (one edge per stance type between two
nodes); :func:`write_graph` exports it for Gephi (``.gexf``, colours included),
other tools (``.graphml``), people (``.png`` via matplotlib) or a browser (``.html``,
one self-contained page with the drawing and the edge list). networkx and matplotlib
come with the ``viz`` extra and are imported only here.
"""

from __future__ import annotations

import html
import io
import math
from pathlib import Path
from typing import Any, Iterable

from .errors import InputError
from .extras import require
from .types import STANCE_PLOVER, Actor, Article

GROUPINGS = ("country", "actor")
FORMATS = (".html", ".png", ".svg", ".graphml", ".gexf")

#: Edge colour of each stance type: greens for support, reds for blame, orange for
#: requests, purple for rejection, blue for talks, teal for mediation, grey for concern.
STANCE_COLOURS: dict[str, str] = {
    "support": "#2e7d32", "praise": "#66bb6a", "welcome": "#9ccc65",
    "accuse": "#c62828", "criticize": "#ef5350", "condemn": "#8e0000",
    "appeal": "#ef6c00", "demand": "#ffa000",
    "reject": "#6a1b9a",
    "threaten": "#3e2723",
    "consult": "#1565c0",
    "mediate": "#00897b",
    "concern": "#757575",
}


def _country_name(code: str) -> str:
    import pycountry

    found = pycountry.countries.get(alpha_3=code)
    return found.name if found else code


def node_key(actor: Actor, by: str) -> tuple[str, dict[str, Any]]:
    """The node an actor belongs to, and that node's attributes."""
    if by == "country" and actor.country:
        return actor.country, {"label": actor.country, "name": _country_name(actor.country), "kind": "country"}
    key = actor.name if not actor.country or actor.kind == "country" else f"{actor.name} ({actor.country})"
    return key, {"label": actor.name, "name": actor.name, "kind": actor.kind, "country": actor.country or ""}


def stance_graph(articles: Article | Iterable[Article], *, by: str = "country"):
    """The stance network of ``articles`` as a networkx ``MultiDiGraph``.

    Node attributes: ``label``, ``name``, ``kind``, ``stances`` (how many stances the
    node holds, targeted or not), ``untargeted`` (those with no target, e.g. concern
    about an issue), ``articles`` (in how many articles it appears).
    Edge key = stance type; edge attributes: ``stance`` (the type; GEXF reserves the name
    ``type``), ``plover``, ``weight``, ``color``.

    :param by: ``"country"`` (actors merged by the country they speak for; actors with no
        country stay as themselves) or ``"actor"``.
    :raises MissingExtraError: networkx is not installed (``pip install "reactlib[viz]"``).
    """
    nx = require("networkx", "viz", "the stance network")
    if by not in GROUPINGS:
        raise InputError(f"unknown grouping {by!r}; choose one of {', '.join(GROUPINGS)}")
    graph = nx.MultiDiGraph(grouping=by)
    for article in [articles] if isinstance(articles, Article) else articles:
        if not isinstance(article, Article):
            raise InputError(f"stance_graph takes Articles, not {type(article).__name__}")
        nodes: dict[str, str] = {}
        for actor in article.actors:
            key, attrs = node_key(actor, by)
            nodes[actor.id] = key
            if key not in graph:
                graph.add_node(key, **attrs, stances=0, untargeted=0, articles=0)
        for key in set(nodes.values()):
            graph.nodes[key]["articles"] += 1
        for stance in article.stances:
            holder = nodes[stance.holder]
            graph.nodes[holder]["stances"] += 1
            if stance.target is None:
                graph.nodes[holder]["untargeted"] += 1
                continue
            target = nodes[stance.target]
            if graph.has_edge(holder, target, key=stance.type):
                graph.edges[holder, target, stance.type]["weight"] += 1
            else:
                graph.add_edge(holder, target, key=stance.type, stance=stance.type, plover=stance.plover,
                               weight=1, color=STANCE_COLOURS[stance.type])
    return graph


def _rgb(colour: str) -> dict[str, int | float]:
    return {"r": int(colour[1:3], 16), "g": int(colour[3:5], 16), "b": int(colour[5:7], 16), "a": 1.0}


def _gexf_copy(graph):
    """A copy carrying Gephi's ``viz`` colours and sizes (GraphML cannot hold them)."""
    out = graph.copy()
    for _, data in out.nodes(data=True):
        data["viz"] = {"color": _rgb("#546e7a"), "size": 10.0 + 4.0 * data.get("stances", 0)}
    for _, _, data in out.edges(data=True):
        data["viz"] = {"color": _rgb(data["color"]), "thickness": float(data["weight"])}
    return out


def draw(graph, *, title: str | None = None):
    """A matplotlib ``Figure`` of the network: arrows coloured by stance type, width by count."""
    nx = require("networkx", "viz", "the stance network")
    require("matplotlib", "viz", "drawing the stance network")
    from matplotlib.figure import Figure
    from matplotlib.lines import Line2D

    fig = Figure(figsize=(10, 7.5), dpi=110)
    ax = fig.add_subplot()
    ax.set_axis_off()
    ax.margins(0.12)
    if title:
        ax.set_title(title)
    if graph.number_of_nodes() == 0:
        ax.text(0.5, 0.5, "no actors found", ha="center", va="center", transform=ax.transAxes)
        return fig
    simple = nx.Graph(graph)
    pos = nx.spring_layout(simple, seed=7, k=2.2 / math.sqrt(max(graph.number_of_nodes(), 1)))
    sizes = [300 + 120 * graph.nodes[n].get("stances", 0) for n in graph.nodes]
    nx.draw_networkx_nodes(graph, pos, ax=ax, node_size=sizes, node_color="#cfd8dc", edgecolors="#455a64")
    nx.draw_networkx_labels(graph, pos, ax=ax, labels={n: graph.nodes[n].get("label", n) for n in graph.nodes},
                            font_size=9)
    # Parallel edges (several stance types between one pair) are bent apart.
    seen: dict[tuple[str, str], int] = {}
    for u, v, key, data in graph.edges(keys=True, data=True):
        pair = (u, v)
        rank = seen.get(pair, 0)
        seen[pair] = rank + 1
        rad = 0.12 + 0.14 * rank
        nx.draw_networkx_edges(graph, pos, ax=ax, edgelist=[(u, v, key)], edge_color=data["color"],
                               width=1.2 + 1.4 * math.log2(data["weight"] + 1) - 1.4, arrows=True,
                               arrowsize=14, connectionstyle=f"arc3,rad={rad}",
                               node_size=sizes[list(graph.nodes).index(v)])
    used = sorted({d["stance"] for _, _, d in graph.edges(data=True)}, key=list(STANCE_COLOURS).index)
    if used:
        ax.legend(handles=[Line2D([0], [0], color=STANCE_COLOURS[t], lw=2.5, label=t) for t in used],
                  loc="lower left", fontsize=8, frameon=False, title="stance")
    return fig


def _html_page(graph, title: str) -> str:
    buf = io.StringIO()
    draw(graph, title=title).savefig(buf, format="svg", bbox_inches="tight")
    svg = buf.getvalue()
    svg = svg[svg.index("<svg"):]  # drop the XML prolog and doctype: the SVG is inlined
    rows = []
    for u, v, data in sorted(graph.edges(data=True), key=lambda e: (-e[2]["weight"], e[0], e[1], e[2]["stance"])):
        rows.append(
            f'<tr><td>{html.escape(graph.nodes[u].get("label", u))}</td>'
            f'<td><span class="sw" style="background:{data["color"]}"></span>{html.escape(data["stance"])}</td>'
            f'<td>{html.escape(graph.nodes[v].get("label", v))}</td><td>{data["weight"]}</td></tr>')
    body = "\n".join(rows) or '<tr><td colspan="4">no stances between actors</td></tr>'
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(title)}</title>
<style>body{{font:14px/1.5 system-ui,sans-serif;margin:16px;color:#222}}svg{{max-width:100%;height:auto}}
table{{border-collapse:collapse}}td,th{{border:1px solid #ddd;padding:2px 8px;text-align:left}}
.sw{{display:inline-block;width:10px;height:10px;margin-right:5px;border-radius:2px}}</style></head>
<body><h1>{html.escape(title)}</h1>
<p>{graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges (grouped by {html.escape(graph.graph.get("grouping", ""))})</p>
<figure>{svg}</figure>
<table id="edges"><thead><tr><th>holder</th><th>stance</th><th>target</th><th>count</th></tr></thead>
<tbody>
{body}
</tbody></table></body></html>
"""


def write_graph(graph, path: str | Path, *, title: str = "Stance network") -> None:
    """Write the network to ``path``; the format follows the suffix (see :data:`FORMATS`)."""
    nx = require("networkx", "viz", "the stance network")
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".graphml":
        nx.write_graphml(graph, path)
    elif suffix == ".gexf":
        nx.write_gexf(_gexf_copy(graph), path)
    elif suffix in (".png", ".svg"):
        draw(graph, title=title).savefig(path, format=suffix[1:], bbox_inches="tight")
    elif suffix == ".html":
        path.write_text(_html_page(graph, title), encoding="utf-8")
    else:
        raise InputError(f"cannot write a network as {path.name!r}; use one of {', '.join(FORMATS)}")
