"""Fixtures: embedded FalkorDB stores in temporary dirs, stopped when the test ends."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from graph.schema import Entity, EntityType, Evidence, Fact, FactProperties, GraphBatch, Predicate, Source
from graph.stores.falkordb_server import EmbeddedServer
from graph.stores.falkordb_store import FalkorDBStore

QUOTE_A = 'Jan Leike, who co-led "superalignment", said he is joining Anthropic; it\'s official.'
QUOTE_B = "Leike joined Anthropic\nto continue the superalignment mission."


@pytest.fixture
def make_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Callable[[], FalkorDBStore]]:
    """Open a fresh embedded store in its own dir; every server started is stopped afterwards."""
    started: list[FalkorDBStore] = []

    def make() -> FalkorDBStore:
        store = FalkorDBStore(Path(tmp_path_factory.mktemp("store")))
        store.ensure_schema()
        started.append(store)
        return store

    yield make
    for store in started:
        store.close()
        EmbeddedServer(store.data_dir).stop()


def sample_batch() -> GraphBatch:
    sources = [
        Source(id="source:verge-leike", title="Leike joins Anthropic", url="https://example.com/a",
               published="2024-05-28", language="en"),
        Source(id="source:tc-leike", title="Superalignment lead moves", url="https://example.com/b",
               published="2024-06", language="en"),
        Source(id="source:old-news", title="OpenAI history", published="2021", language="en"),
    ]  # fmt: skip
    entities = [
        Entity(type=EntityType.PERSON, name="Jan Leike", aliases=["Leike"],
               description="Alignment researcher"),
        Entity(type=EntityType.ORGANIZATION, name="Anthropic", kind="lab", country="US"),
        Entity(type=EntityType.ORGANIZATION, name="OpenAI", kind="lab", country="US"),
        Entity(type=EntityType.MODEL, name="GPT-4", developer="organization:openai", released="2023-03",
               open_weights=False),
        Entity(type=EntityType.PERSON, name="Ilya Sutskever"),
    ]  # fmt: skip
    facts = [
        Fact(subject="person:jan-leike", predicate=Predicate.JOINED, object="organization:anthropic",
             properties=FactProperties(date="2024-05", role="Alignment lead"), confidence=0.9,
             extractor="llm",
             evidence=[Evidence(source_id="source:verge-leike", quote=QUOTE_A, start=10, end=95),
                       Evidence(source_id="source:tc-leike", quote=QUOTE_B)]),
        Fact(subject="person:jan-leike", predicate=Predicate.DEPARTED, object="organization:openai",
             properties=FactProperties(date="2024-05-17", reason="safety culture"), confidence=0.8,
             evidence=[Evidence(source_id="source:verge-leike", quote="Leike left OpenAI.")]),
        Fact(subject="organization:openai", predicate=Predicate.DEVELOPED, object="model:gpt-4",
             properties=FactProperties(date="2023"), confidence=0.6,
             evidence=[Evidence(source_id="source:old-news", quote="OpenAI built GPT-4.")]),
        Fact(subject="person:ilya-sutskever", predicate=Predicate.FOUNDED, object="organization:openai",
             properties=FactProperties(date="2015-12"),
             evidence=[Evidence(source_id="source:old-news", quote="Sutskever co-founded OpenAI.")]),
    ]  # fmt: skip
    mentions = [
        ("source:verge-leike", "person:jan-leike"),
        ("source:verge-leike", "organization:anthropic"),
        ("source:old-news", "model:gpt-4"),
    ]
    return GraphBatch(sources=sources, entities=entities, facts=facts, mentions=mentions)


@pytest.fixture
def store(make_store: Callable[[], FalkorDBStore]) -> FalkorDBStore:
    """A store holding :func:`sample_batch`; the JOINED fact gets a second extractor afterwards."""
    graph_store = make_store()
    graph_store.upsert(sample_batch())
    later = sample_batch().facts[0].model_copy(update={"extractor": "rules"})
    graph_store.upsert(GraphBatch(facts=[later]))
    return graph_store
