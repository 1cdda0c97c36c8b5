"""RDF N-Triples, one triple a line (vocabulary: VOCABULARY.md)."""

from __future__ import annotations

from typing import BinaryIO

from aikg.graph.export.rdf_format import write_rdf
from aikg.graph.subgraph import GraphView


class NTriplesExporter:
    streams = True
    name = "nt"
    extension = "nt"
    description = "RDF N-Triples: schema.org entities, reified facts, PROV-O provenance"

    def write(self, subgraph: GraphView, stream: BinaryIO) -> None:
        write_rdf(subgraph, stream, "nt")
