"""networkx node-link JSON with every property intact (lists stay lists): the lossless format.

Layout: ``{"directed": true, "multigraph": true, "graph": {"format": "aikg-node-link", ...},
"nodes": [{"id", "labels", ...properties}], "edges": [{"source", "target", "key", "type",
...properties}]}``. ``aikg import`` reads it back.
"""

from __future__ import annotations

import json
from typing import Any, BinaryIO

import networkx as nx

from aikg.graph.export.base import edge_key, sorted_nodes, sorted_relationships
from aikg.graph.subgraph import Subgraph

FORMAT_NAME = "aikg-node-link"
FORMAT_VERSION = 1
EDGES_KEY = "edges"


def nodelink_data(subgraph: Subgraph) -> dict[str, Any]:
    graph: nx.MultiDiGraph[str] = nx.MultiDiGraph(format=FORMAT_NAME, version=FORMAT_VERSION)
    for node in sorted_nodes(subgraph):
        graph.add_node(node.id, **node.properties, labels=list(node.labels))
    for rel in sorted_relationships(subgraph):
        graph.add_edge(rel.start, rel.end, key=edge_key(rel), **rel.properties, type=rel.type)
    return nx.node_link_data(graph, edges=EDGES_KEY)


class NodeLinkExporter:
    name = "json"
    extension = "json"
    description = "networkx node-link JSON, lossless (aikg import reads it)"

    def write(self, subgraph: Subgraph, stream: BinaryIO) -> None:
        text = json.dumps(nodelink_data(subgraph), ensure_ascii=False, indent=1, default=str)
        stream.write(text.encode("utf-8") + b"\n")
