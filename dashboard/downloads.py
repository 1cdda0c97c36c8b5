"""Files the explorer offers for download: a subgraph in any registered export format, a table as CSV/JSON.

The export formats come from ``graph.export.registry`` (the `export` branch); until it is merged the
explorer offers only the query-result downloads, and says why.
"""

from __future__ import annotations

import io
import json
from dataclasses import dataclass

from graph.stores.base import GraphStore, QueryResult
from graph.subgraph import Subgraph
from queries.render import to_csv, to_json

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
    """The names of the registered export formats; empty when the export package is not there."""
    try:
        from graph.export.registry import EXPORTERS
    except ImportError:
        return []
    return list(EXPORTERS)


def with_sources(store: GraphStore, subgraph: Subgraph) -> Subgraph:
    """The subgraph plus the Source nodes its facts cite and mention, so evidence travels with it."""
    try:
        from graph.selection import add_sources
    except ImportError:
        return subgraph
    out = Subgraph(nodes=dict(subgraph.nodes), relationships=dict(subgraph.relationships))
    add_sources(store, out)
    return out


def export_subgraph(subgraph: Subgraph, fmt: str, stem: str) -> Download:
    from graph.export.registry import get_exporter

    exporter = get_exporter(fmt)
    buffer = io.BytesIO()
    exporter.write(subgraph, buffer)
    extension = getattr(exporter, "extension", fmt).lstrip(".")
    return Download(buffer.getvalue(), f"{stem}.{extension}", MIME.get(fmt, "application/octet-stream"))


def result_csv(result: QueryResult, stem: str) -> Download:
    return Download(to_csv(result).encode("utf-8"), f"{stem}.csv", "text/csv")


def result_json(result: QueryResult, stem: str) -> Download:
    text = json.dumps(to_json(result, graph=True), ensure_ascii=False, indent=2)
    return Download(text.encode("utf-8"), f"{stem}.json", "application/json")
