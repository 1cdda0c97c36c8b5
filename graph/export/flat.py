"""A networkx graph with only scalar attributes, for formats that cannot hold lists (GraphML, GEXF).

Lists are joined with `` | ``, maps become JSON text, None values are left out. Nodes get ``label``
(name, title or id), ``type`` (Person, Organization, Model or Source) and ``labels``; edges get
``predicate`` (the relationship type) and ``id`` (the fact id).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

import networkx as nx

from aikg.graph.export.base import display_name, edge_key, sorted_nodes, sorted_relationships
from aikg.graph.subgraph import GraphView

LIST_SEPARATOR = " | "


def flat_value(value: Any) -> str | int | float | bool | None:
    if value is None:
        return None
    if isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, Mapping):
        return json.dumps(value, sort_keys=True, ensure_ascii=False, default=str)
    if isinstance(value, list | tuple | set | frozenset):
        return LIST_SEPARATOR.join(str(v) for v in value if v is not None)
    return str(value)


def flat_map(props: Mapping[str, Any]) -> dict[str, Any]:
    out = {}
    for key, value in props.items():
        flat = flat_value(value)
        if flat is not None:
            out[str(key)] = flat
    return out


def flat_graph(subgraph: GraphView) -> nx.MultiDiGraph[str]:
    graph: nx.MultiDiGraph[str] = nx.MultiDiGraph()
    for node in sorted_nodes(subgraph):
        attrs = flat_map(node.properties)
        attrs.update(label=display_name(node), type=node.label, labels=LIST_SEPARATOR.join(node.labels))
        graph.add_node(node.id, **attrs)
    for rel in sorted_relationships(subgraph):
        attrs = flat_map(rel.properties)
        key = edge_key(rel)
        attrs.update(predicate=rel.type, id=key)
        graph.add_edge(rel.start, rel.end, key=key, **attrs)
    return graph
