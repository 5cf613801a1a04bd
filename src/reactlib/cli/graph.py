"""``reactlib graph CORPUS -o network.{html,png,svg,graphml,gexf}``: the stance network.

CORPUS is a ``.txt`` article, a ``.json`` or ``.jsonl`` file of articles (parsed by
``reactlib parse`` or raw ``{"text": ...}`` records, parsed now), or a directory of such
files. Nodes are countries (``--by country``, the default) or actors (``--by actor``);
edges are stances, coloured by type and weighted by how often they were found.
``-o`` may be given several times to write several formats from one parse.
"""

from __future__ import annotations

import argparse
import sys

from ..errors import InputError
from ..graph import FORMATS, GROUPINGS, stance_graph, write_graph
from .render import add_pipeline_options, iter_articles, make_pipeline


def add_parser(subparsers) -> argparse.ArgumentParser:
    p = subparsers.add_parser("graph", help="write the network of who took which stance toward whom",
                              description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("corpus", help="a .txt article, a .json/.jsonl corpus, or a directory of them")
    p.add_argument("-o", "--output", action="append", required=True,
                   help=f"file to write, format from the suffix ({', '.join(FORMATS)}); repeatable")
    p.add_argument("--by", choices=GROUPINGS, default="country", help="what a node is (default: country)")
    p.add_argument("--date", help="the article's date, YYYY-MM-DD, when parsing a .txt file")
    p.add_argument("--title", default="Stance network", help="title of the drawing")
    add_pipeline_options(p)
    return p


def run(args: argparse.Namespace) -> int:
    for output in args.output:
        if not output.lower().endswith(FORMATS):
            raise InputError(f"cannot write a network as {output!r}; use one of {', '.join(FORMATS)}")
    articles = list(iter_articles(args.corpus, make_pipeline(args), date=args.date))
    if not articles:
        raise InputError(f"no article could be read from {args.corpus!r}")
    graph = stance_graph(articles, by=args.by)
    for output in args.output:
        write_graph(graph, output, title=args.title)
        print(f"wrote {output} ({graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges)", file=sys.stderr)
    return 0
