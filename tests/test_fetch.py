"""The polite client against local servers (127.0.0.1 only): byte cap while streaming, total time
limit, robots.txt, per-URL validators, identifying User-Agent."""

from __future__ import annotations

import gzip
import http.server
import time
import tracemalloc
from collections.abc import Iterator
from pathlib import Path

import pytest

from aikg.ingest.fetch import USER_AGENT, Fetcher, FetchError, Limits
from aikg.ingest.state import State
from tests.news_site import NewsSite

MB = 1_000_000


@pytest.fixture
def site() -> Iterator[NewsSite]:
    news = NewsSite().start()
    yield news
    news.stop()


def _headers(handler: http.server.BaseHTTPRequestHandler, **extra: str) -> None:
    handler.send_response(200)
    handler.send_header("Content-Type", "text/plain")
    for key, value in extra.items():
        handler.send_header(key.replace("_", "-"), value)
    handler.end_headers()


def _endless(handler: http.server.BaseHTTPRequestHandler, total: int = 275 * MB) -> None:
    """Streams ``total`` bytes with no Content-Length (the client cannot know the size up front)."""
    handler.close_connection = True
    _headers(handler, Connection="close")
    chunk = b"x" * 65_536
    try:
        for _ in range(total // len(chunk)):
            handler.wfile.write(chunk)
    except OSError:
        pass  # the client hung up: what the test wants


def _drip(handler: http.server.BaseHTTPRequestHandler) -> None:
    """Headers, then one byte every 0.2 s for up to a minute."""
    handler.close_connection = True
    _headers(handler, Connection="close")
    try:
        for _ in range(300):
            handler.wfile.write(b"a")
            handler.wfile.flush()
            time.sleep(0.2)
    except OSError:
        pass


def _drip_headers(handler: http.server.BaseHTTPRequestHandler) -> None:
    """The status line and headers themselves dripped one byte every 0.2 s."""
    handler.close_connection = True
    try:
        for byte in b"HTTP/1.1 200 OK\r\nX-Slow: " + b"y" * 300:
            handler.wfile.write(bytes([byte]))
            handler.wfile.flush()
            time.sleep(0.2)
    except OSError:
        pass


def test_oversized_body_is_refused_while_streaming_with_flat_memory(site: NewsSite) -> None:
    site.special["/huge.txt"] = _endless
    with Fetcher(limits=Limits(max_bytes=2 * MB), delay=0) as fetcher:
        tracemalloc.start()
        try:
            with pytest.raises(FetchError, match=r"over the limit of 2000000 bytes \(--max-bytes\)"):
                fetcher.get(site.base + "/huge.txt")
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    assert peak < 8 * MB  # a 275 MB response, of which little more than the 2 MB cap was ever held


def test_declared_length_over_the_cap_is_refused_before_reading(site: NewsSite) -> None:
    site.put("/big.html", "<p>" + "word " * 5000 + "</p>")
    with Fetcher(limits=Limits(max_bytes=1000), delay=0) as fetcher, pytest.raises(FetchError) as caught:
        fetcher.get(site.base + "/big.html")
    assert "25007 bytes is over the limit of 1000 bytes" in str(caught.value)


def test_gzip_bomb_is_refused_at_the_decompressed_cap(site: NewsSite) -> None:
    bomb = gzip.compress(b"\0" * (50 * MB))

    def serve(handler: http.server.BaseHTTPRequestHandler) -> None:
        _headers(handler, Content_Encoding="gzip", Content_Length=str(len(bomb)))
        handler.wfile.write(bomb)

    site.special["/bomb"] = serve
    with Fetcher(limits=Limits(max_bytes=MB), delay=0) as fetcher, pytest.raises(FetchError) as caught:
        fetcher.get(site.base + "/bomb")
    assert "decompressed body is over the limit" in str(caught.value)


@pytest.mark.parametrize("handler", [_drip, _drip_headers], ids=["body", "headers"])
def test_drip_feeding_server_is_cut_off_at_the_total_limit(site: NewsSite, handler) -> None:
    site.special["/slow"] = handler
    started = time.monotonic()
    with Fetcher(limits=Limits(total_seconds=1.5), delay=0) as fetcher, pytest.raises(FetchError) as caught:
        fetcher.get(site.base + "/slow")
    elapsed = time.monotonic() - started
    assert "total time limit of 1.5 s" in str(caught.value)
    # the drip would last a minute; every byte arrives well within the 20 s read timeout
    assert elapsed < 20
    assert site.paths() == ["/robots.txt", "/slow"]


def test_robots_txt_is_obeyed_and_fetched_once_per_host(site: NewsSite, tmp_path: Path) -> None:
    site.put("/robots.txt", "User-agent: *\nDisallow: /private/\n", "text/plain")
    site.put("/private/memo.html", "<p>secret</p>")
    site.put("/public/a.html", "<p>open</p>")
    site.put("/public/b.html", "<p>open too</p>")
    with State(tmp_path) as state, Fetcher(state=state, delay=0) as fetcher:
        with pytest.raises(FetchError, match=r"disallowed by http://127\.0\.0\.1:\d+/robots\.txt for aikg/"):
            fetcher.get(site.base + "/private/memo.html")
        assert fetcher.get(site.base + "/public/a.html").content == b"<p>open</p>"
        fetcher.get(site.base + "/public/b.html")
    assert site.paths() == ["/robots.txt", "/public/a.html", "/public/b.html"]
    assert {h.user_agent for h in site.hits} == {USER_AGENT}
    with State(tmp_path) as state, Fetcher(state=state, delay=0) as fetcher:  # cached in the data dir
        fetcher.get(site.base + "/public/a.html")
    assert site.paths().count("/robots.txt") == 1


def test_robots_txt_naming_aikg_disallows_everything(site: NewsSite) -> None:
    site.put("/robots.txt", "User-agent: aikg\nDisallow: /\n\nUser-agent: *\nAllow: /\n", "text/plain")
    site.put("/a.html", "<p>a</p>")
    with Fetcher(delay=0) as fetcher, pytest.raises(FetchError, match="disallowed"):
        fetcher.get(site.base + "/a.html")


def test_validators_are_sent_back_only_once_confirmed(site: NewsSite, tmp_path: Path) -> None:
    url = site.put("/a.html", "<p>first version</p>")
    with State(tmp_path) as state:
        with Fetcher(state=state, delay=0) as fetcher:
            assert fetcher.get(url).status == 200  # not confirmed: as if killed before storing
        with Fetcher(state=state, delay=0) as fetcher:
            assert fetcher.get(url).status == 200
            fetcher.confirm(url)
        with Fetcher(state=state, delay=0) as fetcher:
            assert fetcher.get(url).not_modified
        site.put("/a.html", "<p>second version</p>")
        with Fetcher(state=state, delay=0) as fetcher:
            assert fetcher.get(url).content == b"<p>second version</p>"
    statuses = [(h.path, h.status, h.conditional) for h in site.hits if h.path == "/a.html"]
    assert statuses == [
        ("/a.html", 200, False),
        ("/a.html", 200, False),
        ("/a.html", 304, True),
        ("/a.html", 200, True),
    ]


def test_http_errors_and_unreachable_hosts_name_the_url(site: NewsSite) -> None:
    with Fetcher(delay=0) as fetcher:
        with pytest.raises(FetchError, match=r"/missing\.html: unreachable: HTTP 404"):
            fetcher.get(site.base + "/missing.html")
        with pytest.raises(FetchError, match=r"127\.0\.0\.1:9/a: unreachable"):
            fetcher.get("http://127.0.0.1:9/a")


def test_redirects_are_followed_within_http(site: NewsSite) -> None:
    site.put("/new.html", "<p>moved here</p>")

    def moved(target: str) -> object:
        def serve(handler: http.server.BaseHTTPRequestHandler) -> None:
            handler.send_response(301)
            handler.send_header("Location", target)
            handler.send_header("Content-Length", "0")
            handler.end_headers()

        return serve

    site.special["/old.html"] = moved("/new.html")
    site.special["/file"] = moved("file:///etc/passwd")
    with Fetcher(delay=0) as fetcher:
        response = fetcher.get(site.base + "/old.html")
        assert (response.content, response.final_url) == (b"<p>moved here</p>", site.base + "/new.html")
        with pytest.raises(FetchError, match="redirect to a file URL"):
            fetcher.get(site.base + "/file")


def test_per_host_delay_and_crawl_delay_space_requests(site: NewsSite) -> None:
    site.put("/a.html", "<p>a</p>")
    waits: list[float] = []
    with Fetcher(delay=5.0, sleep=waits.append) as fetcher:
        fetcher.get(site.base + "/a.html")  # robots.txt then the page: one wait between them
        fetcher.get(site.base + "/a.html")
    assert len(waits) == 2 and all(0 < w <= 5.0 for w in waits)
    site.put("/robots.txt", "User-agent: *\nCrawl-delay: 12\n", "text/plain")
    waits.clear()
    with Fetcher(delay=0, sleep=waits.append) as fetcher:
        fetcher.get(site.base + "/a.html")
    assert len(waits) == 1 and 5.0 < waits[0] <= 12.0


def test_follow_keeps_the_entry_when_the_page_gives_less_or_nothing(site: NewsSite) -> None:
    from aikg.ingest.feeds.follow import follow_entry
    from aikg.ingest.readers.base import RawDocument
    from aikg.ingest.readers.errors import DocumentError

    long_entry = "The whole story sits in the feed entry. " * 20
    thin = site.put("/thin.html", "<html><body><article><p>Only a teaser here.</p></article></body></html>")
    full = site.put(
        "/full.html",
        "<html><head><title>Page title</title></head><body><article>"
        + "<p>The page tells much more than the entry did, paragraph after paragraph.</p>" * 30
        + "</article></body></html>",
    )
    with Fetcher(delay=0) as fetcher:
        entry = RawDocument(
            origin=thin, text=long_entry, title="Entry title", url=thin, published="2025-03-18"
        )
        assert follow_entry(entry, fetcher) is entry
        gone = RawDocument(origin=site.base + "/gone.html", text=long_entry, url=site.base + "/gone.html")
        assert follow_entry(gone, fetcher) is gone
        empty = RawDocument(origin=site.base + "/gone.html", text="", url=site.base + "/gone.html")
        failed = follow_entry(empty, fetcher)
        assert isinstance(failed, DocumentError) and "HTTP 404" in str(failed)
        followed = follow_entry(
            RawDocument(origin=full, text="Short.", title="Entry title", url=full, published="2025-03-18"),
            fetcher,
        )
    assert isinstance(followed, RawDocument) and "paragraph after paragraph" in followed.text
    assert (followed.title, followed.url, followed.published) == ("Page title", full, "2025-03-18")
