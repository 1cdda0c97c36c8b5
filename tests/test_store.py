"""The store contract, run on every store: schema, upsert, idempotence, evidence merge, atomicity."""

from __future__ import annotations

import pytest

from aikg.graph.errors import MissingEntityError, QuerySyntaxError, ReadOnlyViolationError
from aikg.graph.schema import GraphBatch
from aikg.graph.stores.base import GraphStore, NodeValue, PathValue, RelationshipValue
from tests.builders import entity, fact, leike_batch, source

DEPARTED = "MATCH (:Person {id: 'person:jan-leike'})-[r:DEPARTED]->(:Organization) RETURN r"


def counts(store: GraphStore) -> tuple[dict[str, int], dict[str, int]]:
    stats = store.stats()
    return stats.nodes, stats.relationships


def test_ensure_schema_is_idempotent(store: GraphStore) -> None:
    store.ensure_schema()
    store.ensure_schema()
    assert counts(store) == ({}, {})


def test_upsert_creates_entities_sources_facts_and_mentions(store: GraphStore) -> None:
    report = store.upsert(leike_batch())
    assert (report.sources_new, report.entities_new, report.facts_new) == (1, 3, 2)
    nodes, rels = counts(store)
    assert nodes == {"Model": 1, "Organization": 1, "Person": 1, "Source": 1}
    assert rels == {"DEPARTED": 1, "DEVELOPED": 1, "MENTIONS": 3}
    rel = store.run(DEPARTED).scalar()
    assert isinstance(rel, RelationshipValue)
    assert (rel.start, rel.type, rel.end) == ("person:jan-leike", "DEPARTED", "organization:openai")
    assert rel.properties["date"] == "2024-05"
    assert rel.properties["role"] == "head of alignment"
    assert rel.properties["evidence"] == ["Jan Leike left OpenAI in May 2024."]
    assert rel.properties["first_reported"] == "2024-05-17"


def test_loading_twice_changes_nothing(store: GraphStore) -> None:
    store.upsert(leike_batch())
    before = counts(store), store.run(DEPARTED).scalar().properties
    report = store.upsert(leike_batch())
    assert (report.sources_new, report.entities_new, report.facts_new) == (0, 0, 0)
    assert report.facts_unchanged == 2
    assert (counts(store), store.run(DEPARTED).scalar().properties) == before


def test_second_source_appends_evidence_instead_of_duplicating(store: GraphStore) -> None:
    store.upsert(leike_batch())
    second = "Jan Leike a quitté OpenAI."
    report = store.upsert(leike_batch(second).model_copy(update={"entities": []}))
    assert report.facts_corroborated == 2 and report.facts_new == 0
    assert counts(store)[1]["DEPARTED"] == 1
    props = store.run(DEPARTED).scalar().properties
    assert props["evidence"] == ["Jan Leike left OpenAI in May 2024.", second]
    assert len(props["sources"]) == 2 and len(set(props["sources"])) == 2
    assert props["evidence_starts"] == [0, 0]


def test_symmetric_fact_is_stored_once(store: GraphStore) -> None:
    src = source("OpenAI and Anthropic compete.")
    a, b = entity("Organization", "OpenAI"), entity("Organization", "Anthropic")
    facts = [
        fact(a.id, "COMPETES_WITH", b.id, src, "OpenAI competes with Anthropic."),
        fact(b.id, "COMPETES_WITH", a.id, src, "Anthropic competes with OpenAI."),
    ]
    store.upsert(GraphBatch(sources=[src], entities=[a, b], facts=facts))
    rows = store.run("MATCH (x)-[r:COMPETES_WITH]->(y) RETURN x.id, y.id, r.evidence").rows
    assert len(rows) == 1
    assert rows[0][:2] == ["organization:anthropic", "organization:openai"]
    assert len(rows[0][2]) == 2


def test_fact_naming_unknown_entity_writes_nothing(store: GraphStore) -> None:
    batch = leike_batch()
    batch.entities = [e for e in batch.entities if e.id != "model:gpt-4o"]
    with pytest.raises(MissingEntityError, match="model:gpt-4o"):
        store.upsert(batch)
    assert counts(store) == ({}, {})


def test_aliases_are_unioned_across_loads(store: GraphStore) -> None:
    store.upsert(leike_batch())
    more = GraphBatch(entities=[entity("Organization", "OpenAI", aliases=["OpenAI Inc."])])
    store.upsert(more)
    aliases = store.run("MATCH (o:Organization {id: 'organization:openai'}) RETURN o.aliases").scalar()
    assert sorted(aliases) == ["Open AI", "OpenAI Inc."]


def test_results_are_plain_values(store: GraphStore) -> None:
    store.upsert(leike_batch())
    row = store.run("MATCH p = (a:Person)-[r:DEPARTED]->(b) RETURN a, p, a.name, {n: a.name}").rows[0]
    node, path, name, mapping = row
    assert isinstance(node, NodeValue) and node.label == "Person" and node.id == "person:jan-leike"
    assert isinstance(path, PathValue)
    assert [n.id for n in path.nodes] == ["person:jan-leike", "organization:openai"]
    assert path.relationships[0].start == "person:jan-leike"
    assert name == "Jan Leike" and mapping == {"n": "Jan Leike"}


def test_read_query_refuses_writes(store: GraphStore) -> None:
    with pytest.raises(ReadOnlyViolationError):
        store.run("CREATE (:Person {id: 'person:x'})")
    assert counts(store) == ({}, {})


def test_syntax_error_is_mapped(store: GraphStore) -> None:
    with pytest.raises(QuerySyntaxError):
        store.run("MATCH (n RETURN n")


def test_max_rows_truncates(store: GraphStore) -> None:
    store.upsert(leike_batch())
    result = store.run("MATCH (n:Entity) RETURN n.id ORDER BY n.id", max_rows=2)
    assert result.truncated and len(result.rows) == 2


def test_timeout_is_mapped(store: GraphStore) -> None:
    from aikg.graph.errors import QueryTimeoutError

    with pytest.raises(QueryTimeoutError):
        store.run("UNWIND range(1, 50000000) AS x WITH x WHERE x % 7 = 0 RETURN count(x)", timeout=0.01)
