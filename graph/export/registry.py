"""Export formats by name. Adding a format: write its module, add one line here."""

from __future__ import annotations

from aikg.graph.export.base import Exporter
from aikg.graph.plugins import resolve

EXPORTERS: dict[str, str] = {
    "graphml": "aikg.graph.export.graphml:GraphMLExporter",
    "gexf": "aikg.graph.export.gexf:GEXFExporter",
    "json": "aikg.graph.export.nodelink:NodeLinkExporter",
    "csv": "aikg.graph.export.csv_admin:Neo4jAdminCSVExporter",
    "cypher": "aikg.graph.export.cypher_script:CypherScriptExporter",
    "turtle": "aikg.graph.export.turtle:TurtleExporter",
    "jsonld": "aikg.graph.export.jsonld:JSONLDExporter",
    "nt": "aikg.graph.export.ntriples:NTriplesExporter",
}


def get_exporter(name: str) -> Exporter:
    return resolve(EXPORTERS, name, "export format")()
