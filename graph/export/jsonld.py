"""JSON-LD with a context of the vocabulary's prefixes, one node object a line (vocabulary: VOCABULARY.md)."""

from __future__ import annotations

from typing import BinaryIO

from aikg.graph.export.rdf_format import write_rdf
from aikg.graph.subgraph import Subgraph


class JSONLDExporter:
    name = "jsonld"
    extension = "jsonld"
    description = "JSON-LD: schema.org entities, reified facts, PROV-O provenance"

    def write(self, subgraph: Subgraph, stream: BinaryIO) -> None:
        write_rdf(subgraph, stream, "json-ld")
