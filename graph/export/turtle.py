"""RDF Turtle (vocabulary: VOCABULARY.md)."""

from __future__ import annotations

from typing import BinaryIO

from aikg.graph.export.rdf_format import write_rdf
from aikg.graph.subgraph import GraphView


class TurtleExporter:
    streams = True
    name = "turtle"
    extension = "ttl"
    description = "RDF Turtle: schema.org entities, reified facts, PROV-O provenance"

    def write(self, subgraph: GraphView, stream: BinaryIO) -> None:
        write_rdf(subgraph, stream, "turtle")
