"""robots.txt, fetched through the polite client and cached per host (in the state file for a day).

RFC 9309 conventions: a 2xx file is parsed with :mod:`urllib.robotparser`; 401/403 or a server
error (5xx) disallows the whole host; any other 4xx (no robots.txt) allows everything.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from urllib.robotparser import RobotFileParser

from aikg.ingest.state import State

ROBOTS_TTL_SECONDS = 24 * 3600
ROBOTS_MAX_BYTES = 512_000

# (status, body) of GET origin/robots.txt; raises when the host cannot be reached at all.
RobotsGetter = Callable[[str], tuple[int, str]]


def parser_for(status: int, body: str) -> RobotFileParser:
    parser = RobotFileParser()
    if status in (401, 403) or status >= 500:
        parser.parse(["User-agent: *", "Disallow: /"])
    elif status >= 400:
        parser.parse([])
    else:
        parser.parse(body.splitlines())
    return parser


class RobotsCache:
    """One parsed robots.txt per origin (``scheme://host:port``)."""

    def __init__(self, getter: RobotsGetter, user_agent: str, state: State | None = None) -> None:
        self._get = getter
        self._agent = user_agent
        self._state = state
        self._parsers: dict[str, RobotFileParser] = {}

    def _parser(self, origin: str) -> RobotFileParser:
        if origin in self._parsers:
            return self._parsers[origin]
        cached = self._cached(origin)
        if cached is None:
            status, body = self._get(origin + "/robots.txt")
            if self._state is not None and status < 500:
                self._state.db.execute(
                    "INSERT OR REPLACE INTO robots (origin, status, body, fetched) VALUES (?, ?, ?, ?)",
                    (origin, status, body, time.time()),
                )
            cached = (status, body)
        parser = self._parsers[origin] = parser_for(*cached)
        return parser

    def _cached(self, origin: str) -> tuple[int, str] | None:
        if self._state is None:
            return None
        row = self._state.db.execute(
            "SELECT status, body, fetched FROM robots WHERE origin = ?", (origin,)
        ).fetchone()
        if row is None or time.time() - row[2] > ROBOTS_TTL_SECONDS:
            return None
        return row[0], row[1]

    def allowed(self, origin: str, url: str) -> bool:
        return self._parser(origin).can_fetch(self._agent, url)

    def crawl_delay(self, origin: str) -> float:
        delay = self._parser(origin).crawl_delay(self._agent)
        return float(delay) if delay else 0.0
