"""Read helpers every store shares: lookups the loader and ingest need, and the counts of `status`.

They only use :meth:`GraphStore.run`, so they work on any store.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from aikg.graph.stores.base import GraphStore
from aikg.graph.vocabulary import EntityType, Predicate

if TYPE_CHECKING:  # the schema's models load when a command reads or writes entities and facts
    from aikg.graph.schema import Entity, Fact

EXISTING_ENTITIES = "UNWIND $ids AS id MATCH (n:Entity {id: id}) RETURN n.id"
EXISTING_SOURCES = "UNWIND $ids AS id MATCH (s:Source {id: id}) RETURN s.id, s.published"
STORED_ENTITIES = "UNWIND $ids AS id MATCH (n:Entity {id: id}) RETURN n.id, properties(n)"
STORED_SOURCES = "UNWIND $ids AS id MATCH (n:Source {id: id}) RETURN n.id, properties(n)"
STORED_MENTIONS = "UNWIND $ids AS id MATCH (s:Source {id: id})-[:MENTIONS]->(e:Entity) RETURN s.id, e.id"
# one part per predicate, so each looks its fact ids up in that type's fact_id index (the
# properties read are fact_codec.MERGE_CHECK_KEYS, appended where the codec is loaded)
_EXISTING_FACTS_OF = "UNWIND $ids_{p} AS id MATCH ()-[r:{p} {{fact_id: id}}]->() RETURN r.fact_id AS id, "
ENTITY_INDEX = "MATCH (n:Entity) RETURN n.id, n.name, n.aliases"
LABELS = "CALL db.labels() YIELD label RETURN label"
RELATIONSHIP_TYPES = "CALL db.relationshipTypes() YIELD relationshipType RETURN relationshipType"
# one query per label and per type, each in the one shape the engines answer from their label /
# type bookkeeping without reading the nodes and relationships (FalkorDB reads them all as soon
# as the count is in a UNION, or returned next to another column)
_COUNT_LABEL = "MATCH (n:`{name}`) RETURN count(n) AS n"
_COUNT_TYPE = "MATCH ()-[r:`{name}`]->() RETURN count(r) AS n"
SHARED_LABEL = "Entity"
FACTS_BY_ID = "MATCH (a:Entity)-[r]->(b:Entity) WHERE r.fact_id IN $ids RETURN a, r, b"
FACT_COUNTS = "MATCH (n:Entity)-[r]-(:Entity) RETURN n.id, count(r)"


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


def stored_nodes(
    store: GraphStore, ids: Iterable[str], *, sources: bool = False
) -> dict[str, dict[str, Any]]:
    """Entity (or, with ``sources``, source) id -> its stored properties, for the ids the store holds."""
    wanted = sorted(set(ids))
    if not wanted:
        return {}
    rows = store.run(STORED_SOURCES if sources else STORED_ENTITIES, {"ids": wanted}).rows
    return {str(row[0]): dict(row[1]) for row in rows}


def stored_mentions(store: GraphStore, source_ids: Iterable[str]) -> set[tuple[str, str]]:
    """The (source id, entity id) mentions the store holds for these sources."""
    wanted = sorted(set(source_ids))
    if not wanted:
        return set()
    return {(str(s), str(e)) for s, e in store.run(STORED_MENTIONS, {"ids": wanted}).rows}


def existing_source_ids(store: GraphStore, ids: Iterable[str]) -> set[str]:
    return set(existing_sources(store, ids))


def existing_fact_sources(store: GraphStore, facts: Iterable[Fact]) -> dict[str, list[str]]:
    """Fact id -> the source ids the store already holds for it."""
    return {
        fact_id: list(props.get("sources") or []) for fact_id, props in existing_facts(store, facts).items()
    }


def existing_facts(store: GraphStore, facts: Iterable[Fact]) -> dict[str, dict[str, Any]]:
    """Fact id -> the stored properties a merge looks at (``fact_codec.MERGE_CHECK_KEYS``, not the
    quotes) of the facts the store holds: one query, through the ``fact_id`` index of each predicate."""
    from aikg.graph.fact_codec import MERGE_CHECK_KEYS

    ids: dict[str, set[str]] = {}
    for fact in facts:
        ids.setdefault(Predicate(fact.predicate).value, set()).add(fact.fact_id)
    if not ids:
        return {}
    returned = ", ".join(f"r.{key} AS {key}" for key in MERGE_CHECK_KEYS)
    cypher = "\nUNION ALL\n".join(_EXISTING_FACTS_OF.format(p=p) + returned for p in ids)
    result = store.run(cypher, {f"ids_{p}": sorted(v) for p, v in ids.items()})
    return {row[0]: dict(zip(MERGE_CHECK_KEYS, row[1:], strict=True)) for row in result.rows}


def entity_index(store: GraphStore) -> list[Entity]:
    """Every entity in the store with its name and aliases (for entity resolution)."""
    from aikg.graph.schema import Entity

    out = []
    for entity_id, name, aliases in store.run(ENTITY_INDEX).rows:
        out.append(Entity(id=entity_id, type=EntityType.of_id(entity_id), name=name, aliases=aliases or []))
    return out


def entity_candidates(store: GraphStore, text: str, limit: int = 50) -> list[Entity]:
    """The entities worth ranking for a search: the full-text index's hits on a store that has one
    (Neo4j: ``search_entities``), every entity otherwise."""
    search = getattr(store, "search_entities", None)
    if search is None:
        return entity_index(store)
    return list(search(text, limit))


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
    """Nodes by label (but the shared 'Entity') and relationships by type; empty ones left out."""
    labels = [str(r[0]) for r in store.run(LABELS).rows if r[0] != SHARED_LABEL]
    types = [str(r[0]) for r in store.run(RELATIONSHIP_TYPES).rows]
    nodes = {x: int(store.run(_COUNT_LABEL.format(name=_name(x))).scalar() or 0) for x in labels}
    rels = {x: int(store.run(_COUNT_TYPE.format(name=_name(x))).scalar() or 0) for x in types}
    return shown_counts(nodes, rels)


def shown_counts(
    nodes: Mapping[str, int], relationships: Mapping[str, int]
) -> tuple[dict[str, int], dict[str, int]]:
    """The counts as ``status`` shows them: sorted, empty ones and the shared 'Entity' left out."""
    return (
        dict(sorted((str(k), int(v)) for k, v in nodes.items() if v and k != SHARED_LABEL)),
        dict(sorted((str(k), int(v)) for k, v in relationships.items() if v)),
    )


def _name(name: str) -> str:
    """A label or type as it can sit between backticks and quotes in a query."""
    if any(c in name for c in "`'\\"):
        raise ValueError(f"cannot count the label or type {name!r}")
    return name
