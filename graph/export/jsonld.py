"""JSON-LD with a context of the vocabulary's prefixes (vocabulary: VOCABULARY.md)."""

from __future__ import annotations

from typing import BinaryIO

from aikg.graph.export.rdf_format import write_rdf
from aikg.graph.export.rdf_vocab import PREFIXES
from aikg.graph.subgraph import Subgraph


class JSONLDExporter:
    name = "jsonld"
    extension = "jsonld"
    description = "JSON-LD: schema.org entities, reified facts, PROV-O provenance"

    def write(self, subgraph: Subgraph, stream: BinaryIO) -> None:
        context = {prefix: str(namespace) for prefix, namespace in PREFIXES.items()}
        write_rdf(subgraph, stream, "json-ld", context=context, indent=1)
