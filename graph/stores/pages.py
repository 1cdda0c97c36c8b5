"""The whole graph read in pages, in export order, so a reader's memory does not grow with the graph.

Every read is keyset pagination on an indexed id (``WHERE key > $after ORDER BY key LIMIT $page``),
never ``SKIP``: each page starts where the last one ended, through the index.

- nodes in ``id`` order: the ``Entity`` nodes (``id`` index), the ``Source`` nodes (``id`` index)
  and the few others (audit records), merged by id; returned as ``n.id, labels(n), properties(n)``
  by a store with ``read_values`` (no node conversion). A node without an ``id`` property (written
  by hand: the schema gives every node one) is read too, under the id the store gives it in
  query results (``#`` and its internal id), all of them in one read (there is no index to page
  them on): they are expected to be few;
- fact relationships type by type (types in name order), each type in ``fact_id`` order (every
  predicate has a ``fact_id`` index); returned as ``a.id, properties(r), b.id``, so no endpoint
  node travels with a fact (an endpoint without an id is looked up again, through ``run``);
- ``MENTIONS`` a page of sources at a time (``id`` index), each source's mentions in entity id
  order; any other relationship type (the schema has none) in one read.

They only use :meth:`GraphStore.run` (and ``read_values`` when the store has it, for the same
rows faster), so they work on FalkorDB and Neo4j alike.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterator
from typing import Any

from aikg.graph.schema import Predicate
from aikg.graph.stores.base import GraphStore, NodeValue, RelationshipValue
from aikg.graph.stores.reads import RELATIONSHIP_TYPES, _name

# rows per read: each read also costs the server a range scan and a top-k sort of the rest of its
# type, so larger pages mean less server work; memory is bounded by one page (~2.5 KB a fact)
PAGE = 5000
MENTIONS = "MENTIONS"
# mentions are read for this many sources at a time per page of PAGE (a source mentions tens of
# entities, a few hundred at most)
MENTIONS_PER_SOURCE = 50

NODE_PAGES = (
    "MATCH (n:Entity) WHERE n.id > $after RETURN n ORDER BY n.id LIMIT $page",
    "MATCH (n:Source) WHERE n.id > $after AND NOT n:Entity RETURN n ORDER BY n.id LIMIT $page",
    "MATCH (n) WHERE n.id > $after AND NOT n:Entity AND NOT n:Source RETURN n ORDER BY n.id LIMIT $page",
)
NODE_VALUE_PAGES = tuple(
    cypher.replace("RETURN n ", "RETURN n.id, labels(n), properties(n) ") for cypher in NODE_PAGES
)
NODES_WITHOUT_ID = "MATCH (n) WHERE n.id IS NULL RETURN n"
NODE_COUNT = (
    "MATCH (n:Entity) RETURN count(n.id) AS n UNION ALL "
    "MATCH (n:Source) WHERE NOT n:Entity RETURN count(n.id) AS n UNION ALL "
    "MATCH (n) WHERE NOT n:Entity AND NOT n:Source RETURN count(n.id) AS n UNION ALL "
    "MATCH (n) WHERE n.id IS NULL RETURN count(n) AS n"
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
    "UNWIND $ids AS sid MATCH (s:Source {id: sid})-[r:MENTIONS]->(e) "
    "RETURN s.id, properties(r), e.id ORDER BY s.id, e.id"
)
# mentions the paged read does not reach: from a node without an id (ids resolved by ``run``)
MENTIONS_FROM_NODES_WITHOUT_ID = "MATCH (s)-[r:MENTIONS]->(e) WHERE s.id IS NULL RETURN s, r, e"
MENTIONS_COUNT = (
    "MATCH (:Source)-[r:MENTIONS]->() RETURN count(r) AS n UNION ALL "
    "MATCH (s)-[r:MENTIONS]->() WHERE s.id IS NULL RETURN count(r) AS n"
)
_ENDPOINTS_OF_FACT = "MATCH (a)-[r:`{t}`]->(b) WHERE r.fact_id = $fact_id RETURN a, b"
_MENTIONS_WITHOUT_ID_OF_SOURCE = (
    "MATCH (s:Source {id: $source})-[r:MENTIONS]->(e) WHERE e.id IS NULL RETURN r, e"
)
_OTHER_RELATIONSHIPS = "MATCH (a)-[r:`{t}`]->(b) RETURN a, r, b"
_OTHER_COUNT = "MATCH ()-[r:`{t}`]->() RETURN count(r) AS n"
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
    """Every node, in id order (a node without an id under the id ``run`` gives it)."""
    streams: list[Iterator[NodeValue]]
    if getattr(store, "read_values", None) is not None:
        streams = [
            (
                NodeValue(id=row[0], labels=tuple(row[1]), properties=row[2])
                for row in _keyset(store, cypher, page, lambda row: row[0])
            )
            for cypher in NODE_VALUE_PAGES
        ]
    else:
        streams = [
            (row[0] for row in _keyset(store, cypher, page, lambda row: row[0].id, plain=False))
            for cypher in NODE_PAGES
        ]
    streams.append(_nodes_without_id(store))
    last: str | None = None
    for node in heapq.merge(*streams, key=lambda n: n.id):
        if node.id != last:  # a node carrying two of the labels is read twice
            last = node.id
            yield node


def _nodes_without_id(store: GraphStore) -> Iterator[NodeValue]:
    found = [row[0] for row in store.run(NODES_WITHOUT_ID).rows]
    yield from sorted((n for n in found if isinstance(n, NodeValue)), key=lambda n: n.id)


def relationship_types(store: GraphStore) -> list[str]:
    return sorted(str(row[0]) for row in store.run(RELATIONSHIP_TYPES).rows)


def _relationship(rel_type: str, row: list[Any]) -> RelationshipValue:
    start, props, end = str(row[0]), dict(row[1] or {}), str(row[2])
    fact_id = props.get("fact_id")
    rel_id = str(fact_id) if fact_id is not None else f"#{rel_type}:{start}->{end}"
    return RelationshipValue(id=rel_id, type=rel_type, start=start, end=end, properties=props)


def relationships(store: GraphStore, page: int = PAGE) -> Iterator[RelationshipValue]:
    """Every relationship: by type name, then fact id (facts) or start and end id (the others)."""
    for rel_type in relationship_types(store):
        if rel_type in FACT_TYPES:
            for row in _keyset(store, _FACT_PAGE.format(t=rel_type), page, lambda row: row[1]["fact_id"]):
                if row[0] is None or row[2] is None:
                    row = _with_endpoint_ids(store, rel_type, row)
                yield _relationship(rel_type, row)
        elif rel_type == MENTIONS:
            yield from _mentions(store, page)
        else:
            rows = store.run(_OTHER_RELATIONSHIPS.format(t=_name(rel_type))).rows
            found = [_relationship(rel_type, [a.id, r.properties, b.id]) for a, r, b in rows]
            yield from sorted(found, key=lambda r: (r.start, r.end))


def _with_endpoint_ids(store: GraphStore, rel_type: str, row: list[Any]) -> list[Any]:
    """A fact row whose endpoint has no id, with the ids ``run`` gives its endpoints."""
    cypher = _ENDPOINTS_OF_FACT.format(t=rel_type)
    start, end = store.run(cypher, {"fact_id": row[1]["fact_id"]}).rows[0]
    return [start.id, row[1], end.id]


def _mentions(store: GraphStore, page: int) -> Iterator[RelationshipValue]:
    """Mentions by start then end id: those of sources without an id first (``#`` sorts first),
    then a chunk of sources at a time."""
    rows = store.run(MENTIONS_FROM_NODES_WITHOUT_ID).rows
    held = [_relationship(MENTIONS, [s.id, r.properties, e.id]) for s, r, e in rows]
    yield from sorted(held, key=lambda r: (r.start, r.end))
    source_ids = (row[0] for row in _keyset(store, SOURCE_IDS_PAGE, page, lambda r: r[0]))
    for ids in _chunks(source_ids, max(1, page // MENTIONS_PER_SOURCE)):
        chunk = _values(store, MENTIONS_OF_SOURCES, {"ids": ids})
        without_id = sorted({str(row[0]) for row in chunk if row[2] is None})
        if without_id:
            chunk = [row for row in chunk if row[2] is not None]
            for source in without_id:
                found = store.run(_MENTIONS_WITHOUT_ID_OF_SOURCE, {"source": source}).rows
                chunk += [[source, r.properties, e.id] for r, e in found]
            chunk.sort(key=lambda row: (row[0], row[2]))
        for row in chunk:
            yield _relationship(MENTIONS, row)


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
