"""One writer per data dir: an OS-level lock (``flock``) on a file in the data dir.

Every command that writes holds it for as long as its store is open (``aikg.options.opened_graph``
with ``write=True``), so two writers never interleave their read-check-write steps; the embedded
store also takes it around each upsert and each write query, so a writer that did not ask for it
(the library, a future command) is serialised too. It is re-entrant within a process. A second
writer waits, saying so once, and gives up after ``AIKG_WRITER_WAIT`` seconds (default 600).
The lock is released by the kernel when the process ends, even on ``kill -9``.
"""

from __future__ import annotations

import fcntl
import os
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from aikg.graph.errors import InvalidInputError, WriterBusyError

LOCK_NAME = "writer.lock"
WAIT_ENV = "AIKG_WRITER_WAIT"
DEFAULT_WAIT_S = 600.0
POLL_S = 0.1

_held: dict[Path, int] = {}  # lock file -> how many nested holders in this process
_guard = threading.RLock()  # one writing thread per process; the same thread may nest


def private_dir(path: Path) -> Path:
    """Create ``path`` (and parents) if needed and make it readable by its owner only (0700)."""
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    if path.stat().st_uid == os.getuid():
        os.chmod(path, 0o700)
    return path


def wait_limit() -> float:
    raw = os.environ.get(WAIT_ENV)
    if raw is None or not raw.strip():
        return DEFAULT_WAIT_S
    try:
        value = float(raw)
    except ValueError:
        raise InvalidInputError(f"{WAIT_ENV}={raw!r} is not a number of seconds") from None
    if value < 0:
        raise InvalidInputError(f"{WAIT_ENV}={raw!r} must be zero or more seconds")
    return value


@contextmanager
def writer_lock(
    data_dir: Path, *, wait: float | None = None, on_wait: Callable[[str], None] | None = None
) -> Iterator[Path]:
    """Hold the data dir's writer lock; wait up to ``wait`` seconds (default: ``wait_limit()``)."""
    limit = wait_limit() if wait is None else wait
    path = private_dir(data_dir) / LOCK_NAME
    key = path.resolve()
    with _guard:
        if _held.get(key):
            _held[key] += 1
            try:
                yield path
            finally:
                _held[key] -= 1
            return
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            _acquire(fd, path, data_dir, limit, on_wait)
            _held[key] = 1
            try:
                yield path
            finally:
                _held.pop(key, None)
        finally:
            os.close(fd)  # closing the descriptor releases the lock


def _acquire(
    fd: int, path: Path, data_dir: Path, limit: float, on_wait: Callable[[str], None] | None
) -> None:
    if not _try_lock(fd):
        if on_wait is not None:
            on_wait(f"waiting for another aikg writer on {data_dir} (up to {limit:.0f}s)...")
        deadline = time.monotonic() + limit
        while not _try_lock(fd):
            if time.monotonic() >= deadline:
                raise WriterBusyError(
                    f"another aikg process is still writing to {data_dir} after {limit:.0f}s "
                    f"(lock {path}); try again when it is done, or raise {WAIT_ENV}"
                )
            time.sleep(POLL_S)


def _try_lock(fd: int) -> bool:
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True
