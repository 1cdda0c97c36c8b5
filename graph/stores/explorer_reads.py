"""The explorer's reads, sized for hubs: nothing here reads every entity or all of a hub's facts
into Python.

- :func:`change_stamp`: a cheap value that changes when the store does (the explorer's caches key
  on it instead of expiring on a timer);
- :func:`most_connected` and :func:`fact_counts_of`: the suggestions (a bounded list, and the fact
  counts of the entities shown only);
- :func:`search_candidates`: the entities worth ranking for what was typed, through indexes
  (FalkorDB: the full-text index of names, with prefix and one-typo terms, plus the exact id /
  name / alias lookup of ``entity_keys``; Neo4j: its full-text index of names and aliases);
- :func:`fact_groups`: one aggregated query over an entity's facts (counts by date, predicate,
  direction, reference data and review state) for the counts, filters and timeline;
- :func:`fact_page`: one page of an entity's facts, filtered and ordered by the engine as the page
  shows them (newest first, then predicate, other party), with SKIP / LIMIT;
- :func:`neighbour_weights`: an entity's direct neighbours with their weights (facts counted by
  their sources), aggregated by the engine, for the network of a hub.

Each query is plain openCypher both engines run, except where marked (FalkorDB's degree functions,
full-text procedures).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from aikg.graph.errors import StoreError
from aikg.graph.stores import entity_keys, read_indexes
from aikg.graph.stores.base import GraphStore, NodeValue, RelationshipValue
from aikg.graph.vocabulary import EntityType

if TYPE_CHECKING:
    from aikg.graph.schema import Entity

REFERENCE = "source:reference-data"
_REFERENCE_ONLY = f"(size(coalesce(r.sources, [])) > 0 AND all(x IN r.sources WHERE x = '{REFERENCE}'))"
# what orders an entity's facts (facts.FactRow.when): the date, else the first report unless the
# fact is reference data only
_WHEN = (
    f"CASE WHEN coalesce(r.date, '') <> '' THEN r.date WHEN {_REFERENCE_ONLY} THEN ''"
    " ELSE coalesce(r.first_reported, '') END"
)
CENTRE_FACTS = "MATCH (n:Entity {id: $id})-[r]-(m:Entity)"

FACT_GROUPS = f"""{CENTRE_FACTS}
WITH n, r, m, {_REFERENCE_ONLY} AS reference
RETURN coalesce(r.date, '') AS date, type(r) AS predicate, startNode(r) = n AS outgoing, reference,
       coalesce(r.review, CASE WHEN reference THEN 'accepted' ELSE 'unreviewed' END) AS review,
       count(r) AS facts, sum(size(coalesce(r.sources, []))) AS sources,
       collect(coalesce(m.name, m.id))[0..3] AS names
"""
# the page and neighbour queries hold only the filters that are set: FalkorDB evaluates every
# condition on each of a hub's facts, and "$x IS NULL OR ..." costs as much as the test it skips
PAGE_ORDER = "ORDER BY when DESC, type(r), coalesce(m.name, m.id), r.fact_id\nSKIP $skip LIMIT $limit"
WEIGHT = "CASE WHEN size(coalesce(r.sources, [])) > 1 THEN size(r.sources) ELSE 1 END"  # sources, at least 1
REVIEWED = "coalesce(r.review, CASE WHEN reference THEN 'accepted' ELSE 'unreviewed' END) IN $review_states"


def in_range(since: str | None, until: str | None) -> str | None:
    """The condition of ``time_filter.overlaps`` (a dated fact whose partial date overlaps the
    range), None without a range."""
    if since is None and until is None:
        return None
    parts = ["coalesce(r.date, '') <> ''"]
    if since is not None:
        parts.append("r.date + '~' >= $since")
    if until is not None:
        parts.append("r.date <= $until + '~'")
    return " AND ".join(parts)


def _where(conditions: Iterable[str | None]) -> str:
    kept = [c for c in conditions if c]
    return "WHERE " + "\n  AND ".join(kept) + "\n" if kept else ""


def fact_page_cypher(*, reference: bool, reviewed: bool, since: str | None, until: str | None) -> str:
    """The page query for the filters that are set."""
    where = _where([
        None if reference else "NOT reference",
        REVIEWED if reviewed else None,
        in_range(since, until),
    ])  # fmt: skip
    return (
        f"{CENTRE_FACTS}\nWITH r, m, {_REFERENCE_ONLY} AS reference\n{where}"
        f"WITH r, m, {_WHEN} AS when\n{PAGE_ORDER}\nRETURN r, m\n"
    )


def neighbours_cypher(
    *,
    predicates: bool,
    reviewed: bool,
    types: bool,
    removed: bool,
    since: str | None,
    until: str | None,
    day: bool,
) -> str:
    """The neighbour query for the filters that are set (filters sit after a WITH: FalkorDB plans
    the expansion from the centre worse when the neighbour's labels and id are filtered in the
    MATCH's own WHERE)."""
    where = _where([
        "m <> n",
        "type(r) IN $predicates" if predicates else None,
        "any(l IN labels(m) WHERE l IN $types)" if types else None,
        "NOT m.id IN $removed" if removed else None,
        REVIEWED if reviewed else None,
    ])  # fmt: skip
    kept = " AND ".join(
        c
        for c in (in_range(since, until), "(coalesce(r.date, '') = '' OR r.date <= $day)" if day else None)
        if c
    )
    every = f"CASE WHEN {kept} THEN weight ELSE 0 END" if kept else "weight"
    reported = (
        f"CASE WHEN ({kept}) AND NOT reference THEN weight ELSE 0 END"
        if kept
        else "CASE WHEN reference THEN 0 ELSE weight END"
    )
    return (
        f"{CENTRE_FACTS}\nWITH n, r, m, {_REFERENCE_ONLY} AS reference\n{where}"
        f"WITH m, r, reference, {WEIGHT} AS weight\n"
        "RETURN m.id AS id, coalesce(m.name, m.id) AS name,"
        f" sum({every}) AS every, sum({reported}) AS reported\n"
    )


# FalkorDB: its degree functions (a fact is any relationship of an entity but its MENTIONS)
FALKORDB_MOST_CONNECTED = """
MATCH (n:Entity)
WITH n, indegree(n) + outdegree(n) - indegree(n, 'MENTIONS') AS facts
ORDER BY facts DESC, n.id LIMIT $limit
RETURN n.id, n.name, n.aliases, facts
"""
NEO4J_MOST_CONNECTED = """
MATCH (n:Entity)
WITH n, COUNT { (n)-[]-(:Entity) } AS facts
ORDER BY facts DESC, n.id LIMIT $limit
RETURN n.id, n.name, n.aliases, facts
"""
FACT_COUNTS_OF = """
UNWIND $ids AS id
MATCH (n:Entity {id: id})
OPTIONAL MATCH (n)-[r]-(:Entity)
RETURN id, count(r)
"""
FALKORDB_FACT_COUNTS_OF = """
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN id, indegree(n) + outdegree(n) - indegree(n, 'MENTIONS')
"""
ENTITIES_BY_ID = "UNWIND $ids AS id MATCH (n:Entity {id: id}) RETURN n.id, n.name, n.aliases"
FALKORDB_SEARCH = f"""
CALL db.idx.fulltext.queryNodes('{read_indexes.ENTITY_LABEL}', $query) YIELD node, score
RETURN node.id, node.name, node.aliases ORDER BY score DESC, node.id LIMIT $limit
"""
NEO4J_COUNTS = ("MATCH (n) RETURN count(n)", "MATCH ()-[r]->() RETURN count(r)")
FUZZY_FROM = 4  # shorter words match too much with one typo allowed
SEARCH_LIMIT = 200


@dataclass(frozen=True)
class FactGroup:
    """Facts of one entity sharing a date, predicate, direction, reference-data flag and review
    state: how many, how many sources they cite in all, and the first few other parties' names."""

    date: str
    predicate: str
    outgoing: bool
    reference_only: bool
    review: str
    facts: int
    sources: int
    names: tuple[str, ...]


@dataclass(frozen=True)
class NeighbourWeight:
    """A direct neighbour and its weight: its facts with the centre passing the filters, each
    counted by its sources (at least one); ``every`` counts the facts in the date range (and on the
    "as of" day), ``reported`` those of them that are not reference data only."""

    id: str
    name: str
    every: int
    reported: int


def change_stamp(store: GraphStore) -> tuple[Any, ...]:
    """(nodes by label, relationships by type, writes): a value that changes when the store's
    content does. The embedded store: its counts by label and type (one ``db.meta.stats()`` call)
    and the server's count of writes since its last snapshot, so any write is seen. Neo4j: its
    node and relationship counts (label ``*``, no writes), so an edit by another process that adds
    or removes nothing (a review) is missed until one does (the explorer's own edits clear its
    caches)."""
    if store.name == "neo4j":  # two counts from its count store, not one query per label and type
        nodes, relationships = (int(store.run(q).scalar() or 0) for q in NEO4J_COUNTS)
        return ((("*", nodes),), (("*", relationships),), None)
    stats = store.stats()
    writes = None
    connection = getattr(getattr(store, "_db", None), "connection", None)
    if connection is not None:
        try:
            writes = connection.info("persistence").get("rdb_changes_since_last_save")
        except Exception:  # a server without INFO only loses this part of the stamp
            writes = None
    return (tuple(stats.nodes.items()), tuple(stats.relationships.items()), writes)


def _entity(entity_id: Any, name: Any, aliases: Any) -> Entity:
    from aikg.graph.schema import Entity

    return Entity(
        id=str(entity_id), type=EntityType.of_id(str(entity_id)), name=str(name), aliases=aliases or []
    )


def most_connected(store: GraphStore, limit: int) -> list[tuple[Entity, int]]:
    """The ``limit`` entities taking part in the most facts, with that number, most first (ties by
    id), from the engines' degree counts."""
    cypher = NEO4J_MOST_CONNECTED if store.name == "neo4j" else FALKORDB_MOST_CONNECTED
    rows = store.run(cypher, {"limit": limit}).rows
    return [(_entity(i, name, aliases), int(n)) for i, name, aliases, n in rows]


def fact_counts_of(store: GraphStore, ids: Iterable[str]) -> dict[str, int]:
    """How many facts each of these entities takes part in (only those the store holds)."""
    wanted = sorted(set(ids))
    if not wanted:
        return {}
    cypher = FALKORDB_FACT_COUNTS_OF if store.name == "embedded" else FACT_COUNTS_OF
    return {str(i): int(n) for i, n in store.run(cypher, {"ids": wanted}).rows}


def fulltext_query(text: str) -> str | None:
    """A FalkorDB full-text query for the words of ``text``: each as a prefix and, from FUZZY_FROM
    letters on, with one typo; None when the text has no word (letters and digits only ever reach
    the query syntax)."""
    terms = []
    for word in entity_keys.words(text)[:16]:
        terms.append(f"{word}*")
        if len(word) >= FUZZY_FROM:
            terms.append(f"%{word}%")
    return "|".join(terms) or None


def search_candidates(store: GraphStore, text: str, limit: int = SEARCH_LIMIT) -> list[Entity] | None:
    """The entities worth ranking for ``text``, found through indexes (id, name or alias exactly,
    and names sharing a word, a prefix or a one-typo word with it); None when the store has no such
    index (the caller then ranks every entity)."""
    search = getattr(store, "search_entities", None)
    if search is not None:
        return list(search(text, limit))
    if store.name != "embedded" or "\x00" in text:
        return None
    try:
        exact = entity_keys.indexed_matches(store, text.strip()) or []
        query = fulltext_query(text)
        rows = store.run(FALKORDB_SEARCH, {"query": query, "limit": limit}).rows if query else []
        known = {str(row[0]) for row in rows}
        missing = sorted({i for i, _ in exact} - known)
        if missing:
            rows = store.run(ENTITIES_BY_ID, {"ids": missing}).rows + rows
    except StoreError:
        return None
    return [_entity(*row) for row in rows]


def fact_groups(store: GraphStore, entity_id: str) -> list[FactGroup]:
    """The entity's facts grouped by date, predicate, direction, reference flag and review state
    (one aggregated query; no fact is read into Python)."""
    rows = _values(store, FACT_GROUPS, {"id": entity_id})
    return [
        FactGroup(
            date=str(date or ""), predicate=str(predicate), outgoing=bool(outgoing),
            reference_only=bool(reference), review=str(review), facts=int(facts),
            sources=int(sources or 0), names=tuple(str(n) for n in names or ()),
        )
        for date, predicate, outgoing, reference, review, facts, sources, names in rows
    ]  # fmt: skip


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
) -> list[tuple[RelationshipValue, NodeValue]]:
    """One page of the entity's facts passing the filters (reference-data facts, review states, a
    date range), in the explorer's order: newest first by date, else first report (reference data
    undated last), then predicate, other party's name, fact id; each with the other party."""
    params = {
        "id": entity_id,
        "reference": reference,
        "review_states": list(review_states) if review_states is not None else None,
        "since": since,
        "until": until,
        "skip": max(0, int(skip)),
        "limit": max(0, int(limit)),
    }
    cypher = fact_page_cypher(
        reference=reference, reviewed=review_states is not None, since=since, until=until
    )
    return [(row[0], row[1]) for row in store.run(cypher, params).rows]


def neighbour_weights(
    store: GraphStore,
    entity_id: str,
    *,
    predicates: Sequence[str] | None = None,
    review_states: Sequence[str] | None = None,
    types: Sequence[str] | None = None,
    removed: Iterable[str] = (),
    since: str | None = None,
    until: str | None = None,
    day: str | None = None,
) -> list[NeighbourWeight]:
    """Every direct neighbour of the entity (of these types, not removed) through facts passing the
    predicate and review filters, with its weights (:class:`NeighbourWeight`), aggregated by the
    engine. ``day`` hides facts dated after it (the job and access endings of ``time_filter.as_of``
    are left to the caller, on the facts it draws)."""
    params = {
        "id": entity_id,
        "predicates": list(predicates) if predicates else None,
        "review_states": list(review_states) if review_states is not None else None,
        "types": list(types) if types is not None else None,
        "removed": sorted(set(removed)),
        "since": since,
        "until": until,
        "day": day,
    }
    cypher = neighbours_cypher(
        predicates=bool(predicates), reviewed=review_states is not None, types=types is not None,
        removed=bool(params["removed"]), since=since, until=until, day=day is not None,
    )  # fmt: skip
    read = getattr(store, "read_values", None)
    rows = read(cypher, params) if read is not None else store.run(cypher, params).rows
    return [
        NeighbourWeight(str(i), str(name), int(every), int(reported)) for i, name, every, reported in rows
    ]


def _values(store: GraphStore, cypher: str, params: dict[str, Any]) -> list[list[Any]]:
    """The rows of a query returning only plain values: through ``read_values`` where the store
    has it (no driver-side conversion: a hub's thousands of rows parse several times faster)."""
    read = getattr(store, "read_values", None)
    return list(read(cypher, params)) if read is not None else store.run(cypher, params).rows
