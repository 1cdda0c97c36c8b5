"""`aikg load --bulk`: FalkorDB's bulk import into an empty store must give the graph and the report
the ordinary upsert gives, check the batch the same way, survive a restart, and refuse a store
that holds anything."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import asdict
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from aikg.graph.errors import InvalidInputError, MissingEntityError
from aikg.graph.jsonl import write_batch
from aikg.graph.schema import Entity, EntityType, Evidence, Fact, GraphBatch, Predicate, Source
from aikg.graph.stores.falkordb_server import EmbeddedServer
from aikg.graph.stores.falkordb_store import FalkorDBStore
from tests.batch_streams import document_stream
from tests.cli import aikg
from tests.conftest import ROOT
from tests.graph_snapshot import store_snapshot

SAMPLE = ROOT / "samples" / "facts.jsonl"


@pytest.fixture
def two_graphs(data_dir: Path) -> Iterator[tuple[FalkorDBStore, FalkorDBStore]]:
    """Two graphs on one embedded server: one bulk-loaded, one upserted."""
    bulk, upserted = FalkorDBStore(data_dir, graph="bulk"), FalkorDBStore(data_dir, graph="upserted")
    upserted.ensure_schema()
    yield bulk, upserted
    for store in (bulk, upserted):
        store.close()


def _one_batch(batches: list[GraphBatch]) -> GraphBatch:
    """Every document of a stream in one batch (sources, entities and facts repeated as they come)."""
    return GraphBatch(
        sources=[s for b in batches for s in b.sources],
        entities=[e for b in batches for e in b.entities],
        facts=[f for b in batches for f in b.facts],
        mentions=[m for b in batches for m in b.mentions],
    )


def _rich_batch() -> GraphBatch:
    """Every kind of value a store holds: lists, booleans, offsets, a syndication list, an
    undated source, a model with open weights, a fact asserted twice."""
    one = Source(
        content_hash=Source.hash_content("an invented bulletin on hires"),
        title="Bulletin «un»",
        published="2022-02-14",
        language="fr",
        syndications=["https://example.org/copy"],
    )
    two = Source(content_hash=Source.hash_content("an invented undated note"), url="https://example.org/n")
    person = Entity(type=EntityType.PERSON, name="Idris Fenwhistle", aliases=["I. Fenwhistle"])
    org = Entity(type=EntityType.ORGANIZATION, name="Cobaltline Systems", country="NO")
    model = Entity(type=EntityType.MODEL, name="Lantern-7", open_weights=True, released="2023")
    hire = Fact(
        subject=person.id,
        predicate=Predicate.WORKS_AT,
        object=org.id,
        properties={"role": "navigator", "date": "2022"},
        evidence=[Evidence(source_id=one.id, quote='He said "oui"\nthen left', start=3, end=25)],
        confidence=0.8,
        extractors=["rules"],
    )
    again = hire.model_copy(
        update={"evidence": [Evidence(source_id=two.id, quote="a second telling")], "extractors": ["llm"]}
    )
    built = Fact(
        subject=org.id,
        predicate=Predicate.DEVELOPED,
        object=model.id,
        evidence=[Evidence(source_id=two.id, quote="they built the lantern")],
        headline_only=True,
        review="accepted",
    )
    return GraphBatch(
        sources=[one, two],
        entities=[person, org, model],
        facts=[hire, again, built],
        mentions=[(one.id, person.id), (two.id, model.id)],
    )


def test_bulk_gives_the_graph_and_report_of_an_upsert(
    two_graphs: tuple[FalkorDBStore, FalkorDBStore],
) -> None:
    bulk, upserted = two_graphs
    batch = _rich_batch()
    assert asdict(bulk.bulk_load(batch)) == asdict(upserted.upsert(batch))
    assert store_snapshot(bulk) == store_snapshot(upserted)
    assert bulk.stats().as_dict()["relationships"] == {"DEVELOPED": 1, "MENTIONS": 2, "WORKS_AT": 1}


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(batches=document_stream())
def test_any_stream_loaded_in_bulk_is_the_upserted_graph(
    two_graphs: tuple[FalkorDBStore, FalkorDBStore], batches: list[GraphBatch]
) -> None:
    bulk, upserted = two_graphs
    for store in (bulk, upserted):
        store.run("MATCH (n) DETACH DELETE n", write=True)
    batch = _one_batch(batches)
    assert asdict(bulk.bulk_load(batch)) == asdict(upserted.upsert(batch))
    assert store_snapshot(bulk) == store_snapshot(upserted)


def test_bulk_load_survives_a_restart_and_keeps_its_indexes(data_dir: Path) -> None:
    store = FalkorDBStore(data_dir)
    store.bulk_load(_rich_batch())
    before = store_snapshot(store)
    store.close()
    EmbeddedServer(data_dir).stop()
    reopened = FalkorDBStore(data_dir)
    assert store_snapshot(reopened) == before
    assert not reopened._schema_missing()
    assert reopened.upsert(_rich_batch()).facts_new == 0  # a later upsert merges into it
    reopened.close()


def test_bulk_refuses_a_store_that_holds_anything(embedded: FalkorDBStore) -> None:
    embedded.upsert(_rich_batch())
    before = store_snapshot(embedded)
    with pytest.raises(InvalidInputError, match=r"needs an empty store.*holds 5 nodes"):
        embedded.bulk_load(_rich_batch())
    assert store_snapshot(embedded) == before


def test_bulk_checks_references_and_writes_nothing_on_error(embedded: FalkorDBStore) -> None:
    batch = _rich_batch()
    batch = batch.model_copy(update={"entities": batch.entities[1:]})  # the person is nowhere
    with pytest.raises(MissingEntityError, match="person:idris-fenwhistle"):
        embedded.bulk_load(batch)
    assert embedded.stats().nodes == {}


def test_cli_bulk_load_then_refusal(data_dir: Path, tmp_path: Path) -> None:
    first = aikg("load", "--bulk", str(SAMPLE), data_dir=data_dir, check=True)
    assert "5 new facts" in first.stdout
    plain = tmp_path / "plain"
    aikg("load", str(SAMPLE), data_dir=plain, check=True)
    bulk_store, plain_store = FalkorDBStore(data_dir), FalkorDBStore(plain)
    try:
        assert store_snapshot(bulk_store) == store_snapshot(plain_store)
    finally:
        bulk_store.close()
        plain_store.close()
        EmbeddedServer(plain).stop()
    again = aikg("load", "--bulk", str(SAMPLE), data_dir=data_dir)
    assert again.returncode == 1
    assert again.stderr.strip().count("\n") == 0 and "needs an empty store" in again.stderr


def test_cli_bulk_load_of_a_file_written_by_write_batch(data_dir: Path, tmp_path: Path) -> None:
    path = tmp_path / "rich.jsonl"
    write_batch(_rich_batch(), path)
    result = aikg("load", "--bulk", str(path), data_dir=data_dir, check=True)
    assert "3 new entities, 2 new facts" in result.stdout
