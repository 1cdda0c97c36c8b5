"""The entries of each feed already stored (or found unreadable for good), in the state file.

An entry is marked only after its document is stored, so a poll killed at any moment fetches the
unmarked entries again next time and the content-hash check skips what had landed.
"""

from __future__ import annotations

import time

from aikg.ingest.state import State


class SeenEntries:
    def __init__(self, state: State) -> None:
        self._db = state.db

    def has(self, feed: str, entry: str) -> bool:
        row = self._db.execute("SELECT 1 FROM seen WHERE feed = ? AND entry = ?", (feed, entry)).fetchone()
        return row is not None

    def add(self, feed: str, entry: str) -> None:
        self._db.execute(
            "INSERT OR IGNORE INTO seen (feed, entry, at) VALUES (?, ?, ?)", (feed, entry, time.time())
        )

    def count(self, feed: str) -> int:
        return int(self._db.execute("SELECT count(*) FROM seen WHERE feed = ?", (feed,)).fetchone()[0])

    def forget(self, feed: str) -> None:
        self._db.execute("DELETE FROM seen WHERE feed = ?", (feed,))
