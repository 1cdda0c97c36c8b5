"""A subgraph in plain values: what a graph query returns, what exporters write, what the UI draws."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from aikg.graph.stores.base import NodeValue, PathValue, QueryResult, RelationshipValue

if TYPE_CHECKING:
    import networkx as nx


@dataclass
class Subgraph:
    nodes: dict[str, NodeValue] = field(default_factory=dict)
    relationships: dict[str, RelationshipValue] = field(default_factory=dict)

    def add(self, value: Any) -> None:
        """Add every node, relationship and path found in a result value (lists and maps too)."""
        if isinstance(value, NodeValue):
            self.nodes.setdefault(value.id, value)
        elif isinstance(value, RelationshipValue):
            self.relationships.setdefault(_rel_key(value), value)
        elif isinstance(value, PathValue):
            for item in (*value.nodes, *value.relationships):
                self.add(item)
        elif isinstance(value, list | tuple):
            for item in value:
                self.add(item)
        elif isinstance(value, dict):
            for item in value.values():
                self.add(item)

    @classmethod
    def from_result(cls, result: QueryResult) -> Subgraph:
        graph = cls()
        for row in result.rows:
            graph.add(row)
        return graph

    @classmethod
    def from_values(cls, values: Iterable[Any]) -> Subgraph:
        graph = cls()
        for value in values:
            graph.add(value)
        return graph

    def dangling(self) -> set[str]:
        """Endpoint ids of relationships whose nodes are not in the subgraph."""
        ends = {r.start for r in self.relationships.values()} | {r.end for r in self.relationships.values()}
        return ends - set(self.nodes)

    def to_networkx(self) -> nx.MultiDiGraph:
        """Nodes keyed by id with ``labels`` and properties; edges keyed by fact id with ``type``."""
        import networkx as nx

        graph: nx.MultiDiGraph[str] = nx.MultiDiGraph()
        for node in self.nodes.values():
            graph.add_node(node.id, labels=list(node.labels), label=node.label, **node.properties)
        for rel in self.relationships.values():
            for end in (rel.start, rel.end):
                if end not in graph:
                    graph.add_node(end)
            graph.add_edge(rel.start, rel.end, key=rel.id, type=rel.type, **rel.properties)
        return graph


def _rel_key(rel: RelationshipValue) -> str:
    return f"{rel.start}|{rel.type}|{rel.end}|{rel.id}"
