"""What the explorer shows about one entity: its node, its facts and the sources they cite.

:func:`dossier` reads every fact touching the entity (fine for most entities, heavy for a hub);
the explorer reads a page at a time (:func:`fact_page`). Plain reads over :meth:`GraphStore.run`,
so they work on any store.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from aikg.graph import fact_codec
from aikg.graph.stores import explorer_reads
from aikg.graph.stores.base import GraphStore, NodeValue, RelationshipValue

ENTITY = "MATCH (n:Entity {id: $id}) RETURN n"
FACTS = "MATCH (n:Entity {id: $id})-[r]-(m:Entity) RETURN r, m"
SOURCES = "MATCH (s:Source) WHERE s.id IN $ids RETURN s"
MENTIONING = """
MATCH (s:Source)-[:MENTIONS]->(:Entity {id: $id})
RETURN s ORDER BY s.published IS NULL, s.published DESC, s.title
LIMIT $limit
"""


@dataclass
class Dossier:
    entity: NodeValue
    facts: list[tuple[RelationshipValue, NodeValue]] = field(default_factory=list)
    sources: dict[str, NodeValue] = field(default_factory=dict)


def cited_source_ids(rels: Iterable[RelationshipValue]) -> list[str]:
    ids: set[str] = set()
    for rel in rels:
        ids |= fact_codec.cited_source_ids(rel.properties)
    return sorted(ids)


def sources_by_id(store: GraphStore, ids: Iterable[str]) -> dict[str, NodeValue]:
    wanted = sorted(set(ids))
    if not wanted:
        return {}
    return {row[0].id: row[0] for row in store.run(SOURCES, {"ids": wanted}).rows}


def dossier(store: GraphStore, entity_id: str) -> Dossier | None:
    """The entity with this id, its facts (either direction) and the sources they cite; None if absent."""
    rows = store.run(ENTITY, {"id": entity_id}).rows
    if not rows:
        return None
    facts = [(row[0], row[1]) for row in store.run(FACTS, {"id": entity_id}).rows]
    sources = sources_by_id(store, cited_source_ids(rel for rel, _ in facts))
    return Dossier(entity=rows[0][0], facts=facts, sources=sources)


def mentioning_sources(store: GraphStore, entity_id: str, limit: int = 200) -> list[NodeValue]:
    """The articles that mention the entity, newest first (undated last)."""
    return [row[0] for row in store.run(MENTIONING, {"id": entity_id, "limit": limit}).rows]


def entity_node(store: GraphStore, entity_id: str) -> NodeValue | None:
    """The entity with this id, or None."""
    rows = store.run(ENTITY, {"id": entity_id}).rows
    return rows[0][0] if rows else None


@dataclass
class FactPage:
    """One page of an entity's facts (each with the other party) and the sources they cite."""

    facts: list[tuple[RelationshipValue, NodeValue]] = field(default_factory=list)
    sources: dict[str, NodeValue] = field(default_factory=dict)


def fact_page(
    store: GraphStore,
    entity_id: str,
    *,
    reference: bool = True,
    review_states: Sequence[str] | None = None,
    since: str | None = None,
    until: str | None = None,
    skip: int = 0,
    limit: int = 25,
) -> FactPage:
    """One page of the entity's facts passing the filters, in the explorer's order
    (:func:`aikg.graph.stores.explorer_reads.fact_page`), with only the sources they cite: a hub's
    page reads its 25 facts and their evidence, not the thousands of others."""
    facts = explorer_reads.fact_page(
        store, entity_id, reference=reference, review_states=review_states, since=since, until=until,
        skip=skip, limit=limit,
    )  # fmt: skip
    return FactPage(facts=facts, sources=sources_by_id(store, cited_source_ids(rel for rel, _ in facts)))
