"""Shared fixtures: real embedded FalkorDB stores in temporary data dirs, the optional Neo4j lane."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from graph.stores.base import GraphStore
from graph.stores.falkordb_server import EmbeddedServer
from graph.stores.falkordb_store import FalkorDBStore

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
NEO4J_SKIP = "the Neo4j lane needs NEO4J_URI (a scratch database: these tests empty it)"

requires_shared = pytest.mark.skipif(
    not (SHARED / "seeds").is_dir(), reason=f"shared material not found at {SHARED}"
)
requires_neo4j = pytest.mark.skipif(not os.environ.get("NEO4J_URI"), reason=NEO4J_SKIP)


@pytest.fixture
def data_dir(tmp_path: Path) -> Iterator[Path]:
    """A fresh embedded data dir whose server is stopped after the test."""
    path = tmp_path / "data"
    yield path
    EmbeddedServer(path).stop()


@pytest.fixture
def embedded(data_dir: Path) -> Iterator[FalkorDBStore]:
    store = FalkorDBStore(data_dir)
    store.ensure_schema()
    yield store
    store.close()


def _neo4j_store() -> GraphStore:
    from graph.stores.neo4j_store import Neo4jStore

    store = Neo4jStore.from_options()
    store.run("MATCH (n) DETACH DELETE n", write=True)
    store.ensure_schema()
    return store


@pytest.fixture(params=["embedded", pytest.param("neo4j", marks=requires_neo4j)])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[GraphStore]:
    """The same tests on every store: the embedded engine always, Neo4j when NEO4J_URI is set."""
    if request.param == "neo4j":
        graph_store = _neo4j_store()
        yield graph_store
        graph_store.close()
        return
    path = tmp_path / "data"
    graph_store = FalkorDBStore(path)
    graph_store.ensure_schema()
    yield graph_store
    graph_store.close()
    EmbeddedServer(path).stop()
