"""The explorer's ego network: the same selection as `aikg export --entity` (graph/selection.py),
filtered by entity type, grown by click-to-expand and pruned by remove."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from aikg.dashboard.elements import raw_id
from aikg.graph import selection
from aikg.graph.review import parse_filter
from aikg.graph.stores.base import GraphStore
from aikg.graph.subgraph import Subgraph

EXPAND_HOPS = 1


def _filter(predicates: Sequence[str], review: str) -> selection.FactFilter:
    return selection.FactFilter(predicates=tuple(predicates) or None, review=parse_filter(review))


def ego_subgraph(
    store: GraphStore, entity_id: str, hops: int, predicates: Sequence[str] = (), review: str = "not-rejected"
) -> Subgraph:
    return selection.ego(store, entity_id, hops, facts=_filter(predicates, review), with_sources=False)


def star_subgraph(
    store: GraphStore, entity_id: str, predicates: Sequence[str] = (), review: str = "not-rejected"
) -> Subgraph:
    """The entity, its own facts and its direct neighbours (no facts among the neighbours)."""
    return selection.star(store, entity_id, facts=_filter(predicates, review))


def among_subgraph(
    store: GraphStore, ids: Iterable[str], predicates: Sequence[str] = (), review: str = "not-rejected"
) -> Subgraph:
    """These entities and the facts between them."""
    return selection.among_values(store, ids, facts=_filter(predicates, review))


def merge(*graphs: Subgraph) -> Subgraph:
    out = Subgraph()
    for graph in graphs:
        out.add(list(graph.nodes.values()))
        out.add(list(graph.relationships.values()))
    return out


def without(graph: Subgraph, node_ids: Iterable[str]) -> Subgraph:
    """The graph minus these nodes and every relationship touching them."""
    gone = set(node_ids)
    out = Subgraph()
    out.add([n for n in graph.nodes.values() if n.id not in gone])
    out.add([r for r in graph.relationships.values() if r.start not in gone and r.end not in gone])
    return out


def reachable(graph: Subgraph, centre: str) -> Subgraph:
    """Only the part connected to the centre (relationships followed in either direction)."""
    links: dict[str, set[str]] = {}
    for rel in graph.relationships.values():
        links.setdefault(rel.start, set()).add(rel.end)
        links.setdefault(rel.end, set()).add(rel.start)
    seen, todo = {centre}, [centre]
    while todo:
        for nxt in links.get(todo.pop(), ()):
            if nxt not in seen:
                seen.add(nxt)
                todo.append(nxt)
    return without(graph, set(graph.nodes) - seen)


def keep_types(graph: Subgraph, centre: str, types: Iterable[str]) -> Subgraph:
    """Only entities of these types (the centre always stays), and what still connects to the centre."""
    wanted = set(types)
    dropped = {n.id for n in graph.nodes.values() if n.id != centre and n.label not in wanted}
    return reachable(without(graph, dropped), centre)


@dataclass
class Exploration:
    """What the analyst did to one ego network: nodes expanded (their neighbours added) and removed."""

    extra: Subgraph = field(default_factory=Subgraph)
    removed: set[str] = field(default_factory=set)

    def apply(self, event: Mapping[str, Any] | None, expand: Callable[[str], Subgraph]) -> None:
        """Apply a st-link-analysis event: ``{"action": "expand"|"remove", "data": {"node_ids": [...]}}``."""
        event = event or {}
        node_ids = [raw_id(str(n)) for n in (event.get("data") or {}).get("node_ids") or []]
        if event.get("action") == "expand":
            for node_id in node_ids:
                self.extra = merge(self.extra, expand(node_id))
            self.removed -= set(node_ids)
        elif event.get("action") == "remove":
            self.removed |= set(node_ids)

    def view(self, base: Subgraph, centre: str, types: Iterable[str]) -> Subgraph:
        """The base network plus expansions, minus removed nodes (never the centre), of these types."""
        return keep_types(without(merge(base, self.extra), self.removed - {centre}), centre, types)
