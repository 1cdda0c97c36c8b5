"""GraphML for yEd, Gephi and Cytoscape: scalar attributes only (see ``flat``).

Written element by element (no networkx graph, no XML tree in memory), in the layout networkx's
GraphML writer gives and reads back: one ``<key>`` per (attribute, type, node or edge), numbered
``d0``, ``d1``... in order of first use, then the nodes, then the edges with the fact id (or the
mention's endpoints) as the edge id. The attribute keys need one pass over the subgraph before
anything is written; the values are flattened again while writing, one element at a time.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, BinaryIO
from xml.sax.saxutils import escape, quoteattr

from aikg.graph.export.base import TextBuffer, display_name, edge_key, sorted_nodes, sorted_relationships
from aikg.graph.export.flat import LIST_SEPARATOR, flat_map
from aikg.graph.stores.base import NodeValue, RelationshipValue
from aikg.graph.subgraph import GraphView

XML_TYPES: dict[type, str] = {bool: "boolean", int: "long", float: "double", str: "string"}
HEADER = (
    "<?xml version='1.0' encoding='utf-8'?>\n"
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" '
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
    'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns '
    'http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n'
)


def node_attrs(node: NodeValue) -> dict[str, Any]:
    attrs = flat_map(node.properties)
    attrs.update(label=display_name(node), type=node.label, labels=LIST_SEPARATOR.join(node.labels))
    return attrs


def edge_attrs(rel: RelationshipValue) -> dict[str, Any]:
    attrs = flat_map(rel.properties)
    attrs["predicate"] = rel.type  # the edge id carries edge_key(rel)
    attrs.pop("id", None)
    return attrs


def _items(subgraph: GraphView) -> Iterator[tuple[str, str, dict[str, Any], str]]:
    """(scope, element attributes, data, end tag) for every node, then every edge."""
    for node in sorted_nodes(subgraph):
        yield "node", f"<node id={quoteattr(node.id)}", node_attrs(node), "</node>"
    for end in subgraph.missing_endpoints():
        yield "node", f"<node id={quoteattr(end)}", {}, "</node>"
    for rel in sorted_relationships(subgraph):
        opening = (
            f"<edge source={quoteattr(rel.start)} target={quoteattr(rel.end)} id={quoteattr(edge_key(rel))}"
        )
        yield "edge", opening, edge_attrs(rel), "</edge>"


def _type(value: Any) -> str:
    return XML_TYPES.get(type(value), "string")


def write_graphml(subgraph: GraphView, stream: BinaryIO) -> None:
    keys: dict[tuple[str, str, str], str] = {}
    for scope, _, attrs, _ in _items(subgraph):
        for name, value in attrs.items():
            keys.setdefault((name, _type(value), scope), f"d{len(keys)}")
    out = TextBuffer(stream)
    out.write(HEADER)
    for (name, xml_type, scope), key_id in keys.items():
        out.write(
            f"  <key id={quoteattr(key_id)} for={quoteattr(scope)} "
            f"attr.name={quoteattr(name)} attr.type={quoteattr(xml_type)} />\n"
        )
    out.write('  <graph edgedefault="directed">\n')
    for scope, opening, attrs, closing in _items(subgraph):
        if not attrs:
            out.write(f"    {opening} />\n")
            continue
        data = "".join(
            f"<data key={quoteattr(keys[(name, _type(value), scope)])}>{escape(str(value))}</data>"
            for name, value in attrs.items()
        )
        out.write(f"    {opening}>{data}{closing}\n")
    out.write("  </graph>\n</graphml>\n")
    out.flush()


class GraphMLExporter:
    streams = True
    name = "graphml"
    extension = "graphml"
    description = "GraphML (yEd, Gephi, Cytoscape); lists joined with ' | '"

    def write(self, subgraph: GraphView, stream: BinaryIO) -> None:
        write_graphml(subgraph, stream)
