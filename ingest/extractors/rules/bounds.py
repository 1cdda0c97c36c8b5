"""Sentence bounds of a text: a discovered name never runs across a sentence's end."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator

from aikg.ingest.extractors.rules.sentences import split_sentences


class Bounds:
    """The sentences of a text as (start, end) ranges: a name never runs across one's end."""

    def __init__(self, text: str) -> None:
        self.ranges = [(s.start, s.end) for s in split_sentences(text)]
        self.starts = [start for start, _ in self.ranges]

    def finditer(self, pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
        """The pattern's matches sentence by sentence (lookbehinds still see what comes before)."""
        for start, end in self.ranges:
            yield from pattern.finditer(text, start, end)

    def around(self, position: int) -> tuple[int, int]:
        """The range of the sentence holding the position (the whole text when none does)."""
        i = bisect_right(self.starts, position) - 1
        if i >= 0 and position < self.ranges[i][1]:
            return self.ranges[i]
        return 0, 1 << 62
