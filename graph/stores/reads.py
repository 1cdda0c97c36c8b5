"""Read helpers every store shares: lookups the loader and ingest need, and the counts of `status`.

They only use :meth:`GraphStore.run`, so they work on any store.
"""

from __future__ import annotations

from collections.abc import Iterable

from aikg.graph.schema import Entity, EntityType, Fact, Predicate
from aikg.graph.stores.base import GraphStore

EXISTING_ENTITIES = "UNWIND $ids AS id MATCH (n:Entity {id: id}) RETURN n.id"
EXISTING_SOURCES = "UNWIND $ids AS id MATCH (s:Source {id: id}) RETURN s.id, s.published"
# one part per predicate, so each looks its fact ids up in that type's fact_id index
_EXISTING_FACTS_OF = (
    "UNWIND $ids_{p} AS id MATCH ()-[r:{p} {{fact_id: id}}]->() RETURN r.fact_id AS id, r.sources AS sources"
)
ENTITY_INDEX = "MATCH (n:Entity) RETURN n.id, n.name, n.aliases"
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
    """Fact id -> the source ids the store already holds for it (one query, through the
    ``fact_id`` index of each predicate)."""
    ids: dict[str, set[str]] = {}
    for fact in facts:
        ids.setdefault(Predicate(fact.predicate).value, set()).add(fact.fact_id)
    if not ids:
        return {}
    cypher = "\nUNION ALL\n".join(_EXISTING_FACTS_OF.format(p=p) for p in ids)
    result = store.run(cypher, {f"ids_{p}": sorted(v) for p, v in ids.items()})
    return {row[0]: list(row[1] or []) for row in result.rows}


def entity_index(store: GraphStore) -> list[Entity]:
    """Every entity in the store with its name and aliases (for entity resolution)."""
    out = []
    for entity_id, name, aliases in store.run(ENTITY_INDEX).rows:
        out.append(Entity(id=entity_id, type=EntityType.of_id(entity_id), name=name, aliases=aliases or []))
    return out


def counts(store: GraphStore) -> tuple[dict[str, int], dict[str, int]]:
    nodes = {row[0]: row[1] for row in store.run(NODE_COUNTS).rows}
    rels = {row[0]: row[1] for row in store.run(RELATIONSHIP_COUNTS).rows}
    return nodes, rels
