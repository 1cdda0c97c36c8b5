"""Export formats by name. Adding a format: write its module, add one line here."""

from __future__ import annotations

from graph.export.base import Exporter
from graph.plugins import resolve

EXPORTERS: dict[str, str] = {
    "graphml": "graph.export.graphml:GraphMLExporter",
    "gexf": "graph.export.gexf:GEXFExporter",
    "json": "graph.export.nodelink:NodeLinkExporter",
    "csv": "graph.export.csv_admin:Neo4jAdminCSVExporter",
    "cypher": "graph.export.cypher_script:CypherScriptExporter",
    "turtle": "graph.export.turtle:TurtleExporter",
    "jsonld": "graph.export.jsonld:JSONLDExporter",
    "nt": "graph.export.ntriples:NTriplesExporter",
}


def get_exporter(name: str) -> Exporter:
    return resolve(EXPORTERS, name, "export format")()
