"""Where a literal name occurs in a text between word boundaries, without compiling a regex per
name and document: the text is first searched as a plain string, and the boundary regexes of the
names that do occur are compiled once and cached (names recur from one document to the next)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

WORD_BEFORE = r"(?<![\w-])"
WORD_AFTER = r"(?![\w-])"


@lru_cache(maxsize=8192)
def name_pattern(name: str, before: str = WORD_BEFORE, after: str = WORD_AFTER) -> re.Pattern[str]:
    """``before`` + the escaped name + ``after``, compiled once."""
    return re.compile(f"{before}{re.escape(name)}{after}")


@lru_cache(maxsize=512)
def compiled(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """A regex built from a few fixed parts at run time, compiled once (the ``re`` module's own cache
    is small and shared with every other module)."""
    return re.compile(pattern, flags)


def occurrences(
    name: str, text: str, before: str = WORD_BEFORE, after: str = WORD_AFTER
) -> Iterator[re.Match[str]]:
    """The matches of ``name`` in ``text`` with the given boundary assertions (none when the name is
    not in the text at all)."""
    if not name or name not in text:
        return iter(())
    return name_pattern(name, before, after).finditer(text)
