"""Shared fixtures: real embedded FalkorDB stores in temporary data dirs, the Neo4j lane, and
stopping every embedded server the tests started.

The Neo4j lane is every test marked ``neo4j`` (and every ``[neo4j]`` parameter of the fixtures
below). It runs against the server of NEO4J_URI (e.g. ``eval "$(scripts/neo4j-server.sh start)"``),
whose database it empties. Without NEO4J_URI the lane is skipped locally, and fails in CI.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from aikg.graph.config import StoreConfig
from aikg.graph.schema import GraphBatch
from aikg.graph.stores.base import GraphStore
from aikg.graph.stores.falkordb_server import EmbeddedServer
from aikg.graph.stores.falkordb_store import FalkorDBStore
from tests.export_sample import sample_batch as export_batch
from tests.sample_graph import sample_batch

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("AIKG_SHARED_DIR") or ROOT.parent / "shared")  # a git worktree may sit elsewhere
NEO4J_SKIP = "the Neo4j lane needs NEO4J_URI (a scratch database: these tests empty it)"
NEO4J_MISSING_IN_CI = (
    "CI runs the Neo4j lane, but NEO4J_URI is not set: start scripts/neo4j-server.sh and export "
    "the NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD it prints"
)

requires_shared = pytest.mark.skipif(
    not (SHARED / "seeds").is_dir(), reason=f"shared material not found at {SHARED}"
)
requires_neo4j = pytest.mark.neo4j
ON_BOTH_STORES = ["embedded", pytest.param("neo4j", marks=requires_neo4j)]


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item: pytest.Item) -> None:
    """A test of the Neo4j lane without NEO4J_URI: skipped locally, an error in CI."""
    if item.get_closest_marker("neo4j") and not os.environ.get("NEO4J_URI"):
        if os.environ.get("CI"):
            pytest.fail(NEO4J_MISSING_IN_CI, pytrace=False)
        pytest.skip(NEO4J_SKIP)
LLM_SKIP = (
    "the LLM lane needs AIKG_LLM_BASE_URL and AIKG_LLM_MODEL: "
    'eval "$(scripts/llm-test-server.sh start)" starts a local server'
)


@pytest.fixture(scope="session")
def llm_endpoint() -> tuple[str, str]:
    """(base URL, model) of the real OpenAI-compatible server of the LLM lane. Without one the
    lane skips locally, and fails in CI (``CI`` set), where it must run."""
    base, model = os.environ.get("AIKG_LLM_BASE_URL"), os.environ.get("AIKG_LLM_MODEL")
    if not base or not model:
        if os.environ.get("CI"):
            pytest.fail(f"CI must run the LLM lane: {LLM_SKIP}", pytrace=False)
        pytest.skip(LLM_SKIP)
    return base, model


@pytest.fixture(scope="session")
def server_dirs() -> Iterator[list[Path]]:
    """Data dirs whose embedded servers the tests started; each is stopped when the session ends."""
    dirs: list[Path] = []
    yield dirs
    for path in dict.fromkeys(dirs):
        EmbeddedServer(path).stop()


@pytest.fixture(scope="session")
def open_falkordb(server_dirs: list[Path]) -> Callable[[Path], FalkorDBStore]:
    def _open(data_dir: Path) -> FalkorDBStore:
        server_dirs.append(data_dir)
        store = FalkorDBStore(data_dir)
        store.ensure_schema()
        return store

    return _open


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


@pytest.fixture(scope="session")
def embedded_sample_store(
    tmp_path_factory: pytest.TempPathFactory, open_falkordb: Callable[[Path], FalkorDBStore]
) -> Iterator[FalkorDBStore]:
    """The sample graph, loaded once; tests must not write to it."""
    store = open_falkordb(tmp_path_factory.mktemp("sample"))
    store.upsert(sample_batch())
    yield store
    store.close()


@pytest.fixture(scope="session")
def sample_store(embedded_sample_store: FalkorDBStore) -> FalkorDBStore:
    """The sample graph on the embedded store (a module may override it with ``any_sample_store``)."""
    return embedded_sample_store


@pytest.fixture
def sample_env(sample_store: FalkorDBStore, monkeypatch: pytest.MonkeyPatch) -> FalkorDBStore:
    """The sample graph's store, named in the environment the explorer reads."""
    monkeypatch.setenv("AIKG_STORE", "embedded")
    monkeypatch.setenv("AIKG_DATA_DIR", str(sample_store.data_dir))
    return sample_store


@pytest.fixture
def embedded_scratch_store(
    tmp_path: Path, open_falkordb: Callable[[Path], FalkorDBStore]
) -> Iterator[FalkorDBStore]:
    """A fresh store holding the sample graph, for tests that write."""
    store = open_falkordb(tmp_path)
    store.upsert(sample_batch())
    yield store
    store.close()


@pytest.fixture
def scratch_store(embedded_scratch_store: FalkorDBStore) -> FalkorDBStore:
    return embedded_scratch_store


class _Neo4jDatabase:
    """The one scratch Neo4j database of the lane, and the name of the graph it holds now (None
    once a test may have written to it), so a read-only sample is loaded once, not per test."""

    holds: str | None = None


def _neo4j_store() -> GraphStore:
    """A fresh connection to an emptied Neo4j database, its schema in place."""
    from aikg.graph.stores.neo4j_store import Neo4jStore

    store = Neo4jStore.from_config(StoreConfig.from_env(store="neo4j"))
    store.run("MATCH (n) DETACH DELETE n", write=True)
    store.ensure_schema()
    _Neo4jDatabase.holds = None
    return store


def _neo4j_holding(name: str, *batches: GraphBatch) -> Iterator[GraphStore]:
    """The Neo4j database holding exactly ``batches`` (loaded unless it already holds ``name``)."""
    from aikg.graph.stores.neo4j_store import Neo4jStore

    if _Neo4jDatabase.holds != name:
        store = _neo4j_store()
        for batch in batches:
            store.upsert(batch)
        _Neo4jDatabase.holds = name
    else:
        store = Neo4jStore.from_config(StoreConfig.from_env(store="neo4j"))
    yield store
    store.close()


@pytest.fixture
def neo4j_store() -> Iterator[GraphStore]:
    """An empty Neo4j database (the Neo4j lane only)."""
    graph_store = _neo4j_store()
    yield graph_store
    graph_store.close()


@pytest.fixture(params=ON_BOTH_STORES)
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
    for batch in _export_batches():
        graph_store.upsert(batch)
    yield graph_store
    graph_store.close()


@pytest.fixture(params=ON_BOTH_STORES)
def any_sample_store(request: pytest.FixtureRequest) -> Iterator[GraphStore]:
    """The sample graph on each store (tests must not write to it)."""
    if request.param == "embedded":
        yield request.getfixturevalue("embedded_sample_store")
    else:
        yield from _neo4j_holding("sample", sample_batch())


@pytest.fixture(params=ON_BOTH_STORES)
def any_scratch_store(request: pytest.FixtureRequest) -> Iterator[GraphStore]:
    """The sample graph on each store, for tests that write."""
    if request.param == "embedded":
        yield request.getfixturevalue("embedded_scratch_store")
        return
    graph_store = _neo4j_store()
    graph_store.upsert(sample_batch())
    yield graph_store
    graph_store.close()


def _export_batches() -> list[GraphBatch]:
    later = export_batch().facts[0].model_copy(update={"extractors": ["rules"]})
    return [export_batch(), GraphBatch(facts=[later])]


@pytest.fixture(params=ON_BOTH_STORES)
def any_export_store(request: pytest.FixtureRequest) -> Iterator[GraphStore]:
    """The export sample graph on each store (tests must not write to it)."""
    if request.param == "embedded":
        yield request.getfixturevalue("export_store")
    else:
        yield from _neo4j_holding("export", *_export_batches())


@pytest.fixture(params=ON_BOTH_STORES)
def fresh_store(request: pytest.FixtureRequest) -> Iterator[GraphStore]:
    """An empty store of each kind: a new embedded data dir, or the emptied Neo4j database."""
    if request.param == "embedded":
        yield request.getfixturevalue("make_store")()
        return
    graph_store = _neo4j_store()
    yield graph_store
    graph_store.close()


# In CI (CI=true) every lane must run: a skipped test fails the run, so a missing Neo4j server, LLM
# server, Chromium or ../shared cannot pass silently. Locally, skips keep their reasons.
_SKIPPED: list[str] = []


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    if report.skipped and not hasattr(report, "wasxfail"):
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else str(report.longrepr)
        _SKIPPED.append(f"{report.nodeid}: {reason}")


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    if os.environ.get("CI") and _SKIPPED and exitstatus == 0:
        session.exitstatus = 1


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if os.environ.get("CI") and _SKIPPED:
        terminalreporter.section("skipped in CI (a lane that skips in CI fails the run)")
        for line in _SKIPPED[:50]:
            terminalreporter.write_line(line)
