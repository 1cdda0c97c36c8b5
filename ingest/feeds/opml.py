"""OPML subscription lists: every outline with an ``xmlUrl`` is a feed (nested outlines included).

Parsed by lxml with entity resolution and network access off, so an OPML file cannot expand
entities (billion laughs) or read local files (XXE).
"""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from aikg.graph.errors import InvalidInputError
from aikg.ingest.feeds.subscriptions import check_feed_url

MAX_OPML_BYTES = 5_000_000


def read_opml(path: Path) -> list[tuple[str, str | None]]:
    """(feed URL, name) for each feed of the OPML file, in document order, without duplicates."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InvalidInputError(f"{path}: cannot read: {exc.strerror or exc}") from exc
    if len(raw) > MAX_OPML_BYTES:
        raise InvalidInputError(f"{path}: {len(raw)} bytes is over the OPML limit of {MAX_OPML_BYTES}")
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
    try:
        root = etree.fromstring(raw, parser)
    except etree.XMLSyntaxError as exc:
        raise InvalidInputError(f"{path}: not valid OPML (XML error: {exc})") from exc
    if root is None or etree.QName(root).localname.lower() != "opml":
        raise InvalidInputError(f"{path}: not an OPML file (no <opml> root element)")
    feeds: dict[str, str | None] = {}
    for outline in root.iter("{*}outline", "outline"):
        url = outline.get("xmlUrl") or outline.get("xmlurl")
        if not url:
            continue
        try:
            url = check_feed_url(url)
        except InvalidInputError as exc:
            raise InvalidInputError(f"{path}: line {outline.sourceline}: {exc}") from exc
        feeds.setdefault(url, outline.get("title") or outline.get("text") or None)
    if not feeds:
        raise InvalidInputError(f"{path}: no feed in the OPML file (no outline with an xmlUrl)")
    return list(feeds.items())
