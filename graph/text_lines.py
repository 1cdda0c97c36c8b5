"""Lines of a JSON Lines file, and where a NUL character sits in one.

JSON Lines separates records with ``\\n`` only: ``str.splitlines`` would also cut at U+2028,
U+2029, U+0085 and other separators that are valid inside a JSON string. A NUL (raw, or the
``\\u0000`` escape) is refused with its byte offset in the file, before it can reach an engine.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_NUL_ESCAPE = re.compile(r"(?<!\\)(?:\\\\)*\\u0000")


def json_lines(text: str) -> Iterator[tuple[int, int, str]]:
    """(line number, byte offset of the line in the UTF-8 file, line without its end of line)."""
    offset = 0
    for number, raw in enumerate(text.split("\n"), start=1):
        yield number, offset, raw.removesuffix("\r")
        offset += len(raw.encode("utf-8", "surrogatepass")) + 1


def nul_offset(line: str) -> int | None:
    """Byte offset within ``line`` of its first NUL, raw or escaped as ``\\u0000``; None if none."""
    positions = [line.find("\x00")] if "\x00" in line else []
    match = _NUL_ESCAPE.search(line)
    if match is not None:
        positions.append(match.end() - len("\\u0000"))
    if not positions:
        return None
    return len(line[: min(positions)].encode("utf-8", "surrogatepass"))
