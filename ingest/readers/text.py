"""Plain text files: the whole file is the article."""

from __future__ import annotations

from collections.abc import Iterator

from aikg.ingest.readers.base import RawDocument
from aikg.ingest.readers.errors import DocumentError


class TextReader:
    name = "text"
    extensions = (".txt", ".text")

    def read(self, origin: str, raw: str) -> Iterator[RawDocument | DocumentError]:
        yield RawDocument(origin=origin, text=raw, path=origin)
