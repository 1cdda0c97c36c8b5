"""Export formats by name. Adding a format: write its module, add one line here."""

from __future__ import annotations

from importlib import import_module

from graph.errors import InvalidInputError
from graph.export.base import Exporter

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
    try:
        target = EXPORTERS[name]
    except KeyError:
        valid = ", ".join(sorted(EXPORTERS))
        raise InvalidInputError(f"unknown export format {name!r}: choose one of {valid}") from None
    module, attr = target.split(":")
    return getattr(import_module(module), attr)()
