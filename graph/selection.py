"""Choosing the subgraph to export: a query's result, an entity's ego network, or the whole graph.

Every selection is closed (each relationship's endpoints are in it) and, unless asked otherwise,
carries the Source nodes its entities are mentioned in or its facts cite, with their MENTIONS
relationships, so evidence and provenance travel with the facts.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from aikg.graph.errors import InvalidInputError
from aikg.graph.fact_codec import cited_source_ids
from aikg.graph.limits import MAX_HOPS
from aikg.graph.lookup import find_entity
from aikg.graph.review import DEFAULT_FILTER, ReviewFilter, is_fact, state_of
from aikg.graph.schema import EntityType, Predicate, check_partial_date
from aikg.graph.stores import pages
from aikg.graph.stores.base import GraphStore, NodeValue, QueryResult, RelationshipValue
from aikg.graph.subgraph import Subgraph

NODES_BY_ID = """
MATCH (n:Entity) WHERE n.id IN $ids RETURN n
UNION
MATCH (n:Source) WHERE n.id IN $ids RETURN n
"""
SOURCES_BY_ID = "MATCH (s:Source) WHERE s.id IN $ids RETURN s"
MENTIONS_OF = """
MATCH (s:Source)-[m:MENTIONS]->(e:Entity)
WHERE e.id IN $ids
RETURN s, m, e
"""
_FACT_FILTER = """
  ($predicates IS NULL OR type(r) IN $predicates)
  AND ($since IS NULL OR r.date >= $since)
  AND ($until IS NULL OR r.date <= $until OR r.date STARTS WITH $until)
  AND ($min_confidence IS NULL OR r.confidence >= $min_confidence)
  AND ($min_sources IS NULL OR size(coalesce(r.sources, [])) >= $min_sources)
  AND ($review_states IS NULL OR coalesce(r.review, CASE
        WHEN size(coalesce(r.sources, [])) > 0 AND all(x IN r.sources WHERE x = 'source:reference-data')
        THEN 'accepted' ELSE 'unreviewed' END) IN $review_states)
"""
NEIGHBOURS = (
    """
MATCH (a:Entity)-[r]-(b:Entity)
WHERE a.id IN $frontier
  AND ($types IS NULL OR any(l IN labels(b) WHERE l IN $types))
  AND """
    + _FACT_FILTER
    + "RETURN DISTINCT b.id AS id"
)
STAR = (
    """
MATCH (a:Entity)-[r]-(b:Entity)
WHERE a.id = $id AND """
    + _FACT_FILTER
    + "RETURN a, r, b"
)
FACTS_AMONG = (
    """
MATCH (a:Entity)-[r]->(b:Entity)
WHERE a.id IN $ids AND b.id IN $ids AND """
    + _FACT_FILTER
    + "RETURN a, r, b"
)

# FACTS_AMONG's facts as plain values, for a store with ``read_values`` (the embedded one: id(r) is
# the internal id its relationship values fall back to without a fact id)
FACT_VALUES_AMONG = FACTS_AMONG.replace("RETURN a, r, b", "RETURN a.id, type(r), b.id, id(r), properties(r)")


@dataclass(frozen=True)
class StoredGraph:
    """The whole graph as a :class:`~aikg.graph.subgraph.GraphView` read from the store in pages of
    ``page`` items each time it is iterated (``graph/stores/pages.py``): an export of any size
    holds one page at a time. ``review`` hides the facts whose review state it does not allow.
    The store must stay open while the view is read."""

    store: GraphStore
    review: ReviewFilter = ReviewFilter.ALL
    page: int = pages.PAGE

    def ordered_nodes(self) -> Iterator[NodeValue]:
        return pages.nodes(self.store, self.page)

    def ordered_relationships(self) -> Iterator[RelationshipValue]:
        for rel in pages.relationships(self.store, self.page):
            if self._allows(rel.properties):
                yield rel

    def missing_endpoints(self) -> Iterator[str]:
        return iter(())  # every endpoint read is a node with an id, and every such node is read

    def held_node(self, node_id: str) -> NodeValue | None:
        return None

    def size(self) -> tuple[int, int]:
        nodes, relationships = pages.counts(self.store)
        if self.review is not ReviewFilter.ALL:
            hidden = sum(not self._allows(f) for f in pages.fact_review_fields(self.store, self.page))
            relationships -= hidden
        return nodes, relationships

    def _allows(self, props: dict[str, object]) -> bool:
        return self.review is ReviewFilter.ALL or not is_fact(props) or self.review.allows(state_of(props))


@dataclass(frozen=True)
class FactFilter:
    """Which facts an ego network follows; None means no restriction. ``review`` hides the facts
    whose review state it does not allow (by default the rejected ones)."""

    predicates: tuple[str, ...] | None = None
    since: str | None = None
    until: str | None = None
    min_confidence: float | None = None
    min_sources: int | None = None
    review: ReviewFilter = DEFAULT_FILTER

    def __post_init__(self) -> None:
        if self.predicates is not None:
            valid = {p.value for p in Predicate}
            unknown = sorted(set(self.predicates) - valid)
            if unknown:
                raise InvalidInputError(
                    f"unknown predicate {', '.join(unknown)}: choose from {', '.join(sorted(valid))}"
                )
        for value in (self.since, self.until):
            if value is not None:
                try:
                    check_partial_date(value)
                except ValueError as exc:
                    raise InvalidInputError(str(exc)) from None
        if self.min_confidence is not None and not 0.0 <= self.min_confidence <= 1.0:
            raise InvalidInputError(f"minimum confidence {self.min_confidence} is not between 0 and 1")
        if self.min_sources is not None and self.min_sources < 0:
            raise InvalidInputError(f"minimum number of sources {self.min_sources} is negative")

    def params(self) -> dict[str, object]:
        return {
            "predicates": list(self.predicates) if self.predicates is not None else None,
            "since": self.since,
            "until": self.until,
            "min_confidence": self.min_confidence,
            "min_sources": self.min_sources,
            "review_states": self.review.state_values(),
        }


def from_result(store: GraphStore, result: QueryResult, *, with_sources: bool = True) -> Subgraph:
    """The nodes, relationships and paths of a query result, closed over relationship endpoints."""
    subgraph = Subgraph.from_result(result)
    close(store, subgraph)
    if with_sources:
        add_sources(store, subgraph)
    return subgraph


def ego(
    store: GraphStore,
    entity: str,
    hops: int = 1,
    *,
    types: Sequence[str] | None = None,
    facts: FactFilter | None = None,
    with_sources: bool = True,
) -> Subgraph:
    """Entities within ``hops`` facts of one entity (following only facts that pass the filter),
    and every passing fact among them. ``types`` restricts the entities reached, not the centre."""
    if not 1 <= hops <= MAX_HOPS:
        raise InvalidInputError(f"hops must be between 1 and {MAX_HOPS}, not {hops}")
    if types is not None:
        valid = {t.value for t in EntityType}
        unknown = sorted(set(types) - valid)
        if unknown:
            choices = ", ".join(sorted(valid))
            raise InvalidInputError(f"unknown type {', '.join(unknown)}: choose from {choices}")
    fact_params = (facts or FactFilter()).params()
    centre = find_entity(store, entity)
    reached = {centre}
    frontier = {centre}
    for _ in range(hops):
        params = {**fact_params, "frontier": sorted(frontier), "types": list(types) if types else None}
        found = {str(row[0]) for row in store.run(NEIGHBOURS, params).rows}
        frontier = found - reached
        reached |= frontier
        if not frontier:
            break
    subgraph = among(store, reached, facts)
    if with_sources:
        add_sources(store, subgraph)
    return subgraph


def among(store: GraphStore, ids: Iterable[str], facts: FactFilter | None = None) -> Subgraph:
    """The entities of ``ids`` and every fact passing the filter between two of them."""
    wanted = sorted(set(ids))
    subgraph = Subgraph()
    subgraph.add(store.run(NODES_BY_ID, {"ids": wanted}).rows)
    subgraph.add(store.run(FACTS_AMONG, {**(facts or FactFilter()).params(), "ids": wanted}).rows)
    return subgraph


def among_values(store: GraphStore, ids: Iterable[str], facts: FactFilter | None = None) -> Subgraph:
    """:func:`among`, with the facts read as plain values (``read_values`` where the store has it:
    no node or edge conversion, a hub's thousands of facts among its top neighbours read in about
    half the time); the same nodes and relationships."""
    read = getattr(store, "read_values", None)
    if read is None:
        return among(store, ids, facts)
    wanted = sorted(set(ids))
    subgraph = Subgraph()
    subgraph.add(store.run(NODES_BY_ID, {"ids": wanted}).rows)
    rows = read(FACT_VALUES_AMONG, {**(facts or FactFilter()).params(), "ids": wanted})
    subgraph.add([
        RelationshipValue(
            id=str(props.get("fact_id", f"#{rel_id}")), type=str(kind), start=str(start), end=str(end),
            properties=dict(props),
        )
        for start, kind, end, rel_id, props in rows
    ])  # fmt: skip
    return subgraph


def star(store: GraphStore, entity_id: str, facts: FactFilter | None = None) -> Subgraph:
    """One entity (by id), its facts passing the filter (either direction) and the entities at
    their other ends: the first hop of its ego network without the facts among the neighbours,
    one query however many neighbours a hub has."""
    subgraph = Subgraph()
    subgraph.add(store.run(NODES_BY_ID, {"ids": [entity_id]}).rows)
    subgraph.add(store.run(STAR, {**(facts or FactFilter()).params(), "id": entity_id}).rows)
    return subgraph


def whole(store: GraphStore) -> Subgraph:
    """Every entity, source, fact and mention, held in memory (exports read :class:`StoredGraph`)."""
    return Subgraph.from_view(StoredGraph(store))


def close(store: GraphStore, subgraph: Subgraph) -> None:
    """Fetch the endpoint nodes of relationships whose nodes the subgraph lacks."""
    missing = sorted(i for i in subgraph.dangling() if not i.startswith("#"))
    if missing:
        subgraph.add(store.run(NODES_BY_ID, {"ids": missing}).rows)


def cited_sources(subgraph: Subgraph) -> set[str]:
    """Source ids named by the facts of a subgraph (``sources`` and ``evidence_sources``)."""
    ids: set[str] = set()
    for rel in subgraph.relationships.values():
        ids |= cited_source_ids(rel.properties)
    return ids


def add_sources(store: GraphStore, subgraph: Subgraph) -> None:
    """Add the Source nodes mentioning the subgraph's entities (with MENTIONS) or cited by its facts."""
    entity_ids = sorted(n.id for n in subgraph.nodes.values() if "Entity" in n.labels)
    if entity_ids:
        subgraph.add(store.run(MENTIONS_OF, {"ids": entity_ids}).rows)
    cited = sorted(cited_sources(subgraph) - set(subgraph.nodes))
    if cited:
        subgraph.add(store.run(SOURCES_BY_ID, {"ids": cited}).rows)
