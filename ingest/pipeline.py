"""Ingest: read, extract, resolve and load documents into a store, one atomic upsert per document."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from aikg.graph.errors import AikgError
from aikg.graph.stores.base import GraphStore, UpsertReport
from aikg.ingest.document import Document
from aikg.ingest.extractors.base import Extractor
from aikg.ingest.readers import DEFAULT_MAX_BYTES, DocumentError, read_documents
from aikg.ingest.resolve import EntityResolver


@dataclass
class IngestSummary:
    documents: int = 0
    skipped: int = 0
    loaded: UpsertReport = field(default_factory=UpsertReport)
    errors: list[str] = field(default_factory=list)
    fact_ids: list[str] = field(default_factory=list)  # every fact the run stated, new or already known

    def as_dict(self) -> dict[str, object]:
        return {
            "documents": self.documents,
            "skipped": self.skipped,
            "new_entities": self.loaded.entities_new,
            "new_facts": self.loaded.facts_new,
            "corroborated_facts": self.loaded.facts_corroborated,
            "errors": len(self.errors),
        }


def ingest_documents(
    inputs: Iterable[str],
    store: GraphStore,
    extractor: Extractor,
    *,
    force: bool = False,
    max_bytes: int = DEFAULT_MAX_BYTES,
    on_document: Callable[[str], None] | None = None,
) -> IngestSummary:
    from aikg.graph.stores.reads import entity_index
    from aikg.ingest.reference import load_reference

    summary = IngestSummary()
    resolver = EntityResolver([*load_reference().entities, *entity_index(store)])
    for item in read_documents(inputs, max_bytes):
        name = item.document if isinstance(item, DocumentError) else item.name
        if on_document is not None:
            on_document(name)
        if isinstance(item, DocumentError):
            summary.errors.append(str(item))
            continue
        summary.documents += 1
        try:
            _ingest_one(item, store, extractor, resolver, force, summary)
        except AikgError as exc:
            summary.errors.append(f"{item.name}: {exc}")
    return summary


def _ingest_one(
    doc: Document,
    store: GraphStore,
    extractor: Extractor,
    resolver: EntityResolver,
    force: bool,
    summary: IngestSummary,
) -> None:
    from aikg.graph.stores.reads import existing_source_ids

    source_id = doc.to_source().id
    if not force and existing_source_ids(store, [source_id]):
        summary.skipped += 1
        return
    result = resolver.apply(extractor.extract(doc))
    batch = result.to_batch()
    summary.loaded += store.upsert(batch)
    summary.fact_ids += [f.fact_id for f in batch.facts if f.fact_id not in summary.fact_ids]
