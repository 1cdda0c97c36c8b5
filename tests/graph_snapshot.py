"""A comparable picture of a subgraph or a whole store: labels and properties by stable key."""

from __future__ import annotations

from typing import Any

from aikg.graph import selection
from aikg.graph.export.base import edge_key
from aikg.graph.stores.base import GraphStore
from aikg.graph.subgraph import Subgraph


def snapshot(subgraph: Subgraph) -> tuple[dict[str, Any], dict[str, Any]]:
    nodes = {n.id: (sorted(n.labels), n.properties) for n in subgraph.nodes.values()}
    rels = {edge_key(r): (r.type, r.start, r.end, r.properties) for r in subgraph.relationships.values()}
    return nodes, rels


def store_snapshot(store: GraphStore) -> tuple[dict[str, Any], dict[str, Any]]:
    return snapshot(selection.whole(store))
