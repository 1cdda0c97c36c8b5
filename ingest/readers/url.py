"""http(s) URLs, fetched by the polite client (:mod:`aikg.ingest.fetch`): HTML pages through
trafilatura, feeds through feedparser (each entry followed to its article with ``follow``)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from aikg.ingest.feeds.follow import NotModified, follow_entry
from aikg.ingest.feeds.seen import SeenEntries
from aikg.ingest.readers.base import RawDocument, decode
from aikg.ingest.readers.errors import DocumentError
from aikg.ingest.readers.feed import feed_entries, looks_like_feed
from aikg.ingest.readers.html import html_document

if TYPE_CHECKING:
    from aikg.ingest.fetch import Fetcher

__all__ = ["NotModified", "UrlOptions", "is_url", "read_url"]


@dataclass
class UrlOptions:
    """How URLs are read: the client, whether feed entries are followed to their page, and (when
    following) the entries already stored, which are not fetched again."""

    fetcher: Fetcher
    follow: bool = False
    seen: SeenEntries | None = None
    follow_feeds: frozenset[str] = frozenset()  # feeds always followed (the subscribed ones)
    feeds_only: bool = False  # every URL must be a feed (polling subscriptions)


def is_url(value: str) -> bool:
    return value.lower().startswith(("http://", "https://"))


def read_url(url: str, options: UrlOptions) -> Iterator[RawDocument | DocumentError | NotModified]:
    """The documents at ``url``. The caller confirms each one it stored (``fetcher.confirm(name)``);
    a feed's validators are remembered once every entry it yielded was confirmed."""
    fetcher = options.fetcher
    try:
        response = fetcher.get(url)
        if response.not_modified:
            yield NotModified(url)
            return
        text = decode(url, response.content, fetcher.limits.max_bytes)
    except DocumentError as exc:
        yield exc
        return
    content_type = response.content_type
    if options.feeds_only or "rss" in content_type or "atom" in content_type or looks_like_feed(text):
        yield from _read_feed(url, text, options)
        return
    if "html" in content_type or "<html" in text[:2000].lower():
        try:
            yield html_document(url, text, url=url)
        except DocumentError as exc:
            yield exc
        return
    yield RawDocument(origin=url, text=text, url=url)


def _read_feed(
    url: str, text: str, options: UrlOptions
) -> Iterator[RawDocument | DocumentError | NotModified]:
    fetcher, seen = options.fetcher, options.seen
    follow = options.follow or url in options.follow_feeds
    complete = True
    for entry in feed_entries(url, text, keep_empty=follow):
        if isinstance(entry, DocumentError):
            yield entry
            continue
        key = entry.url or entry.path or entry.origin
        if follow and seen is not None and seen.has(url, key):
            continue
        yield follow_entry(entry, fetcher) if follow else entry
        # resumed once the caller handled the entry: it is stored if the caller confirmed it
        if fetcher.confirmed(key):
            if follow and seen is not None:
                seen.add(url, key)
        else:
            complete = False
    if complete:
        fetcher.confirm(url)
