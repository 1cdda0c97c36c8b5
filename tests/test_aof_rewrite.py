"""The embedded server's append-only file: its tail is folded into a snapshot, nothing is lost."""

from __future__ import annotations

import contextlib
import os
import signal
import time
from pathlib import Path

import pytest
import redis

from aikg.graph.stores import falkordb_aof
from aikg.graph.stores.falkordb_aof import AofSizes, aof_sizes
from aikg.graph.stores.falkordb_server import EmbeddedServer
from aikg.graph.stores.falkordb_store import FalkorDBStore
from tests.builders import leike_batch
from tests.sample_graph import sample_batch

SAMPLE = (
    "MATCH (a)-[r]->(b) RETURN a.id, type(r), r.fact_id, r.sources, b.id ORDER BY r.fact_id, b.id LIMIT 25"
)
INDEXES = "CALL db.indexes() YIELD label, properties, types RETURN label, properties, types ORDER BY label"
CONSTRAINTS = (
    "CALL db.constraints() YIELD type, label, properties RETURN type, label, properties ORDER BY label"
)


def _client(server: EmbeddedServer) -> redis.Redis:
    return redis.Redis(unix_socket_path=str(server.socket_path))


def _kill(server: EmbeddedServer) -> None:
    pid = server.pid()
    assert pid is not None
    os.kill(pid, signal.SIGKILL)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        with contextlib.suppress(ChildProcessError):
            os.waitpid(pid, os.WNOHANG)
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return
        time.sleep(0.05)
    raise AssertionError(f"server {pid} survived SIGKILL")


def _snapshot(store: FalkorDBStore) -> tuple[object, ...]:
    """Counts, a sample of facts, and the index and constraint definitions."""
    return store.stats(), store.run(SAMPLE).rows, store.run(INDEXES).rows, store.run(CONSTRAINTS).rows


def _sizes(data_dir: Path) -> AofSizes:
    sizes = aof_sizes(data_dir)
    assert sizes is not None
    return sizes


@pytest.fixture
def eager(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any tail is worth a rewrite (the real thresholds need megabytes of writes)."""
    monkeypatch.setattr(falkordb_aof, "MIN_TAIL_BYTES", 1)


def test_manifest_sizes_count_base_and_tail_but_not_history(tmp_path: Path) -> None:
    folder = tmp_path / falkordb_aof.AOF_DIR
    folder.mkdir()
    (folder / "a.3.base.rdb").write_bytes(b"x" * 300)
    (folder / "a.2.incr.aof").write_bytes(b"x" * 7)
    (folder / "a.3.incr.aof").write_bytes(b"x" * 40)
    (folder / "a.4.incr.aof").write_bytes(b"x" * 2)
    (folder / falkordb_aof.MANIFEST).write_text(
        "file a.3.base.rdb seq 3 type b\n"
        "file a.2.incr.aof seq 2 type h\n"
        "file a.3.incr.aof seq 3 type i startoffset 10 endoffset 50\n"
        "file a.4.incr.aof seq 4 type i\n"
        "file missing.incr.aof seq 5 type i\n"
    )
    assert aof_sizes(tmp_path) == AofSizes(base=300, tail=42)
    assert aof_sizes(tmp_path / "nowhere") is None


def test_only_a_large_tail_relative_to_the_base_is_worth_rewriting() -> None:
    big = falkordb_aof.MIN_TAIL_BYTES * 100
    assert AofSizes(base=big, tail=big // 5).worth_rewriting()
    assert not AofSizes(base=big, tail=big // 20).worth_rewriting()  # under the ratio
    assert not AofSizes(base=0, tail=falkordb_aof.MIN_TAIL_BYTES - 1).worth_rewriting()  # too small


def test_closing_after_a_big_write_rewrites_and_a_restart_has_the_same_graph(
    data_dir: Path, eager: None
) -> None:
    store = FalkorDBStore(data_dir)
    store.ensure_schema()
    store.upsert(sample_batch())
    before = _snapshot(store)
    assert before[3], "the fact_id constraints are part of what must survive"
    written = _sizes(data_dir)
    assert written.tail > 0
    store.close()  # asks for the rewrite
    server = EmbeddedServer(data_dir)
    assert falkordb_aof.wait_rewrite(_client(server), 60)
    after = _sizes(data_dir)
    assert after.tail < written.tail / 10
    assert after.base > written.base
    _kill(server)  # no clean stop: the files as they are on disk

    reopened = FalkorDBStore(data_dir)
    assert _snapshot(reopened) == before
    assert _sizes(data_dir).tail < written.tail / 10
    reopened.close()


def test_a_write_acknowledged_during_or_after_a_rewrite_survives_kill_9(data_dir: Path, eager: None) -> None:
    store = FalkorDBStore(data_dir)
    store.ensure_schema()
    store.upsert(sample_batch())
    client = _client(store.server)
    assert falkordb_aof.rewrite_if_large(client, data_dir)
    store.upsert(leike_batch())  # while the rewrite runs, or just after it
    expected = _snapshot(store)
    _kill(store.server)

    reopened = FalkorDBStore(data_dir)
    assert _snapshot(reopened) == expected
    departed = "MATCH (p:Person {name: 'Jan Leike'})-[:DEPARTED]->(o) RETURN o.name"
    assert reopened.run(departed).scalar() == "OpenAI"
    reopened.close()


def test_a_start_on_a_long_tail_rewrites_it(data_dir: Path, eager: None) -> None:
    store = FalkorDBStore(data_dir)
    store.ensure_schema()
    store.upsert(sample_batch())
    expected = _snapshot(store)
    written = _sizes(data_dir)
    _kill(store.server)  # a crash leaves the tail as it is

    server = EmbeddedServer(data_dir)
    server.ensure_running()
    assert falkordb_aof.wait_rewrite(_client(server), 60)
    assert _sizes(data_dir).tail < written.tail / 10
    reopened = FalkorDBStore(data_dir)
    assert _snapshot(reopened) == expected
    reopened.close()


def test_stop_rewrites_a_long_tail_before_shutting_down(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = FalkorDBStore(data_dir)
    store.ensure_schema()
    store.upsert(sample_batch())
    expected = _snapshot(store)
    store.close()  # under the real thresholds: the small tail stays
    written = _sizes(data_dir)
    assert written.tail > 0
    monkeypatch.setattr(falkordb_aof, "MIN_TAIL_BYTES", 1)
    assert EmbeddedServer(data_dir).stop()
    assert _sizes(data_dir).tail < written.tail / 10
    reopened = FalkorDBStore(data_dir)
    assert _snapshot(reopened) == expected
    reopened.close()


def test_a_small_tail_is_left_alone(embedded: FalkorDBStore) -> None:
    embedded.upsert(leike_batch())
    written = _sizes(embedded.data_dir)
    assert not written.worth_rewriting()
    assert embedded.server.compact() is False
    assert _sizes(embedded.data_dir) == written
