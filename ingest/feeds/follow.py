"""Follow a feed entry to its article: the page's body when it holds more text than the entry.

The page is fetched through the polite client and its body extracted by trafilatura. The feed's
own text is kept when the page cannot be fetched (unreachable, disallowed by robots.txt, over a
limit), holds no article, or yields less text than the entry. Title, date and language come from
the page, else from the entry.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from aikg.ingest.readers.base import RawDocument, decode
from aikg.ingest.readers.errors import DocumentError
from aikg.ingest.readers.html import html_document

if TYPE_CHECKING:
    from aikg.ingest.fetch import Fetcher


@dataclass
class NotModified:
    """A URL the server says is unchanged since it was last stored (HTTP 304)."""

    origin: str


def follow_entry(entry: RawDocument, fetcher: Fetcher) -> RawDocument | NotModified | DocumentError:
    """The entry's article page as a document, or the entry itself when the page gives less."""
    if not entry.url:
        return entry if entry.text.strip() else DocumentError(entry.origin, "feed entry has no text")
    reason = ""
    try:
        response = fetcher.get(entry.url)
        if response.not_modified:
            return NotModified(entry.url)
        html = decode(entry.url, response.content, fetcher.limits.max_bytes)
        page = html_document(entry.url, html, url=entry.url)
    except DocumentError as exc:
        page, reason = None, exc.reason
    if page is None or len(page.text.strip()) < len(entry.text.strip()):
        if entry.text.strip():
            return entry
        return DocumentError(
            entry.url, f"feed entry has no text and its page gave none ({reason or 'empty'})"
        )
    return RawDocument(
        origin=entry.origin,
        text=page.text,
        title=page.title or entry.title,
        url=entry.url,
        path=None,
        published=page.published or entry.published,
        language=page.language or entry.language,
    )
