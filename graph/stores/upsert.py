"""What every store does before writing a batch: check references, plan the writes, count news."""

from __future__ import annotations

from aikg.graph.errors import MissingEntityError
from aikg.graph.redirects import redirect_batch
from aikg.graph.schema import GraphBatch
from aikg.graph.stored_facts import rejected_fact_ids
from aikg.graph.stores import reads
from aikg.graph.stores.base import GraphStore, UpsertReport
from aikg.graph.stores.batch_rows import (
    Statement,
    referenced_entity_ids,
    referenced_source_ids,
    statements,
)


def _check_references(store: GraphStore, batch: GraphBatch, known_sources: set[str]) -> None:
    missing = referenced_entity_ids(batch) - {e.id for e in batch.entities}
    missing -= reads.existing_entity_ids(store, missing)
    if missing:
        raise MissingEntityError(
            f"facts or mentions name entities that are neither in the batch nor in the store: "
            f"{', '.join(sorted(missing)[:5])}"
        )
    missing = referenced_source_ids(batch) - {s.id for s in batch.sources} - known_sources
    if missing:
        raise MissingEntityError(
            f"evidence names sources that are neither in the batch nor in the store: "
            f"{', '.join(sorted(missing)[:5])}"
        )


def plan(store: GraphStore, batch: GraphBatch) -> tuple[list[Statement], UpsertReport]:
    """Validate the batch against the store, and return its writes with the report they will make.

    Merged-away entities are first redirected to the entity they were merged into; a fact the
    store holds as rejected by review is counted in ``facts_rejected_again`` (it stays rejected)."""
    batch = redirect_batch(store, batch)
    source_ids = {s.id for s in batch.sources} | referenced_source_ids(batch)
    known_sources = reads.existing_sources(store, source_ids)
    _check_references(store, batch, set(known_sources))
    known_entities = reads.existing_entity_ids(store, (e.id for e in batch.entities))
    known_facts = reads.existing_fact_sources(store, batch.facts)
    rejected = rejected_fact_ids(store, [f for f in batch.facts if f.fact_id in known_facts])

    report = UpsertReport(
        sources_new=len({s.id for s in batch.sources} - set(known_sources)),
        entities_new=len({e.id for e in batch.entities} - known_entities),
    )
    seen: set[str] = set()
    for fact in batch.facts:
        if fact.fact_id in seen:
            continue
        seen.add(fact.fact_id)
        before = known_facts.get(fact.fact_id)
        if fact.fact_id in rejected:
            report.facts_rejected_again += 1
        if before is None:
            report.facts_new += 1
            report.new_fact_ids.append(fact.fact_id)
        elif set(fact.source_ids) - set(before):
            report.facts_corroborated += 1
        else:
            report.facts_unchanged += 1
    return statements(batch, known_sources), report
