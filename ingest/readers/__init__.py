"""Document readers, one per format, chosen by file extension or URL scheme.

:func:`read_documents` turns paths, directories and URLs into :class:`Document` objects; a
document that cannot be read becomes a :class:`DocumentError` in the stream and the rest go on.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from aikg.ingest.document import Document
from aikg.ingest.readers.base import DEFAULT_MAX_BYTES, RawDocument, Reader, build_document, decode
from aikg.ingest.readers.errors import DocumentError
from aikg.ingest.readers.feed import FeedReader
from aikg.ingest.readers.html import HtmlReader
from aikg.ingest.readers.jsonl import JsonLinesReader
from aikg.ingest.readers.markdown import MarkdownReader
from aikg.ingest.readers.text import TextReader
from aikg.ingest.readers.url import NotModified, UrlOptions, is_url, read_url

READERS: tuple[Reader, ...] = (TextReader(), MarkdownReader(), HtmlReader(), JsonLinesReader(), FeedReader())
SKIPPED_IN_DIRECTORIES = ("readme", "license", "licence", "changelog", "contributing")


def reader_for(path: Path) -> Reader:
    suffix = path.suffix.lower()
    for reader in READERS:
        if suffix in reader.extensions:
            return reader
    valid = ", ".join(f"{r.name} ({' '.join(r.extensions)})" for r in READERS)
    raise DocumentError(
        str(path),
        f"unknown format {suffix or '(no extension)'!r}; valid formats: {valid}, directory, http(s) URL",
    )


def _known(path: Path) -> bool:
    return any(path.suffix.lower() in r.extensions for r in READERS)


def _directory_files(directory: Path) -> list[Path]:
    return sorted(
        p
        for p in directory.rglob("*")
        if p.is_file()
        and not any(part.startswith(".") for part in p.relative_to(directory).parts)
        and _known(p)
        and not p.stem.lower().startswith(SKIPPED_IN_DIRECTORIES)
    )


def _read_file(path: Path, max_bytes: int) -> Iterator[RawDocument | DocumentError]:
    origin = str(path)
    try:
        reader = reader_for(path)
        if path.stat().st_size > max_bytes:
            raise DocumentError(
                origin, f"{path.stat().st_size} bytes is over the limit of {max_bytes} (--max-bytes)"
            )
        text = decode(origin, path.read_bytes(), max_bytes)
    except DocumentError as exc:
        yield exc
        return
    except OSError as exc:
        yield DocumentError(origin, f"cannot read: {exc.strerror or exc}")
        return
    yield from reader.read(origin, text)


def raw_documents(
    inputs: Iterable[str], max_bytes: int = DEFAULT_MAX_BYTES, web: UrlOptions | None = None
) -> Iterator[RawDocument | DocumentError | NotModified]:
    """Every raw document; URLs through ``web`` (default: a polite client with no memory)."""
    own = None
    try:
        for item in inputs:
            if is_url(item):
                if web is None:
                    from aikg.ingest.fetch import Fetcher, Limits

                    own = Fetcher(limits=Limits(max_bytes=max_bytes))
                    web = UrlOptions(own)
                yield from read_url(item, web)
                continue
            path = Path(item)
            if path.is_dir():
                for file in _directory_files(path):
                    yield from _read_file(file, max_bytes)
            elif path.exists():
                yield from _read_file(path, max_bytes)
            else:
                yield DocumentError(item, "no such file, directory or URL")
    finally:
        if own is not None:
            own.close()


def read_documents(
    inputs: Iterable[str], max_bytes: int = DEFAULT_MAX_BYTES, web: UrlOptions | None = None
) -> Iterator[Document | DocumentError | NotModified]:
    """Every document the inputs hold, in order; unreadable ones as errors naming the document.

    URLs answered by HTTP 304 (conditional GET through ``web``) come as :class:`NotModified`.
    """
    for raw in raw_documents(inputs, max_bytes, web):
        if isinstance(raw, DocumentError | NotModified):
            yield raw
            continue
        try:
            yield build_document(raw)
        except DocumentError as exc:
            if web is not None:  # unreadable for good: not fetched again
                web.fetcher.confirm(raw.url or raw.path or raw.origin)
            yield exc


__all__ = [
    "DEFAULT_MAX_BYTES",
    "READERS",
    "Document",
    "DocumentError",
    "NotModified",
    "UrlOptions",
    "read_documents",
    "reader_for",
]
