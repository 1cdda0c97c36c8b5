"""The Cypher of curation (review states, corrections, entity merges, the audit trail).

Reads take plain parameters; writes are ``UNWIND $rows`` statements a curation action composes
into one atomic query with :func:`write_atomically`. Labels and relationship types come from the
schema's enums only. Parameter names are never the prefix of another in the same statement (the
composer renames them by text).
"""

from __future__ import annotations

from typing import Any

from aikg.graph.audit import AUDIT_LABEL
from aikg.graph.schema import EntityType, Predicate
from aikg.graph.stores.base import GraphStore
from aikg.graph.stores.batch_rows import Statement

FACT_BY_ID = """
MATCH (s:Entity)-[r]->(o:Entity)
WHERE r.fact_id = $fact OR $fact IN coalesce(r.previous_fact_ids, [])
RETURN s.id, type(r), o.id, r
ORDER BY r.fact_id = $fact DESC
"""
FACTS_OF_ENTITY = """
MATCH (s:Entity {id: $entity})-[r]->(o:Entity) WHERE r.fact_id IS NOT NULL
RETURN s.id, type(r), o.id, r
UNION ALL
MATCH (s:Entity)-[r]->(o:Entity {id: $entity}) WHERE r.fact_id IS NOT NULL
RETURN s.id, type(r), o.id, r
"""
ALL_FACTS = """
MATCH (s:Entity)-[r]->(o:Entity)
WHERE r.fact_id IS NOT NULL AND ($entity IS NULL OR s.id = $entity OR o.id = $entity)
RETURN s, r, o
"""
ENTITY_BY_ID = "MATCH (n:Entity {id: $entity}) RETURN n"
REDIRECTED = """
UNWIND $ids AS wanted
MATCH (n:Entity)
WHERE wanted IN coalesce(n.merged_ids, [])
RETURN wanted, n.id
"""
# the same, in a form FalkorDB answers from its index on the list property Entity.merged_ids
# (an absent list gives null, which filters the entity out as the coalesce above does)
REDIRECTED_INDEXED = """
UNWIND $ids AS wanted
MATCH (n:Entity)
WHERE wanted IN n.merged_ids
RETURN wanted, n.id
"""
MENTIONING_SOURCES = "MATCH (s:Source)-[:MENTIONS]->(n:Entity {id: $entity}) RETURN s.id ORDER BY s.id"
AUDIT_RECORDS = """
MATCH (a:AuditRecord)
WHERE $since IS NULL OR a.at >= $since
RETURN a.id, a
ORDER BY a.at, a.id
"""
FACT_REVIEWS = """
UNWIND $rows AS row
MATCH (s:Entity {id: row.subject})-[r]->(o:Entity {id: row.object})
WHERE r.fact_id = row.fact_id
RETURN r.fact_id, r.review
"""

SET_REVIEW = """
UNWIND $rows AS row
MATCH (s:Entity {id: row.subject})-[r]->(o:Entity {id: row.object})
WHERE r.fact_id = row.fact_id
SET r += row.props
"""
DELETE_FACTS = """
UNWIND $rows AS row
MATCH (s:Entity {id: row.subject})-[r]->(o:Entity {id: row.object})
WHERE r.fact_id = row.fact_id
DELETE r
"""
_CREATE_FACTS = """
UNWIND $rows AS row
MATCH (s:Entity {{id: row.subject}})
MATCH (o:Entity {{id: row.object}})
CREATE (s)-[r:{predicate}]->(o)
SET r += row.props
"""
MOVE_MENTIONS = """
UNWIND $rows AS row
MATCH (s:Source)-[:MENTIONS]->(:Entity {id: row.source_entity})
MATCH (k:Entity {id: row.target_entity})
MERGE (s)-[:MENTIONS]->(k)
"""
ADD_MENTIONS = """
UNWIND $rows AS row
MATCH (s:Source {id: row.source})
MATCH (e:Entity {id: row.entity})
MERGE (s)-[:MENTIONS]->(e)
"""
SET_ENTITY = """
UNWIND $rows AS row
MATCH (n:Entity {id: row.entity})
SET n += row.props
"""
DELETE_ENTITY = """
UNWIND $rows AS row
MATCH (n:Entity {id: row.entity})
DETACH DELETE n
"""
_CREATE_ENTITY = """
UNWIND $rows AS row
CREATE (n:{label}:Entity {{id: row.entity}})
SET n += row.props
"""
APPEND_AUDIT = f"""
UNWIND $rows AS row
MERGE (a:{AUDIT_LABEL} {{id: row.id}})
ON CREATE SET a += row.props
"""


def create_facts(predicate: str) -> str:
    return _CREATE_FACTS.format(predicate=Predicate(predicate).value)


def create_entity(label: str) -> str:
    return _CREATE_ENTITY.format(label=EntityType(label).value)


def write_atomically(store: GraphStore, statements: list[Statement]) -> None:
    """Run the statements as one query, so they all apply or none does (one transaction on Neo4j,
    one atomic query on FalkorDB)."""
    from aikg.graph.stores.falkordb_store import compose

    if statements:
        cypher, params = compose(statements)
        store.run(cypher, params, write=True)


def rows(*items: dict[str, Any]) -> dict[str, Any]:
    return {"rows": list(items)}
