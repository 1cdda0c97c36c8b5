"""Keeping the embedded server's append-only file quick to load: rewrite it when its tail grows.

The server keeps its data as a multi-part append-only file (``appendonlydir/``): a base, which is
an RDB snapshot of the whole graph, and an incremental tail of every write command since, fsynced
before each write is acknowledged. At start the server decodes the base (fast: seconds at 1M
facts, most of it rebuilding the indexes) and then re-executes every ``GRAPH.QUERY`` of the tail,
one by one (slow: a 154 MB tail took twice as long as a 196 MB base at 1M facts, and minutes on a
loaded machine). ``BGREWRITEAOF`` folds the tail into a fresh base: a forked child writes the
snapshot (seconds at 1M facts) while the server goes on answering; writes made meanwhile go to a
new tail that is fsynced like the old one and listed in the manifest before the rewrite starts,
so a crash at any point loses no acknowledged write (redis' multi-part AOF), and a failed rewrite
leaves the old files in use.

Redis rewrites on its own when the file doubled since the last rewrite
(``auto-aof-rewrite-percentage`` 100); that leaves up to a base-sized tail to replay. So the store
asks for a rewrite itself whenever the tail reaches :data:`TAIL_RATIO` of the base (and at least
:data:`MIN_TAIL_BYTES`): when a store closes (after ``aikg load``, ``ingest``, ``migrate``, ...),
once a server it started is ready (a data dir left with a long tail), and before ``aikg server
stop``, which waits for the rewrite to finish. The sizes come from the manifest and the files on
disk, not from ``INFO`` (whose ``aof_base_size`` is the whole file at start, tail included).
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

import redis

AOF_DIR = "appendonlydir"  # redis' default appenddirname
MANIFEST = "appendonly.aof.manifest"  # redis' default appendfilename, plus ".manifest"
TAIL_RATIO = 0.1  # a tail this large relative to the base is rewritten into a new base
MIN_TAIL_BYTES = 4 * 1024 * 1024  # a smaller tail replays in about a second: left alone
POLL_S = 0.1


@dataclass(frozen=True)
class AofSizes:
    """Bytes of the base (RDB snapshot) and of the incremental tail(s) the server loads at start."""

    base: int
    tail: int

    def worth_rewriting(self) -> bool:
        """A tail of at least :data:`MIN_TAIL_BYTES` and :data:`TAIL_RATIO` of the base."""
        return self.tail >= MIN_TAIL_BYTES and self.tail >= TAIL_RATIO * self.base


def aof_sizes(data_dir: Path) -> AofSizes | None:
    """The sizes of the files the manifest lists (history files, about to be deleted, left out);
    None when the data dir has no readable manifest (no server ever ran there)."""
    folder = data_dir / AOF_DIR
    try:
        lines = (folder / MANIFEST).read_text().splitlines()
    except OSError:
        return None
    base = tail = 0
    for line in lines:
        fields = line.split()
        if len(fields) < 2 or fields[0] != "file":
            continue
        kind = dict(zip(fields[2::2], fields[3::2], strict=False)).get("type")
        try:
            size = (folder / fields[1]).stat().st_size
        except OSError:
            continue
        if kind == "b":
            base += size
        elif kind == "i":
            tail += size
    return AofSizes(base=base, tail=tail)


def rewrite_running(client: redis.Redis) -> bool:
    """Whether the server is rewriting its append-only file, or has one scheduled."""
    info = client.info("persistence")
    return bool(info.get("aof_rewrite_in_progress")) or bool(info.get("aof_rewrite_scheduled"))


def start_rewrite(client: redis.Redis) -> bool:
    """Ask for a background rewrite; False when one is already running (redis refuses a second)."""
    if rewrite_running(client):
        return False
    try:
        client.bgrewriteaof()
    except redis.ResponseError as exc:
        if "in progress" in str(exc).lower():
            return False
        raise
    return True


def rewrite_if_large(client: redis.Redis, data_dir: Path) -> bool:
    """Start a background rewrite when the tail is worth folding into the base; True if started."""
    sizes = aof_sizes(data_dir)
    if sizes is None or not sizes.worth_rewriting():
        return False
    return start_rewrite(client)


def wait_rewrite(client: redis.Redis, timeout: float) -> bool:
    """Wait for a running rewrite to end (True), or ``timeout`` seconds (False). A rewrite that
    fails keeps the old files: nothing is lost either way, only the next start is slower."""
    deadline = time.monotonic() + timeout
    while rewrite_running(client):
        if time.monotonic() >= deadline:
            return False
        time.sleep(POLL_S)
    return True
