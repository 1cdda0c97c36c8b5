"""Feeds end to end, through the real CLI, against a local news site (127.0.0.1 only).

The articles are invented for these tests: a wire story about a Lyon robotics start-up (republished
by a second site under another footer), a separately written article about the same partnership,
and a page behind a robots.txt rule.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from aikg.graph.stores.falkordb_server import PID_NAME, EmbeddedServer
from aikg.graph.stores.falkordb_store import FalkorDBStore
from tests.cli import aikg
from tests.graph_snapshot import store_snapshot
from tests.news_site import NewsSite, page, rss

WIRE = [
    "The Lyon start-up shared the news with its staff on Tuesday morning.",
    "Lumen Robotics hired Marisol Quenneville as its chief scientist in March 2025.",
    "Marisol Quenneville, a former researcher at Google DeepMind, will lead a team of twelve people "
    "working on grasping and navigation for warehouse machines.",
    "Lumen Robotics partnered with Mistral AI in March 2025 to train compact models that run on the "
    "robots themselves, without any connection to a distant data centre.",
    "The company expects its first machines to reach customers in the autumn, and it plans to open a "
    "second office in Grenoble before the end of the year.",
]
WIRE_FOOTER = (
    "This story was first published by the Rhone Valley Wire and is reproduced with the permission "
    "of its editors."
)
COPY_FOOTER = (
    "Copyright 2025 Harbour Tech Daily. Subscribers receive our robotics letter every Friday morning."
)
OWN_STORY = [
    "Mistral AI confirmed on Wednesday a new agreement with a young robotics company from the south "
    "east of the country.",
    "Lumen Robotics partnered with Mistral AI in March 2025 to adapt small language models to "
    "machines that sort parcels.",
    "Engineers from the two teams will share a lab in Paris for six months, and the first results "
    "are due before the summer holidays.",
    "Neither side gave a figure for the value of the deal, which follows a busy quarter of hiring in "
    "the sector.",
]
PRIVATE = [
    "Anthropic acquired Lumen Robotics in June 2025, two people who saw the memo said.",
    "The memo circulated among a handful of managers and was never meant for the public.",
]
TEASER = "A robotics start-up in Lyon has named a new research chief. Read the full story on our site."
OWN_TEASER = "A French model maker has a new partner in robotics. Our reporter has the details."
PRIVATE_TEASER = "An internal memo is making the rounds. Details are for members only."
JOINED = ("person:marisol-quenneville", "JOINED", "organization:lumen-robotics")
PARTNERED = ("organization:lumen-robotics", "PARTNERED_WITH", "organization:mistral-ai")
ACQUIRED = ("organization:anthropic", "ACQUIRED", "organization:lumen-robotics")


@pytest.fixture(autouse=True)
def _stop_servers(tmp_path: Path) -> Iterator[None]:
    """The CLI starts an embedded server per data dir; stop every one this test started."""
    yield
    for pid_file in tmp_path.rglob(PID_NAME):
        EmbeddedServer(pid_file.parent).stop()


@pytest.fixture
def site() -> Iterator[NewsSite]:
    news = NewsSite().start()
    news.put("/robots.txt", "User-agent: *\nDisallow: /private/\n", "text/plain")
    news.put("/valley/lumen-chief.html", page("Lumen Robotics names a chief scientist", [*WIRE, WIRE_FOOTER]))
    news.put("/harbour/wire-lumen.html", page("Lumen Robotics names a chief scientist", [*WIRE, COPY_FOOTER]))
    news.put("/harbour/mistral-partner.html", page("Mistral AI finds a robotics partner", OWN_STORY))
    news.put("/private/memo.html", page("The memo", PRIVATE))
    b = news.base
    news.put(
        "/feeds/valley.xml",
        rss("Rhone Valley Wire", [("Lumen names a chief scientist", f"{b}/valley/lumen-chief.html", TEASER)]),
        "application/rss+xml",
    )
    news.put(
        "/feeds/harbour.xml",
        rss(
            "Harbour Tech Daily",
            [
                ("Lumen names a chief scientist", f"{b}/harbour/wire-lumen.html", TEASER),
                ("Mistral AI finds a robotics partner", f"{b}/harbour/mistral-partner.html", OWN_TEASER),
            ],
        ),
        "application/rss+xml",
    )
    news.put(
        "/feeds/members.xml",
        rss("Members", [("The memo", f"{b}/private/memo.html", PRIVATE_TEASER)]),
        "application/rss+xml",
    )
    yield news
    news.stop()


def _opml(tmp_path: Path, site: NewsSite) -> Path:
    path = tmp_path / "subscriptions.opml"
    path.write_text(
        "<?xml version='1.0'?><opml version='2.0'><head><title>AI news</title></head><body>"
        "<outline text='Robotics'>"
        f"<outline type='rss' text='Valley wire' xmlUrl='{site.base}/feeds/valley.xml'/>"
        f"<outline type='rss' text='Harbour daily' xmlUrl='{site.base}/feeds/harbour.xml'/>"
        "</outline>"
        f"<outline type='rss' text='Members' xmlUrl='{site.base}/feeds/members.xml'/>"
        "</body></opml>",
        encoding="utf-8",
    )
    return path


def _graph(data_dir: Path) -> tuple[dict[str, Any], dict[tuple[str, str, str], dict[str, Any]]]:
    store = FalkorDBStore(data_dir)
    try:
        nodes, rels = store_snapshot(store)
    finally:
        store.close()
    facts = {(start, rtype, end): props for rtype, start, end, props in rels.values() if rtype != "MENTIONS"}
    sources = {nid: props for nid, (labels, props) in nodes.items() if "Source" in labels}
    return sources, facts


def _source_by_url(sources: dict[str, Any], url: str) -> dict[str, Any]:
    [found] = [props for props in sources.values() if props.get("url") == url]
    return found


def test_follow_reads_the_full_pages_that_teasers_link_to(site: NewsSite, tmp_path: Path) -> None:
    feed = site.base + "/feeds/valley.xml"
    teasers = aikg("ingest", feed, "--delay", "0", data_dir=tmp_path / "teasers", check=True)
    assert "1 " in teasers.stdout
    _, facts = _graph(tmp_path / "teasers")
    assert JOINED not in facts and PARTNERED not in facts  # the teaser names nobody
    followed = aikg("ingest", feed, "--follow", "--delay", "0", data_dir=tmp_path / "full", check=True)
    assert followed.returncode == 0
    sources, facts = _graph(tmp_path / "full")
    assert JOINED in facts and PARTNERED in facts
    source = _source_by_url(sources, f"{site.base}/valley/lumen-chief.html")
    assert source["title"] == "Lumen Robotics names a chief scientist" and source["published"] == "2025-03-18"
    assert "Marisol Quenneville" in facts[JOINED]["evidence"][0]
    subscribed = tmp_path / "subscribed"  # a subscribed feed is followed without --follow
    aikg("feeds", "add", feed, data_dir=subscribed, check=True)
    aikg("ingest", feed, "--delay", "0", data_dir=subscribed, check=True)
    assert JOINED in _graph(subscribed)[1]


def test_opml_import_and_poll_in_one_command_then_a_second_poll_costs_only_304s(
    site: NewsSite, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    result = aikg(
        "feeds", "import", str(_opml(tmp_path, site)), "--poll", "--delay", "0", "--json", data_dir=data
    )
    assert result.returncode == 0, result.stderr
    assert "3 feeds, 3 new subscriptions" in result.stderr
    rows = {row["feed"]: row for row in json.loads(result.stdout)}
    assert set(rows) == {"Valley wire", "Harbour daily", "Members"}
    assert (rows["Valley wire"]["new"], rows["Valley wire"]["syndicated"]) == (1, 0)
    assert (rows["Harbour daily"]["new"], rows["Harbour daily"]["syndicated"]) == (1, 1)
    assert rows["Members"]["new"] == 1 and rows["Members"]["errors"] == 0  # the teaser, not the page

    # robots.txt: the disallowed page was never requested; its entry fell back to the feed's text
    assert "/private/memo.html" not in site.paths()
    sources, facts = _graph(data)
    assert ACQUIRED not in facts
    assert JOINED in facts

    # the wire story served twice with a different footer: one source, one syndication
    canonical = _source_by_url(sources, f"{site.base}/valley/lumen-chief.html")
    assert canonical["syndications"] == [f"{site.base}/harbour/wire-lumen.html"]
    assert not [p for p in sources.values() if p.get("url") == f"{site.base}/harbour/wire-lumen.html"]
    assert len(sources) == 3

    # two articles written apart about one partnership: two sources corroborating one fact
    own = _source_by_url(sources, f"{site.base}/harbour/mistral-partner.html")
    ids = {props["url"]: sid for sid, props in sources.items()}
    assert sorted(facts[PARTNERED]["sources"]) == sorted([ids[canonical["url"]], ids[own["url"]]])
    assert len(facts[JOINED]["sources"]) == 1  # the copy added no corroboration

    # second poll: feeds and pages unchanged -> conditional requests answered 304, nothing added
    before = len(site.hits)
    again = aikg("feeds", "poll", "--delay", "0", "--json", data_dir=data)
    assert again.returncode == 0, again.stderr
    second = site.hits[before:]
    assert len(second) == 3 and all(h.conditional and h.status == 304 for h in second)
    assert all(row["new"] == 0 and row["status"] == "unchanged" for row in json.loads(again.stdout))
    assert _graph(data) == (sources, facts)


def test_subscriptions_add_list_remove_and_status(site: NewsSite, tmp_path: Path) -> None:
    data = tmp_path / "data"
    feed = site.base + "/feeds/valley.xml"
    added = aikg("feeds", "add", feed, "--name", "wire", data_dir=data, check=True)
    assert "subscribed to wire" in added.stdout
    assert "already subscribed" in aikg("feeds", "add", feed, data_dir=data, check=True).stdout
    bad = aikg("feeds", "add", "ftp://example.invalid/feed", data_dir=data)
    assert bad.returncode == 1 and "not an http(s) feed URL" in bad.stderr
    site.put("/feeds/broken.xml", "this is not a feed", "text/plain")
    aikg("feeds", "add", site.base + "/feeds/broken.xml", "--name", "broken", data_dir=data, check=True)
    polled = aikg("feeds", "poll", "--delay", "0", data_dir=data)
    assert polled.returncode == 1 and "broken.xml" in polled.stderr  # one feed failed, the other stored
    assert "poll summary" in polled.stdout
    listed = json.loads(aikg("feeds", "list", "--json", data_dir=data, check=True).stdout)
    assert [(f["name"], f["entries_stored"], f["last_error"] is None) for f in listed] == [
        ("wire", 1, True),
        ("broken", 0, False),
    ]
    status = json.loads(aikg("status", "--json", data_dir=data, check=True).stdout)
    polls = [(f["name"], f["last_poll"] is not None) for f in status["feeds"]]
    assert polls == [("wire", True), ("broken", True)]
    assert "not an RSS/Atom feed" in status["feeds"][1]["last_error"]
    assert "feeds" in aikg("status", data_dir=data, check=True).stdout
    assert "unsubscribed from broken" in aikg("feeds", "remove", "broken", data_dir=data, check=True).stdout
    gone = aikg("feeds", "remove", "broken", data_dir=data)
    assert gone.returncode == 1 and "no such feed (subscribed: wire)" in gone.stderr
    site.hits.clear()
    site.pages.pop("/feeds/valley.xml")
    down = aikg("feeds", "poll", "--delay", "0", data_dir=data)
    assert down.returncode == 3  # no feed could be polled


def test_bad_opml_subscribes_to_nothing(tmp_path: Path) -> None:
    data = tmp_path / "data"
    bomb = tmp_path / "bomb.opml"
    bomb.write_text(
        "<?xml version='1.0'?><!DOCTYPE opml [<!ENTITY a 'aaaaaaaaaa'><!ENTITY b '&a;&a;&a;&a;&a;'>]>"
        "<opml><body><outline xmlUrl='http://127.0.0.1:9/&b;'/><outline xmlUrl='file:///etc/passwd'/>"
        "</body></opml>",
        encoding="utf-8",
    )
    result = aikg("feeds", "import", str(bomb), data_dir=data)
    assert result.returncode == 1 and "bomb.opml" in result.stderr
    assert "not an http(s) feed URL" in result.stderr
    assert json.loads(aikg("feeds", "list", "--json", data_dir=data, check=True).stdout) == []
