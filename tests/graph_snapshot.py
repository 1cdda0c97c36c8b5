"""A comparable picture of a subgraph or a whole store: labels and properties by stable key."""

from __future__ import annotations

from typing import Any

from aikg.graph import selection
from aikg.graph.export.base import edge_key
from aikg.graph.stores.base import GraphStore
from aikg.graph.subgraph import Subgraph


def _unordered(props: dict[str, Any]) -> dict[str, Any]:
    """Properties with the alias list sorted: aliases are a set (merges append, imports sort)."""
    if isinstance(props.get("aliases"), list):
        return {**props, "aliases": sorted(props["aliases"])}
    return props


def snapshot(subgraph: Subgraph) -> tuple[dict[str, Any], dict[str, Any]]:
    nodes = {n.id: (sorted(n.labels), _unordered(n.properties)) for n in subgraph.nodes.values()}
    rels = {edge_key(r): (r.type, r.start, r.end, r.properties) for r in subgraph.relationships.values()}
    return nodes, rels


def store_snapshot(store: GraphStore) -> tuple[dict[str, Any], dict[str, Any]]:
    return snapshot(selection.whole(store))
