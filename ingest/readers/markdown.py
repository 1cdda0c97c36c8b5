"""Markdown with optional YAML front matter (title, published, language, source_url)."""

from __future__ import annotations

import re
from collections.abc import Iterator

import yaml

from aikg.ingest.readers.base import RawDocument
from aikg.ingest.readers.errors import DocumentError

FRONT_MATTER = re.compile(r"\A---\s*\n(?P<meta>.*?)\n---\s*(?:\n|\Z)", re.S)
MARKUP = re.compile(
    r"^\s{0,3}(?:#{1,6}\s+|>\s?|[-*+]\s+(?=\S))|(?<!\w)[*_]{1,2}(?=\S)|(?<=\S)[*_]{1,2}(?!\w)", re.M
)
LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")


def plain_markdown(body: str) -> str:
    """Markdown body as text a sentence splitter can read (links keep their words)."""
    return MARKUP.sub("", LINK.sub(r"\1", body))


class MarkdownReader:
    name = "markdown"
    extensions = (".md", ".markdown")

    def read(self, origin: str, raw: str) -> Iterator[RawDocument | DocumentError]:
        meta: dict[str, object] = {}
        body = raw
        match = FRONT_MATTER.match(raw)
        if match:
            try:
                loaded = yaml.safe_load(match.group("meta")) or {}
            except yaml.YAMLError as exc:
                yield DocumentError(origin, f"bad YAML front matter: {exc}".splitlines()[0])
                return
            if not isinstance(loaded, dict):
                yield DocumentError(origin, "YAML front matter is not a mapping")
                return
            meta = loaded
            body = raw[match.end() :]
        yield RawDocument(
            origin=origin,
            text=plain_markdown(body),
            title=_str(meta.get("title")),
            url=_str(meta.get("source_url") or meta.get("url")),
            path=origin,
            published=meta.get("published") or meta.get("date"),
            language=_str(meta.get("language") or meta.get("lang")),
        )


def _str(value: object) -> str | None:
    return None if value is None else str(value)
