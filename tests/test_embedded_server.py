"""The embedded FalkorDB server: unix socket only, reuse, stop, durability across kill -9."""

from __future__ import annotations

import contextlib
import os
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest
import redis

from aikg.graph.errors import InvalidInputError, StoreError, StoreUnavailableError
from aikg.graph.stores.batch_rows import statements
from aikg.graph.stores.falkordb_server import DEFAULT_STALL_S, STALL_ENV, EmbeddedServer, _alive, stall_limit
from aikg.graph.stores.falkordb_store import FalkorDBStore, compose
from tests.builders import leike_batch
from tests.cli import aikg


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


def _redis_pids_for(server: EmbeddedServer) -> list[int]:
    """Live processes whose command line names this server's socket (redis-server instances)."""
    found = []
    needle = str(server.socket_path).encode()
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            command = (entry / "cmdline").read_bytes()
            state = (entry / "stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            continue
        if needle in command and state != "Z":
            found.append(int(entry.name))
    return found


def _wait_exec(pid: int, needle: bytes) -> None:
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        with contextlib.suppress(OSError):
            if needle in Path(f"/proc/{pid}/cmdline").read_bytes():
                return
        time.sleep(0.005)
    raise AssertionError(f"process {pid} did not start redis-server")


def test_concurrent_starts_share_one_server(data_dir: Path) -> None:
    code = (
        "import sys; from pathlib import Path; "
        "from aikg.graph.stores.falkordb_server import EmbeddedServer; "
        "s = EmbeddedServer(Path(sys.argv[1])); s.ensure_running(); print(s.pid())"
    )
    runs = [
        subprocess.Popen([sys.executable, "-c", code, str(data_dir)], stdout=subprocess.PIPE, text=True)
        for _ in range(3)
    ]
    pids = {run.communicate(timeout=60)[0].strip() for run in runs}
    server = EmbeddedServer(data_dir)
    assert pids == {str(server.pid())}
    assert _redis_pids_for(server) == [server.pid()]
    assert server.is_running()


def test_a_starting_server_is_waited_for_not_started_again(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A server process of the data dir that does not answer yet (here: stopped by a signal, as
    if busy loading) is never replaced: the socket stays, and with no progress the start fails
    with one line; once it goes on, the next start reuses it."""
    server = EmbeddedServer(data_dir)
    pid = server._start()
    try:
        _wait_exec(pid, str(server.socket_path).encode())
        os.kill(pid, signal.SIGSTOP)
        monkeypatch.setenv(STALL_ENV, "1")
        with pytest.raises(StoreUnavailableError, match=r"made no progress for 1s while starting") as err:
            server.ensure_running()
        assert str(data_dir) in str(err.value) and "\n" not in str(err.value)
        assert _redis_pids_for(server) == [pid]
        os.kill(pid, signal.SIGCONT)
        monkeypatch.setenv(STALL_ENV, "30")
        assert server.ensure_running() == server.socket_path
        assert server.pid() == pid and server.is_running()
        assert _redis_pids_for(server) == [pid]
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGCONT)


def test_a_server_that_exits_at_start_fails_at_once(data_dir: Path) -> None:
    aof = data_dir / "appendonlydir"
    aof.mkdir(parents=True)
    (aof / "appendonly.aof.manifest").write_text("this is not a manifest\n")
    started = time.monotonic()
    with pytest.raises(StoreUnavailableError, match=r"exited while starting") as err:
        EmbeddedServer(data_dir).ensure_running()
    assert time.monotonic() - started < DEFAULT_STALL_S  # it did not wait for the stall limit
    assert str(data_dir) in str(err.value) and "\n" not in str(err.value)


@pytest.mark.parametrize("raw", ["soon", "0", "-3"])
def test_bad_stall_setting_is_refused(raw: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(STALL_ENV, raw)
    with pytest.raises(InvalidInputError, match=STALL_ENV):
        stall_limit()


def test_a_server_still_starting_is_reported_and_can_be_stopped(data_dir: Path) -> None:
    """A server that does not answer yet (stopped by a signal, as if busy loading a big store) is
    "starting" for `aikg server status`, and `stop` ends it instead of saying none runs."""
    server = EmbeddedServer(data_dir)
    pid = server._start()
    try:
        _wait_exec(pid, str(server.socket_path).encode())
        os.kill(pid, signal.SIGSTOP)
        assert server.starting_pid() == pid and not server.is_running()
        status = aikg("server", "status", data_dir=data_dir)
        assert status.returncode == 4 and f"starting: pid {pid}" in status.stdout
        assert server.stop() is True
        assert not _alive(pid) and _redis_pids_for(server) == []
        assert server.starting_pid() is None and server.stop() is False
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGCONT)
            os.kill(pid, signal.SIGKILL)
