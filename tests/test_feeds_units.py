"""Small parts of the feeds feature that take user text: durations, feed URLs, OPML, robots.txt."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from aikg.commands.feeds_cmds import parse_duration
from aikg.graph.errors import InvalidInputError
from aikg.ingest.feeds.opml import read_opml
from aikg.ingest.feeds.subscriptions import Subscriptions, check_feed_url
from aikg.ingest.robots import parser_for
from aikg.ingest.state import STATE_FILE, State


@pytest.mark.parametrize(
    ("text", "seconds"), [("90s", 90), ("30m", 1800), ("1h", 3600), ("1h30m", 5400), ("2d", 172800)]
)
def test_durations(text: str, seconds: float) -> None:
    assert parse_duration(text) == seconds


@given(st.text(max_size=20))
def test_any_text_is_a_duration_or_a_clear_error(text: str) -> None:
    try:
        assert parse_duration(text) > 0
    except InvalidInputError as exc:
        assert "--every" in str(exc)


@given(st.text(max_size=60))
def test_any_text_is_a_feed_url_or_a_clear_error(text: str) -> None:
    try:
        assert check_feed_url(text).lower().startswith(("http://", "https://"))
    except InvalidInputError as exc:
        assert "not an http(s) feed URL" in str(exc)


@pytest.mark.parametrize(
    ("status", "private", "public"),
    [(200, False, True), (404, True, True), (401, False, False), (403, False, False), (503, False, False)],
)
def test_robots_status_conventions(status: int, private: bool, public: bool) -> None:
    parser = parser_for(status, "User-agent: *\nDisallow: /private/\n")
    assert parser.can_fetch("aikg/0.1", "http://h/private/a") is private
    assert parser.can_fetch("aikg/0.1", "http://h/public/a") is public


def test_opml_nested_outlines_without_duplicates(tmp_path: Path) -> None:
    path = tmp_path / "list.opml"
    path.write_text(
        "<opml version='1.0'><body><outline text='AI'>"
        "<outline text='One' xmlUrl='https://one.example/feed'/>"
        "<outline title='Two' xmlUrl='https://two.example/rss'/></outline>"
        "<outline text='One again' xmlUrl='https://one.example/feed'/></body></opml>",
        encoding="utf-8",
    )
    assert read_opml(path) == [("https://one.example/feed", "One"), ("https://two.example/rss", "Two")]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("<opml><body><outline text='folder'/></body></opml>", "no feed in the OPML file"),
        ("<html><body/></html>", "no <opml> root element"),
        ("<opml><body>", "not valid OPML"),
    ],
)
def test_bad_opml_is_one_clear_error(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "bad.opml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InvalidInputError, match=message) as caught:
        read_opml(path)
    assert "bad.opml" in str(caught.value)


def test_state_file_is_private_and_subscriptions_survive_reopening(tmp_path: Path) -> None:
    with State(tmp_path / "data") as state:
        assert Subscriptions(state).add("https://one.example/feed", "one")
    assert (tmp_path / "data" / STATE_FILE).stat().st_mode & 0o777 == 0o600
    with State(tmp_path / "data") as state:
        subscriptions = Subscriptions(state)
        assert [f.name for f in subscriptions.all()] == ["one"]
        assert not subscriptions.add("https://one.example/feed")
        assert subscriptions.remove("one").url == "https://one.example/feed"
        with pytest.raises(InvalidInputError, match="no such feed"):
            subscriptions.remove("one")


def test_a_feed_body_that_is_a_url_or_path_is_not_opened(tmp_path: Path) -> None:
    from aikg.ingest.readers.errors import DocumentError
    from aikg.ingest.readers.feed import feed_entries

    secret = tmp_path / "secret.xml"
    secret.write_text(
        "<rss><channel><item><title>leak</title><description>x</description></item></channel></rss>"
    )
    for body in (str(secret), "http://127.0.0.1:9/feed.xml"):
        [item] = list(feed_entries("given.xml", body))
        assert isinstance(item, DocumentError) and "no XML markup" in str(item)
