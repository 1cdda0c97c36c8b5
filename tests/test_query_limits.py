"""Limits that hold on the real embedded engine: the timeout stops writes too (and nothing of the
write lands), a row cap runs inside the engine (10 rows of a 10^7-row product come back without
the product being built), `shortest_path` is bounded by max_hops in its pattern, and the data dir
and the server's files stay private whatever the path length."""

from __future__ import annotations

import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from aikg.graph.errors import QueryTimeoutError
from aikg.graph.stores.base import GraphStore
from aikg.graph.stores.falkordb_server import EmbeddedServer
from aikg.graph.stores.falkordb_store import FalkorDBStore
from aikg.graph.stores.return_columns import return_columns
from aikg.queries.runner import run_adhoc, run_saved
from tests.conftest import ROOT

CORPUS = ROOT / "corpus" / "articles"


@pytest.fixture(scope="module")
def wide(tmp_path_factory: pytest.TempPathFactory) -> Iterator[FalkorDBStore]:
    """3,200 nodes: their cartesian product has 10,240,000 rows."""
    path = tmp_path_factory.mktemp("wide")
    store = FalkorDBStore(path)
    store.ensure_schema()
    store.run("UNWIND range(1, 3200) AS i CREATE (:Wide {id: 'wide:' + toString(i)})", write=True)
    yield store
    store.close()
    EmbeddedServer(path).stop()


def test_a_row_cap_is_applied_by_the_engine(wide: FalkorDBStore) -> None:
    # without the cap inside the query this reads 10^7 rows (minutes, gigabytes) before cutting
    result = run_adhoc(wide, "MATCH (a), (b) RETURN a.id, b.id", timeout=20, max_rows=10)
    assert len(result.rows) == 10 and result.truncated
    assert result.columns == ["a.id", "b.id"]


def test_a_capped_result_keeps_the_columns_in_the_order_written(wide: FalkorDBStore) -> None:
    result = run_adhoc(wide, "WITH 2 AS zeta RETURN zeta, 1 AS alpha, zeta + 1 AS mid;", max_rows=5)
    assert result.columns == ["zeta", "alpha", "mid"] and result.rows == [[2, 1, 3]]
    assert not result.truncated


def test_a_read_stops_at_its_timeout(wide: FalkorDBStore) -> None:
    with pytest.raises(QueryTimeoutError):
        run_adhoc(wide, "MATCH (a), (b), (c) RETURN count(*)", timeout=1, max_rows=10)


def test_a_cartesian_write_stops_at_its_timeout_and_leaves_nothing(wide: FalkorDBStore) -> None:
    with pytest.raises(QueryTimeoutError):
        run_adhoc(wide, "MATCH (a), (b) CREATE (:Junk)", write=True, timeout=1, max_rows=10)
    assert wide.run("MATCH (j:Junk) RETURN count(j)").scalar() == 0


def test_a_write_stops_at_its_timeout_on_every_engine(store: GraphStore) -> None:
    """The Neo4j lane (NEO4J_URI) checks the driver's transaction timeout the same way."""
    store.run("UNWIND range(1, 3200) AS i CREATE (:Wide {n: i})", write=True)
    with pytest.raises(QueryTimeoutError):
        run_adhoc(store, "MATCH (a:Wide), (b:Wide) CREATE (:Junk)", write=True, timeout=1, max_rows=10)
    assert store.run("MATCH (j:Junk) RETURN count(j)").scalar() == 0
    capped = run_adhoc(store, "MATCH (a:Wide), (b:Wide) RETURN a.n, b.n", timeout=30, max_rows=10)
    assert len(capped.rows) == 10 and capped.truncated and capped.columns == ["a.n", "b.n"]


def test_a_capped_write_applies_every_change_and_returns_the_cap(wide: FalkorDBStore) -> None:
    result = run_adhoc(wide, "MATCH (n:Wide) SET n.seen = true RETURN n.id", write=True, max_rows=10)
    assert len(result.rows) == 10 and result.truncated
    assert wide.run("MATCH (n:Wide) WHERE n.seen RETURN count(n)").scalar() == 3200
    wide.run("MATCH (n:Wide) REMOVE n.seen", write=True)


def test_a_capped_write_that_returns_nothing_still_runs(wide: FalkorDBStore) -> None:
    run_adhoc(wide, "CREATE (:Marker {id: 'marker:1'})", write=True, max_rows=10)
    assert wide.run("MATCH (m:Marker) RETURN count(m)").scalar() == 1
    wide.run("MATCH (m:Marker) DELETE m", write=True)


@given(st.text(max_size=200))
def test_reading_column_names_never_fails_on_any_text(text: str) -> None:
    names = return_columns(text)
    assert names is None or all(isinstance(n, str) for n in names)


@given(st.lists(st.from_regex(r"[a-z][a-z0-9_]{0,8}", fullmatch=True), min_size=1, max_size=6, unique=True))
def test_aliases_are_read_in_order(aliases: list[str]) -> None:
    items = ", ".join(f"[1, 'x,y', {{k: 2}}] AS {a}" for a in aliases)
    assert return_columns(f"MATCH (n) WITH n RETURN DISTINCT {items} ORDER BY 1 LIMIT 3") == aliases


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[FalkorDBStore]:
    """The demo graph: reference data and the sample corpus."""
    if not CORPUS.is_dir():
        pytest.skip("corpus/articles is not there")
    from aikg.ingest.extractors import get_extractor
    from aikg.ingest.pipeline import ingest_documents
    from aikg.ingest.reference import load_reference

    path = tmp_path_factory.mktemp("demo")
    store = FalkorDBStore(path)
    store.ensure_schema()
    store.upsert(load_reference().to_batch())
    ingest_documents([str(CORPUS)], store, get_extractor("rules"))
    yield store
    store.close()
    EmbeddedServer(path).stop()


@pytest.mark.parametrize("hops", [1, 2, 6])
def test_shortest_path_answers_within_a_short_timeout_on_the_demo_graph(
    demo: FalkorDBStore, hops: int
) -> None:
    params = {"from_entity": "Jan Leike", "to_entity": "OpenAI", "max_hops": hops}
    [[path, length]] = run_saved(demo, "shortest_path", params, timeout=5).rows
    assert length == 1 and {n.id for n in path.nodes} == {"person:jan-leike", "organization:openai"}


def test_shortest_path_finds_nothing_longer_than_max_hops(demo: FalkorDBStore) -> None:
    params = {"from_entity": "Jan Leike", "to_entity": "Mistral AI"}
    assert run_saved(demo, "shortest_path", {**params, "max_hops": 1}, timeout=5).rows == []
    [[path, length]] = run_saved(demo, "shortest_path", {**params, "max_hops": 3}, timeout=5).rows
    assert length == len(path.relationships) in (2, 3)
    assert all(r.type != "MENTIONS" for r in path.relationships)


def test_data_dir_and_files_are_private_whatever_the_path_length(tmp_path: Path) -> None:
    deep = tmp_path / ("d" * 120) / "data"  # too long for a unix socket: it moves to a temp dir
    store = FalkorDBStore(deep)
    try:
        store.ensure_schema()
        store.run("CREATE (:Probe)", write=True)
        assert not str(store.server.socket_path).startswith(str(deep))
        modes = {
            p.name: stat.S_IMODE(p.stat().st_mode) for p in [deep, *deep.rglob("*")] if not p.is_socket()
        }
        assert modes and all(mode in (0o700, 0o600) for mode in modes.values()), modes
        assert stat.S_IMODE(deep.stat().st_mode) == 0o700
    finally:
        store.close()
        EmbeddedServer(deep).stop()
