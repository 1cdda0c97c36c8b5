"""Ingest from the explorer: uploaded files and pasted URLs, then the facts the run stated."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from aikg.dashboard.facts import md_escape
from aikg.graph.fact_codec import stored_evidence, stored_sources
from aikg.graph.stores.base import GraphStore
from aikg.graph.stores.reads import facts_by_id
from aikg.ingest.extractors import get_extractor
from aikg.ingest.pipeline import IngestSummary, ingest_documents

SAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")


@dataclass(frozen=True)
class Upload:
    name: str
    data: bytes


def pasted_urls(text: str) -> list[str]:
    """The http(s) URLs pasted one per line (blank lines and anything else ignored)."""
    return [line.strip() for line in text.splitlines() if re.match(r"^https?://\S+$", line.strip())]


def save_uploads(uploads: Iterable[Upload], folder: Path) -> list[str]:
    """Write uploads into the folder under safe, distinct names (their extension tells the reader
    how to read them); the paths to ingest."""
    paths = []
    for index, upload in enumerate(uploads):
        stem = SAFE_NAME.sub("-", Path(upload.name).name).strip("-.") or "upload"
        path = folder / f"{index:03d}-{stem}"
        path.write_bytes(upload.data)
        paths.append(str(path))
    return paths


def run_ingest(
    store: GraphStore, inputs: list[str], extractor: str, on_document: Callable[[str], None] | None = None
) -> IngestSummary:
    return ingest_documents(inputs, store, get_extractor(extractor), on_document=on_document)


def run_fact_rows(store: GraphStore, summary: IngestSummary) -> list[dict[str, Any]]:
    """The facts the run stated, new ones first, each with its first quote and number of sources."""
    new = set(summary.loaded.new_fact_ids)
    rows = []
    for subject, rel, obj in facts_by_id(store, summary.fact_ids):
        evidence = stored_evidence(rel.properties)
        rows.append(
            {
                "status": "new" if rel.properties.get("fact_id") in new else "corroborated",
                "subject": subject.properties.get("name"),
                "predicate": rel.type,
                "object": obj.properties.get("name"),
                "date": rel.properties.get("date"),
                "sources": len(stored_sources(rel.properties)),
                "confidence": rel.properties.get("confidence"),
                "quote": md_escape(evidence[-1].quote) if evidence else "",
                "fact id": rel.properties.get("fact_id"),
            }
        )
    return sorted(rows, key=lambda r: (r["status"] != "new", str(r["subject"]), r["predicate"]))
