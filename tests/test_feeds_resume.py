"""A poll killed with kill -9 while it fetches a page resumes on the next run without duplicates,
and `feeds watch` polls on a schedule. Local news site on 127.0.0.1; the short articles are invented."""

from __future__ import annotations

import contextlib
import http.server
import json
import os
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from aikg.graph.stores.falkordb_server import PID_NAME, EmbeddedServer
from aikg.graph.stores.falkordb_store import FalkorDBStore
from tests.cli import aikg
from tests.conftest import ROOT
from tests.graph_snapshot import store_snapshot
from tests.news_site import NewsSite, page, rss


@pytest.fixture(autouse=True)
def _stop_servers(tmp_path: Path) -> Iterator[None]:
    """The CLI starts an embedded server per data dir; stop every one this test started."""
    yield
    for pid_file in tmp_path.rglob(PID_NAME):
        EmbeddedServer(pid_file.parent).stop()


ARTICLES = [
    ("Kestrel deal", "Kestrel Robotics partnered with Mistral AI in June 2025 on a translation tool."),
    ("Heronfield sold", "Anthropic acquired Heronfield Robotics in July 2025 for an undisclosed sum."),
    ("Plover deal", "Plover Robotics partnered with Anthropic in August 2025 on warehouse software."),
    ("Wren sold", "Mistral AI acquired Wren Robotics in September 2025 after months of talks."),
]


def _site() -> NewsSite:
    news = NewsSite().start()
    items = []
    for number, (title, sentence) in enumerate(ARTICLES, start=1):
        link = news.put(f"/news/{number}.html", page(title, ["Here is a short news item.", sentence]))
        items.append((title, link, "Short teaser."))
    news.put("/feed.xml", rss("Short news", items), "application/rss+xml")
    return news


def _sources(data_dir: Path) -> tuple[list[str], list[list[str]]]:
    store = FalkorDBStore(data_dir)
    try:
        nodes, rels = store_snapshot(store)
    finally:
        store.close()
    urls = sorted(p.get("url") for labels, p in nodes.values() if "Source" in labels)
    fact_sources = [list(p["sources"]) for t, _, _, p in rels.values() if t != "MENTIONS"]
    return urls, fact_sources


def test_poll_killed_mid_fetch_resumes_without_duplicates(tmp_path: Path) -> None:
    site = _site()
    requested, release = threading.Event(), threading.Event()
    body, content_type = site.pages.pop("/news/3.html")

    def stall(handler: http.server.BaseHTTPRequestHandler) -> None:
        requested.set()
        release.wait(60)
        handler.send_response(200)
        handler.send_header("Content-Type", content_type)
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        with contextlib.suppress(OSError):  # the poll was killed: nobody is listening
            handler.wfile.write(body)

    site.special["/news/3.html"] = stall
    data = tmp_path / "data"
    try:
        aikg("feeds", "add", site.base + "/feed.xml", data_dir=data, check=True)
        env = {**os.environ, "AIKG_DATA_DIR": str(data)}
        poll = subprocess.Popen(
            [sys.executable, "-m", "aikg", "feeds", "poll", "--delay", "0"],
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            assert requested.wait(120), "the poll never reached the third page"
            poll.send_signal(signal.SIGKILL)
            poll.wait(30)
        finally:
            release.set()
            if poll.poll() is None:
                poll.kill()
        assert poll.returncode == -signal.SIGKILL
        urls, _ = _sources(data)
        assert urls == [f"{site.base}/news/1.html", f"{site.base}/news/2.html"]

        site.pages["/news/3.html"] = (body, content_type)
        del site.special["/news/3.html"]
        before = len(site.hits)
        resumed = aikg("feeds", "poll", "--delay", "0", "--json", data_dir=data, check=True)
        assert json.loads(resumed.stdout)[0]["new"] == 2
        # entries stored before the kill are not fetched again
        assert [h.path for h in site.hits[before:]] == ["/feed.xml", "/news/3.html", "/news/4.html"]
        urls, fact_sources = _sources(data)
        assert urls == [f"{site.base}/news/{n}.html" for n in range(1, 5)]
        assert len(fact_sources) == 4 and all(len(s) == len(set(s)) == 1 for s in fact_sources)
    finally:
        site.stop()


def test_watch_polls_on_a_schedule_and_rejects_bad_durations(tmp_path: Path) -> None:
    site = _site()
    data = tmp_path / "data"
    try:
        aikg("feeds", "add", site.base + "/feed.xml", data_dir=data, check=True)
        watched = aikg("feeds", "watch", "--every", "1s", "--polls", "2", "--delay", "0", data_dir=data)
        assert watched.returncode == 0, watched.stderr
        assert watched.stdout.count("poll summary") == 2
        feed_hits = [h for h in site.hits if h.path == "/feed.xml"]
        assert [(h.status, h.conditional) for h in feed_hits] == [(200, False), (304, True)]
        bad = aikg("feeds", "watch", "--every", "soon", data_dir=data)
        assert bad.returncode == 1 and "--every 'soon': not a duration" in bad.stderr
    finally:
        site.stop()
