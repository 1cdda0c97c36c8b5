"""The entities whose id, name or an alias is exactly a key (any case), found through indexes.

Each engine answers from its indexes, never by reading every entity: the id index; a full-text
index for names (FalkorDB) or names and aliases (Neo4j), whose hits are then compared in full
(the index only narrows the candidates); on FalkorDB the range indexes of the ``aliases`` and
``merged_ids`` lists (exact values: the key as typed, lower case, upper case and title case).
``None`` when the store has no such indexes (another engine, or a store not yet given them): the
caller then falls back to reading every entity (``aikg.graph.lookup``).
"""

from __future__ import annotations

import re
from typing import Any

from aikg.graph.errors import StoreError
from aikg.graph.schema import EntityType
from aikg.graph.stores import fulltext
from aikg.graph.stores.base import GraphStore
from aikg.graph.stores.read_indexes import ENTITY_LABEL

MATCHES = (
    "(n.id = $key OR toLower(n.name) = toLower($key)"
    " OR any(a IN coalesce(n.aliases, []) WHERE toLower(a) = toLower($key))"
    " OR $key IN coalesce(n.merged_ids, []))"
)
RETURNED = "RETURN n.id AS id, n.id = $key OR $key IN coalesce(n.merged_ids, []) AS exact"
BY_ID = f"MATCH (n:{ENTITY_LABEL} {{id: $key}}) {RETURNED}"
FALKORDB_BY_ALIAS = (
    f"UNWIND $variants AS v MATCH (n:{ENTITY_LABEL}) WHERE v IN n.aliases WITH n WHERE {MATCHES} {RETURNED}"
)
FALKORDB_BY_MERGED_ID = f"MATCH (n:{ENTITY_LABEL}) WHERE $key IN n.merged_ids {RETURNED}"
FALKORDB_BY_NAME = (
    f"CALL db.idx.fulltext.queryNodes('{ENTITY_LABEL}', $words) YIELD node AS n "
    f"WITH n WHERE {MATCHES} {RETURNED}"
)
NEO4J_BY_TEXT = (
    f"CALL db.index.fulltext.queryNodes('{fulltext.INDEX_NAME}', $words) YIELD node AS n "
    f"WITH n WHERE {MATCHES} {RETURNED}"
)
# Neo4j's range indexes do not answer list membership: merged ids are read from every entity,
# only when the key has an entity id's shape and matched no id
NEO4J_BY_MERGED_ID = f"MATCH (n:{ENTITY_LABEL}) WHERE $key IN coalesce(n.merged_ids, []) {RETURNED}"
_WORD = re.compile(r"[^\W_]+")


def words(key: str) -> list[str]:
    """The key's words (letters and digits), lower case, each once, in order."""
    return list(dict.fromkeys(w.lower() for w in _WORD.findall(key)))


def _is_id(key: str) -> bool:
    try:
        EntityType.of_id(key)
    except ValueError:
        return False
    return True


def indexed_matches(store: GraphStore, key: str) -> list[tuple[str, bool]] | None:
    """(id, exact) for each entity whose id, name, alias or merged id is ``key`` (names and aliases
    in any case; exact: the id or a merged id), found through indexes; None when the store cannot."""
    try:
        if store.name == "embedded":
            return _falkordb(store, key)
        if store.name == "neo4j":
            return _neo4j(store, key)
    except StoreError:
        return None  # an index this store does not have (yet): the caller reads every entity
    return None


def _falkordb(store: GraphStore, key: str) -> list[tuple[str, bool]]:
    if "\x00" in key:  # no stored text holds a NUL (readers, loads and the store refuse it)
        return []
    variants = sorted({key, key.lower(), key.upper(), key.title(), key.capitalize()})
    parts = [BY_ID, FALKORDB_BY_ALIAS, FALKORDB_BY_MERGED_ID]
    found = words(key)
    if found:
        parts.append(FALKORDB_BY_NAME)
    params = {"key": key, "variants": variants, "words": " ".join(found)}
    return _rows(store, "\nUNION\n".join(parts), params)


def _neo4j(store: GraphStore, key: str) -> list[tuple[str, bool]]:
    found = words(key)
    parts = [BY_ID] + ([NEO4J_BY_TEXT] if found else [])
    params = {"key": key, "words": " ".join(f"+{w}" for w in found)}
    rows = _rows(store, "\nUNION\n".join(parts), params)
    if not any(exact for _, exact in rows) and _is_id(key):
        rows += _rows(store, NEO4J_BY_MERGED_ID, {"key": key})
    return rows


def _rows(store: GraphStore, cypher: str, params: dict[str, Any]) -> list[tuple[str, bool]]:
    return [(str(row[0]), bool(row[1])) for row in store.run(cypher, params).rows]
