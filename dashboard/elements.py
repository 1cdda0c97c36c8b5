"""A :class:`Subgraph` as st-link-analysis (cytoscape.js) elements, with a colour and icon per label,
the centre ringed, nodes sized by a measure, and parallel facts between two nodes drawn as one edge.

Every string that leaves this module has its ``<`` and ``>`` escaped, keys and ids included: the
component's info panel writes element data into the page with ``innerHTML`` (inside ``<p>``
elements, a text context), and any later component may too, so a stored name such as ``<img src=x
onerror=...>`` must arrive as text. Without ``<`` no element can be made, so ``&`` and quotes stay as
they are and captions such as "O'Brien & Partners" read right (the graph's captions do not decode
entities). Ids the component sends back (expand / remove events) go through :func:`raw_id`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from typing import Any

from st_link_analysis import EdgeStyle, NodeStyle

from aikg.graph.fact_codec import BOOKKEEPING_KEYS, stored_sources
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


_ENTITY_LIKE = re.compile(r"&(?=(?:lt|gt|amp);)")
_ENTITY = re.compile(r"&(lt|gt|amp);")
_CHARS = {"lt": "<", "gt": ">", "amp": "&"}


def _escape(text: str) -> str:
    """Text that cannot open an HTML element: ``<`` and ``>`` as entities, and an ``&`` only where
    it would otherwise read as one of those entities (so :func:`raw_id` inverts it exactly)."""
    return _ENTITY_LIKE.sub("&amp;", text).replace("<", "&lt;").replace(">", "&gt;")


def _cell(value: Any) -> Any:
    """A property value the side panel can show, HTML-escaped: numbers and booleans as they are,
    lists joined, maps as JSON."""
    if value is None or isinstance(value, bool | int | float):
        return value
    if isinstance(value, str):
        return _escape(value)
    if isinstance(value, list | tuple):
        return _escape("; ".join(str(v) for v in value))
    return _escape(json.dumps(value, default=str, ensure_ascii=False))


def _safe(data: dict[str, Any]) -> dict[str, Any]:
    return {_escape(str(key)): _cell(value) for key, value in data.items()}


def raw_id(element_id: str) -> str:
    """The store id of an element id the component sends back (the inverse of the escaping)."""
    return _ENTITY.sub(lambda match: _CHARS[match.group(1)], element_id)


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


def group_element(rels: list[RelationshipValue]) -> dict[str, Any]:
    """Several facts from one node to another as one edge labelled with their count, so labels do
    not pile up; the side panel lists them."""
    first = rels[0]
    facts = [f"{r.type} ({r.properties['date']})" if r.properties.get("date") else r.type for r in rels]
    return {
        "data": _safe(
            {
                "id": f"{first.start}|{first.end}|{len(rels)}-facts",
                "label": f"{len(rels)} facts",
                "source": first.start,
                "target": first.end,
                "facts": "; ".join(facts),
                "sources": "; ".join(sorted({s for r in rels for s in stored_sources(r.properties)})),
            }
        )
    }


def to_elements(
    subgraph: Subgraph, centre: str | None = None, weights: Mapping[str, float] | None = None
) -> dict[str, list[dict[str, Any]]]:
    """Nodes sorted by id (with a ``weight`` when sized), then edges whose two ends are drawn (a
    dangling edge breaks cytoscape), one per ordered pair of nodes."""
    nodes = [node_element(n, centre) for n in sorted(subgraph.nodes.values(), key=lambda n: n.id)]
    if weights is not None:
        for node in nodes:
            node["data"]["weight"] = max(1.0, float(weights.get(raw_id(node["data"]["id"]), 0)))
    drawn = set(subgraph.nodes)
    pairs: dict[tuple[str, str], list[RelationshipValue]] = {}
    for rel in sorted(subgraph.relationships.values(), key=lambda r: (r.start, r.type, r.end, r.id)):
        if rel.start in drawn and rel.end in drawn:
            pairs.setdefault((rel.start, rel.end), []).append(rel)
    edges = [edge_element(rels[0]) if len(rels) == 1 else group_element(rels) for rels in pairs.values()]
    return {"nodes": nodes, "edges": edges}


class RuleStyle(NodeStyle):
    """A cytoscape style rule for any selector (st-link-analysis only styles by label)."""

    def __init__(self, selector: str, style: dict[str, Any]) -> None:
        super().__init__(label=selector)
        self.selector, self.style = selector, style

    def dump(self) -> dict[str, Any]:
        return {"selector": self.selector, "style": self.style}


# the component hides every caption below 10 px on screen, so a fitted hub shows no names at all
NODE_CAPTIONS = RuleStyle("node", {"min-zoomed-font-size": 0, "font-size": 9})
EDGE_CAPTIONS = RuleStyle("edge", {"min-zoomed-font-size": 0, "font-size": 7})
CENTRE_LOOK = {"border-width": 6, "border-color": "#d62728", "width": 64, "height": 64, "font-weight": "bold"}
CENTRE_STYLE = RuleStyle("node[?centre]", CENTRE_LOOK)


def size_style(weights: Mapping[str, float]) -> RuleStyle:
    """Node size from 24 to 64 pixels by weight (degree or number of sources)."""
    top = max([1.0, *weights.values()])
    size = f"mapData(weight, 1, {top if top > 1 else 2}, 24, 64)"
    return RuleStyle("node[weight]", {"width": size, "height": size})


def node_styles(subgraph: Subgraph, weights: Mapping[str, float] | None = None) -> list[NodeStyle]:
    """A colour and icon per label, then the size rule, then the centre's ring (last rule wins)."""
    styles: list[NodeStyle] = []
    for label in sorted({n.label or "Node" for n in subgraph.nodes.values()}):
        color, icon = NODE_LOOK.get(label, DEFAULT_LOOK)
        styles.append(NodeStyle(_escape(label), color=color, caption="name", icon=icon))
    if weights is not None:
        styles.append(size_style(weights))
    return [NODE_CAPTIONS, *styles, CENTRE_STYLE]


def edge_styles(
    subgraph: Subgraph, centre: str | None = None, elements: Mapping[str, list[dict[str, Any]]] | None = None
) -> list[EdgeStyle | RuleStyle]:
    """One captioned, directed style per edge label drawn (fact types and "N facts" groups), from
    the subgraph's ``elements`` when the caller already built them."""
    drawn = elements if elements is not None else to_elements(subgraph, centre)
    types = sorted({str(e["data"]["label"]) for e in drawn["edges"]})  # escaped
    # labeled=None: the library warns about its deprecated `labeled` flag unless it is None
    styles = [EdgeStyle(t, caption="label", directed=True, labeled=None) for t in types]
    return [EDGE_CAPTIONS, *styles]
