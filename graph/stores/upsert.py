"""What every store does before writing: check references, plan the writes, count news.

:func:`plan` plans one batch; :func:`plan_group` plans several batches (documents) as one write
whose effect and reports are those of writing them one after the other: the store is read once
for the whole group (redirects, known sources, entities and facts), and each batch is checked
against the store and the batches before it in the group.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from aikg.graph.errors import MissingEntityError
from aikg.graph.merge import merge_facts
from aikg.graph.redirects import named_ids, redirect_with, redirects
from aikg.graph.review import ReviewState
from aikg.graph.schema import GraphBatch
from aikg.graph.stores import reads
from aikg.graph.stores.base import GraphStore, UpsertReport
from aikg.graph.stores.batch_rows import (
    GroupRows,
    Statement,
    referenced_entity_ids,
    referenced_source_ids,
)

# rows (facts, entities, sources) per write when upserting many batches: one atomic query each
GROUP_ROWS = 5000
UNREVIEWED = ReviewState.UNREVIEWED.value
REJECTED = ReviewState.REJECTED.value


class BatchRejected(MissingEntityError):
    """A batch of a group failed its checks: ``index`` is its place in the group."""

    def __init__(self, index: int, cause: MissingEntityError) -> None:
        super().__init__(str(cause))
        self.index = index
        self.cause = cause


def _check_references(batch: GraphBatch, entities: set[str], sources: set[str]) -> None:
    missing = referenced_entity_ids(batch) - {e.id for e in batch.entities} - entities
    if missing:
        raise MissingEntityError(
            f"facts or mentions name entities that are neither in the batch nor in the store: "
            f"{', '.join(sorted(missing)[:5])}"
        )
    missing = referenced_source_ids(batch) - {s.id for s in batch.sources} - sources
    if missing:
        raise MissingEntityError(
            f"evidence names sources that are neither in the batch nor in the store: "
            f"{', '.join(sorted(missing)[:5])}"
        )


def plan(store: GraphStore, batch: GraphBatch) -> tuple[list[Statement], UpsertReport]:
    """Validate the batch against the store, and return its writes with the report they will make.

    Merged-away entities are first redirected to the entity they were merged into; a fact the
    store holds as rejected by review is counted in ``facts_rejected_again`` (it stays rejected)."""
    try:
        statements, reports = plan_group(store, [batch])
    except BatchRejected as exc:
        raise exc.cause from None
    return statements, reports[0]


def plan_group(
    store: GraphStore, batches: Iterable[GraphBatch]
) -> tuple[list[Statement], list[UpsertReport]]:
    """Plan several batches as one write, with one report per batch (see the module docstring).

    A batch that fails its checks raises :class:`BatchRejected` naming its place in the group."""
    group = list(batches)
    moves = redirects(store, set().union(*(named_ids(b) for b in group)))
    group = [redirect_with(moves, b) for b in group]
    source_ids: set[str] = set()
    entity_ids: set[str] = set()
    for batch in group:
        source_ids |= {s.id for s in batch.sources} | referenced_source_ids(batch)
        entity_ids |= {e.id for e in batch.entities} | referenced_entity_ids(batch)
    stored_sources = reads.stored_nodes(store, source_ids, sources=True)
    stored_entities = reads.stored_nodes(store, entity_ids)
    known = Known(
        sources={key: props.get("published") for key, props in stored_sources.items()},
        entities=set(stored_entities),
        facts=reads.existing_facts(store, [f for b in group for f in b.facts]),
        nodes={**stored_sources, **stored_entities},
        mentions=reads.stored_mentions(store, stored_sources),
    )
    rows, reports = plan_rows(group, known)
    return rows.statements(), reports


def plan_fresh(batches: Iterable[GraphBatch]) -> tuple[GroupRows, list[UpsertReport]]:
    """:func:`plan_group` for an empty store, without reading it (a bulk import's plan)."""
    return plan_rows(list(batches), Known(sources={}, entities=set(), facts={}))


@dataclass
class Known:
    """What the store holds of what a group names: source id -> published date, entity ids,
    fact id -> the stored properties a merge compares, the properties of the stored sources and
    entities by id, and the mentions of the stored sources."""

    sources: dict[str, str | None]
    entities: set[str]
    facts: dict[str, dict[str, Any]]
    nodes: dict[str, dict[str, Any]] = field(default_factory=dict)
    mentions: set[tuple[str, str]] = field(default_factory=set)


def plan_rows(group: list[GraphBatch], known: Known) -> tuple[GroupRows, list[UpsertReport]]:
    """The rows of a group's writes and its reports, given what the store holds."""
    entities = set(known.entities)
    sources = set(known.sources)
    fact_sources = {k: set(v.get("sources") or []) for k, v in known.facts.items()}
    reviews: dict[str, Any] = {k: v.get("review") for k, v in known.facts.items()}
    rows = GroupRows(known.sources, known.facts, known.nodes, known.mentions)
    reports = []
    for index, batch in enumerate(group):
        try:
            _check_references(batch, entities, sources)
        except MissingEntityError as exc:
            raise BatchRejected(index, exc) from exc
        reports.append(_report(batch, entities, sources, fact_sources, reviews))
        entities |= {e.id for e in batch.entities}
        sources |= {s.id for s in batch.sources}
        merged = merge_facts(batch.facts)
        for fact in merged:
            fact_sources.setdefault(fact.fact_id, set()).update(fact.source_ids)
            if reviews.get(fact.fact_id) in (None, UNREVIEWED):
                reviews[fact.fact_id] = fact.review
        rows.add(batch, merged)
    return rows, reports


def _report(
    batch: GraphBatch,
    entities: set[str],
    sources: set[str],
    fact_sources: dict[str, set[str]],
    reviews: dict[str, Any],
) -> UpsertReport:
    """What writing ``batch`` after the store's (and the group's earlier batches') content adds."""
    report = UpsertReport(
        sources_new=len({s.id for s in batch.sources} - sources),
        entities_new=len({e.id for e in batch.entities} - entities),
    )
    seen: set[str] = set()
    for fact in batch.facts:
        if fact.fact_id in seen:
            continue
        seen.add(fact.fact_id)
        before = fact_sources.get(fact.fact_id)
        if before is not None and reviews.get(fact.fact_id) == REJECTED:
            report.facts_rejected_again += 1
        if before is None:
            report.facts_new += 1
            report.new_fact_ids.append(fact.fact_id)
        elif set(fact.source_ids) - before:
            report.facts_corroborated += 1
        else:
            report.facts_unchanged += 1
    return report


def groups(batches: Iterable[GraphBatch], rows: int = GROUP_ROWS) -> Iterator[list[GraphBatch]]:
    """The batches in order, in lists of about ``rows`` rows (facts, entities, sources) each."""
    group: list[GraphBatch] = []
    size = 0
    for batch in batches:
        group.append(batch)
        size += len(batch.facts) + len(batch.entities) + len(batch.sources)
        if size >= rows:
            yield group
            group, size = [], 0
    if group:
        yield group


def write_groups(
    store: GraphStore,
    batches: Iterable[GraphBatch],
    write: Callable[[list[Statement]], None],
    group_rows: int,
) -> UpsertReport:
    """Upsert batches in order, as few writes of about ``group_rows`` rows (facts and entities)
    each, every write atomic (``write`` runs its statements as one query or transaction): the
    graph and the report are those of upserting the batches one by one. When a batch fails its
    checks, the batches before it are written and its error is raised; when a write fails, the
    groups before it stay written and none of its batches is."""
    total = UpsertReport()
    for group in groups(batches, group_rows):
        total += _write_group(store, group, write)
    return total


def _write_group(
    store: GraphStore, group: list[GraphBatch], write: Callable[[list[Statement]], None]
) -> UpsertReport:
    try:
        statements, reports = plan_group(store, group)
    except BatchRejected as exc:
        if exc.index:
            _write_group(store, group[: exc.index], write)
        raise exc.cause from None
    if statements:
        write(statements)
    total = UpsertReport()
    for report in reports:
        total += report
    return total
