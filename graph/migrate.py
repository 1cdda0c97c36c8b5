"""Copy a whole graph from one store to another (``aikg migrate``), in batches.

Entities first (with the ids merged into them, so merge redirects keep working), then sources with
their MENTIONS, then facts (with their evidence, sources, extractors, reporting window and review
decisions), then the audit trail; each read in pages of ids from the source store and written into
the target through the same conversion as a node-link JSON export and import (one atomic upsert,
then the curation data of the page). Every write merges and audit records are only created, so a
second run adds nothing, and a run that was interrupted can simply be run again to completion.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from aikg.graph.audit import AUDIT_LABEL
from aikg.graph.limits import MIGRATE_BATCH
from aikg.graph.stores.base import GraphStats, GraphStore, UpsertReport

if TYPE_CHECKING:  # networkx and the codecs load when a migration runs, not with the CLI
    from aikg.graph.subgraph import Subgraph

DEFAULT_BATCH = MIGRATE_BATCH
IDS_PAGE = "MATCH (n:{label}) WHERE n.id > $after RETURN n.id AS id ORDER BY id LIMIT $size"
ENTITIES = "MATCH (n:Entity) WHERE n.id IN $ids RETURN n"
SOURCES_AND_MENTIONS = """
MATCH (s:Source) WHERE s.id IN $ids
OPTIONAL MATCH (s)-[m:MENTIONS]->(e:Entity)
RETURN s, m, e
"""
FACTS_OF = """
MATCH (a:Entity)-[r]->(b:Entity)
WHERE a.id IN $ids AND r.fact_id IS NOT NULL
RETURN a, r, b
"""
AUDIT_RECORDS = f"MATCH (n:{AUDIT_LABEL}) WHERE n.id IN $ids RETURN n"
STEPS = ("entities", "sources", "facts", "audit records")

Progress = Callable[[str, int], None]


@dataclass
class MigrationReport:
    """What was read from the source store, what was new in the target, and both stores' counts."""

    read: dict[str, int] = field(default_factory=lambda: dict.fromkeys(STEPS, 0))
    written: UpsertReport = field(default_factory=UpsertReport)
    ignored_properties: set[str] = field(default_factory=set)  # outside the schema: not copied
    before: GraphStats | None = None
    after: GraphStats | None = None
    target: GraphStats | None = None

    @property
    def equal(self) -> bool:
        """Whether the target now holds exactly the source's counts."""
        if self.after is None or self.target is None:
            return False
        same_nodes = self.after.nodes == self.target.nodes
        return same_nodes and self.after.relationships == self.target.relationships


def totals(stats: GraphStats) -> dict[str, int]:
    """How many items each step will read, from the source store's counts."""
    entities = sum(n for label, n in stats.nodes.items() if label not in ("Source", AUDIT_LABEL))
    facts = sum(n for kind, n in stats.relationships.items() if kind != "MENTIONS")
    sources, audits = stats.nodes.get("Source", 0), stats.nodes.get(AUDIT_LABEL, 0)
    return {"entities": entities, "sources": sources, "facts": facts, "audit records": audits}


def _id_pages(store: GraphStore, label: str, size: int) -> Iterator[list[str]]:
    after = ""
    while True:
        page = store.run(IDS_PAGE.format(label=label), {"after": after, "size": size})
        ids = [str(row[0]) for row in page.rows]
        if not ids:
            return
        yield ids
        after = ids[-1]


def _copy(target: GraphStore, subgraph: Subgraph, report: MigrationReport, *, entities: bool) -> None:
    """One atomic upsert of a page, then its curation data (merged ids, review decisions, audit
    records); ``entities=False`` leaves out the entities the page's mentions and facts point to (the
    first step copied them all already)."""
    from aikg.graph.export.nodelink import EDGES_KEY, nodelink_data
    from aikg.graph.imports.curation_data import read_curation, write_curation
    from aikg.graph.imports.nodelink import nodelink_batch, write_batch

    data = nodelink_data(subgraph)
    batch, rows, ignored = nodelink_batch(data, "migration batch")
    curation = read_curation(data, data.get(EDGES_KEY) or [], "migration batch")
    if not entities:
        batch.entities = []
        curation.entities = []
    report.ignored_properties.update(ignored)
    report.written += write_batch(target, batch, rows)
    write_curation(target, curation)


def migrate(
    source: GraphStore,
    target: GraphStore,
    *,
    batch_size: int = DEFAULT_BATCH,
    on_progress: Progress | None = None,
) -> MigrationReport:
    """Copy every entity, source, mention and fact of ``source`` into ``target``."""
    from aikg.graph.subgraph import Subgraph

    if batch_size < 1:
        raise ValueError(f"batch size must be at least 1, not {batch_size}")
    report = MigrationReport(before=source.stats())
    advance = on_progress or (lambda step, n: None)
    for ids in _id_pages(source, "Entity", batch_size):
        _copy(target, Subgraph.from_result(source.run(ENTITIES, {"ids": ids})), report, entities=True)
        report.read["entities"] += len(ids)
        advance("entities", len(ids))
    for ids in _id_pages(source, "Source", batch_size):
        page = Subgraph.from_result(source.run(SOURCES_AND_MENTIONS, {"ids": ids}))
        _copy(target, page, report, entities=False)
        report.read["sources"] += len(ids)
        advance("sources", len(ids))
    for ids in _id_pages(source, "Entity", batch_size):
        facts = Subgraph.from_result(source.run(FACTS_OF, {"ids": ids}))
        if facts.relationships:
            _copy(target, facts, report, entities=False)
        report.read["facts"] += len(facts.relationships)
        advance("facts", len(facts.relationships))
    for ids in _id_pages(source, AUDIT_LABEL, batch_size):
        _copy(target, Subgraph.from_result(source.run(AUDIT_RECORDS, {"ids": ids})), report, entities=False)
        report.read["audit records"] += len(ids)
        advance("audit records", len(ids))
    report.after = source.stats()
    report.target = target.stats()
    return report
