"""networkx node-link JSON with every property intact (lists stay lists): the lossless format.

Layout: ``{"directed": true, "multigraph": true, "graph": {"format": "aikg-node-link", ...},
"nodes": [{"id", "labels", ...properties}], "edges": [{"source", "target", "key", "type",
...properties}]}``. ``aikg import`` reads it back.
"""

from __future__ import annotations

import json
from typing import Any, BinaryIO

import networkx as nx

from aikg.graph.export.base import TextBuffer, edge_key, sorted_nodes, sorted_relationships
from aikg.graph.subgraph import GraphView

FORMAT_NAME = "aikg-node-link"
FORMAT_VERSION = 1
EDGES_KEY = "edges"


def nodelink_data(subgraph: GraphView) -> dict[str, Any]:
    graph: nx.MultiDiGraph[str] = nx.MultiDiGraph(format=FORMAT_NAME, version=FORMAT_VERSION)
    for node in sorted_nodes(subgraph):
        graph.add_node(node.id, **node.properties, labels=list(node.labels))
    for rel in sorted_relationships(subgraph):
        graph.add_edge(rel.start, rel.end, key=edge_key(rel), **rel.properties, type=rel.type)
    return nx.node_link_data(graph, edges=EDGES_KEY)


def _line(item: dict[str, Any]) -> str:
    return json.dumps(item, ensure_ascii=False, default=str)


def write_nodelink(subgraph: GraphView, stream: BinaryIO) -> None:
    """:func:`nodelink_data` written item by item, one node or edge a line (no networkx graph and
    no whole document in memory): the same nodes, the same edges."""
    out = TextBuffer(stream)
    graph = {"format": FORMAT_NAME, "version": FORMAT_VERSION}
    out.write('{"directed": true, "multigraph": true, "graph": ' + json.dumps(graph) + ',\n"nodes": [')
    separator = "\n"
    for node in sorted_nodes(subgraph):
        out.write(separator + _line({**node.properties, "labels": list(node.labels), "id": node.id}))
        separator = ",\n"
    for end in subgraph.missing_endpoints():  # an endpoint the subgraph lacks: no attributes
        out.write(separator + _line({"id": end}))
        separator = ",\n"
    out.write(f"\n],\n{json.dumps(EDGES_KEY)}: [")
    separator = "\n"
    for rel in sorted_relationships(subgraph):
        edge = {
            **rel.properties,
            "type": rel.type,
            "source": rel.start,
            "target": rel.end,
            "key": edge_key(rel),
        }
        out.write(separator + _line(edge))
        separator = ",\n"
    out.write("\n]}\n")
    out.flush()


class NodeLinkExporter:
    streams = True
    name = "json"
    extension = "json"
    description = "networkx node-link JSON, lossless (aikg import reads it)"

    def write(self, subgraph: GraphView, stream: BinaryIO) -> None:
        write_nodelink(subgraph, stream)
