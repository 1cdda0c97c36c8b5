"""A :class:`Subgraph` as st-link-analysis (cytoscape.js) elements, with a colour and icon per label.

Every string that leaves this module is HTML-escaped, keys and ids included: the component's info
panel writes element data into the page with ``innerHTML``, and any later component may too, so a
stored name such as ``<img src=x onerror=...>`` must arrive as text. Ids the component sends back
(expand / remove events) go through :func:`raw_id`.
"""

from __future__ import annotations

import html
import json
from typing import Any

from st_link_analysis import EdgeStyle, NodeStyle

from aikg.graph.stores.base import NodeValue, RelationshipValue
from aikg.graph.subgraph import Subgraph

NODE_LOOK: dict[str, tuple[str, str]] = {
    "Person": ("#2f6fdf", "person"),
    "Organization": ("#e07b22", "business"),
    "Model": ("#2a9d5c", "science"),
    "Source": ("#7a7a7a", "description"),
}
DEFAULT_LOOK = ("#555555", "link")
HIDDEN_PROPERTIES = {"evidence_keys", "evidence_starts", "evidence_ends", "id"}


def _cell(value: Any) -> Any:
    """A property value the side panel can show, HTML-escaped: numbers and booleans as they are,
    lists joined, maps as JSON."""
    if value is None or isinstance(value, bool | int | float):
        return value
    if isinstance(value, str):
        return html.escape(value)
    if isinstance(value, list | tuple):
        return html.escape("; ".join(str(v) for v in value))
    return html.escape(json.dumps(value, default=str, ensure_ascii=False))


def _safe(data: dict[str, Any]) -> dict[str, Any]:
    return {html.escape(str(key)): _cell(value) for key, value in data.items()}


def raw_id(element_id: str) -> str:
    """The store id of an element id the component sends back (the inverse of the escaping)."""
    return html.unescape(element_id)


def node_element(node: NodeValue, centre: str | None = None) -> dict[str, Any]:
    data: dict[str, Any] = {k: v for k, v in node.properties.items() if k not in HIDDEN_PROPERTIES}
    data.update(
        id=node.id,
        label=node.label or "Node",
        name=str(node.properties.get("name") or node.properties.get("title") or node.id),
    )
    if centre is not None and node.id == centre:
        data["centre"] = True
    return {"data": _safe(data)}


def edge_element(rel: RelationshipValue) -> dict[str, Any]:
    data: dict[str, Any] = {k: v for k, v in rel.properties.items() if k not in HIDDEN_PROPERTIES}
    data.update(
        id=f"{rel.start}|{rel.type}|{rel.end}|{rel.id}", label=rel.type, source=rel.start, target=rel.end
    )
    return {"data": _safe(data)}


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
        styles.append(NodeStyle(html.escape(label), color=color, caption="name", icon=icon))
    return styles


def edge_styles(subgraph: Subgraph) -> list[EdgeStyle]:
    types = sorted({r.type for r in subgraph.relationships.values()})
    # labeled=None: the library warns about its deprecated `labeled` flag unless it is None
    return [EdgeStyle(html.escape(t), caption="label", directed=True, labeled=None) for t in types]  # type: ignore[arg-type]
