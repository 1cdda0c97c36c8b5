"""HTML pages: main text and metadata by trafilatura."""

from __future__ import annotations

from collections.abc import Iterator

import trafilatura

from aikg.ingest.readers.base import RawDocument
from aikg.ingest.readers.errors import DocumentError


def html_document(origin: str, html: str, url: str | None = None, path: str | None = None) -> RawDocument:
    extracted = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, include_tables=False
    )
    if extracted is None or isinstance(extracted, dict) or not (extracted.text or "").strip():
        raise DocumentError(origin, "no article text found in the HTML page")
    return RawDocument(
        origin=origin,
        text=str(extracted.text),
        title=extracted.title,
        url=url or extracted.url,
        path=path,
        published=extracted.date,
        language=extracted.language,
    )


class HtmlReader:
    name = "html"
    extensions = (".html", ".htm", ".xhtml")

    def read(self, origin: str, raw: str) -> Iterator[RawDocument | DocumentError]:
        try:
            yield html_document(origin, raw, path=origin)
        except DocumentError as exc:
            yield exc
