"""Files the explorer offers for download: a subgraph in any registered export format, a table as CSV/JSON."""

from __future__ import annotations

import io
import json
from dataclasses import dataclass

from aikg.graph.export.registry import exporter_names, get_exporter
from aikg.graph.selection import add_sources, close
from aikg.graph.stores.base import GraphStore, QueryResult
from aikg.graph.subgraph import Subgraph
from aikg.queries.render import to_csv, to_json

MIME = {
    "graphml": "application/graphml+xml",
    "gexf": "application/xml",
    "json": "application/json",
    "csv": "application/zip",
    "cypher": "text/plain",
    "turtle": "text/turtle",
    "jsonld": "application/ld+json",
    "nt": "application/n-triples",
}


@dataclass(frozen=True)
class Download:
    data: bytes
    file_name: str
    mime: str


def export_formats() -> list[str]:
    """The names of the registered export formats."""
    return exporter_names()


def with_sources(store: GraphStore, subgraph: Subgraph) -> Subgraph:
    """A copy with the endpoints its relationships lack, and the Source nodes its facts cite and its
    entities are mentioned in, so the evidence travels with the export."""
    out = Subgraph(nodes=dict(subgraph.nodes), relationships=dict(subgraph.relationships))
    close(store, out)
    add_sources(store, out)
    return out


def export_extension(fmt: str) -> str:
    """The file extension of an export format (``turtle`` -> ``ttl``)."""
    return str(getattr(get_exporter(fmt), "extension", fmt)).lstrip(".")


def export_subgraph(subgraph: Subgraph, fmt: str, stem: str) -> Download:
    exporter = get_exporter(fmt)
    buffer = io.BytesIO()
    exporter.write(subgraph, buffer)
    return Download(
        buffer.getvalue(), f"{stem}.{export_extension(fmt)}", MIME.get(fmt, "application/octet-stream")
    )


def result_csv(result: QueryResult, stem: str) -> Download:
    return Download(to_csv(result).encode("utf-8"), f"{stem}.csv", "text/csv")


def result_json(result: QueryResult, stem: str) -> Download:
    text = json.dumps(to_json(result, graph=True), ensure_ascii=False, indent=2)
    return Download(text.encode("utf-8"), f"{stem}.json", "application/json")
