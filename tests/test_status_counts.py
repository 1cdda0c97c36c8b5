"""`status` counts on the embedded store come from the engine's statistics: the same as counting."""

from __future__ import annotations

from aikg.graph.stores import reads
from aikg.graph.stores.falkordb_store import FalkorDBStore


def test_engine_statistics_match_counting_each_label_and_type(embedded_scratch_store: FalkorDBStore) -> None:
    stats = embedded_scratch_store.stats()
    assert stats.nodes and stats.relationships
    assert "Entity" not in stats.nodes
    assert (stats.nodes, stats.relationships) == reads.counts(embedded_scratch_store)


def test_engine_statistics_follow_deletions(embedded_scratch_store: FalkorDBStore) -> None:
    store = embedded_scratch_store
    before = store.stats()
    store.run("MATCH ()-[r:DEPARTED]->() DELETE r", write=True)
    store.run("MATCH (m:Model) DETACH DELETE m", write=True)
    after = store.stats()
    assert "DEPARTED" in before.relationships and "DEPARTED" not in after.relationships
    assert "Model" in before.nodes and "Model" not in after.nodes
    assert (after.nodes, after.relationships) == reads.counts(store)


def test_an_empty_store_counts_nothing(embedded: FalkorDBStore) -> None:
    stats = embedded.stats()
    assert stats.nodes == {} and stats.relationships == {}
