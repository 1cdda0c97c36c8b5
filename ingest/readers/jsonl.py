"""JSON Lines: one document per line, {"url","title","text","published","language"}."""

from __future__ import annotations

import json
from collections.abc import Iterator

from aikg.graph.text_lines import json_lines, nul_offset
from aikg.ingest.readers.base import RawDocument
from aikg.ingest.readers.errors import DocumentError


class JsonLinesReader:
    name = "jsonl"
    extensions = (".jsonl", ".ndjson")

    def read(self, origin: str, raw: str) -> Iterator[RawDocument | DocumentError]:
        for number, offset, line in json_lines(raw):  # "\n" only: U+2028 may sit inside a string
            if not line.strip():
                continue
            where = f"{origin}:{number}"
            nul = nul_offset(line)
            if nul is not None:
                yield DocumentError(where, f"NUL character at byte offset {offset + nul}")
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                yield DocumentError(where, f"bad JSON: {exc.msg}")
                continue
            if not isinstance(record, dict) or not isinstance(record.get("text"), str):
                yield DocumentError(where, 'expected an object with a "text" string')
                continue
            if not record["text"].strip():
                yield DocumentError(where, "empty document")
                continue
            url = record.get("url")
            yield RawDocument(
                origin=url or where,
                text=record["text"],
                title=record.get("title"),
                url=url,
                path=None if url else where,
                published=record.get("published"),
                language=record.get("language"),
            )
