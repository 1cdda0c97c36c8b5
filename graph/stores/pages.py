"""The whole graph read in pages, in export order, so a reader's memory does not grow with the graph.

Every read is keyset pagination on an indexed id (``WHERE key > $after ORDER BY key LIMIT $page``),
never ``SKIP``: each page starts where the last one ended, through the index.

- nodes in ``id`` order: the ``Entity`` nodes (``id`` index), the ``Source`` nodes (``id`` index)
  and the few others (audit records), merged by id; a node without an ``id`` is not read;
- fact relationships type by type (types in name order), each type in ``fact_id`` order (every
  predicate has a ``fact_id`` index); returned as ``a.id, properties(r), b.id``, so no endpoint
  node travels with a fact;
- ``MENTIONS`` a page of sources at a time (``id`` index), each source's mentions in entity id
  order; any other relationship type (the schema has none) in one read.

They only use :meth:`GraphStore.run`, so they work on FalkorDB and Neo4j alike.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterator
from typing import Any

from aikg.graph.schema import Predicate
from aikg.graph.stores.base import GraphStore, NodeValue, RelationshipValue
from aikg.graph.stores.reads import RELATIONSHIP_TYPES, _name

PAGE = 2000
MENTIONS = "MENTIONS"
# mentions are read for this many sources at a time per page of PAGE (a source mentions tens of
# entities, a few hundred at most)
MENTIONS_PER_SOURCE = 50

NODE_PAGES = (
    "MATCH (n:Entity) WHERE n.id > $after RETURN n ORDER BY n.id LIMIT $page",
    "MATCH (n:Source) WHERE n.id > $after AND NOT n:Entity RETURN n ORDER BY n.id LIMIT $page",
    "MATCH (n) WHERE n.id > $after AND NOT n:Entity AND NOT n:Source RETURN n ORDER BY n.id LIMIT $page",
)
NODE_COUNT = (
    "MATCH (n:Entity) RETURN count(n.id) AS n UNION ALL "
    "MATCH (n:Source) WHERE NOT n:Entity RETURN count(n.id) AS n UNION ALL "
    "MATCH (n) WHERE NOT n:Entity AND NOT n:Source RETURN count(n.id) AS n"
)
_FACT_PAGE = (
    "MATCH (a)-[r:`{t}`]->(b) WHERE r.fact_id > $after "
    "RETURN a.id, properties(r), b.id ORDER BY r.fact_id LIMIT $page"
)
_FACT_REVIEW_PAGE = (
    "MATCH ()-[r:`{t}`]->() WHERE r.fact_id > $after "
    "RETURN r.fact_id, r.review, r.sources ORDER BY r.fact_id LIMIT $page"
)
_FACT_COUNT = "MATCH ()-[r:`{t}`]->() RETURN count(r.fact_id) AS n"
SOURCE_IDS_PAGE = "MATCH (s:Source) WHERE s.id > $after RETURN s.id ORDER BY s.id LIMIT $page"
MENTIONS_OF_SOURCES = (
    "UNWIND $ids AS sid MATCH (s:Source {id: sid})-[r:MENTIONS]->(e) WHERE e.id IS NOT NULL "
    "RETURN s.id, properties(r), e.id ORDER BY s.id, e.id"
)
MENTIONS_COUNT = "MATCH (:Source)-[r:MENTIONS]->(e) WHERE e.id IS NOT NULL RETURN count(r) AS n"
_OTHER_RELATIONSHIPS = (
    "MATCH (a)-[r:`{t}`]->(b) WHERE a.id IS NOT NULL AND b.id IS NOT NULL "
    "RETURN a.id, properties(r), b.id ORDER BY a.id, b.id"
)
_OTHER_COUNT = "MATCH (a)-[r:`{t}`]->(b) WHERE a.id IS NOT NULL AND b.id IS NOT NULL RETURN count(r) AS n"
FACT_TYPES = frozenset(p.value for p in Predicate)


def _values(store: GraphStore, cypher: str, params: dict[str, Any]) -> list[list[Any]]:
    """The rows of a query returning only scalars, lists and maps: through the store's
    ``read_values`` when it has one (no node conversion), else ``run``."""
    read_values = getattr(store, "read_values", None)
    if read_values is not None:
        rows: list[list[Any]] = read_values(cypher, params)
        return rows
    return store.run(cypher, params).rows


def _keyset(
    store: GraphStore, cypher: str, page: int, key: Any, *, plain: bool = True
) -> Iterator[list[Any]]:
    """Every row of a keyset-paginated query; ``key(row)`` is the row's value of the paging key;
    ``plain``: the rows hold no node or relationship."""
    after = ""
    while True:
        params = {"after": after, "page": page}
        rows = _values(store, cypher, params) if plain else store.run(cypher, params).rows
        yield from rows
        if len(rows) < page:
            return
        after = key(rows[-1])


def nodes(store: GraphStore, page: int = PAGE) -> Iterator[NodeValue]:
    """Every node with an id, in id order."""
    streams = [
        (row[0] for row in _keyset(store, cypher, page, lambda row: row[0].id, plain=False))
        for cypher in NODE_PAGES
    ]
    last: str | None = None
    for node in heapq.merge(*streams, key=lambda n: n.id):
        if node.id != last:  # a node carrying two of the labels is read twice
            last = node.id
            yield node


def relationship_types(store: GraphStore) -> list[str]:
    return sorted(str(row[0]) for row in store.run(RELATIONSHIP_TYPES).rows)


def _relationship(rel_type: str, row: list[Any]) -> RelationshipValue:
    start, props, end = str(row[0]), dict(row[1] or {}), str(row[2])
    fact_id = props.get("fact_id")
    rel_id = str(fact_id) if fact_id is not None else f"#{rel_type}:{start}->{end}"
    return RelationshipValue(id=rel_id, type=rel_type, start=start, end=end, properties=props)


def relationships(store: GraphStore, page: int = PAGE) -> Iterator[RelationshipValue]:
    """Every relationship between nodes with ids: by type name, then fact id (facts) or start and
    end id (mentions)."""
    for rel_type in relationship_types(store):
        for row in _rows_of_type(store, rel_type, page):
            yield _relationship(rel_type, row)


def _rows_of_type(store: GraphStore, rel_type: str, page: int) -> Iterator[list[Any]]:
    if rel_type in FACT_TYPES:
        yield from _keyset(store, _FACT_PAGE.format(t=rel_type), page, lambda row: row[1]["fact_id"])
    elif rel_type == MENTIONS:
        source_ids = (row[0] for row in _keyset(store, SOURCE_IDS_PAGE, page, lambda r: r[0]))
        for ids in _chunks(source_ids, max(1, page // MENTIONS_PER_SOURCE)):
            yield from _values(store, MENTIONS_OF_SOURCES, {"ids": ids})
    else:
        yield from _values(store, _OTHER_RELATIONSHIPS.format(t=_name(rel_type)), {})


def fact_review_fields(store: GraphStore, page: int = PAGE) -> Iterator[dict[str, Any]]:
    """``{"fact_id", "review", "sources"}`` of every fact: what a review filter looks at."""
    for rel_type in relationship_types(store):
        if rel_type in FACT_TYPES:
            cypher = _FACT_REVIEW_PAGE.format(t=rel_type)
            for fact_id, review, sources in _keyset(store, cypher, page, lambda row: row[0]):
                yield {"fact_id": fact_id, "review": review, "sources": sources}


def counts(store: GraphStore) -> tuple[int, int]:
    """How many nodes and relationships :func:`nodes` and :func:`relationships` read."""
    node_count = sum(int(row[0]) for row in store.run(NODE_COUNT).rows)
    parts = []
    for rel_type in relationship_types(store):
        if rel_type in FACT_TYPES:
            parts.append(_FACT_COUNT.format(t=rel_type))
        elif rel_type == MENTIONS:
            parts.append(MENTIONS_COUNT)
        else:
            parts.append(_OTHER_COUNT.format(t=_name(rel_type)))
    rel_count = sum(int(row[0]) for row in store.run(" UNION ALL ".join(parts)).rows) if parts else 0
    return node_count, rel_count


def _chunks(items: Iterator[str], size: int) -> Iterator[list[str]]:
    chunk: list[str] = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
