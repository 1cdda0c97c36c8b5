"""What the RDF exporters share: build the graph, serialize it with rdflib."""

from __future__ import annotations

from typing import Any, BinaryIO

from aikg.graph.export.rdf_vocab import to_rdf
from aikg.graph.subgraph import Subgraph


def write_rdf(subgraph: Subgraph, stream: BinaryIO, rdflib_format: str, **options: Any) -> None:
    data = to_rdf(subgraph).serialize(format=rdflib_format, encoding="utf-8", **options)
    stream.write(data)
