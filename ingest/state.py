"""The data dir's state file: what aikg remembers between runs about the web (SQLite, WAL).

One small SQLite file, ``fetch-state.sqlite3`` in the data dir (mode 0600), holds the HTTP
validators of fetched URLs (conditional GET), cached robots.txt files, feed subscriptions and
the entries already stored per feed, and the MinHash signatures of stored article bodies
(syndicated copies). Every write is one short transaction, so a process killed at any moment
leaves it consistent; several processes may share it (SQLite locking, 30 s busy timeout).
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

STATE_FILE = "fetch-state.sqlite3"

SCHEMA = """
CREATE TABLE IF NOT EXISTS validators (
    url TEXT PRIMARY KEY, etag TEXT, last_modified TEXT, updated REAL NOT NULL);
CREATE TABLE IF NOT EXISTS robots (
    origin TEXT PRIMARY KEY, status INTEGER NOT NULL, body TEXT NOT NULL, fetched REAL NOT NULL);
CREATE TABLE IF NOT EXISTS feeds (
    url TEXT PRIMARY KEY, name TEXT, added REAL NOT NULL, last_poll REAL, last_error TEXT,
    last_new INTEGER NOT NULL DEFAULT 0);
CREATE TABLE IF NOT EXISTS seen (
    feed TEXT NOT NULL, entry TEXT NOT NULL, at REAL NOT NULL, PRIMARY KEY (feed, entry));
CREATE TABLE IF NOT EXISTS bodies (
    source_id TEXT PRIMARY KEY, url TEXT, signature BLOB NOT NULL, at REAL NOT NULL);
"""


class State:
    """The open state file of one data dir."""

    def __init__(self, data_dir: Path) -> None:
        data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
        self.path = data_dir / STATE_FILE
        if not self.path.exists():
            os.close(os.open(self.path, os.O_CREAT | os.O_WRONLY, 0o600))
        self.db = sqlite3.connect(self.path, timeout=30.0, isolation_level=None, check_same_thread=False)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=FULL")
        self.db.executescript(SCHEMA)

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> State:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()


def state_dir(data_dir: Path | None) -> Path:
    """The data dir whose state file goes with this store (the default per-user dir if none)."""
    from aikg.graph.stores.falkordb_server import default_data_dir

    return data_dir or default_data_dir()
