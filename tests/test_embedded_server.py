"""The embedded FalkorDB server: unix socket only, reuse, stop, durability across kill -9."""

from __future__ import annotations

import contextlib
import os
import signal
import stat
import time
from pathlib import Path

import pytest
import redis

from aikg.graph.errors import StoreError
from aikg.graph.stores.batch_rows import statements
from aikg.graph.stores.falkordb_server import EmbeddedServer
from aikg.graph.stores.falkordb_store import FalkorDBStore, compose
from tests.builders import leike_batch


def _wait_dead(pid: int) -> None:
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return
        with contextlib.suppress(ChildProcessError):
            os.waitpid(pid, os.WNOHANG)
        time.sleep(0.05)
    raise AssertionError(f"process {pid} still alive")


def test_socket_is_private_and_no_tcp_port(embedded: FalkorDBStore) -> None:
    sock = embedded.server.socket_path
    assert stat.S_ISSOCK(sock.stat().st_mode)
    assert stat.S_IMODE(sock.stat().st_mode) & 0o077 == 0
    client = redis.Redis(unix_socket_path=str(sock))
    assert client.config_get("port")["port"] == "0"
    assert client.config_get("appendonly")["appendonly"] == "yes"
    assert client.config_get("appendfsync")["appendfsync"] == "always"


def test_second_store_reuses_running_server(embedded: FalkorDBStore) -> None:
    pid = embedded.server.pid()
    other = FalkorDBStore(embedded.data_dir)
    assert other.server.pid() == pid
    other.close()


def test_acknowledged_writes_survive_kill_9(data_dir: Path) -> None:
    store = FalkorDBStore(data_dir)
    store.ensure_schema()
    store.upsert(leike_batch())
    before = store.stats()
    pid = store.server.pid()
    assert pid is not None
    os.kill(pid, signal.SIGKILL)
    _wait_dead(pid)
    assert not store.server.is_running()

    reopened = FalkorDBStore(data_dir)  # starts a new server on the same data dir
    assert reopened.server.pid() != pid
    assert reopened.stats() == before
    evidence = reopened.run("MATCH ()-[r:DEPARTED]->() RETURN r.evidence").scalar()
    assert evidence == ["Jan Leike left OpenAI in May 2024."]


def test_stop_then_status(data_dir: Path) -> None:
    server = EmbeddedServer(data_dir)
    server.ensure_running()
    assert server.is_running()
    assert server.stop() is True
    assert not server.is_running()
    assert server.stop() is False


def test_long_data_dir_falls_back_to_short_socket(tmp_path: Path) -> None:
    deep = tmp_path / ("x" * 60) / ("y" * 60)
    server = EmbeddedServer(deep)
    try:
        server.ensure_running()
        assert len(str(server.socket_path)) <= 100
        assert server.is_running()
    finally:
        server.stop()


def test_failed_batch_writes_nothing(embedded: FalkorDBStore) -> None:
    """One query per batch: a statement failing at run time rolls back the ones before it."""
    writes = statements(leike_batch())
    writes.append(("UNWIND $rows AS row CREATE (:Boom {v: 1 / row})", {"rows": [0]}))
    cypher, params = compose(writes)
    with pytest.raises(StoreError, match=r"(?i)division by zero"):
        embedded.run(cypher, params, write=True)
    assert embedded.stats().nodes == {}
