"""Ingest: read, extract, resolve and load documents into a store, one atomic upsert per document.

With a :class:`SyndicationIndex`, a document whose body is a near-duplicate of a stored one is not
stored again: its URL is added to the canonical source's ``syndications`` and its facts add no
evidence (a syndicated copy is not independent corroboration). With ``web``, each URL document is
confirmed to the polite client once handled, so its HTTP validators (and a feed's entries) are
remembered only after the document is stored.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from aikg.graph.errors import AikgError, StoreUnavailableError
from aikg.graph.stores.base import GraphStore, UpsertReport
from aikg.ingest.document import Document
from aikg.ingest.extractors.base import Extractor, ExtractorUnavailableError
from aikg.ingest.readers import DEFAULT_MAX_BYTES, DocumentError, NotModified, UrlOptions, read_documents
from aikg.ingest.resolve import EntityResolver

if TYPE_CHECKING:
    from aikg.ingest.syndication import SyndicationIndex


@dataclass
class IngestSummary:
    documents: int = 0
    skipped: int = 0
    loaded: UpsertReport = field(default_factory=UpsertReport)
    errors: list[str] = field(default_factory=list)
    fact_ids: list[str] = field(default_factory=list)  # every fact the run stated, new or already known
    syndicated: int = 0  # near-duplicates of a stored source, recorded as its syndications
    unchanged: int = 0  # URLs answered 304 Not Modified
    _known: set[str] = field(default_factory=set, repr=False)  # fact_ids as a set: no quadratic lookups

    def add_facts(self, fact_ids: Iterable[str]) -> None:
        """Add the facts a document stated, in order, each once over the whole run."""
        for fact_id in fact_ids:
            if fact_id not in self._known:
                self._known.add(fact_id)
                self.fact_ids.append(fact_id)

    def as_dict(self) -> dict[str, object]:
        return {
            "documents": self.documents,
            "skipped": self.skipped,
            "new_entities": self.loaded.entities_new,
            "new_facts": self.loaded.facts_new,
            "corroborated_facts": self.loaded.facts_corroborated,
            "rejected_again": self.loaded.facts_rejected_again,
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
    web: UrlOptions | None = None,
    syndication: SyndicationIndex | None = None,
) -> IngestSummary:
    from aikg.graph.stores.reads import entity_index
    from aikg.ingest.reference import load_reference

    summary = IngestSummary()
    resolver = EntityResolver([*load_reference().entities, *entity_index(store)])
    for item in read_documents(inputs, max_bytes, web):
        if isinstance(item, NotModified):
            summary.unchanged += 1
            if web is not None:
                web.fetcher.confirm(item.origin)
            continue
        name = item.document if isinstance(item, DocumentError) else item.name
        if on_document is not None:
            on_document(name)
        if isinstance(item, DocumentError):
            summary.errors.append(str(item))
            continue
        summary.documents += 1
        try:
            _ingest_one(item, store, extractor, resolver, force, summary, syndication)
        except (StoreUnavailableError, ExtractorUnavailableError) as exc:  # the later ones would fail alike
            summary.errors.append(f"{label(item)}: {exc}; stopped: the documents after it were not ingested")
            break
        except AikgError as exc:
            summary.errors.append(f"{label(item)}: {exc}")
            continue
        if web is not None:
            web.fetcher.confirm(item.name)
    return summary


def label(doc: Document) -> str:
    """How an error line names a document: its URL and, when it has one too, its file (several
    files may carry the same front-matter URL)."""
    return f"{doc.url} ({doc.path})" if doc.url and doc.path and doc.path != doc.url else doc.name


def _ingest_one(
    doc: Document,
    store: GraphStore,
    extractor: Extractor,
    resolver: EntityResolver,
    force: bool,
    summary: IngestSummary,
    syndication: SyndicationIndex | None = None,
) -> None:
    from aikg.graph.stores.reads import existing_source_ids

    source_id = doc.to_source().id
    if not force and existing_source_ids(store, [source_id]):
        summary.skipped += 1
        if syndication is not None:  # stored by a run killed before it remembered the body
            syndication.add(source_id, doc.name, doc.text)
        return
    if syndication is not None and _record_syndication(doc, source_id, store, syndication):
        summary.syndicated += 1
        return
    result = resolver.apply(extractor.extract(doc))
    batch = result.to_batch()
    summary.loaded += store.upsert(batch)
    summary.add_facts(f.fact_id for f in batch.facts)
    if syndication is not None:
        syndication.add(source_id, doc.name, doc.text)


def _record_syndication(doc: Document, source_id: str, store: GraphStore, index: SyndicationIndex) -> bool:
    """Record ``doc`` as a copy of the first stored source it duplicates; False if it is original."""
    from aikg.graph.stores.reads import existing_source_ids
    from aikg.graph.stores.syndication import add_syndication

    candidates = index.matches(doc.text, exclude=source_id)
    if not candidates:
        return False
    present = existing_source_ids(store, candidates)
    gone = [c for c in candidates if c not in present]
    if gone:
        index.forget(gone)
    canonical = next((c for c in candidates if c in present), None)
    return canonical is not None and add_syndication(store, canonical, doc.name)
