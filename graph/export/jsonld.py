"""JSON-LD with a context of the vocabulary's prefixes, one node object a line (vocabulary: VOCABULARY.md)."""

from __future__ import annotations

from typing import BinaryIO

from aikg.graph.export.rdf_format import write_rdf
from aikg.graph.subgraph import GraphView


class JSONLDExporter:
    streams = True
    name = "jsonld"
    extension = "jsonld"
    description = "JSON-LD: schema.org entities, reified facts, PROV-O provenance"

    def write(self, subgraph: GraphView, stream: BinaryIO) -> None:
        write_rdf(subgraph, stream, "json-ld")
