"""What the RDF exporters share: the subgraph's triples, streamed to the stream in one format."""

from __future__ import annotations

from typing import BinaryIO

from aikg.graph.export.rdf_stream import write_jsonld, write_ntriples, write_turtle
from aikg.graph.export.rdf_vocab import triples
from aikg.graph.subgraph import GraphView

WRITERS = {"turtle": write_turtle, "nt": write_ntriples, "json-ld": write_jsonld}


def write_rdf(subgraph: GraphView, stream: BinaryIO, rdflib_format: str) -> None:
    WRITERS[rdflib_format](triples(subgraph), stream)
