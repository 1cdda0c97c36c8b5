"""What every reader yields, and the one place raw pages become a :class:`Document`."""

from __future__ import annotations

import codecs
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Protocol

from aikg.graph.schema import Source
from aikg.ingest.dates import date_in_text, to_partial_date
from aikg.ingest.document import Document
from aikg.ingest.furniture import strip_furniture
from aikg.ingest.language import detect_language
from aikg.ingest.limits import DEFAULT_MAX_BYTES
from aikg.ingest.readers.errors import DocumentError

NOT_TEXT = "binary content, not a text document"


@dataclass
class RawDocument:
    """A page as a reader found it, before cleaning."""

    origin: str
    text: str
    title: str | None = None
    url: str | None = None
    path: str | None = None
    published: object | None = None
    language: str | None = None


class Reader(Protocol):
    @property
    def name(self) -> str: ...

    @property
    def extensions(self) -> tuple[str, ...]: ...

    def read(self, origin: str, raw: str) -> Iterator[RawDocument | DocumentError]: ...


def decode(origin: str, raw: bytes, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """UTF-8 (or UTF-16 with a BOM) text, refusing empty, huge and binary content."""
    if len(raw) > max_bytes:
        raise DocumentError(origin, f"{len(raw)} bytes is over the limit of {max_bytes} (--max-bytes)")
    if not raw.strip():
        raise DocumentError(origin, "empty document")
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = "utf-16"
    else:
        encoding = "utf-8-sig"
        nul = raw.find(b"\x00")
        if nul >= 0:
            raise DocumentError(origin, f"NUL byte at byte offset {nul}: {NOT_TEXT}")
    try:
        text = raw.decode(encoding)
    except UnicodeDecodeError as exc:
        raise DocumentError(
            origin, f"not valid {encoding.split('-sig')[0].upper()} (byte {exc.start})"
        ) from exc
    if "\x00" in text:  # UTF-16: two bytes a code unit, after the two of the BOM
        offset = 2 + len(text[: text.index("\x00")].encode("utf-16-le"))
        raise DocumentError(origin, f"NUL character at byte offset {offset}: {NOT_TEXT}")
    controls = sum(1 for ch in text[:8192] if ord(ch) < 32 and ch not in "\t\n\r\f")
    if controls > 0.05 * min(len(text), 8192):
        raise DocumentError(origin, "binary content (control characters), not a text document")
    return text


def build_document(raw: RawDocument) -> Document:
    text = strip_furniture(raw.text)
    if not text:
        raise DocumentError(raw.origin, "no article text left after removing page furniture")
    language = (raw.language or "").strip().lower()[:2] or detect_language(text)
    languages = [language] if language else None
    published = to_partial_date(raw.published, languages) if raw.published else None
    published = published or date_in_text(raw.text, languages)
    title = raw.title.strip() if raw.title and raw.title.strip() else None
    return Document(
        text=text,
        title=title,
        url=raw.url,
        path=raw.path,
        published=published,
        language=language,
        content_hash=Source.hash_content(text),
    )
