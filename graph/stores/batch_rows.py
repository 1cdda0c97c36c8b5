"""Turn a GraphBatch into the ordered list of (statement, parameters) a store writes at once."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from aikg.graph.fact_codec import encode
from aikg.graph.merge import merge_facts
from aikg.graph.schema import Entity, Fact, GraphBatch, Source
from aikg.graph.stores import cypher_write as cw
from aikg.graph.values import storable_map

Statement = tuple[str, dict[str, Any]]

_ENTITY_FIELDS = {"id", "aliases"}


def source_row(source: Source) -> dict[str, Any]:
    # an empty syndication list is left out, so a forced re-ingest never wipes the recorded copies
    props = source.model_dump(exclude={"id"} if source.syndications else {"id", "syndications"})
    return {"id": source.id, "props": storable_map(props)}


def entity_row(entity: Entity) -> dict[str, Any]:
    props = entity.model_dump(exclude=_ENTITY_FIELDS, mode="json")
    return {"id": entity.id, "aliases": list(entity.aliases), "props": storable_map(props)}


def fact_row(fact: Fact, reported: str | None) -> dict[str, Any]:
    return encode(fact, reported)


def reported_date(fact: Fact, published: dict[str, str | None]) -> str | None:
    """When a fact was first reported: the earliest publication date of its sources, or None when
    no source states one (never the day of ingestion)."""
    dates = [d for d in (published.get(s) for s in fact.source_ids) if d]
    return min(dates) if dates else None


def statements(batch: GraphBatch, known_published: dict[str, str | None] | None = None) -> list[Statement]:
    """The writes for a batch: sources, entities by label, mentions, facts by predicate."""
    published = dict(known_published or {})
    published.update({s.id: s.published for s in batch.sources})
    out: list[Statement] = []
    if batch.sources:
        out.append((cw.MERGE_SOURCES, {"rows": [source_row(s) for s in batch.sources]}))
    by_label: dict[Any, list[dict[str, Any]]] = defaultdict(list)
    for entity in _dedupe_entities(batch.entities):
        by_label[entity.type].append(entity_row(entity))
    out += [(cw.merge_entities(label), {"rows": rows}) for label, rows in by_label.items()]
    if batch.mentions:
        rows = [{"source": s, "entity": e} for s, e in dict.fromkeys(batch.mentions)]
        out.append((cw.MERGE_MENTIONS, {"rows": rows}))
    by_predicate: dict[Any, list[dict[str, Any]]] = defaultdict(list)
    for fact in merge_facts(batch.facts):
        by_predicate[fact.predicate].append(fact_row(fact, reported_date(fact, published)))
    out += [(cw.merge_facts(p), {"rows": rows}) for p, rows in by_predicate.items()]
    return out


def _dedupe_entities(entities: list[Entity]) -> list[Entity]:
    """One row per id (a MERGE per duplicate row would race); aliases are unioned."""
    merged: dict[str, Entity] = {}
    for entity in entities:
        if entity.id in merged:
            first = merged[entity.id]
            aliases = sorted(set(first.aliases) | set(entity.aliases) - {first.name})
            merged[entity.id] = first.model_copy(update={"aliases": aliases})
        else:
            merged[entity.id] = entity
    return list(merged.values())


def referenced_entity_ids(batch: GraphBatch) -> set[str]:
    ids = {f.subject for f in batch.facts} | {f.object for f in batch.facts}
    return ids | {e for _, e in batch.mentions}


def referenced_source_ids(batch: GraphBatch) -> set[str]:
    ids = {s for f in batch.facts for s in f.source_ids}
    return ids | {s for s, _ in batch.mentions}
