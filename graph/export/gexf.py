"""GEXF 1.2 for Gephi: scalar attributes only (see ``flat``); the edge label is the predicate."""

from __future__ import annotations

from typing import BinaryIO

import networkx as nx

from aikg.graph.export.flat import flat_graph
from aikg.graph.subgraph import Subgraph


class GEXFExporter:
    name = "gexf"
    extension = "gexf"
    description = "GEXF 1.2 (Gephi); lists joined with ' | '"

    def write(self, subgraph: Subgraph, stream: BinaryIO) -> None:
        graph = flat_graph(subgraph)
        for _, _, data in graph.edges(data=True):
            data["label"] = data["predicate"]  # 'id' and 'label' are GEXF's own edge fields
        nx.write_gexf(graph, stream, encoding="utf-8", prettyprint=True, version="1.2draft")
