"""http(s) URLs (httpx): HTML pages through trafilatura, feeds through feedparser."""

from __future__ import annotations

from collections.abc import Iterator

import httpx

from aikg.ingest.readers.base import RawDocument, decode
from aikg.ingest.readers.errors import DocumentError
from aikg.ingest.readers.feed import FeedReader, looks_like_feed
from aikg.ingest.readers.html import html_document

TIMEOUT_SECONDS = 20.0
USER_AGENT = "aikg/0.1 (+knowledge graph of AI-industry actors)"


def is_url(value: str) -> bool:
    return value.lower().startswith(("http://", "https://"))


def fetch(url: str, max_bytes: int) -> tuple[bytes, str]:
    try:
        with httpx.Client(
            timeout=TIMEOUT_SECONDS, follow_redirects=True, headers={"User-Agent": USER_AGENT}
        ) as client:
            response = client.get(url)
    except httpx.HTTPError as exc:
        raise DocumentError(url, f"unreachable: {type(exc).__name__}: {exc}") from exc
    if response.status_code >= 400:
        raise DocumentError(url, f"unreachable: HTTP {response.status_code}")
    if len(response.content) > max_bytes:
        raise DocumentError(
            url, f"{len(response.content)} bytes is over the limit of {max_bytes} (--max-bytes)"
        )
    return response.content, response.headers.get("content-type", "")


def read_url(url: str, max_bytes: int) -> Iterator[RawDocument | DocumentError]:
    try:
        content, content_type = fetch(url, max_bytes)
        text = decode(url, content, max_bytes)
    except DocumentError as exc:
        yield exc
        return
    if "rss" in content_type or "atom" in content_type or looks_like_feed(text):
        yield from FeedReader().read(url, text)
        return
    if "html" in content_type or "<html" in text[:2000].lower():
        try:
            yield html_document(url, text, url=url)
        except DocumentError as exc:
            yield exc
        return
    yield RawDocument(origin=url, text=text, url=url)
