"""Read helpers every store shares: lookups the loader and ingest need, and the counts of `status`.

They only use :meth:`GraphStore.run`, so they work on any store.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from aikg.graph.schema import Entity, EntityType, Fact
from aikg.graph.stores.base import GraphStore

EXISTING_ENTITIES = "UNWIND $ids AS id MATCH (n:Entity {id: id}) RETURN n.id"
EXISTING_SOURCES = "UNWIND $ids AS id MATCH (s:Source {id: id}) RETURN s.id, s.published"
EXISTING_FACTS = """
UNWIND $rows AS row
MATCH (s:Entity {id: row.subject})-[r]->(o:Entity {id: row.object})
WHERE r.fact_id = row.fact_id
RETURN r.fact_id, r.sources
"""
ENTITY_INDEX = "MATCH (n:Entity) RETURN n.id, n.name, n.aliases"
FACTS_BY_ID = "MATCH (a:Entity)-[r]->(b:Entity) WHERE r.fact_id IN $ids RETURN a, r, b"
FACT_COUNTS = "MATCH (n:Entity)-[r]-(:Entity) RETURN n.id, count(r)"
NODE_COUNTS = """
MATCH (n) UNWIND labels(n) AS label
WITH label WHERE label <> 'Entity'
RETURN label, count(*) AS n ORDER BY label
"""
RELATIONSHIP_COUNTS = "MATCH ()-[r]->() RETURN type(r) AS type, count(r) AS n ORDER BY type"


def existing_entity_ids(store: GraphStore, ids: Iterable[str]) -> set[str]:
    wanted = sorted(set(ids))
    if not wanted:
        return set()
    return {row[0] for row in store.run(EXISTING_ENTITIES, {"ids": wanted}).rows}


def existing_sources(store: GraphStore, ids: Iterable[str]) -> dict[str, str | None]:
    """Source id -> published date, for the ids the store holds."""
    wanted = sorted(set(ids))
    if not wanted:
        return {}
    return {row[0]: row[1] for row in store.run(EXISTING_SOURCES, {"ids": wanted}).rows}


def existing_source_ids(store: GraphStore, ids: Iterable[str]) -> set[str]:
    return set(existing_sources(store, ids))


def existing_fact_sources(store: GraphStore, facts: Iterable[Fact]) -> dict[str, list[str]]:
    """Fact id -> the source ids the store already holds for it."""
    rows: dict[str, dict[str, Any]] = {
        f.fact_id: {"fact_id": f.fact_id, "subject": f.subject, "object": f.object} for f in facts
    }
    if not rows:
        return {}
    result = store.run(EXISTING_FACTS, {"rows": list(rows.values())})
    return {row[0]: list(row[1] or []) for row in result.rows}


def entity_index(store: GraphStore) -> list[Entity]:
    """Every entity in the store with its name and aliases (for entity resolution)."""
    out = []
    for entity_id, name, aliases in store.run(ENTITY_INDEX).rows:
        out.append(Entity(id=entity_id, type=EntityType.of_id(entity_id), name=name, aliases=aliases or []))
    return out


def facts_by_id(store: GraphStore, ids: Iterable[str]) -> list[tuple[Any, Any, Any]]:
    """The stored facts with these ids, as (subject node, relationship, object node)."""
    wanted = sorted(set(ids))
    if not wanted:
        return []
    return [(row[0], row[1], row[2]) for row in store.run(FACTS_BY_ID, {"ids": wanted}).rows]


def fact_counts(store: GraphStore) -> dict[str, int]:
    """How many facts each entity takes part in (entities with none are absent)."""
    return {str(row[0]): int(row[1]) for row in store.run(FACT_COUNTS).rows}


def counts(store: GraphStore) -> tuple[dict[str, int], dict[str, int]]:
    nodes = {row[0]: row[1] for row in store.run(NODE_COUNTS).rows}
    rels = {row[0]: row[1] for row in store.run(RELATIONSHIP_COUNTS).rows}
    return nodes, rels
