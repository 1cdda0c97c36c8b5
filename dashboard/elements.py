"""A :class:`Subgraph` as st-link-analysis (cytoscape.js) elements, with a colour and icon per label."""

from __future__ import annotations

import json
from typing import Any

from st_link_analysis import EdgeStyle, NodeStyle

from aikg.graph.fact_codec import BOOKKEEPING_KEYS
from aikg.graph.stores.base import NodeValue, RelationshipValue
from aikg.graph.subgraph import Subgraph

NODE_LOOK: dict[str, tuple[str, str]] = {
    "Person": ("#2f6fdf", "person"),
    "Organization": ("#e07b22", "business"),
    "Model": ("#2a9d5c", "science"),
    "Source": ("#7a7a7a", "description"),
}
DEFAULT_LOOK = ("#555555", "link")
HIDDEN_PROPERTIES = BOOKKEEPING_KEYS | {"id"}


def _cell(value: Any) -> Any:
    """A property value the side panel can show: scalars as they are, lists joined, maps as JSON."""
    if value is None or isinstance(value, str | int | float | bool):
        return value
    if isinstance(value, list | tuple):
        return "; ".join(str(v) for v in value)
    return json.dumps(value, default=str, ensure_ascii=False)


def node_element(node: NodeValue, centre: str | None = None) -> dict[str, Any]:
    data: dict[str, Any] = {k: _cell(v) for k, v in node.properties.items() if k not in HIDDEN_PROPERTIES}
    data.update(
        id=node.id,
        label=node.label or "Node",
        name=str(node.properties.get("name") or node.properties.get("title") or node.id),
    )
    if centre is not None and node.id == centre:
        data["centre"] = True
    return {"data": data}


def edge_element(rel: RelationshipValue) -> dict[str, Any]:
    data: dict[str, Any] = {k: _cell(v) for k, v in rel.properties.items() if k not in HIDDEN_PROPERTIES}
    data.update(
        id=f"{rel.start}|{rel.type}|{rel.end}|{rel.id}", label=rel.type, source=rel.start, target=rel.end
    )
    return {"data": data}


def to_elements(subgraph: Subgraph, centre: str | None = None) -> dict[str, list[dict[str, Any]]]:
    """Nodes sorted by id, then edges whose two ends are drawn (a dangling edge breaks cytoscape)."""
    nodes = [node_element(n, centre) for n in sorted(subgraph.nodes.values(), key=lambda n: n.id)]
    drawn = set(subgraph.nodes)
    edges = [
        edge_element(r)
        for r in sorted(subgraph.relationships.values(), key=lambda r: (r.start, r.type, r.end, r.id))
        if r.start in drawn and r.end in drawn
    ]
    return {"nodes": nodes, "edges": edges}


def node_styles(subgraph: Subgraph) -> list[NodeStyle]:
    styles = []
    for label in sorted({n.label or "Node" for n in subgraph.nodes.values()}):
        color, icon = NODE_LOOK.get(label, DEFAULT_LOOK)
        styles.append(NodeStyle(label, color=color, caption="name", icon=icon))
    return styles


def edge_styles(subgraph: Subgraph) -> list[EdgeStyle]:
    types = sorted({r.type for r in subgraph.relationships.values()})
    # labeled=None: the library warns about its deprecated `labeled` flag unless it is None
    return [EdgeStyle(t, caption="label", directed=True, labeled=None) for t in types]
