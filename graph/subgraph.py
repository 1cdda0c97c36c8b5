"""A subgraph in plain values: what a graph query returns, what exporters write, what the UI draws."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from aikg.graph.stores.base import NodeValue, PathValue, QueryResult, RelationshipValue

if TYPE_CHECKING:
    import networkx as nx


def relationship_order(rel: RelationshipValue) -> tuple[str, str, str, str]:
    """Export order: by type, then fact id (a mention has none), then start and end id."""
    fact_key = rel.id if rel.id and not rel.id.startswith("#") else ""
    return rel.type, fact_key, rel.start, rel.end


@runtime_checkable
class GraphView(Protocol):
    """A subgraph as exporters read it: in order, possibly more than once, and not necessarily held
    in memory (:class:`Subgraph` holds one; ``selection.StoredGraph`` reads the store in pages)."""

    def ordered_nodes(self) -> Iterator[NodeValue]:
        """Every node, in id order."""

    def ordered_relationships(self) -> Iterator[RelationshipValue]:
        """Every relationship, in :func:`relationship_order`."""

    def missing_endpoints(self) -> Iterator[str]:
        """Ids of relationship endpoints that are not nodes of the view, in order of first use."""

    def held_node(self, node_id: str) -> NodeValue | None:
        """The node with this id when the view holds it in memory (None when it does not, or when
        the view does not hold nodes)."""

    def size(self) -> tuple[int, int]:
        """How many nodes and relationships the view has."""


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

    def ordered_nodes(self) -> Iterator[NodeValue]:
        return iter(sorted(self.nodes.values(), key=lambda n: n.id))

    def ordered_relationships(self) -> Iterator[RelationshipValue]:
        return iter(sorted(self.relationships.values(), key=relationship_order))

    def missing_endpoints(self) -> Iterator[str]:
        seen = set(self.nodes)
        for rel in self.ordered_relationships():
            for end in (rel.start, rel.end):
                if end not in seen:
                    seen.add(end)
                    yield end

    def held_node(self, node_id: str) -> NodeValue | None:
        return self.nodes.get(node_id)

    def size(self) -> tuple[int, int]:
        return len(self.nodes), len(self.relationships)

    @classmethod
    def from_view(cls, view: GraphView) -> Subgraph:
        """A view's nodes and relationships held in memory."""
        if isinstance(view, Subgraph):
            return view
        graph = cls()
        for node in view.ordered_nodes():
            graph.add(node)
        for rel in view.ordered_relationships():
            graph.add(rel)
        return graph

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
