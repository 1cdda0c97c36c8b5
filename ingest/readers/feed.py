"""RSS and Atom feeds (feedparser): each entry is a document."""

from __future__ import annotations

import time
from collections.abc import Iterator

import feedparser
import trafilatura

from aikg.ingest.readers.base import RawDocument
from aikg.ingest.readers.errors import DocumentError


def looks_like_feed(text: str) -> bool:
    head = text[:1000].lower()
    return "<rss" in head or "<feed" in head or "<rdf:rdf" in head


def _entry_text(entry: feedparser.FeedParserDict) -> str:
    parts = [c.get("value", "") for c in entry.get("content", [])] or [entry.get("summary", "")]
    html = "\n".join(p for p in parts if p)
    if "<" in html:
        return trafilatura.extract(f"<html><body>{html}</body></html>") or ""
    return html


def _published(entry: feedparser.FeedParserDict) -> str | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    return time.strftime("%Y-%m-%d", parsed) if parsed else entry.get("published")


def feed_entries(origin: str, raw: str, *, keep_empty: bool = False) -> Iterator[RawDocument | DocumentError]:
    """Each entry of a feed as a document (its own text); ``keep_empty`` keeps entries with no text."""
    if "<" not in raw:  # feedparser would open a lone URL or file path itself, outside the polite client
        yield DocumentError(origin, "not an RSS/Atom feed (no XML markup)")
        return
    parsed = feedparser.parse(raw)
    if not parsed.entries:
        reason = f"not an RSS/Atom feed ({parsed.bozo_exception})" if parsed.bozo else "feed has no entries"
        yield DocumentError(origin, reason)
        return
    language = (parsed.feed.get("language") or "")[:2] or None
    for number, entry in enumerate(parsed.entries, start=1):
        link = entry.get("link")
        where = link or f"{origin}#entry{number}"
        text = _entry_text(entry)
        if not text.strip() and not keep_empty:
            yield DocumentError(where, "feed entry has no text")
            continue
        yield RawDocument(
            origin=where,
            text=text,
            title=entry.get("title"),
            url=link,
            path=None if link else where,
            published=_published(entry),
            language=language,
        )


class FeedReader:
    name = "feed"
    extensions = (".rss", ".atom", ".xml")

    def read(self, origin: str, raw: str) -> Iterator[RawDocument | DocumentError]:
        yield from feed_entries(origin, raw)
