"""Cut a long document into chunks of whole sentences that overlap by a few sentences.

A document no longer than ``max_chars`` is one chunk. A longer one is cut at sentence ends: each
chunk holds as many whole sentences as fit in ``max_chars``, and the next chunk starts
``overlap`` sentences before the previous one ended, so a fact stated across a sentence boundary
is seen whole at least once. A single sentence longer than ``max_chars`` is cut at spaces.
Every chunk is ``text[start:end]``; every non-space character of the text is in some chunk.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# A sentence ends at . ! ? or … (possibly followed by closing quotes or brackets) before
# whitespace, or at a blank line. Abbreviations may cut a sentence early: harmless here, a chunk
# boundary only needs to fall between words.
_SENTENCE_END = re.compile(r"[.!?…][\"'”’»)\]]*(?=\s)|\n\s*\n")


@dataclass(frozen=True)
class Chunk:
    index: int
    start: int
    end: int
    text: str


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence, whitespace between sentences left out."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        end = match.end() if not match.group().isspace() else match.start()
        _append_trimmed(text, start, end, spans)
        start = match.end()
    _append_trimmed(text, start, len(text), spans)
    return spans


def _append_trimmed(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))


def _split_long(text: str, start: int, end: int, max_chars: int) -> list[tuple[int, int]]:
    """Pieces of at most ``max_chars`` of one over-long sentence, cut at the last space that fits."""
    pieces = []
    while end - start > max_chars:
        cut = text.rfind(" ", start + 1, start + max_chars + 1)
        if cut <= start:
            cut = start + max_chars
        pieces.append((start, cut))
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        pieces.append((start, end))
    return pieces


def chunk_text(text: str, max_chars: int = 4000, overlap: int = 1) -> list[Chunk]:
    """The chunks of ``text`` (see the module docstring); ``overlap`` counts sentences."""
    if max_chars < 1:
        raise ValueError("max_chars must be at least 1")
    if overlap < 0:
        raise ValueError("overlap must be 0 or more")
    if not text.strip():
        return []
    if len(text) <= max_chars:
        return [Chunk(0, 0, len(text), text)]
    units: list[tuple[int, int]] = []
    for start, end in sentence_spans(text):
        units += _split_long(text, start, end, max_chars)
    chunks: list[Chunk] = []
    first = 0
    while first < len(units):
        last = first
        while last + 1 < len(units) and units[last + 1][1] - units[first][0] <= max_chars:
            last += 1
        start, end = units[first][0], units[last][1]
        chunks.append(Chunk(len(chunks), start, end, text[start:end]))
        if last + 1 >= len(units):
            break
        first = max(first + 1, last + 1 - overlap)
    return chunks


__all__ = ["Chunk", "chunk_text", "sentence_spans"]
