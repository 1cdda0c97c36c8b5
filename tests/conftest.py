"""Shared fixtures: embedded FalkorDB stores in temporary dirs, and stopping their servers at the end."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from graph.schema import GraphBatch
from graph.stores.falkordb_server import EmbeddedServer
from graph.stores.falkordb_store import FalkorDBStore
from tests.export_sample import sample_batch as export_batch
from tests.sample_graph import sample_batch


@pytest.fixture(scope="session")
def server_dirs() -> Iterator[list[Path]]:
    """Data dirs whose embedded servers the tests started; every one is stopped when the session ends."""
    dirs: list[Path] = []
    yield dirs
    # a server takes seconds to exit, so stop them side by side
    with ThreadPoolExecutor(max_workers=8) as pool:
        list(pool.map(lambda d: EmbeddedServer(d).stop(), dict.fromkeys(dirs)))


@pytest.fixture(scope="session")
def open_falkordb(server_dirs: list[Path]) -> Callable[[Path], FalkorDBStore]:
    def _open(data_dir: Path) -> FalkorDBStore:
        server_dirs.append(data_dir)
        store = FalkorDBStore(data_dir)
        store.ensure_schema()
        return store

    return _open


@pytest.fixture(scope="session")
def sample_store(
    tmp_path_factory: pytest.TempPathFactory, open_falkordb: Callable[[Path], FalkorDBStore]
) -> Iterator[FalkorDBStore]:
    """The sample graph, loaded once; tests must not write to it."""
    store = open_falkordb(tmp_path_factory.mktemp("sample"))
    store.upsert(sample_batch())
    yield store
    store.close()


@pytest.fixture
def scratch_store(tmp_path: Path, open_falkordb: Callable[[Path], FalkorDBStore]) -> Iterator[FalkorDBStore]:
    """A fresh store holding the sample graph, for tests that write."""
    store = open_falkordb(tmp_path)
    store.upsert(sample_batch())
    yield store
    store.close()


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


@pytest.fixture(scope="session")
def export_store(
    tmp_path_factory: pytest.TempPathFactory, open_falkordb: Callable[[Path], FalkorDBStore]
) -> Iterator[FalkorDBStore]:
    """The export sample graph, loaded once (tests must not write to it); the JOINED fact is then
    asserted again by a second extractor."""
    graph_store = open_falkordb(tmp_path_factory.mktemp("export"))
    graph_store.upsert(export_batch())
    later = export_batch().facts[0].model_copy(update={"extractor": "rules"})
    graph_store.upsert(GraphBatch(facts=[later]))
    yield graph_store
    graph_store.close()
