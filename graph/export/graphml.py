"""GraphML for yEd, Gephi and Cytoscape: scalar attributes only (see ``flat``)."""

from __future__ import annotations

from typing import BinaryIO

import networkx as nx

from aikg.graph.export.flat import flat_graph
from aikg.graph.subgraph import Subgraph


class GraphMLExporter:
    name = "graphml"
    extension = "graphml"
    description = "GraphML (yEd, Gephi, Cytoscape); lists joined with ' | '"

    def write(self, subgraph: Subgraph, stream: BinaryIO) -> None:
        graph = flat_graph(subgraph)
        for _, _, data in graph.edges(data=True):
            data.pop("id", None)  # GraphML carries the edge key as the edge's id already
        nx.write_graphml(graph, stream, encoding="utf-8")
