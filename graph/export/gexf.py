"""GEXF 1.2 for Gephi: scalar attributes only (see ``flat``); the edge label is the predicate.

Written element by element (no networkx graph, no XML tree in memory), in the layout networkx's
GEXF writer gives and reads back: the attribute declarations (ids ``0``, ``1``... in order of first
use, nodes before edges; the edge class listed first), then the nodes, then the edges with the fact
id (or the mention's endpoints) as the edge id and the edge key as ``networkx_key``. A node's
``label`` is its name; ``pid``, ``start`` and ``end`` (nodes) and ``label``, ``weight``, ``type``,
``start`` and ``end`` (edges) are GEXF's own XML attributes, as networkx writes them. The
declarations need one pass over the subgraph before anything is written; the values are flattened
again while writing, one element at a time.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from importlib.metadata import version
from typing import Any, BinaryIO
from xml.sax.saxutils import escape

from aikg.graph.export.base import TextBuffer, edge_key, sorted_nodes, sorted_relationships
from aikg.graph.export.flat import flat_map
from aikg.graph.export.graphml import node_attrs
from aikg.graph.subgraph import GraphView

NS_GEXF = "http://www.gexf.net/1.2draft"
NS_XSI = "http://www.w3.org/2001/XMLSchema-instance"
SCHEMA_LOCATION = "http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd"
XML_TYPES: dict[type, str] = {bool: "boolean", int: "long", float: "double", str: "string"}
OWN_FIELDS = {"node": ("pid", "start", "end"), "edge": ("weight", "type", "start", "end")}
TIME_FORMATS: dict[type, str] = {str: "date", float: "double", int: "long"}
_FLOATS = {"inf": "INF", "nan": "NaN", "-inf": "-INF"}
_ATTRIBUTE_ESCAPES = {'"': "&quot;", "\n": "&#10;", "\r": "&#13;", "\t": "&#09;"}


def quoteattr(text: str) -> str:
    """An XML attribute value in double quotes, escaped as ElementTree escapes it."""
    return '"' + escape(text, _ATTRIBUTE_ESCAPES) + '"'


def edge_attrs(rel: Any) -> dict[str, Any]:
    attrs = flat_map(rel.properties)
    attrs.update(predicate=rel.type, id=edge_key(rel))
    attrs["label"] = rel.type
    attrs["key"] = edge_key(rel)
    return attrs


Item = tuple[str, dict[str, str], dict[str, Any]]


def _items(subgraph: GraphView) -> Iterator[Item]:
    """(scope, GEXF's own XML attributes, data attributes) for every node, then every edge."""
    for node in sorted_nodes(subgraph):
        data = node_attrs(node)
        data.pop("id", None)
        own = {"id": node.id, "label": str(data.pop("label", node.id))}
        yield "node", _own(own, data, OWN_FIELDS["node"]), data
    for end in subgraph.missing_endpoints():
        yield "node", {"id": end, "label": end}, {}
    for rel in sorted_relationships(subgraph):
        data = edge_attrs(rel)
        own = {"source": rel.start, "target": rel.end, "id": str(data.pop("id"))}
        own["label"] = str(data.pop("label"))
        data = {("networkx_key" if k == "key" else k): v for k, v in data.items()}
        yield "edge", _own(own, data, OWN_FIELDS["edge"]), data


def _own(own: dict[str, Any], data: dict[str, Any], fields: tuple[str, ...]) -> dict[str, Any]:
    for name in fields:
        if name in data:
            own[name] = data.pop(name)
    return own


def _value(value: Any) -> str:
    if isinstance(value, bool):
        return str(value).lower()
    text = str(value)
    return _FLOATS.get(text, text) if isinstance(value, float) else text


def write_gexf(subgraph: GraphView, stream: BinaryIO) -> None:
    attributes: dict[str, dict[str, tuple[str, str]]] = {"node": {}, "edge": {}}
    count = 0
    time_format: str | None = None
    for scope, own, data in _items(subgraph):
        for name in ("start", "end"):
            if time_format is None and own.get(name) is not None:
                time_format = TIME_FORMATS.get(type(own[name]), "date")
        for title, value in data.items():
            if title not in attributes[scope]:
                attributes[scope][title] = (str(count), XML_TYPES.get(type(value), "string"))
                count += 1
    out = TextBuffer(stream)
    out.write(
        "<?xml version='1.0' encoding='utf-8'?>\n"
        f'<gexf xmlns="{NS_GEXF}" xmlns:xsi="{NS_XSI}" xsi:schemaLocation="{SCHEMA_LOCATION}" '
        'version="1.2">\n'
        f'  <meta lastmodifieddate="{time.strftime("%Y-%m-%d")}">\n'
        f"    <creator>NetworkX {version('networkx')}</creator>\n"
        "  </meta>\n"
    )
    mode = "static" if time_format is None else f'dynamic" timeformat="{time_format}'
    out.write(f'  <graph defaultedgetype="directed" mode="{mode}" name="">\n')
    for scope in ("edge", "node"):
        if attributes[scope]:
            out.write(f'    <attributes mode="static" class="{scope}">\n')
            for title, (attr_id, xml_type) in attributes[scope].items():
                out.write(
                    f"      <attribute id={quoteattr(attr_id)} title={quoteattr(title)} "
                    f"type={quoteattr(xml_type)} />\n"
                )
            out.write("    </attributes>\n")
    out.write("    <nodes>\n")
    current = "node"
    for scope, own, data in _items(subgraph):
        if scope != current:
            out.write("    </nodes>\n    <edges>\n")
            current = scope
        opening = f"      <{scope} " + " ".join(f"{k}={quoteattr(_value(v))}" for k, v in own.items())
        if not data:
            out.write(f"{opening} />\n")
            continue
        out.write(f"{opening}>\n        <attvalues>\n")
        for title, value in data.items():
            out.write(
                f"          <attvalue for={quoteattr(attributes[scope][title][0])} "
                f"value={quoteattr(_value(value))} />\n"
            )
        out.write(f"        </attvalues>\n      </{scope}>\n")
    out.write("    </nodes>\n    <edges>\n" if current == "node" else "")
    out.write("    </edges>\n  </graph>\n</gexf>\n")
    out.flush()


class GEXFExporter:
    streams = True
    name = "gexf"
    extension = "gexf"
    description = "GEXF 1.2 (Gephi); lists joined with ' | '"

    def write(self, subgraph: GraphView, stream: BinaryIO) -> None:
        write_gexf(subgraph, stream)
