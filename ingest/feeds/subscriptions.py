"""Feed subscriptions and the outcome of each feed's last poll, in the data dir's state file."""

from __future__ import annotations

import time
from dataclasses import dataclass
from urllib.parse import urlsplit

from aikg.graph.errors import InvalidInputError
from aikg.ingest.feeds.seen import SeenEntries
from aikg.ingest.state import State


@dataclass(frozen=True)
class Feed:
    url: str
    name: str
    added: float
    last_poll: float | None = None
    last_error: str | None = None
    last_new: int = 0

    def as_dict(self) -> dict[str, object]:
        return {
            "url": self.url,
            "name": self.name,
            "added": _iso(self.added),
            "last_poll": _iso(self.last_poll),
            "last_error": self.last_error,
            "last_new": self.last_new,
        }


def _iso(moment: float | None) -> str | None:
    return None if moment is None else time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(moment))


def check_feed_url(url: str) -> str:
    parts = urlsplit(url.strip())
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        raise InvalidInputError(f"{url!r}: not an http(s) feed URL")
    return url.strip()


def default_name(url: str) -> str:
    parts = urlsplit(url)
    return (parts.netloc + parts.path).rstrip("/")


class Subscriptions:
    def __init__(self, state: State) -> None:
        self._state = state
        self._db = state.db

    def add(self, url: str, name: str | None = None) -> bool:
        """Subscribe to a feed; False if it was already subscribed (its name is then updated if given)."""
        url = check_feed_url(url)
        if self.get(url) is not None:
            if name:
                self._db.execute("UPDATE feeds SET name = ? WHERE url = ?", (name, url))
            return False
        self._db.execute(
            "INSERT INTO feeds (url, name, added) VALUES (?, ?, ?)",
            (url, name or default_name(url), time.time()),
        )
        return True

    def get(self, url: str) -> Feed | None:
        row = self._db.execute(
            "SELECT url, name, added, last_poll, last_error, last_new FROM feeds WHERE url = ?", (url,)
        ).fetchone()
        return Feed(*row) if row else None

    def find(self, url_or_name: str) -> Feed:
        """The feed with this URL or name; a clear error naming the valid ones otherwise."""
        for feed in self.all():
            if url_or_name in (feed.url, feed.name):
                return feed
        known = ", ".join(f.name for f in self.all()) or "none"
        raise InvalidInputError(f"{url_or_name!r}: no such feed (subscribed: {known})")

    def all(self) -> list[Feed]:
        rows = self._db.execute(
            "SELECT url, name, added, last_poll, last_error, last_new FROM feeds ORDER BY added, url"
        ).fetchall()
        return [Feed(*row) for row in rows]

    def remove(self, url_or_name: str) -> Feed:
        feed = self.find(url_or_name)
        self._db.execute("DELETE FROM feeds WHERE url = ?", (feed.url,))
        SeenEntries(self._state).forget(feed.url)
        return feed

    def record_poll(self, url: str, new: int, error: str | None) -> None:
        self._db.execute(
            "UPDATE feeds SET last_poll = ?, last_error = ?, last_new = ? WHERE url = ?",
            (time.time(), error, new, url),
        )
