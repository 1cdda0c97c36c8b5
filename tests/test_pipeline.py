"""The ingest pipeline on both stores: skipping, corroboration, resolution against the store."""

from __future__ import annotations

from pathlib import Path

from aikg.graph.schema import Entity, EntityType, GraphBatch
from aikg.graph.stores.base import GraphStore
from aikg.graph.stores.reads import entity_index
from aikg.ingest.extractors import get_extractor
from aikg.ingest.pipeline import IngestSummary, ingest_documents


def test_resolves_against_store_and_counts_corroboration(store: GraphStore, tmp_path: Path) -> None:
    known = Entity(type=EntityType.PERSON, name="Zorblat Quenneville", aliases=["Z. Quenneville"])
    store.upsert(GraphBatch(entities=[known]))
    first = tmp_path / "a.txt"
    first.write_text(
        "Researcher Zorblat Quennevile, who works at OpenAI, left OpenAI last week.", encoding="utf-8"
    )
    second = tmp_path / "b.txt"
    second.write_text(
        "Zorblat Quenneville, a researcher, left OpenAI in May 2025 to start a company.", encoding="utf-8"
    )
    summary = ingest_documents([str(first)], store, get_extractor("rules"))
    assert summary.errors == [] and summary.documents == 1
    ids = {e.id for e in entity_index(store) if e.type is EntityType.PERSON}
    assert ids == {"person:zorblat-quenneville"}
    summary = ingest_documents([str(second)], store, get_extractor("rules"))
    assert summary.loaded.facts_corroborated >= 1
    again = ingest_documents([str(first), str(second)], store, get_extractor("rules"))
    assert again.skipped == 2 and again.loaded.facts_new == 0


def test_the_run_lists_each_stated_fact_once_in_first_seen_order() -> None:
    summary = IngestSummary()
    summary.add_facts(["fact:b", "fact:a", "fact:b"])
    summary.add_facts(["fact:c", "fact:a"])
    assert summary.fact_ids == ["fact:b", "fact:a", "fact:c"]
