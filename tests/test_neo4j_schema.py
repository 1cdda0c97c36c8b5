"""Neo4j's own schema: uniqueness of entity and source ids, and entity search through its full-text
index (the query building is checked without a server; the rest is the Neo4j lane)."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from aikg.graph.errors import ConstraintViolationError
from aikg.graph.stores import fulltext
from aikg.graph.stores.base import GraphStore
from aikg.graph.stores.reads import entity_candidates
from tests.conftest import _neo4j_holding
from tests.sample_graph import sample_batch

LUCENE_SYNTAX = set('+-&|!(){}[]^"~*?:\\/')


@given(st.text(max_size=300))
def test_lucene_query_keeps_only_words_of_the_text(text: str) -> None:
    query = fulltext.lucene_query(text)
    words = {w.lower() for w in re.findall(r"[^\W_]+", text)}
    if not words:
        assert query is None
        return
    assert query is not None
    terms = query.split(" ")
    assert len(terms) <= 2 * fulltext.MAX_TERMS
    for term in terms:
        word = term.rstrip("*~")
        assert word in words and not LUCENE_SYNTAX & set(word)


def test_lucene_query_allows_prefixes_and_typos_on_longer_words() -> None:
    assert fulltext.lucene_query("Yvette Marchal-Dunn, CEO") == (
        "yvette* yvette~ marchal* marchal~ dunn* dunn~ ceo* ceo"
    )
    assert fulltext.lucene_query(" -- ?? ") is None


@pytest.fixture
def sample_neo4j() -> Iterator[GraphStore]:
    yield from _neo4j_holding("sample", sample_batch())


@pytest.mark.neo4j
def test_ids_are_unique_by_constraint(neo4j_store: GraphStore) -> None:
    rows = neo4j_store.run("SHOW CONSTRAINTS YIELD labelsOrTypes, properties, type").rows
    unique = {(labels[0], props[0]) for labels, props, kind in rows if kind == "UNIQUENESS"}
    assert {("Entity", "id"), ("Source", "id")} <= unique
    create = "CREATE (:{label} {{id: 'x:duplicate'}})"
    for label in ("Entity:Person", "Source"):
        neo4j_store.run(create.format(label=label), write=True)
        with pytest.raises(ConstraintViolationError, match=r"^Neo4j: .*already exists"):
            neo4j_store.run(create.format(label=label), write=True)
    assert neo4j_store.run("MATCH (n {id: 'x:duplicate'}) RETURN count(n)").scalar() == 2


@pytest.mark.neo4j
def test_full_text_index_is_online(sample_neo4j: GraphStore) -> None:
    rows = sample_neo4j.run("SHOW FULLTEXT INDEXES YIELD name, labelsOrTypes, properties, state").rows
    assert [fulltext.INDEX_NAME, ["Entity"], ["name", "aliases"], "ONLINE"] in rows


@pytest.mark.neo4j
@pytest.mark.parametrize(
    ("typed", "found"),
    [
        ("helen tonr", "person:helen-toner"),  # a typo
        ("Sutsk", "person:ilya-sutskever"),  # a prefix
        ("codeium", "organization:windsurf"),  # an alias
        ("model:sora", "model:sora"),  # an id
        ("Claude 3.5", "model:claude-3-5-sonnet"),
    ],
)
def test_search_finds_names_aliases_and_ids(sample_neo4j: GraphStore, typed: str, found: str) -> None:
    hits = entity_candidates(sample_neo4j, typed)
    assert hits and hits[0].id == found
    assert len(hits) < 19  # the index narrows the candidates (the sample holds 19 entities)


@pytest.mark.neo4j
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(typed=st.text(max_size=80))
def test_search_takes_any_text(sample_neo4j: GraphStore, typed: str) -> None:
    hits = entity_candidates(sample_neo4j, typed, limit=5)
    assert len(hits) <= 5 and all(hit.id.count(":") == 1 for hit in hits)


@pytest.mark.neo4j
def test_facts_stored_twice_are_merged_when_the_fact_id_constraint_is_created(
    neo4j_store: GraphStore, caplog: pytest.LogCaptureFixture
) -> None:
    """A store written before the per-predicate fact-id constraints could hold one fact twice:
    opening it merges the copies (evidence of both, the review decision kept) and then creates the
    constraint, instead of failing on every command."""
    from aikg.graph import fact_codec
    from aikg.graph.merge import merge_facts
    from aikg.graph.schema import Evidence

    batch = sample_batch()
    neo4j_store.upsert(batch)
    first = next(f for f in batch.facts if f.predicate == "DEPARTED")
    second = first.model_copy(
        update={
            "evidence": [Evidence(source_id=first.evidence[0].source_id, quote="She walked out in spring.")],
            "review": "accepted",
        }
    )
    neo4j_store.run("DROP CONSTRAINT fact_id_departed", write=True)
    neo4j_store.run(
        "MATCH (s:Entity {id: $s}), (o:Entity {id: $o}) CREATE (s)-[r:DEPARTED]->(o) SET r = $props",
        {"s": first.subject, "o": first.object, "props": fact_codec.encode_new(second)["props"]},
        write=True,
    )
    count = "MATCH ()-[r:DEPARTED {fact_id: $id}]->() RETURN count(r)"
    assert neo4j_store.run(count, {"id": first.fact_id}).scalar() == 2

    with caplog.at_level("WARNING"):
        neo4j_store.ensure_schema()

    assert neo4j_store.run(count, {"id": first.fact_id}).scalar() == 1
    assert "merged 1 duplicate DEPARTED" in caplog.text
    read = "MATCH ()-[r:DEPARTED {fact_id: $id}]->() RETURN properties(r)"
    stored = neo4j_store.run(read, {"id": first.fact_id})
    kept = fact_codec.decode(first.subject, "DEPARTED", first.object, stored.scalar())
    (expected,) = merge_facts([first, second])
    assert {e.key for e in kept.evidence} == {e.key for e in expected.evidence}
    assert kept.review == "accepted" and kept.properties == expected.properties
    names = {row[0] for row in neo4j_store.run("SHOW CONSTRAINTS YIELD name").rows}
    assert "fact_id_departed" in names
    with pytest.raises(ConstraintViolationError):
        neo4j_store.run(
            "MATCH (s:Entity {id: $s}), (o:Entity {id: $o}) CREATE (s)-[:DEPARTED {fact_id: $id}]->(o)",
            {"s": first.subject, "o": first.object, "id": first.fact_id},
            write=True,
        )
