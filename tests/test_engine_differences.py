"""Where FalkorDB and Neo4j differ, as queries/README.md says: checked on both engines, so a new
release of either that changes one of them shows up here (and the README and queries can follow)."""

from __future__ import annotations

import pytest

from aikg.graph.errors import StoreError
from aikg.graph.stores.base import GraphStore

NEO4J_ONLY = {
    "undirected shortestPath": (
        "MATCH (a:Entity {id: 'person:a'}), (b:Entity {id: 'person:b'}) "
        "RETURN shortestPath((a)-[*..3]-(b)) AS p"
    ),
    "CALL with a scope clause": "WITH 1 AS x CALL (x) { RETURN x + 1 AS y } RETURN y",
    "full-text index procedures": (
        "CALL db.index.fulltext.queryNodes('entity_search', 'a') YIELD node RETURN count(node)"
    ),
}
ON_BOTH = {
    "CALL with an importing WITH": ("WITH 1 AS x CALL { WITH x RETURN x + 1 AS y } RETURN y", [[2]]),
    "ORDER BY before collect keeps the order": (
        "UNWIND ['b', 'c', 'a'] AS x WITH x ORDER BY x RETURN collect(x)",
        [[["a", "b", "c"]]],
    ),
    "reduce builds a sort key": ("RETURN reduce(k = '', x IN ['a', 'b'] | k + x + ' ')", [["a b "]]),
}


@pytest.fixture
def two_people(store: GraphStore) -> GraphStore:
    store.run(
        "CREATE (:Entity:Person {id: 'person:a'})-[:JOINED]->(:Entity:Person {id: 'person:b'})", write=True
    )
    return store


@pytest.mark.parametrize("name", sorted(NEO4J_ONLY))
def test_runs_on_neo4j_only(two_people: GraphStore, name: str) -> None:
    if two_people.name == "neo4j":
        assert two_people.run(NEO4J_ONLY[name]).rows
    else:
        with pytest.raises(StoreError, match=r"^FalkorDB: "):
            two_people.run(NEO4J_ONLY[name])


@pytest.mark.parametrize("name", sorted(ON_BOTH))
def test_runs_the_same_on_both(store: GraphStore, name: str) -> None:
    cypher, rows = ON_BOTH[name]
    assert store.run(cypher).rows == rows


def test_variable_length_bounds_cannot_be_parameters(store: GraphStore) -> None:
    with pytest.raises(StoreError):
        store.run("MATCH p = (a)-[*1..$n]-(b) RETURN count(p)", {"n": 2})
