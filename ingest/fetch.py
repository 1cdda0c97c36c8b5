"""The one polite HTTP client every fetch of the project goes through.

- an identifying User-Agent (:data:`USER_AGENT`);
- robots.txt honoured (:mod:`aikg.ingest.robots`, fetched through this same client, cached per host);
- a per-host rate limit: at least ``delay`` seconds (or the host's ``Crawl-delay``, up to
  :data:`MAX_CRAWL_DELAY`) between two requests to the same host;
- conditional GET: the ETag / Last-Modified of a URL are remembered in the data dir's state file
  and sent back, so an unchanged page costs a 304. Validators are *pending* until the caller
  :meth:`Fetcher.confirm`\\ s the URL (after the document is stored), so a run killed in between
  fetches the page again instead of losing it;
- streamed downloads: the body is read in chunks and refused as soon as it passes ``max_bytes``
  (a declared Content-Length over the cap is refused before reading; gzip is decoded under the same
  cap), and the whole exchange, redirects included, must end within ``total_seconds``
  (:mod:`aikg.ingest.http_deadline` clamps every socket operation), so a server dripping a byte a
  second is cut off at the limit.
"""

from __future__ import annotations

import ssl
import time
import urllib.request
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

import httpcore

from aikg.ingest.http_deadline import DeadlineBackend, deadline
from aikg.ingest.limits import DEFAULT_DELAY_SECONDS, DEFAULT_MAX_BYTES, DEFAULT_TOTAL_SECONDS
from aikg.ingest.readers.errors import DocumentError
from aikg.ingest.robots import ROBOTS_MAX_BYTES, RobotsCache
from aikg.ingest.state import State

USER_AGENT = "aikg/0.1 (+knowledge graph of AI-industry actors; polite: robots.txt, rate-limited)"
READ_TIMEOUT_SECONDS = 20.0
MAX_CRAWL_DELAY = 30.0
MAX_REDIRECTS = 5
CHUNK = 65_536


class FetchError(DocumentError):
    """A URL that could not be fetched (unreachable, HTTP error, over a limit, disallowed)."""


@dataclass(frozen=True)
class Limits:
    max_bytes: int = DEFAULT_MAX_BYTES
    total_seconds: float = DEFAULT_TOTAL_SECONDS


@dataclass
class Response:
    url: str
    final_url: str
    status: int
    content: bytes = b""
    content_type: str = ""
    etag: str | None = None
    last_modified: str | None = None

    @property
    def not_modified(self) -> bool:
        return self.status == 304


@dataclass
class FetchStats:
    requests: int = 0
    not_modified: int = 0
    by_status: dict[int, int] = field(default_factory=dict)


def origin_of(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme.lower()}://{parts.netloc.lower()}"


def _ssl_context() -> ssl.SSLContext:
    try:
        import certifi

        return ssl.create_default_context(cafile=certifi.where())
    except ImportError:  # pragma: no cover - certifi comes with httpx
        return ssl.create_default_context()


class Fetcher:
    """Polite, bounded GETs. Use as a context manager (closes its connections)."""

    def __init__(
        self,
        *,
        state: State | None = None,
        limits: Limits | None = None,
        delay: float = DEFAULT_DELAY_SECONDS,
        conditional: bool = True,
        user_agent: str = USER_AGENT,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.state = state
        self.limits = limits or Limits()
        self.delay = delay
        self.conditional = conditional and state is not None
        self.user_agent = user_agent
        self._sleep = sleep
        self.stats = FetchStats()
        self.robots = RobotsCache(self._get_robots, user_agent, state)
        self._pools: dict[str | None, httpcore.ConnectionPool] = {}
        self._last: dict[str, float] = {}
        self._pending: dict[str, tuple[str | None, str | None]] = {}
        self._confirmed: set[str] = set()

    # -- public ---------------------------------------------------------------------------------

    def get(self, url: str) -> Response:
        """GET ``url`` politely (see the module docstring); a 304 comes back with ``not_modified``."""
        headers: dict[str, str] = {}
        if self.conditional:
            etag, modified = self._validators(url)
            if etag:
                headers["If-None-Match"] = etag
            if modified:
                headers["If-Modified-Since"] = modified
        response = self._get(url, headers, self.limits.max_bytes, check_robots=True)
        if response.status == 200 and (response.etag or response.last_modified):
            self._pending[url] = (response.etag, response.last_modified)
        return response

    def confirm(self, url: str) -> None:
        """The document(s) from ``url`` are stored: remember its validators for the next run."""
        self._confirmed.add(url)
        pending = self._pending.pop(url, None)
        if pending is not None and self.state is not None:
            self.state.db.execute(
                "INSERT OR REPLACE INTO validators (url, etag, last_modified, updated) VALUES (?, ?, ?, ?)",
                (url, pending[0], pending[1], time.time()),
            )

    def confirmed(self, url: str) -> bool:
        return url in self._confirmed

    def close(self) -> None:
        for pool in self._pools.values():
            pool.close()
        self._pools.clear()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    # -- internals ------------------------------------------------------------------------------

    def _validators(self, url: str) -> tuple[str | None, str | None]:
        if self.state is None:
            return None, None
        row = self.state.db.execute(
            "SELECT etag, last_modified FROM validators WHERE url = ?", (url,)
        ).fetchone()
        return (row[0], row[1]) if row else (None, None)

    def _get_robots(self, url: str) -> tuple[int, str]:
        response = self._get(url, {}, ROBOTS_MAX_BYTES, check_robots=False, robots_file=True)
        return response.status, response.content.decode("utf-8", errors="replace")

    def _get(
        self,
        url: str,
        headers: dict[str, str],
        max_bytes: int,
        *,
        check_robots: bool,
        robots_file: bool = False,
    ) -> Response:
        total = self.limits.total_seconds
        started = time.monotonic()
        current = url
        for _ in range(MAX_REDIRECTS + 1):
            scheme = urlsplit(current).scheme.lower()
            if scheme not in ("http", "https"):
                raise FetchError(url, f"unreachable: redirect to a {scheme or 'relative'} URL ({current})")
            origin = origin_of(current)
            if check_robots:
                try:
                    allowed = self.robots.allowed(origin, current)
                except FetchError as exc:
                    raise FetchError(url, exc.reason) from exc
                if not allowed:
                    agent = self.user_agent.split()[0]
                    raise FetchError(url, f"disallowed by {origin}/robots.txt for {agent}")
                self._wait_turn(origin, self.robots.crawl_delay(origin))
            else:
                self._wait_turn(origin, 0.0)
            left = total - (time.monotonic() - started)
            response = self._exchange(url, current, headers, max_bytes, left, robots_file)
            if response.status in (301, 302, 303, 307, 308) and response.final_url != current:
                current = response.final_url
                headers = {}  # validators belong to the URL first asked for
                continue
            if response.status >= 400 and not robots_file:
                raise FetchError(url, f"unreachable: HTTP {response.status}")
            return response
        raise FetchError(url, f"unreachable: more than {MAX_REDIRECTS} redirects")

    def _wait_turn(self, origin: str, crawl_delay: float) -> None:
        gap = max(self.delay, min(crawl_delay, MAX_CRAWL_DELAY))
        last = self._last.get(origin)
        if last is not None:
            wait = last + gap - time.monotonic()
            if wait > 0:
                self._sleep(wait)
        self._last[origin] = time.monotonic()

    def _pool(self, url: str) -> httpcore.ConnectionPool:
        host = urlsplit(url).hostname or ""
        proxies = urllib.request.getproxies()
        scheme = urlsplit(url).scheme.lower()
        proxy = None if urllib.request.proxy_bypass(host) else proxies.get(scheme)
        if proxy not in self._pools:
            self._pools[proxy] = httpcore.ConnectionPool(
                ssl_context=_ssl_context(),
                proxy=httpcore.Proxy(proxy) if proxy else None,
                network_backend=DeadlineBackend(),
                max_connections=4,
            )
        return self._pools[proxy]

    def _exchange(
        self, url: str, current: str, headers: dict[str, str], max_bytes: int, left: float, robots_file: bool
    ) -> Response:
        total = self.limits.total_seconds
        if left <= 0:
            raise FetchError(url, f"stopped at the total time limit of {total:g} s (--timeout)")
        sent = {"User-Agent": self.user_agent, "Accept-Encoding": "gzip", **headers}
        timeouts = {key: READ_TIMEOUT_SECONDS for key in ("connect", "read", "write", "pool")}
        self.stats.requests += 1
        until = time.monotonic() + left
        try:
            with (
                deadline(left),
                self._pool(current).stream(
                    "GET", current, headers=list(sent.items()), extensions={"timeout": timeouts}
                ) as raw,
            ):
                status = raw.status
                self.stats.by_status[status] = self.stats.by_status.get(status, 0) + 1
                got = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in raw.headers}
                if status in (301, 302, 303, 307, 308) and "location" in got:
                    return Response(url, urljoin(current, got["location"]), status)
                if status == 304:
                    self.stats.not_modified += 1
                    return Response(url, current, status)
                if status >= 400 and not robots_file:
                    return Response(url, current, status)
                content = _read_body(url, raw, got, max_bytes)
        except httpcore.TimeoutException as exc:
            if "total time limit" in str(exc) or time.monotonic() >= until - 0.01:
                raise FetchError(url, f"stopped at the total time limit of {total:g} s (--timeout)") from exc
            raise FetchError(url, f"unreachable: timed out ({exc or type(exc).__name__})") from exc
        except (httpcore.NetworkError, httpcore.ProtocolError, httpcore.UnsupportedProtocol) as exc:
            raise FetchError(url, f"unreachable: {type(exc).__name__}: {exc}") from exc
        return Response(
            url,
            current,
            status,
            content,
            got.get("content-type", ""),
            got.get("etag"),
            got.get("last-modified"),
        )


def _read_body(url: str, raw: httpcore.Response, headers: dict[str, str], max_bytes: int) -> bytes:
    """The body, read chunk by chunk and refused as soon as it passes ``max_bytes``."""
    over = f"is over the limit of {max_bytes} bytes (--max-bytes)"
    declared = headers.get("content-length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        raise FetchError(url, f"{int(declared)} bytes {over}")
    encoding = headers.get("content-encoding", "identity").lower()
    if encoding not in ("identity", "gzip", "x-gzip", ""):
        raise FetchError(url, f"unsupported content encoding {encoding!r}")
    inflate = zlib.decompressobj(zlib.MAX_WBITS | 32) if "gzip" in encoding else None
    parts: list[bytes] = []
    wire = size = 0
    for chunk in raw.iter_stream():
        wire += len(chunk)
        if inflate is not None:
            chunk = inflate.decompress(chunk, max_bytes - size + 1)
            if inflate.unconsumed_tail:
                raise FetchError(url, f"the decompressed body {over}")
        size += len(chunk)
        if size > max_bytes or wire > max_bytes:
            raise FetchError(url, f"the body {over} (stopped after {max(size, wire)} bytes)")
        parts.append(chunk)
    if inflate is not None:
        tail = inflate.flush()
        if size + len(tail) > max_bytes:
            raise FetchError(url, f"the decompressed body {over}")
        parts.append(tail)
    return b"".join(parts)
